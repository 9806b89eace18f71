// Number, Boolean and the global number functions (parseInt, parseFloat, isNaN, isFinite).
//
// Formatting: toFixed / toExponential / toPrecision round the EXACT binary value of the double,
// halves away from zero (the spec's "pick the larger n"); the exact decimal expansion comes from
// printf("%.*e") with enough digits (glibc prints doubles exactly). toString(radix) emits
// fraction digits until the remaining fraction is below half the gap to the next double, so it
// prints the shortest digits that read back as the same number (as V8 does).
// toLocaleString follows en-US (Intl's defaults): grouping by thousands, at most 3 fraction
// digits, rounded half away from zero on the shortest decimal form.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

// ---- Exact decimal digits ----

// The exact decimal value of |x| (finite, non-zero): digits "d1d2d3..." and exponent e such that
// |x| = 0.d1d2d3... * 10^e... expressed as d1.d2d3... * 10^(point - 1).
struct Decimal {
  std::string digits;  // no leading zeros, at least one digit
  int point = 0;       // position of the decimal point: value = 0.digits * 10^point
};

Decimal exact_decimal(double x) {
  static constexpr int kPrecision = 780;  // > 767 significant digits a double can need
  std::string buf(kPrecision + 16, '\0');
  int n = std::snprintf(buf.data(), buf.size(), "%.*e", kPrecision, std::fabs(x));
  buf.resize(static_cast<std::size_t>(n));
  Decimal d;
  std::size_t e = buf.find('e');
  for (std::size_t i = 0; i < e; ++i) {
    if (buf[i] != '.') d.digits.push_back(buf[i]);
  }
  d.point = std::atoi(buf.c_str() + e + 1) + 1;
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  return d;
}

// The shortest decimal digits that round-trip (as Number::toString picks them).
Decimal shortest_decimal(double x) {
  std::string s = number_to_string(std::fabs(x));
  Decimal d;
  std::size_t e = s.find('e');
  std::string mantissa = e == std::string::npos ? s : s.substr(0, e);
  int exp = e == std::string::npos ? 0 : std::atoi(s.c_str() + e + 1);
  std::size_t dot = mantissa.find('.');
  std::string int_part = dot == std::string::npos ? mantissa : mantissa.substr(0, dot);
  std::string frac_part = dot == std::string::npos ? "" : mantissa.substr(dot + 1);
  std::string all = int_part + frac_part;
  int point = static_cast<int>(int_part.size()) + exp;
  std::size_t lead = 0;
  while (lead + 1 < all.size() && all[lead] == '0') {
    ++lead;
    --point;
  }
  d.digits = all.substr(lead);
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  d.point = point;
  return d;
}

// Rounds to `keep` digits (keep >= 0), half up; may carry into a new leading digit.
Decimal round_digits(Decimal d, int keep) {
  if (keep < 0) {
    d.digits = "0";
    return d;
  }
  if (static_cast<int>(d.digits.size()) <= keep) {
    d.digits.append(static_cast<std::size_t>(keep) - d.digits.size(), '0');
    return d;
  }
  bool up = d.digits[static_cast<std::size_t>(keep)] >= '5';
  d.digits.resize(static_cast<std::size_t>(keep));
  if (up) {
    int i = keep - 1;
    for (; i >= 0; --i) {
      if (d.digits[static_cast<std::size_t>(i)] == '9') {
        d.digits[static_cast<std::size_t>(i)] = '0';
      } else {
        ++d.digits[static_cast<std::size_t>(i)];
        break;
      }
    }
    if (i < 0) {
      d.digits.insert(d.digits.begin(), '1');
      d.digits.pop_back();
      ++d.point;
      if (keep == 0) d.digits = "1";
    }
  }
  return d;
}

// Fixed notation with exactly `fraction` digits after the point.
std::string fixed_string(const Decimal& exact, int fraction) {
  // Keep digits up to 10^-fraction: that is point + fraction digits.
  int keep = exact.point + fraction;
  std::string digits;
  int point = exact.point;
  if (keep < 0) {
    digits = "";
  } else if (keep == 0) {
    // Everything is below the last kept place: rounds to 0 or to one unit of 10^-fraction.
    digits = exact.digits[0] >= '5' ? "1" : "0";
    point = 1 - fraction;
    if (digits == "1") {
      point = 1 - fraction;
    }
  } else {
    Decimal r = round_digits(exact, keep);
    digits = r.digits;
    point = r.point;
  }
  // Build the integer and fraction parts from digits/point.
  std::string int_part, frac_part;
  if (digits.empty()) digits = "0", point = 1 - fraction;
  int all = static_cast<int>(digits.size());
  if (point <= 0) {
    int_part = "0";
    frac_part = std::string(static_cast<std::size_t>(-point), '0') + digits;
  } else if (point >= all) {
    int_part = digits + std::string(static_cast<std::size_t>(point - all), '0');
  } else {
    int_part = digits.substr(0, static_cast<std::size_t>(point));
    frac_part = digits.substr(static_cast<std::size_t>(point));
  }
  while (int_part.size() > 1 && int_part[0] == '0') int_part.erase(0, 1);
  if (static_cast<int>(frac_part.size()) < fraction)
    frac_part.append(static_cast<std::size_t>(fraction) - frac_part.size(), '0');
  frac_part.resize(static_cast<std::size_t>(fraction));
  return fraction > 0 ? int_part + "." + frac_part : int_part;
}

std::string exponent_suffix(int e) {
  return std::string("e") + (e >= 0 ? "+" : "-") + std::to_string(std::abs(e));
}

// ---- thisNumberValue ----

std::optional<double> this_number(Vm& vm, Value this_value, const char* method) {
  if (this_value.is_number()) return this_value.as_number();
  if (this_value.is_object() && this_value.as_object()->object_class() == ObjectClass::kNumber) {
    return static_cast<PrimitiveObject*>(this_value.as_object())->primitive().as_number();
  }
  vm.throw_type_error(std::string("Number.prototype.") + method + " requires that 'this' be a Number");
  return std::nullopt;
}

Value ascii(Vm& vm, const std::string& s) {
  return Value(vm.string(s));
}

// ---- Number.prototype ----

std::string radix_string(double value, int radix) {
  static const char kChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  bool negative = value < 0;
  if (negative) value = -value;
  double integer = std::floor(value);
  double fraction = value - integer;
  double delta = 0.5 * (std::nextafter(value, INFINITY) - value);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  std::string frac_digits;
  if (fraction >= delta) {
    for (;;) {
      fraction *= radix;
      delta *= radix;
      int digit = static_cast<int>(fraction);
      frac_digits.push_back(kChars[digit]);
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          // Round up, carrying into the integer part when every digit overflows.
          for (;;) {
            if (frac_digits.empty()) {
              integer += 1;
              break;
            }
            char c = frac_digits.back();
            int d = c > '9' ? c - 'a' + 10 : c - '0';
            if (d + 1 < radix) {
              frac_digits.back() = kChars[d + 1];
              break;
            }
            frac_digits.pop_back();
          }
          break;
        }
      }
      if (fraction < delta) break;
    }
  }
  std::string int_digits;
  // Beyond 2^53 the low digits are not representable: V8 prints zeros for them.
  while (integer / radix > 9007199254740992.0) {
    integer = std::floor(integer / radix);
    int_digits.push_back('0');
  }
  do {
    double r = std::fmod(integer, radix);
    int_digits.push_back(kChars[static_cast<int>(r)]);
    integer = (integer - r) / radix;
  } while (integer > 0);
  std::string out(int_digits.rbegin(), int_digits.rend());
  if (!frac_digits.empty()) out += "." + frac_digits;
  return negative ? "-" + out : out;
}

Value proto_to_string(Vm& vm, Value this_value, ArgList args) {
  auto x = this_number(vm, this_value, "toString");
  if (!x) return Value::exception();
  double radix = 10;
  if (!args[0].is_undefined()) {
    auto r = to_integer_or_infinity(vm, args[0]);
    if (!r) return Value::exception();
    radix = *r;
  }
  if (radix < 2 || radix > 36)
    return vm.throw_range_error("toString() radix argument must be between 2 and 36");
  if (radix == 10 || std::isnan(*x) || std::isinf(*x)) return ascii(vm, number_to_string(*x));
  if (*x == 0) return ascii(vm, "0");
  return ascii(vm, radix_string(*x, static_cast<int>(radix)));
}

Value proto_value_of(Vm& vm, Value this_value, ArgList) {
  auto x = this_number(vm, this_value, "valueOf");
  if (!x) return Value::exception();
  return Value(*x);
}

Value proto_to_fixed(Vm& vm, Value this_value, ArgList args) {
  auto x = this_number(vm, this_value, "toFixed");
  if (!x) return Value::exception();
  auto f = to_integer_or_infinity(vm, args[0]);
  if (!f) return Value::exception();
  if (*f < 0 || *f > 100) return vm.throw_range_error("toFixed() digits argument must be between 0 and 100");
  if (std::isnan(*x)) return ascii(vm, "NaN");
  if (std::fabs(*x) >= 1e21 || std::isinf(*x)) return ascii(vm, number_to_string(*x));
  int fraction = static_cast<int>(*f);
  std::string sign = *x < 0 ? "-" : "";
  if (*x == 0)
    return ascii(vm, fraction > 0 ? "0." + std::string(static_cast<std::size_t>(fraction), '0') : "0");
  return ascii(vm, sign + fixed_string(exact_decimal(*x), fraction));
}

Value proto_to_exponential(Vm& vm, Value this_value, ArgList args) {
  auto x = this_number(vm, this_value, "toExponential");
  if (!x) return Value::exception();
  auto f = to_integer_or_infinity(vm, args[0]);
  if (!f) return Value::exception();
  if (std::isnan(*x)) return ascii(vm, "NaN");
  if (std::isinf(*x)) return ascii(vm, *x < 0 ? "-Infinity" : "Infinity");
  if (*f < 0 || *f > 100) return vm.throw_range_error("toExponential() argument must be between 0 and 100");
  std::string sign = *x < 0 ? "-" : "";
  Decimal d;
  if (*x == 0) {
    int n = args[0].is_undefined() ? 1 : static_cast<int>(*f) + 1;
    d.digits = std::string(static_cast<std::size_t>(n), '0');
    d.point = 1;
  } else if (args[0].is_undefined()) {
    d = shortest_decimal(*x);
  } else {
    d = round_digits(exact_decimal(*x), static_cast<int>(*f) + 1);
  }
  std::string out = d.digits.substr(0, 1);
  if (d.digits.size() > 1) out += "." + d.digits.substr(1);
  return ascii(vm, sign + out + exponent_suffix(*x == 0 ? 0 : d.point - 1));
}

Value proto_to_precision(Vm& vm, Value this_value, ArgList args) {
  auto x = this_number(vm, this_value, "toPrecision");
  if (!x) return Value::exception();
  if (args[0].is_undefined()) return ascii(vm, number_to_string(*x));
  auto p = to_integer_or_infinity(vm, args[0]);
  if (!p) return Value::exception();
  if (std::isnan(*x)) return ascii(vm, "NaN");
  if (std::isinf(*x)) return ascii(vm, *x < 0 ? "-Infinity" : "Infinity");
  if (*p < 1 || *p > 100) return vm.throw_range_error("toPrecision() argument must be between 1 and 100");
  int precision = static_cast<int>(*p);
  std::string sign = *x < 0 ? "-" : "";
  Decimal d;
  if (*x == 0) {
    d.digits = std::string(static_cast<std::size_t>(precision), '0');
    d.point = 1;
  } else {
    d = round_digits(exact_decimal(*x), precision);
  }
  int e = d.point - 1;
  if (e < -6 || e >= precision) {
    std::string out = d.digits.substr(0, 1);
    if (precision > 1) out += "." + d.digits.substr(1);
    return ascii(vm, sign + out + exponent_suffix(e));
  }
  if (e >= 0) {
    std::string int_part = d.digits.substr(0, static_cast<std::size_t>(e) + 1);
    std::string rest = d.digits.substr(static_cast<std::size_t>(e) + 1);
    return ascii(vm, sign + int_part + (rest.empty() ? "" : "." + rest));
  }
  return ascii(vm, sign + "0." + std::string(static_cast<std::size_t>(-e - 1), '0') + d.digits);
}

Value proto_to_locale_string(Vm& vm, Value this_value, ArgList) {
  auto x = this_number(vm, this_value, "toLocaleString");
  if (!x) return Value::exception();
  if (std::isnan(*x)) return ascii(vm, "NaN");
  std::string sign = std::signbit(*x) ? "-" : "";
  if (std::isinf(*x)) return ascii(vm, sign + "\xE2\x88\x9E");  // U+221E
  std::string fixed = *x == 0 ? "0" : fixed_string(shortest_decimal(*x), 3);
  std::size_t dot = fixed.find('.');
  std::string int_part = dot == std::string::npos ? fixed : fixed.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : fixed.substr(dot + 1);
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string grouped;
  for (std::size_t i = 0; i < int_part.size(); ++i) {
    if (i > 0 && (int_part.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(int_part[i]);
  }
  return ascii(vm, sign + grouped + (frac.empty() ? "" : "." + frac));
}

// ---- Number constructor and statics ----

Value number_ctor(Vm& vm, Value, ArgList args) {
  double n = 0;
  if (args.size() > 0) {
    auto v = to_number(vm, args[0]);
    if (!v) return Value::exception();
    n = *v;
  }
  if (vm.new_target().is_undefined()) return Value(n);
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().number_prototype);
  return Value(vm.heap().make<PrimitiveObject>(vm.heap(), proto, ObjectClass::kNumber, Value(n)));
}

bool is_integral(Value v) {
  if (!v.is_number()) return false;
  double d = v.as_number();
  return std::isfinite(d) && std::trunc(d) == d;
}

Value number_is_finite(Vm&, Value, ArgList args) {
  return Value::boolean(args[0].is_number() && std::isfinite(args[0].as_number()));
}
Value number_is_nan(Vm&, Value, ArgList args) {
  return Value::boolean(args[0].is_number() && std::isnan(args[0].as_number()));
}
Value number_is_integer(Vm&, Value, ArgList args) {
  return Value::boolean(is_integral(args[0]));
}
Value number_is_safe_integer(Vm&, Value, ArgList args) {
  return Value::boolean(is_integral(args[0]) && std::fabs(args[0].as_number()) <= 9007199254740991.0);
}

Value global_is_nan(Vm& vm, Value, ArgList args) {
  auto n = to_number(vm, args[0]);
  if (!n) return Value::exception();
  return Value::boolean(std::isnan(*n));
}
Value global_is_finite(Vm& vm, Value, ArgList args) {
  auto n = to_number(vm, args[0]);
  if (!n) return Value::exception();
  return Value::boolean(std::isfinite(*n));
}

bool is_ws(char16_t c) {
  return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

int digit_value(char16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// 19.2.5 parseInt.
Value global_parse_int(Vm& vm, Value, ArgList args) {
  String* s = to_string(vm, args[0]);
  if (s == nullptr) return Value::exception();
  auto r = to_int32(vm, args[1]);
  if (!r) return Value::exception();
  const std::u16string& t = s->text();
  std::size_t i = 0;
  while (i < t.size() && is_ws(t[i])) ++i;
  bool negative = false;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
    negative = t[i] == '-';
    ++i;
  }
  int radix = *r;
  bool strip_prefix = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36) return Value(NAN);
    if (radix != 16) strip_prefix = false;
  } else {
    radix = 10;
  }
  if (strip_prefix && i + 1 < t.size() && t[i] == '0' && (t[i + 1] == 'x' || t[i + 1] == 'X')) {
    i += 2;
    radix = 16;
  }
  std::size_t start = i;
  while (i < t.size() && digit_value(t[i]) < radix) ++i;
  if (i == start) return Value(NAN);
  double value = 0;
  if (radix == 10) {
    std::string digits(t.begin() + static_cast<std::ptrdiff_t>(start),
                       t.begin() + static_cast<std::ptrdiff_t>(i));
    value = std::strtod(digits.c_str(), nullptr);
  } else {
    for (std::size_t k = start; k < i; ++k) value = value * radix + digit_value(t[k]);
  }
  return Value(negative ? -value : value);
}

// 19.2.4 parseFloat: the longest prefix that is a StrDecimalLiteral.
Value global_parse_float(Vm& vm, Value, ArgList args) {
  String* s = to_string(vm, args[0]);
  if (s == nullptr) return Value::exception();
  const std::u16string& t = s->text();
  std::size_t i = 0;
  while (i < t.size() && is_ws(t[i])) ++i;
  std::string lit;
  std::size_t j = i;
  if (j < t.size() && (t[j] == '+' || t[j] == '-')) lit.push_back(static_cast<char>(t[j++]));
  if (t.compare(j, 8, u"Infinity") == 0) return Value(lit == "-" ? -INFINITY : INFINITY);
  std::size_t digits = 0;
  while (j < t.size() && t[j] >= '0' && t[j] <= '9') lit.push_back(static_cast<char>(t[j++])), ++digits;
  if (j < t.size() && t[j] == '.') {
    lit.push_back('.');
    ++j;
    while (j < t.size() && t[j] >= '0' && t[j] <= '9') lit.push_back(static_cast<char>(t[j++])), ++digits;
  }
  if (digits == 0) return Value(NAN);
  if (j < t.size() && (t[j] == 'e' || t[j] == 'E')) {
    std::size_t k = j + 1;
    std::string exp = "e";
    if (k < t.size() && (t[k] == '+' || t[k] == '-')) exp.push_back(static_cast<char>(t[k++]));
    std::size_t exp_digits = 0;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9') exp.push_back(static_cast<char>(t[k++])), ++exp_digits;
    if (exp_digits > 0) lit += exp;
  }
  return Value(std::strtod(lit.c_str(), nullptr));
}

// ---- Boolean ----

Value boolean_ctor(Vm& vm, Value, ArgList args) {
  Value b = Value::boolean(to_boolean(args[0]));
  if (vm.new_target().is_undefined()) return b;
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().boolean_prototype);
  return Value(vm.heap().make<PrimitiveObject>(vm.heap(), proto, ObjectClass::kBoolean, b));
}

Value this_boolean(Vm& vm, Value this_value, const char* method) {
  if (this_value.is_boolean()) return this_value;
  if (this_value.is_object() && this_value.as_object()->object_class() == ObjectClass::kBoolean) {
    return static_cast<PrimitiveObject*>(this_value.as_object())->primitive();
  }
  return vm.throw_type_error(std::string("Boolean.prototype.") + method +
                             " requires that 'this' be a Boolean");
}

Value boolean_to_string(Vm& vm, Value this_value, ArgList) {
  Value b = this_boolean(vm, this_value, "toString");
  if (b.is_exception()) return b;
  return Value(vm.atom(b.as_boolean() ? "true" : "false"));
}

Value boolean_value_of(Vm& vm, Value this_value, ArgList) {
  return this_boolean(vm, this_value, "valueOf");
}

}  // namespace

void install_number(Realm& realm) {
  Vm& vm = realm.vm();
  Object* proto = realm.number_prototype;
  NativeFunction* ctor = vm.new_native_constructor("Number", 1, number_ctor, proto);
  realm.define_global("Number", Value(ctor));
  auto constant = [&](const char* name, double v) { ctor->define(vm.key(name), Value(v), 0); };
  constant("MAX_SAFE_INTEGER", 9007199254740991.0);
  constant("MIN_SAFE_INTEGER", -9007199254740991.0);
  constant("MAX_VALUE", 1.7976931348623157e308);
  constant("MIN_VALUE", 5e-324);
  constant("EPSILON", 2.220446049250313e-16);
  constant("POSITIVE_INFINITY", INFINITY);
  constant("NEGATIVE_INFINITY", -INFINITY);
  constant("NaN", NAN);
  vm.define_method(ctor, "isFinite", number_is_finite, 1);
  vm.define_method(ctor, "isInteger", number_is_integer, 1);
  vm.define_method(ctor, "isNaN", number_is_nan, 1);
  vm.define_method(ctor, "isSafeInteger", number_is_safe_integer, 1);
  NativeFunction* parse_float = vm.new_native("parseFloat", 1, global_parse_float);
  NativeFunction* parse_int = vm.new_native("parseInt", 2, global_parse_int);
  ctor->define(vm.key("parseFloat"), Value(parse_float), kMethodAttrs);
  ctor->define(vm.key("parseInt"), Value(parse_int), kMethodAttrs);
  realm.define_global("parseFloat", Value(parse_float));
  realm.define_global("parseInt", Value(parse_int));
  realm.define_global("isNaN", Value(vm.new_native("isNaN", 1, global_is_nan)));
  realm.define_global("isFinite", Value(vm.new_native("isFinite", 1, global_is_finite)));

  vm.define_method(proto, "toExponential", proto_to_exponential, 1);
  vm.define_method(proto, "toFixed", proto_to_fixed, 1);
  vm.define_method(proto, "toPrecision", proto_to_precision, 1);
  vm.define_method(proto, "toString", proto_to_string, 1);
  vm.define_method(proto, "toLocaleString", proto_to_locale_string, 0);
  vm.define_method(proto, "valueOf", proto_value_of, 0);

  Object* bproto = realm.boolean_prototype;
  NativeFunction* bctor = vm.new_native_constructor("Boolean", 1, boolean_ctor, bproto);
  realm.define_global("Boolean", Value(bctor));
  vm.define_method(bproto, "toString", boolean_to_string, 0);
  vm.define_method(bproto, "valueOf", boolean_value_of, 0);
}

}  // namespace looplab::js
