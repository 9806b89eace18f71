// String, String.prototype and the URI functions (no regular expressions: the parser rejects regex literals,
// so split/replace/includes take strings only).
//
// Known simplifications, each chosen to match node on everyday input:
// - toUpperCase/toLowerCase map ASCII, Latin-1, Latin Extended-A, basic Greek and Cyrillic (plus
//   the special cases ß -> SS and ÿ -> Ÿ); other characters are left unchanged.
// - localeCompare approximates ICU's root collation: whitespace < punctuation < digits < letters,
//   letters compared case- and accent-insensitively first, then accents, then case (lower
//   first). Good for sorting words; not a full UCA.
// - normalize validates its form argument and returns the string unchanged.
#include <algorithm>
#include <cmath>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

using U16 = std::u16string;

// RequireObjectCoercible(this) + ToString, with V8's "String.prototype.x called on null or
// undefined".
String* this_string(Vm& vm, Value this_value, const char* method) {
  if (this_value.is_nullish()) {
    vm.throw_type_error(std::string("String.prototype.") + method + " called on null or undefined");
    return nullptr;
  }
  return to_string(vm, this_value);
}

Value str(Vm& vm, U16 text) {
  return Value(vm.string(std::move(text)));
}

bool is_high(char16_t c) {
  return c >= 0xD800 && c <= 0xDBFF;
}
bool is_low(char16_t c) {
  return c >= 0xDC00 && c <= 0xDFFF;
}

bool is_js_whitespace(char16_t c) {
  return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

// ---- Constructor and statics ----

Value string_ctor(Vm& vm, Value, ArgList args) {
  Value s;
  if (args.size() == 0) {
    s = Value(vm.atom(""));
  } else if (vm.new_target().is_undefined() && args[0].is_symbol()) {
    return Value(vm.string(args[0].as_symbol()->descriptive_string()));
  } else {
    String* t = to_string(vm, args[0]);
    if (t == nullptr) return Value::exception();
    s = Value(t);
  }
  if (vm.new_target().is_undefined()) return s;
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().string_prototype);
  return Value(vm.heap().make<PrimitiveObject>(vm.heap(), proto, ObjectClass::kString, s));
}

Value string_from_char_code(Vm& vm, Value, ArgList args) {
  U16 out;
  for (Value v : args) {
    auto n = to_uint32(vm, v);
    if (!n) return Value::exception();
    out.push_back(static_cast<char16_t>(*n & 0xFFFF));
  }
  return str(vm, std::move(out));
}

void append_code_point(U16& out, std::uint32_t cp) {
  if (cp < 0x10000) {
    out.push_back(static_cast<char16_t>(cp));
  } else {
    cp -= 0x10000;
    out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
    out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
  }
}

Value string_from_code_point(Vm& vm, Value, ArgList args) {
  U16 out;
  for (Value v : args) {
    auto n = to_number(vm, v);
    if (!n) return Value::exception();
    if (*n != std::trunc(*n) || *n < 0 || *n > 0x10FFFF || std::isnan(*n)) {
      String* s = to_string(vm, v);
      return vm.throw_range_error("Invalid code point " + (s ? s->to_utf8() : std::string("NaN")));
    }
    append_code_point(out, static_cast<std::uint32_t>(*n));
  }
  return str(vm, std::move(out));
}

// 22.1.2.4 String.raw.
Value string_raw(Vm& vm, Value, ArgList args) {
  Object* cooked = to_object(vm, args[0]);
  if (cooked == nullptr) return Value::exception();
  Value raw_v = cooked->get(vm, vm.key("raw"));
  if (raw_v.is_exception()) return raw_v;
  Object* raw = to_object(vm, raw_v);
  if (raw == nullptr) return Value::exception();
  auto len = builtins::length_of(vm, raw);
  if (!len) return Value::exception();
  U16 out;
  for (double i = 0; i < *len; ++i) {
    Value seg = builtins::get_index(vm, raw, i);
    if (seg.is_exception()) return seg;
    String* s = to_string(vm, seg);
    if (s == nullptr) return Value::exception();
    out += s->text();
    if (i + 1 < *len && static_cast<std::size_t>(i) + 1 < args.size()) {
      String* sub = to_string(vm, args[static_cast<std::size_t>(i) + 1]);
      if (sub == nullptr) return Value::exception();
      out += sub->text();
    }
  }
  return str(vm, std::move(out));
}

// ---- Prototype: access ----

Value this_string_value(Vm& vm, Value this_value, const char* method) {
  if (this_value.is_string()) return this_value;
  if (this_value.is_object() && this_value.as_object()->object_class() == ObjectClass::kString) {
    return static_cast<PrimitiveObject*>(this_value.as_object())->primitive();
  }
  return vm.throw_type_error(std::string("String.prototype.") + method + " requires that 'this' be a String");
}

Value proto_to_string(Vm& vm, Value this_value, ArgList) {
  return this_string_value(vm, this_value, "toString");
}
Value proto_value_of(Vm& vm, Value this_value, ArgList) {
  return this_string_value(vm, this_value, "valueOf");
}

Value proto_at(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "at");
  if (s == nullptr) return Value::exception();
  auto rel = to_integer_or_infinity(vm, args[0]);
  if (!rel) return Value::exception();
  double len = static_cast<double>(s->length());
  double k = *rel >= 0 ? *rel : len + *rel;
  if (k < 0 || k >= len) return Value::undefined();
  return str(vm, U16(1, s->text()[static_cast<std::size_t>(k)]));
}

Value proto_char_at(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "charAt");
  if (s == nullptr) return Value::exception();
  auto pos = to_integer_or_infinity(vm, args[0]);
  if (!pos) return Value::exception();
  if (*pos < 0 || *pos >= static_cast<double>(s->length())) return Value(vm.atom(""));
  return str(vm, U16(1, s->text()[static_cast<std::size_t>(*pos)]));
}

Value proto_char_code_at(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "charCodeAt");
  if (s == nullptr) return Value::exception();
  auto pos = to_integer_or_infinity(vm, args[0]);
  if (!pos) return Value::exception();
  if (*pos < 0 || *pos >= static_cast<double>(s->length())) return Value(NAN);
  return Value(static_cast<double>(s->text()[static_cast<std::size_t>(*pos)]));
}

Value proto_code_point_at(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "codePointAt");
  if (s == nullptr) return Value::exception();
  auto pos = to_integer_or_infinity(vm, args[0]);
  if (!pos) return Value::exception();
  if (*pos < 0 || *pos >= static_cast<double>(s->length())) return Value::undefined();
  const U16& t = s->text();
  auto i = static_cast<std::size_t>(*pos);
  char16_t c = t[i];
  if (is_high(c) && i + 1 < t.size() && is_low(t[i + 1])) {
    return Value(static_cast<double>(0x10000 + ((c - 0xD800) << 10) + (t[i + 1] - 0xDC00)));
  }
  return Value(static_cast<double>(c));
}

// ---- Searching ----

// Index of `needle` in `hay` at or after `from`, or npos.
std::size_t find_from(const U16& hay, const U16& needle, std::size_t from) {
  if (from > hay.size()) return U16::npos;
  return hay.find(needle, from);
}

Value proto_index_of(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "indexOf");
  if (s == nullptr) return Value::exception();
  String* needle = to_string(vm, args[0]);
  if (needle == nullptr) return Value::exception();
  auto pos = to_integer_or_infinity(vm, args[1]);
  if (!pos) return Value::exception();
  double start = std::min(std::max(*pos, 0.0), static_cast<double>(s->length()));
  std::size_t i = find_from(s->text(), needle->text(), static_cast<std::size_t>(start));
  return Value(i == U16::npos ? -1.0 : static_cast<double>(i));
}

Value proto_last_index_of(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "lastIndexOf");
  if (s == nullptr) return Value::exception();
  String* needle = to_string(vm, args[0]);
  if (needle == nullptr) return Value::exception();
  auto num = to_number(vm, args[1]);
  if (!num) return Value::exception();
  double len = static_cast<double>(s->length());
  double pos = std::isnan(*num) ? INFINITY : std::trunc(*num);
  double start = std::min(std::max(pos, 0.0), len);
  std::size_t i = s->text().rfind(needle->text(), static_cast<std::size_t>(start));
  return Value(i == U16::npos ? -1.0 : static_cast<double>(i));
}

Value proto_includes(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "includes");
  if (s == nullptr) return Value::exception();
  String* needle = to_string(vm, args[0]);
  if (needle == nullptr) return Value::exception();
  auto pos = to_integer_or_infinity(vm, args[1]);
  if (!pos) return Value::exception();
  double start = std::min(std::max(*pos, 0.0), static_cast<double>(s->length()));
  return Value::boolean(find_from(s->text(), needle->text(), static_cast<std::size_t>(start)) != U16::npos);
}

Value proto_starts_with(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "startsWith");
  if (s == nullptr) return Value::exception();
  String* needle = to_string(vm, args[0]);
  if (needle == nullptr) return Value::exception();
  auto pos = to_integer_or_infinity(vm, args[1]);
  if (!pos) return Value::exception();
  auto start = static_cast<std::size_t>(std::min(std::max(*pos, 0.0), static_cast<double>(s->length())));
  const U16& n = needle->text();
  if (start + n.size() > s->length()) return Value::boolean(false);
  return Value::boolean(s->text().compare(start, n.size(), n) == 0);
}

Value proto_ends_with(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "endsWith");
  if (s == nullptr) return Value::exception();
  String* needle = to_string(vm, args[0]);
  if (needle == nullptr) return Value::exception();
  double len = static_cast<double>(s->length());
  double end = len;
  if (!args[1].is_undefined()) {
    auto pos = to_integer_or_infinity(vm, args[1]);
    if (!pos) return Value::exception();
    end = std::min(std::max(*pos, 0.0), len);
  }
  const U16& n = needle->text();
  if (static_cast<double>(n.size()) > end) return Value::boolean(false);
  std::size_t start = static_cast<std::size_t>(end) - n.size();
  return Value::boolean(s->text().compare(start, n.size(), n) == 0);
}

// ---- Substrings ----

Value proto_slice(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "slice");
  if (s == nullptr) return Value::exception();
  double len = static_cast<double>(s->length());
  auto from = builtins::relative_index(vm, args[0], len, 0);
  if (!from) return Value::exception();
  auto to = builtins::relative_index(vm, args[1], len, len);
  if (!to) return Value::exception();
  if (*from >= *to) return Value(vm.atom(""));
  return str(vm, s->text().substr(static_cast<std::size_t>(*from), static_cast<std::size_t>(*to - *from)));
}

Value proto_substring(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "substring");
  if (s == nullptr) return Value::exception();
  double len = static_cast<double>(s->length());
  auto a = to_integer_or_infinity(vm, args[0]);
  if (!a) return Value::exception();
  double b_val = len;
  if (!args[1].is_undefined()) {
    auto b = to_integer_or_infinity(vm, args[1]);
    if (!b) return Value::exception();
    b_val = *b;
  }
  double fa = std::min(std::max(*a, 0.0), len), fb = std::min(std::max(b_val, 0.0), len);
  double from = std::min(fa, fb), to = std::max(fa, fb);
  return str(vm, s->text().substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from)));
}

Value proto_substr(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "substr");
  if (s == nullptr) return Value::exception();
  double len = static_cast<double>(s->length());
  auto start = builtins::relative_index(vm, args[0], len, 0);
  if (!start) return Value::exception();
  double count = len - *start;
  if (!args[1].is_undefined()) {
    auto l = to_integer_or_infinity(vm, args[1]);
    if (!l) return Value::exception();
    count = std::min(std::max(*l, 0.0), len - *start);
  }
  if (count <= 0) return Value(vm.atom(""));
  return str(vm, s->text().substr(static_cast<std::size_t>(*start), static_cast<std::size_t>(count)));
}

// ---- Case mapping ----

char16_t upper_unit(char16_t c) {
  if (c >= 'a' && c <= 'z') return static_cast<char16_t>(c - 32);
  if (c < 0x80) return c;
  if (c == 0xB5) return 0x39C;
  if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return static_cast<char16_t>(c - 32);
  if (c == 0xFF) return 0x178;
  if (c >= 0x100 && c <= 0x17F) {
    bool even_upper = (c <= 0x137) || (c >= 0x14A && c <= 0x177);
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (even_upper && (c & 1)) return static_cast<char16_t>(c - 1);
    if (odd_upper && !(c & 1)) return static_cast<char16_t>(c - 1);
    if (c == 0x17F) return 'S';
    return c;
  }
  if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return static_cast<char16_t>(c - 32);
  if (c == 0x3C2) return 0x3A3;
  if (c >= 0x3AC && c <= 0x3AF) {
    static const char16_t map[] = {0x386, 0x388, 0x389, 0x38A};
    return map[c - 0x3AC];
  }
  if (c >= 0x430 && c <= 0x44F) return static_cast<char16_t>(c - 32);
  if (c >= 0x450 && c <= 0x45F) return static_cast<char16_t>(c - 80);
  return c;
}

char16_t lower_unit(char16_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char16_t>(c + 32);
  if (c < 0x80) return c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return static_cast<char16_t>(c + 32);
  if (c == 0x178) return 0xFF;
  if (c >= 0x100 && c <= 0x17F) {
    bool even_upper = (c <= 0x137) || (c >= 0x14A && c <= 0x177);
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (even_upper && !(c & 1)) return static_cast<char16_t>(c + 1);
    if (odd_upper && (c & 1)) return static_cast<char16_t>(c + 1);
    return c;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return static_cast<char16_t>(c + 32);
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return static_cast<char16_t>(c + 37);
  if (c >= 0x410 && c <= 0x42F) return static_cast<char16_t>(c + 32);
  if (c >= 0x400 && c <= 0x40F) return static_cast<char16_t>(c + 80);
  return c;
}

Value proto_to_upper_case(Vm& vm, Value this_value, ArgList) {
  String* s = this_string(vm, this_value, "toUpperCase");
  if (s == nullptr) return Value::exception();
  U16 out;
  out.reserve(s->length());
  for (char16_t c : s->text()) {
    if (c == 0xDF) {
      out += u"SS";
    } else {
      out.push_back(upper_unit(c));
    }
  }
  return str(vm, std::move(out));
}

Value proto_to_lower_case(Vm& vm, Value this_value, ArgList) {
  String* s = this_string(vm, this_value, "toLowerCase");
  if (s == nullptr) return Value::exception();
  U16 out;
  out.reserve(s->length());
  for (char16_t c : s->text()) {
    if (c == 0x130) {
      out += u"i\u0307";
    } else {
      out.push_back(lower_unit(c));
    }
  }
  return str(vm, std::move(out));
}

// ---- Trimming and padding ----

enum class Trim { kBoth, kStart, kEnd };

Value trim(Vm& vm, Value this_value, Trim where, const char* name) {
  String* s = this_string(vm, this_value, name);
  if (s == nullptr) return Value::exception();
  const U16& t = s->text();
  std::size_t b = 0, e = t.size();
  if (where != Trim::kEnd) {
    while (b < e && is_js_whitespace(t[b])) ++b;
  }
  if (where != Trim::kStart) {
    while (e > b && is_js_whitespace(t[e - 1])) --e;
  }
  return str(vm, t.substr(b, e - b));
}

Value proto_trim(Vm& vm, Value this_value, ArgList) {
  return trim(vm, this_value, Trim::kBoth, "trim");
}
Value proto_trim_start(Vm& vm, Value this_value, ArgList) {
  return trim(vm, this_value, Trim::kStart, "trimStart");
}
Value proto_trim_end(Vm& vm, Value this_value, ArgList) {
  return trim(vm, this_value, Trim::kEnd, "trimEnd");
}

Value pad(Vm& vm, Value this_value, ArgList args, bool at_start) {
  String* s = this_string(vm, this_value, at_start ? "padStart" : "padEnd");
  if (s == nullptr) return Value::exception();
  auto max_length = to_length(vm, args[0]);
  if (!max_length) return Value::exception();
  if (*max_length <= static_cast<double>(s->length())) return Value(s);
  U16 filler = u" ";
  if (!args[1].is_undefined()) {
    String* f = to_string(vm, args[1]);
    if (f == nullptr) return Value::exception();
    filler = f->text();
  }
  if (filler.empty()) return Value(s);
  if (*max_length > (1 << 29)) return vm.throw_range_error("Invalid string length");
  std::size_t fill_len = static_cast<std::size_t>(*max_length) - s->length();
  U16 fill;
  while (fill.size() < fill_len) fill += filler;
  fill.resize(fill_len);
  return str(vm, at_start ? fill + s->text() : s->text() + fill);
}

Value proto_pad_start(Vm& vm, Value this_value, ArgList args) {
  return pad(vm, this_value, args, true);
}
Value proto_pad_end(Vm& vm, Value this_value, ArgList args) {
  return pad(vm, this_value, args, false);
}

Value proto_repeat(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "repeat");
  if (s == nullptr) return Value::exception();
  auto n = to_integer_or_infinity(vm, args[0]);
  if (!n) return Value::exception();
  if (*n < 0 || std::isinf(*n)) {
    return vm.throw_range_error("Invalid count value: " + number_to_string(*n));
  }
  if (*n == 0 || s->length() == 0) return Value(vm.atom(""));
  if (*n * static_cast<double>(s->length()) > (1 << 29)) return vm.throw_range_error("Invalid string length");
  U16 out;
  out.reserve(static_cast<std::size_t>(*n) * s->length());
  for (double i = 0; i < *n; ++i) out += s->text();
  return str(vm, std::move(out));
}

Value proto_concat(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "concat");
  if (s == nullptr) return Value::exception();
  U16 out = s->text();
  for (Value v : args) {
    String* t = to_string(vm, v);
    if (t == nullptr) return Value::exception();
    out += t->text();
  }
  return str(vm, std::move(out));
}

// ---- split / replace ----

Value proto_split(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "split");
  if (s == nullptr) return Value::exception();
  std::uint32_t limit = 0xFFFFFFFFu;
  if (!args[1].is_undefined()) {
    auto l = to_uint32(vm, args[1]);
    if (!l) return Value::exception();
    limit = *l;
  }
  ArrayObject* out = vm.new_array();
  if (args[0].is_undefined()) {
    if (limit > 0) out->push(Value(s));
    return Value(out);
  }
  String* sep_s = to_string(vm, args[0]);
  if (sep_s == nullptr) return Value::exception();
  if (limit == 0) return Value(out);
  const U16& t = s->text();
  const U16& sep = sep_s->text();
  if (sep.empty()) {
    for (std::size_t i = 0; i < t.size() && out->length() < limit; ++i) out->push(str(vm, U16(1, t[i])));
    return Value(out);
  }
  if (t.empty()) {
    out->push(Value(s));
    return Value(out);
  }
  std::size_t p = 0;
  for (;;) {
    std::size_t q = t.find(sep, p);
    if (q == U16::npos) break;
    out->push(str(vm, t.substr(p, q - p)));
    if (out->length() >= limit) return Value(out);
    p = q + sep.size();
  }
  out->push(str(vm, t.substr(p)));
  return Value(out);
}

// 22.1.3.19.1 GetSubstitution (no captures: $1 and $<name> stay literal).
U16 substitution(const U16& matched, const U16& text, std::size_t position, const U16& replacement) {
  U16 out;
  for (std::size_t i = 0; i < replacement.size(); ++i) {
    char16_t c = replacement[i];
    if (c != '$' || i + 1 >= replacement.size()) {
      out.push_back(c);
      continue;
    }
    char16_t n = replacement[i + 1];
    if (n == '$') {
      out.push_back('$');
      ++i;
    } else if (n == '&') {
      out += matched;
      ++i;
    } else if (n == '`') {
      out += text.substr(0, position);
      ++i;
    } else if (n == '\'') {
      std::size_t tail = std::min(text.size(), position + matched.size());
      out += text.substr(tail);
      ++i;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

Value replace(Vm& vm, Value this_value, ArgList args, bool all) {
  String* s = this_string(vm, this_value, all ? "replaceAll" : "replace");
  if (s == nullptr) return Value::exception();
  String* pattern = to_string(vm, args[0]);
  if (pattern == nullptr) return Value::exception();
  Value replacer = args[1];
  bool functional = Vm::is_callable(replacer);
  String* replacement = nullptr;
  if (!functional) {
    replacement = to_string(vm, replacer);
    if (replacement == nullptr) return Value::exception();
  }
  const U16& t = s->text();
  const U16& pat = pattern->text();
  std::vector<std::size_t> positions;
  std::size_t advance = std::max<std::size_t>(pat.size(), 1);
  std::size_t p = t.find(pat, 0);
  while (p != U16::npos) {
    positions.push_back(p);
    if (!all) break;
    p = p + advance > t.size() ? U16::npos : t.find(pat, p + advance);
  }
  if (positions.empty()) return Value(s);
  U16 out;
  std::size_t end_of_last = 0;
  for (std::size_t pos : positions) {
    out += t.substr(end_of_last, pos - end_of_last);
    if (functional) {
      Value r =
          vm.call(replacer, Value::undefined(), {Value(pattern), Value(static_cast<double>(pos)), Value(s)});
      if (r.is_exception()) return r;
      String* rs = to_string(vm, r);
      if (rs == nullptr) return Value::exception();
      out += rs->text();
    } else {
      out += substitution(pat, t, pos, replacement->text());
    }
    end_of_last = pos + pat.size();
  }
  out += t.substr(end_of_last);
  return str(vm, std::move(out));
}

Value proto_replace(Vm& vm, Value this_value, ArgList args) {
  return replace(vm, this_value, args, false);
}
Value proto_replace_all(Vm& vm, Value this_value, ArgList args) {
  return replace(vm, this_value, args, true);
}

// ---- Comparison ----

// Collation weights (see the file comment): primary, secondary (accent), tertiary (case).
struct Weights {
  std::uint32_t primary;
  std::uint8_t secondary;
  std::uint8_t tertiary;
};

// ICU root order of the whitespace, punctuation and symbols of ASCII and Latin-1 (node sorts
// them this way with localeCompare); unlisted ones follow them in code order, before digits.
constexpr std::u16string_view kSymbolOrder =
    u"\u00ad\t\n\v\f\r \u00a0_-,;:!\u00a1?\u00bf.\u00b7'\"\u00ab\u00bb()[]{}\u00a7\u00b6@*/\\&#%`\u00b4^"
    u"\u00af\u00a8\u00b8\u00b0\u00a9\u00ae+\u00b1\u00f7\u00d7<=>\u00ac|\u00a6~\u00a4\u00a2$\u00a3\u00a5";

Weights collation_weights(char16_t c) {
  static const char kLatin1Base[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts";  // U+00C0..U+00DF
  if (c >= '0' && c <= '9') return {0x3000u + (c - '0'), 0, 0};
  if (c >= 'a' && c <= 'z') return {0x4000u + (c - 'a'), 0, 0};
  if (c >= 'A' && c <= 'Z') return {0x4000u + (c - 'A'), 0, 1};
  std::size_t rank = kSymbolOrder.find(c);
  if (rank != std::u16string_view::npos) return {0x100u + static_cast<std::uint32_t>(rank), 0, 0};
  if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) {
    bool upper = c < 0xE0 && c != 0xDF;
    char base = kLatin1Base[(c - 0xC0) & 0x1F];
    if (c == 0xFF) base = 'y';
    return {0x4000u + static_cast<std::uint32_t>(base - 'a'), static_cast<std::uint8_t>(1 + (c & 0x1F)),
            static_cast<std::uint8_t>(upper ? 1 : 0)};
  }
  if (c < 0xC0 || is_js_whitespace(c)) return {0x1000u + c, 0, 0};
  return {0x10000u + c, 0, 0};
}

int locale_compare(const U16& a, const U16& b) {
  // Primary level, then secondary, then tertiary.
  for (int level = 0; level < 3; ++level) {
    std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
      Weights wa = collation_weights(a[i]), wb = collation_weights(b[i]);
      std::uint32_t x = level == 0 ? wa.primary : level == 1 ? wa.secondary : wa.tertiary;
      std::uint32_t y = level == 0 ? wb.primary : level == 1 ? wb.secondary : wb.tertiary;
      if (x != y) return x < y ? -1 : 1;
    }
    if (level == 0 && a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  }
  if (a == b) return 0;
  return a < b ? -1 : 1;
}

Value proto_locale_compare(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "localeCompare");
  if (s == nullptr) return Value::exception();
  String* that = to_string(vm, args[0]);
  if (that == nullptr) return Value::exception();
  return Value(locale_compare(s->text(), that->text()));
}

Value proto_normalize(Vm& vm, Value this_value, ArgList args) {
  String* s = this_string(vm, this_value, "normalize");
  if (s == nullptr) return Value::exception();
  if (!args[0].is_undefined()) {
    String* f = to_string(vm, args[0]);
    if (f == nullptr) return Value::exception();
    const U16& form = f->text();
    if (form != u"NFC" && form != u"NFD" && form != u"NFKC" && form != u"NFKD") {
      return vm.throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    }
  }
  return Value(s);
}

Value proto_is_well_formed(Vm& vm, Value this_value, ArgList) {
  String* s = this_string(vm, this_value, "isWellFormed");
  if (s == nullptr) return Value::exception();
  const U16& t = s->text();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (is_high(t[i]) && i + 1 < t.size() && is_low(t[i + 1])) {
      ++i;
    } else if (is_high(t[i]) || is_low(t[i])) {
      return Value::boolean(false);
    }
  }
  return Value::boolean(true);
}

// ---- URI encoding (19.2.6): encodeURI(Component) / decodeURI(Component) ----

bool in_set(char16_t c, std::string_view set) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return c < 0x80 && set.find(static_cast<char>(c)) != std::string_view::npos;
}

constexpr std::string_view kUriMark = "-_.!~*'()";
constexpr std::string_view kUriReservedAndHash = ";/?:@&=+$,#";

Value uri_encode(Vm& vm, Value arg, bool component) {
  String* s = to_string(vm, arg);
  if (s == nullptr) return Value::exception();
  static const char kHex[] = "0123456789ABCDEF";
  std::string extra = std::string(kUriMark) + (component ? "" : std::string(kUriReservedAndHash));
  const U16& t = s->text();
  U16 out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char16_t c = t[i];
    if (in_set(c, extra)) {
      out.push_back(c);
      continue;
    }
    std::uint32_t cp = c;
    if (is_low(c)) return vm.throw_error(ErrorType::kURIError, "URI malformed");
    if (is_high(c)) {
      if (i + 1 >= t.size() || !is_low(t[i + 1]))
        return vm.throw_error(ErrorType::kURIError, "URI malformed");
      cp = 0x10000 + ((c - 0xD800) << 10) + (t[++i] - 0xDC00);
    }
    U16 unit;
    append_code_point(unit, cp);
    std::string bytes = utf16_to_utf8(unit);
    for (unsigned char b : bytes) {
      out.push_back('%');
      out.push_back(static_cast<char16_t>(kHex[b >> 4]));
      out.push_back(static_cast<char16_t>(kHex[b & 15]));
    }
  }
  return str(vm, std::move(out));
}

int hex_digit(char16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value uri_decode(Vm& vm, Value arg, bool component) {
  String* s = to_string(vm, arg);
  if (s == nullptr) return Value::exception();
  const U16& t = s->text();
  U16 out;
  auto byte_at = [&](std::size_t k) -> int {
    if (k + 2 >= t.size() || t[k] != '%') return -1;
    int hi = hex_digit(t[k + 1]), lo = hex_digit(t[k + 2]);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != '%') {
      out.push_back(t[i]);
      continue;
    }
    int b = byte_at(i);
    if (b < 0) return vm.throw_error(ErrorType::kURIError, "URI malformed");
    if (b < 0x80) {
      auto c = static_cast<char16_t>(b);
      if (!component && kUriReservedAndHash.find(static_cast<char>(c)) != std::string_view::npos) {
        out += t.substr(i, 3);
      } else {
        out.push_back(c);
      }
      i += 2;
      continue;
    }
    int n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0) return vm.throw_error(ErrorType::kURIError, "URI malformed");
    std::uint32_t cp = static_cast<std::uint32_t>(b) & (0xFFu >> (n + 1));
    std::size_t k = i + 3;
    for (int j = 1; j < n; ++j, k += 3) {
      int cb = byte_at(k);
      if (cb < 0 || (cb & 0xC0) != 0x80) return vm.throw_error(ErrorType::kURIError, "URI malformed");
      cp = (cp << 6) | static_cast<std::uint32_t>(cb & 0x3F);
    }
    static const std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return vm.throw_error(ErrorType::kURIError, "URI malformed");
    }
    append_code_point(out, cp);
    i = k - 1;
  }
  return str(vm, std::move(out));
}

Value global_encode_uri(Vm& vm, Value, ArgList args) {
  return uri_encode(vm, args[0], false);
}
Value global_encode_uri_component(Vm& vm, Value, ArgList args) {
  return uri_encode(vm, args[0], true);
}
Value global_decode_uri(Vm& vm, Value, ArgList args) {
  return uri_decode(vm, args[0], false);
}
Value global_decode_uri_component(Vm& vm, Value, ArgList args) {
  return uri_decode(vm, args[0], true);
}

}  // namespace

void install_string(Realm& realm) {
  Vm& vm = realm.vm();
  Object* proto = realm.string_prototype;
  NativeFunction* ctor = vm.new_native_constructor("String", 1, string_ctor, proto);
  realm.define_global("String", Value(ctor));
  vm.define_method(ctor, "fromCharCode", string_from_char_code, 1);
  vm.define_method(ctor, "fromCodePoint", string_from_code_point, 1);
  vm.define_method(ctor, "raw", string_raw, 1);

  vm.define_method(proto, "at", proto_at, 1);
  vm.define_method(proto, "charAt", proto_char_at, 1);
  vm.define_method(proto, "charCodeAt", proto_char_code_at, 1);
  vm.define_method(proto, "codePointAt", proto_code_point_at, 1);
  vm.define_method(proto, "concat", proto_concat, 1);
  vm.define_method(proto, "endsWith", proto_ends_with, 1);
  vm.define_method(proto, "includes", proto_includes, 1);
  vm.define_method(proto, "indexOf", proto_index_of, 1);
  vm.define_method(proto, "isWellFormed", proto_is_well_formed, 0);
  vm.define_method(proto, "lastIndexOf", proto_last_index_of, 1);
  vm.define_method(proto, "localeCompare", proto_locale_compare, 1);
  vm.define_method(proto, "normalize", proto_normalize, 0);
  vm.define_method(proto, "padEnd", proto_pad_end, 1);
  vm.define_method(proto, "padStart", proto_pad_start, 1);
  vm.define_method(proto, "repeat", proto_repeat, 1);
  vm.define_method(proto, "replace", proto_replace, 2);
  vm.define_method(proto, "replaceAll", proto_replace_all, 2);
  vm.define_method(proto, "slice", proto_slice, 2);
  vm.define_method(proto, "split", proto_split, 2);
  vm.define_method(proto, "substr", proto_substr, 2);
  vm.define_method(proto, "substring", proto_substring, 2);
  vm.define_method(proto, "startsWith", proto_starts_with, 1);
  vm.define_method(proto, "toString", proto_to_string, 0);
  vm.define_method(proto, "toLocaleLowerCase", proto_to_lower_case, 0);
  vm.define_method(proto, "toLocaleUpperCase", proto_to_upper_case, 0);
  vm.define_method(proto, "toLowerCase", proto_to_lower_case, 0);
  vm.define_method(proto, "toUpperCase", proto_to_upper_case, 0);
  vm.define_method(proto, "trim", proto_trim, 0);
  NativeFunction* trim_start = vm.define_method(proto, "trimStart", proto_trim_start, 0);
  proto->define(vm.key("trimLeft"), Value(trim_start), kMethodAttrs);
  NativeFunction* trim_end = vm.define_method(proto, "trimEnd", proto_trim_end, 0);
  proto->define(vm.key("trimRight"), Value(trim_end), kMethodAttrs);
  vm.define_method(proto, "valueOf", proto_value_of, 0);

  realm.define_global("decodeURI", Value(vm.new_native("decodeURI", 1, global_decode_uri)));
  realm.define_global("decodeURIComponent",
                      Value(vm.new_native("decodeURIComponent", 1, global_decode_uri_component)));
  realm.define_global("encodeURI", Value(vm.new_native("encodeURI", 1, global_encode_uri)));
  realm.define_global("encodeURIComponent",
                      Value(vm.new_native("encodeURIComponent", 1, global_encode_uri_component)));
}

}  // namespace looplab::js
