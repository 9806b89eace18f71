// ECMA-262 chapter 7 abstract operations: ToPrimitive, ToNumber, ToString, equality.
#include "core/js/runtime/conversions.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace looplab::js {

bool to_boolean(Value v) {
  if (v.is_boolean()) return v.as_boolean();
  if (v.is_number()) {
    double d = v.as_number();
    return !(d == 0 || std::isnan(d));
  }
  if (v.is_string()) return v.as_string()->length() != 0;
  if (v.is_nullish() || v.is_hole()) return false;
  return true;  // objects and symbols
}

// 7.1.1.1 OrdinaryToPrimitive.
static Value ordinary_to_primitive(Vm& vm, Object* o, PreferredType hint) {
  const char* order[2] = {"valueOf", "toString"};
  if (hint == PreferredType::kString) std::swap(order[0], order[1]);
  for (const char* name : order) {
    Value method = o->get(vm, vm.key(name));
    if (method.is_exception()) return method;
    if (Vm::is_callable(method)) {
      Value r = vm.call(method, Value(o), ArgList());
      if (r.is_exception() || !r.is_object()) return r;
    }
  }
  return vm.throw_type_error("Cannot convert object to primitive value");
}

Value to_primitive(Vm& vm, Value v, PreferredType hint) {
  if (!v.is_object()) return v;
  Object* o = v.as_object();
  Value exotic = o->get(vm, PropKey(vm.realm().symbol_to_primitive));
  if (exotic.is_exception()) return exotic;
  if (!exotic.is_nullish()) {
    if (!Vm::is_callable(exotic)) return vm.throw_type_error("Symbol.toPrimitive is not a function");
    const char* name = hint == PreferredType::kNumber   ? "number"
                       : hint == PreferredType::kString ? "string"
                                                        : "default";
    Value r = vm.call(exotic, v, {Value(vm.string(name))});
    if (r.is_exception()) return r;
    if (r.is_object()) return vm.throw_type_error("Cannot convert object to primitive value");
    return r;
  }
  return ordinary_to_primitive(vm, o, hint == PreferredType::kDefault ? PreferredType::kNumber : hint);
}

static bool is_js_whitespace(char16_t c) {
  return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

double string_to_number(const std::u16string& text) {
  std::size_t b = 0, e = text.size();
  while (b < e && is_js_whitespace(text[b])) ++b;
  while (e > b && is_js_whitespace(text[e - 1])) --e;
  if (b == e) return 0;
  std::string s;
  for (std::size_t i = b; i < e; ++i) {
    if (text[i] > 127) return NAN;
    s.push_back(static_cast<char>(text[i]));
  }
  if (s.size() > 2 && s[0] == '0' &&
      (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' || s[1] == 'b' || s[1] == 'B')) {
    int base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
    double v = 0;
    for (std::size_t i = 2; i < s.size(); ++i) {
      int d;
      char c = s[i];
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (c >= 'a' && c <= 'z')
        d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'Z')
        d = c - 'A' + 10;
      else
        return NAN;
      if (d >= base) return NAN;
      v = v * base + d;
    }
    return v;
  }
  std::size_t i = 0;
  bool negative = false;
  if (s[i] == '+' || s[i] == '-') {
    negative = s[i] == '-';
    ++i;
  }
  if (s.compare(i, std::string::npos, "Infinity") == 0) return negative ? -INFINITY : INFINITY;
  std::size_t digits = 0;
  std::size_t j = i;
  while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j, ++digits;
  if (j < s.size() && s[j] == '.') {
    ++j;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j, ++digits;
  }
  if (digits == 0) return NAN;
  if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
    ++j;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    std::size_t exp_digits = 0;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j, ++exp_digits;
    if (exp_digits == 0) return NAN;
  }
  if (j != s.size()) return NAN;
  return std::strtod(s.c_str(), nullptr);
}

double primitive_to_number(Value v) {
  if (v.is_number()) return v.as_number();
  if (v.is_undefined()) return NAN;
  if (v.is_null()) return 0;
  if (v.is_boolean()) return v.as_boolean() ? 1 : 0;
  if (v.is_string()) return string_to_number(v.as_string()->text());
  return NAN;
}

std::optional<double> to_number(Vm& vm, Value v) {
  if (v.is_number()) return v.as_number();
  if (v.is_object()) {
    v = to_primitive(vm, v, PreferredType::kNumber);
    if (v.is_exception()) return std::nullopt;
  }
  if (v.is_symbol()) {
    vm.throw_type_error("Cannot convert a Symbol value to a number");
    return std::nullopt;
  }
  return primitive_to_number(v);
}

std::string number_to_string(double d) {
  if (std::isnan(d)) return "NaN";
  if (d == 0) return "0";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
  std::string sign = d < 0 ? "-" : "";
  double a = std::fabs(d);
  if (a < 1e21 && a == std::floor(a) && a < 9007199254740992.0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", a);
    return sign + buf;
  }
  // Shortest digits that round-trip: k significant digits, decimal exponent n (value = 0.ddd * 10^n).
  char buf[40];
  int precision = 1;
  for (; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, a);
    if (std::strtod(buf, nullptr) == a) break;
  }
  std::string digits;
  const char* p = buf;
  for (; *p != 'e'; ++p) {
    if (*p != '.') digits.push_back(*p);
  }
  int exp10 = std::atoi(p + 1);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int k = static_cast<int>(digits.size());
  int n = exp10 + 1;
  std::string out;
  if (k <= n && n <= 21) {
    out = digits + std::string(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out = digits.substr(0, static_cast<std::size_t>(n)) + "." + digits.substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out = "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
  } else {
    int e = n - 1;
    std::string exp = (e >= 0 ? "+" : "-") + std::to_string(std::abs(e));
    if (k == 1) {
      out = digits + "e" + exp;
    } else {
      out = digits.substr(0, 1) + "." + digits.substr(1) + "e" + exp;
    }
  }
  return sign + out;
}

std::u16string number_to_u16string(double d) {
  std::string s = number_to_string(d);
  return std::u16string(s.begin(), s.end());
}

String* primitive_to_string(Vm& vm, Value v) {
  if (v.is_string()) return v.as_string();
  if (v.is_number()) {
    double d = v.as_number();
    if (d >= 0 && d < 10 && d == std::floor(d))
      return vm.atom(std::string(1, static_cast<char>('0' + static_cast<int>(d))));
    return vm.string(number_to_string(d));
  }
  if (v.is_undefined()) return vm.atom("undefined");
  if (v.is_null()) return vm.atom("null");
  if (v.is_boolean()) return vm.atom(v.as_boolean() ? "true" : "false");
  return vm.atom("");
}

String* to_string(Vm& vm, Value v) {
  if (v.is_string()) return v.as_string();
  if (v.is_object()) {
    v = to_primitive(vm, v, PreferredType::kString);
    if (v.is_exception()) return nullptr;
  }
  if (v.is_symbol()) {
    vm.throw_type_error("Cannot convert a Symbol value to a string");
    return nullptr;
  }
  return primitive_to_string(vm, v);
}

Object* to_object(Vm& vm, Value v) {
  if (v.is_object()) return v.as_object();
  Realm& realm = vm.realm();
  if (v.is_nullish()) {
    vm.throw_type_error("Cannot convert undefined or null to object");
    return nullptr;
  }
  if (v.is_string())
    return vm.heap().make<PrimitiveObject>(vm.heap(), realm.string_prototype, ObjectClass::kString, v);
  if (v.is_number())
    return vm.heap().make<PrimitiveObject>(vm.heap(), realm.number_prototype, ObjectClass::kNumber, v);
  if (v.is_boolean())
    return vm.heap().make<PrimitiveObject>(vm.heap(), realm.boolean_prototype, ObjectClass::kBoolean, v);
  return vm.heap().make<PrimitiveObject>(vm.heap(), realm.symbol_prototype, ObjectClass::kSymbol, v);
}

std::optional<double> to_integer_or_infinity(Vm& vm, Value v) {
  auto n = to_number(vm, v);
  if (!n) return std::nullopt;
  if (std::isnan(*n) || *n == 0) return 0.0;
  if (std::isinf(*n)) return *n;
  return std::trunc(*n);
}

std::int32_t double_to_int32(double d) {
  if (std::isnan(d) || std::isinf(d)) return 0;
  if (d >= -2147483648.0 && d <= 2147483647.0) return static_cast<std::int32_t>(d);
  double m = std::fmod(std::trunc(d), 4294967296.0);
  if (m < 0) m += 4294967296.0;
  auto u = static_cast<std::uint32_t>(m);
  return static_cast<std::int32_t>(u);
}

std::optional<std::int32_t> to_int32(Vm& vm, Value v) {
  auto n = to_number(vm, v);
  if (!n) return std::nullopt;
  return double_to_int32(*n);
}

std::optional<std::uint32_t> to_uint32(Vm& vm, Value v) {
  auto n = to_number(vm, v);
  if (!n) return std::nullopt;
  return static_cast<std::uint32_t>(double_to_int32(*n));
}

std::optional<double> to_length(Vm& vm, Value v) {
  auto n = to_integer_or_infinity(vm, v);
  if (!n) return std::nullopt;
  if (*n <= 0) return 0.0;
  return std::min(*n, 9007199254740991.0);
}

bool strict_equals(Value a, Value b) {
  if (a.is_number() && b.is_number()) return a.as_number() == b.as_number();
  if (a.is_string() && b.is_string()) {
    return a.as_string() == b.as_string() || a.as_string()->text() == b.as_string()->text();
  }
  return a == b;
}

bool same_value_zero(Value a, Value b) {
  if (a.is_number() && b.is_number()) {
    double x = a.as_number(), y = b.as_number();
    return x == y || (std::isnan(x) && std::isnan(y));
  }
  return strict_equals(a, b);
}

bool same_value(Value a, Value b) {
  if (a.is_number() && b.is_number()) {
    double x = a.as_number(), y = b.as_number();
    if (std::isnan(x) && std::isnan(y)) return true;
    if (x == 0 && y == 0) return std::signbit(x) == std::signbit(y);
    return x == y;
  }
  return strict_equals(a, b);
}

std::optional<bool> loose_equals(Vm& vm, Value a, Value b) {
  // 7.2.14 IsLooselyEqual.
  for (;;) {
    if (a.is_number() && b.is_number()) return a.as_number() == b.as_number();
    if (a.is_string() && b.is_string()) return strict_equals(a, b);
    if (a.is_nullish() && b.is_nullish()) return true;
    if (a.is_nullish() || b.is_nullish()) return false;
    if (a.is_boolean() && b.is_boolean()) return a == b;
    if ((a.is_object() && b.is_object()) || (a.is_symbol() && b.is_symbol())) return a == b;
    if (a.is_number() && b.is_string()) return a.as_number() == primitive_to_number(b);
    if (a.is_string() && b.is_number()) return primitive_to_number(a) == b.as_number();
    if (a.is_boolean()) {
      a = Value(a.as_boolean() ? 1.0 : 0.0);
      continue;
    }
    if (b.is_boolean()) {
      b = Value(b.as_boolean() ? 1.0 : 0.0);
      continue;
    }
    if (b.is_object() && !a.is_object()) {
      b = to_primitive(vm, b);
      if (b.is_exception()) return std::nullopt;
      continue;
    }
    if (a.is_object() && !b.is_object()) {
      a = to_primitive(vm, a);
      if (a.is_exception()) return std::nullopt;
      continue;
    }
    return false;
  }
}

const char* type_of(Value v) {
  if (v.is_number()) return "number";
  if (v.is_string()) return "string";
  if (v.is_undefined()) return "undefined";
  if (v.is_null()) return "object";
  if (v.is_boolean()) return "boolean";
  if (v.is_symbol()) return "symbol";
  if (v.is_object()) return v.as_object()->is_function() ? "function" : "object";
  return "undefined";
}

}  // namespace looplab::js
