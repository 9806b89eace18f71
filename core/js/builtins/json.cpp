// JSON.parse and JSON.stringify (25.5), with V8's error messages word for word:
//
//   JSON.parse('[1,]')   SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
//   JSON.parse('{"a" 1}') SyntaxError: Expected ':' after property name in JSON at position 5
//   JSON.stringify(cyclic) TypeError: Converting circular structure to JSON
//                              --> starting at object with constructor 'Object'
//                              |     property 'a' -> object with constructor 'Object'
//                              --- property 'b' closes the circle
//
// "Unexpected token" messages quote the whole source when it is shorter than 21 characters,
// otherwise 10 characters either side of the bad one with "..." marks; the sources "undefined",
// "NaN", "Infinity" and "[object Object]" get their own short message (V8's special strings).
// A cycle path longer than three steps shows its first two steps, "...", and the last one.
#include <cmath>
#include <cstdlib>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

using U16 = std::u16string;

// ---- Parsing ----

class JsonParser {
 public:
  JsonParser(Vm& vm, const U16& text) : m_vm(vm), m_text(text) {}

  Value parse() {
    skip_ws();
    Value v = parse_value();
    if (v.is_exception()) return v;
    skip_ws();
    if (m_pos < m_text.size())
      return fail("Unexpected non-whitespace character after JSON at position " + std::to_string(m_pos));
    return v;
  }

 private:
  static bool is_ws(char16_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  void skip_ws() {
    while (m_pos < m_text.size() && is_ws(m_text[m_pos])) ++m_pos;
  }
  bool at_end() const { return m_pos >= m_text.size(); }

  Value fail(const std::string& message) { return m_vm.throw_syntax_error(message); }
  Value fail_at(const std::string& message, std::size_t pos) {
    return fail(message + " in JSON at position " + std::to_string(pos));
  }
  Value unexpected_end() { return fail("Unexpected end of JSON input"); }

  // "Unexpected token 'x', "<context>" is not valid JSON" (or the special-string form).
  Value unexpected_token(std::size_t pos) {
    if (pos >= m_text.size()) return unexpected_end();
    if (m_text == u"undefined" || m_text == u"NaN" || m_text == u"Infinity" || m_text == u"[object Object]") {
      return fail("\"" + utf16_to_utf8(m_text) + "\" is not valid JSON");
    }
    std::string token = utf16_to_utf8(m_text.substr(pos, 1));
    std::string context;
    constexpr std::size_t kContext = 10;
    if (m_text.size() < 2 * kContext + 1) {
      context = "\"" + utf16_to_utf8(m_text) + "\"";
    } else {
      std::size_t start = pos >= kContext ? pos - kContext : 0;
      std::size_t end = std::min(m_text.size(), pos + kContext);
      context = (start > 0 ? "...\"" : "\"") + utf16_to_utf8(m_text.substr(start, end - start)) +
                (end < m_text.size() ? "\"..." : "\"");
    }
    return fail("Unexpected token '" + token + "', " + context + " is not valid JSON");
  }

  Value parse_value() {
    if (at_end()) return unexpected_end();
    char16_t c = m_text[m_pos];
    switch (c) {
      case '{':
        return parse_object();
      case '[':
        return parse_array();
      case '"': {
        String* s = parse_string();
        return s ? Value(s) : Value::exception();
      }
      case 't':
        return parse_literal(u"true", Value::boolean(true));
      case 'f':
        return parse_literal(u"false", Value::boolean(false));
      case 'n':
        return parse_literal(u"null", Value::null());
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return parse_number();
        return unexpected_token(m_pos);
    }
  }

  Value parse_literal(std::u16string_view word, Value v) {
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (m_pos + i >= m_text.size()) return unexpected_end();
      if (m_text[m_pos + i] != word[i]) return unexpected_token(m_pos + i);
    }
    m_pos += word.size();
    return v;
  }

  static bool is_digit(char16_t c) { return c >= '0' && c <= '9'; }

  Value parse_number() {
    std::size_t start = m_pos;
    if (m_text[m_pos] == '-') {
      ++m_pos;
      if (at_end() || !is_digit(m_text[m_pos])) {
        if (at_end()) return fail_at("No number after minus sign", m_pos);
        return fail_at("No number after minus sign", m_pos);
      }
    }
    if (m_text[m_pos] == '0') {
      ++m_pos;
      if (!at_end() && is_digit(m_text[m_pos])) return fail_at("Unexpected number", m_pos);
    } else {
      while (!at_end() && is_digit(m_text[m_pos])) ++m_pos;
    }
    if (!at_end() && m_text[m_pos] == '.') {
      ++m_pos;
      if (at_end() || !is_digit(m_text[m_pos])) return fail_at("Unterminated fractional number", m_pos);
      while (!at_end() && is_digit(m_text[m_pos])) ++m_pos;
    }
    if (!at_end() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
      ++m_pos;
      if (!at_end() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) ++m_pos;
      if (at_end() || !is_digit(m_text[m_pos])) return fail_at("Exponent part is missing a number", m_pos);
      while (!at_end() && is_digit(m_text[m_pos])) ++m_pos;
    }
    std::string lexeme(m_text.begin() + static_cast<std::ptrdiff_t>(start),
                       m_text.begin() + static_cast<std::ptrdiff_t>(m_pos));
    return Value(std::strtod(lexeme.c_str(), nullptr));
  }

  static int hex_value(char16_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // At an opening quote.
  String* parse_string() {
    ++m_pos;
    U16 out;
    for (;;) {
      if (at_end()) {
        fail_at("Unterminated string", m_pos);
        return nullptr;
      }
      char16_t c = m_text[m_pos];
      if (c == '"') {
        ++m_pos;
        return m_vm.string(std::move(out));
      }
      if (c < 0x20) {
        fail_at("Bad control character in string literal", m_pos);
        return nullptr;
      }
      if (c != '\\') {
        out.push_back(c);
        ++m_pos;
        continue;
      }
      ++m_pos;
      if (at_end()) {
        unexpected_end();
        return nullptr;
      }
      char16_t e = m_text[m_pos];
      switch (e) {
        case '"':
          out.push_back('"');
          break;
        case '\\':
          out.push_back('\\');
          break;
        case '/':
          out.push_back('/');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'u': {
          int code = 0;
          for (int i = 1; i <= 4; ++i) {
            if (m_pos + static_cast<std::size_t>(i) >= m_text.size()) {
              unexpected_end();
              return nullptr;
            }
            int h = hex_value(m_text[m_pos + static_cast<std::size_t>(i)]);
            if (h < 0) {
              fail_at("Bad Unicode escape", m_pos + static_cast<std::size_t>(i));
              return nullptr;
            }
            code = code * 16 + h;
          }
          out.push_back(static_cast<char16_t>(code));
          m_pos += 4;
          break;
        }
        default:
          fail_at("Bad escaped character", m_pos);
          return nullptr;
      }
      ++m_pos;
    }
  }

  Value parse_array() {
    ++m_pos;
    ArrayObject* a = m_vm.new_array();
    skip_ws();
    if (!at_end() && m_text[m_pos] == ']') {
      ++m_pos;
      return Value(a);
    }
    for (;;) {
      skip_ws();
      Value v = parse_value();
      if (v.is_exception()) return v;
      a->push(v);
      skip_ws();
      if (!at_end() && m_text[m_pos] == ',') {
        ++m_pos;
        continue;
      }
      if (!at_end() && m_text[m_pos] == ']') {
        ++m_pos;
        return Value(a);
      }
      return fail_at("Expected ',' or ']' after array element", m_pos);
    }
  }

  Value parse_object() {
    ++m_pos;
    Object* o = m_vm.new_object();
    skip_ws();
    if (!at_end() && m_text[m_pos] == '}') {
      ++m_pos;
      return Value(o);
    }
    if (at_end() || m_text[m_pos] != '"') return fail_at("Expected property name or '}'", m_pos);
    for (;;) {
      String* key = parse_string();
      if (key == nullptr) return Value::exception();
      skip_ws();
      if (at_end() || m_text[m_pos] != ':') return fail_at("Expected ':' after property name", m_pos);
      ++m_pos;
      skip_ws();
      Value v = parse_value();
      if (v.is_exception()) return v;
      o->define(PropKey(m_vm.heap().intern(key->text())), v, kDefaultAttrs);
      skip_ws();
      if (!at_end() && m_text[m_pos] == ',') {
        ++m_pos;
        skip_ws();
        if (at_end() || m_text[m_pos] != '"') return fail_at("Expected double-quoted property name", m_pos);
        continue;
      }
      if (!at_end() && m_text[m_pos] == '}') {
        ++m_pos;
        return Value(o);
      }
      return fail_at("Expected ',' or '}' after property value", m_pos);
    }
  }

  Vm& m_vm;
  const U16& m_text;
  std::size_t m_pos = 0;
};

// 25.5.1.1 InternalizeJSONProperty.
Value internalize(Vm& vm, Object* holder, PropKey name, Value reviver, int depth) {
  if (depth > 5000) return vm.throw_range_error("Maximum call stack size exceeded");
  Value val = holder->get(vm, name);
  if (val.is_exception()) return val;
  if (val.is_object()) {
    Object* o = val.as_object();
    auto revise = [&](PropKey k) -> bool {
      Value nv = internalize(vm, o, k, reviver, depth + 1);
      if (nv.is_exception()) return false;
      if (nv.is_undefined()) {
        o->delete_property(k);
      } else {
        o->define_own_property(k, PropertyDescriptor{nv, Value::undefined(), kDefaultAttrs});
      }
      return true;
    };
    if (o->is_array()) {
      auto len = builtins::length_of(vm, o);
      if (!len) return Value::exception();
      for (double i = 0; i < *len; ++i) {
        if (!revise(builtins::index_key(vm, i))) return Value::exception();
      }
    } else {
      std::vector<PropKey> keys;
      for (PropKey k : o->own_keys(vm.heap(), false)) {
        auto d = o->get_own_property(k);
        if (d && d->enumerable()) keys.push_back(k);
      }
      for (PropKey k : keys) {
        if (!revise(k)) return Value::exception();
      }
    }
  }
  return vm.call(reviver, Value(holder), {name.to_value(), val});
}

Value json_parse(Vm& vm, Value, ArgList args) {
  String* text = to_string(vm, args[0]);
  if (text == nullptr) return Value::exception();
  JsonParser parser(vm, text->text());
  Value result = parser.parse();
  if (result.is_exception() || !Vm::is_callable(args[1])) return result;
  Object* root = vm.new_object();
  PropKey empty = vm.key("");
  root->define(empty, result);
  return internalize(vm, root, empty, args[1], 0);
}

// ---- Stringify ----

void quote_into(U16& out, const U16& s) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (std::size_t i = 0; i < s.size(); ++i) {
    char16_t c = s[i];
    switch (c) {
      case '"':
        out += u"\\\"";
        continue;
      case '\\':
        out += u"\\\\";
        continue;
      case '\b':
        out += u"\\b";
        continue;
      case '\f':
        out += u"\\f";
        continue;
      case '\n':
        out += u"\\n";
        continue;
      case '\r':
        out += u"\\r";
        continue;
      case '\t':
        out += u"\\t";
        continue;
      default:
        break;
    }
    bool lone = false;
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        out.push_back(c);
        out.push_back(s[++i]);
        continue;
      }
      lone = true;
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      lone = true;
    }
    if (c < 0x20 || lone) {
      out += u"\\u";
      for (int shift = 12; shift >= 0; shift -= 4)
        out.push_back(static_cast<char16_t>(kHex[(c >> shift) & 0xF]));
      continue;
    }
    out.push_back(c);
  }
  out.push_back('"');
}

class JsonStringifier {
 public:
  JsonStringifier(Vm& vm, Value replacer_fn, std::optional<std::vector<PropKey>> property_list, U16 gap)
      : m_vm(vm), m_replacer(replacer_fn), m_property_list(std::move(property_list)), m_gap(std::move(gap)) {}

  // Returns false when it threw; `undefined_result` when the value serialises to nothing.
  bool serialize_property(Object* holder, PropKey key, U16& out, bool& undefined_result) {
    undefined_result = false;
    Value value = holder->get(m_vm, key);
    if (value.is_exception()) return false;
    if (value.is_object()) {
      Value to_json = m_vm.get(value, "toJSON");
      if (to_json.is_exception()) return false;
      if (Vm::is_callable(to_json)) {
        value = m_vm.call(to_json, value, {key.to_value()});
        if (value.is_exception()) return false;
      }
    }
    if (!m_replacer.is_undefined()) {
      value = m_vm.call(m_replacer, Value(holder), {key.to_value(), value});
      if (value.is_exception()) return false;
    }
    if (value.is_object()) {
      Object* o = value.as_object();
      switch (o->object_class()) {
        case ObjectClass::kNumber: {
          auto n = to_number(m_vm, value);
          if (!n) return false;
          value = Value(*n);
          break;
        }
        case ObjectClass::kString: {
          String* s = to_string(m_vm, value);
          if (s == nullptr) return false;
          value = Value(s);
          break;
        }
        case ObjectClass::kBoolean:
          value = static_cast<PrimitiveObject*>(o)->primitive();
          break;
        default:
          break;
      }
    }
    if (value.is_null()) {
      out += u"null";
      return true;
    }
    if (value.is_boolean()) {
      out += value.as_boolean() ? u"true" : u"false";
      return true;
    }
    if (value.is_string()) {
      quote_into(out, value.as_string()->text());
      return true;
    }
    if (value.is_number()) {
      double d = value.as_number();
      out += std::isfinite(d) ? number_to_u16string(d) : U16(u"null");
      return true;
    }
    if (value.is_object() && !value.as_object()->is_function()) {
      return value.as_object()->is_array() ? serialize_array(value.as_object(), key, out)
                                           : serialize_object(value.as_object(), key, out);
    }
    undefined_result = true;
    return true;
  }

 private:
  std::string constructor_of(Object* o) {
    std::string name = m_vm.constructor_name(o);
    return name.empty() ? "Object" : name;
  }

  static std::string step_text(PropKey key, Object* parent) {
    std::string k = key.is_symbol() ? key.as_symbol()->descriptive_string() : key.as_string()->to_utf8();
    if (parent->is_array()) return "index " + k;
    return "property '" + k + "'";
  }

  // Pushes `o` on the stack; throws V8's circular-structure TypeError when it is already there.
  bool enter(Object* o, PropKey key) {
    for (std::size_t i = 0; i < m_stack.size(); ++i) {
      if (m_stack[i] != o) continue;
      std::string msg =
          "Converting circular structure to JSON\n    --> starting at object with constructor '" +
          constructor_of(m_stack[i]) + "'";
      std::vector<std::string> lines;
      for (std::size_t j = i + 1; j < m_stack.size(); ++j) {
        lines.push_back("\n    |     " + step_text(m_keys[j], m_stack[j - 1]) +
                        " -> object with constructor '" + constructor_of(m_stack[j]) + "'");
      }
      if (lines.size() > 3) {
        msg += lines[0] + lines[1] + "\n    |     ..." + lines.back();
      } else {
        for (const std::string& l : lines) msg += l;
      }
      msg += "\n    --- " + step_text(key, m_stack.back()) + " closes the circle";
      m_vm.throw_type_error(msg);
      return false;
    }
    if (m_stack.size() > 5000) {
      m_vm.throw_range_error("Maximum call stack size exceeded");
      return false;
    }
    m_stack.push_back(o);
    m_keys.push_back(key);
    return true;
  }
  void leave() {
    m_stack.pop_back();
    m_keys.pop_back();
  }

  bool serialize_object(Object* o, PropKey key, U16& out) {
    if (!enter(o, key)) return false;
    U16 stepback = m_indent;
    m_indent += m_gap;
    std::vector<PropKey> keys;
    if (m_property_list) {
      keys = *m_property_list;
    } else {
      for (PropKey k : o->own_keys(m_vm.heap(), false)) {
        auto d = o->get_own_property(k);
        if (d && d->enumerable()) keys.push_back(k);
      }
    }
    bool any = false;
    out.push_back('{');
    for (PropKey k : keys) {
      U16 member;
      bool undefined_result = false;
      if (!serialize_property(o, k, member, undefined_result)) return false;
      if (undefined_result) continue;
      if (any) out.push_back(',');
      if (!m_gap.empty()) {
        out.push_back('\n');
        out += m_indent;
      }
      quote_into(out, k.as_string()->text());
      out.push_back(':');
      if (!m_gap.empty()) out.push_back(' ');
      out += member;
      any = true;
    }
    if (any && !m_gap.empty()) {
      out.push_back('\n');
      out += stepback;
    }
    out.push_back('}');
    m_indent = stepback;
    leave();
    return true;
  }

  bool serialize_array(Object* a, PropKey key, U16& out) {
    if (!enter(a, key)) return false;
    U16 stepback = m_indent;
    m_indent += m_gap;
    auto len = builtins::length_of(m_vm, a);
    if (!len) return false;
    out.push_back('[');
    for (double i = 0; i < *len; ++i) {
      if (i > 0) out.push_back(',');
      if (!m_gap.empty()) {
        out.push_back('\n');
        out += m_indent;
      }
      bool undefined_result = false;
      if (!serialize_property(a, builtins::index_key(m_vm, i), out, undefined_result)) return false;
      if (undefined_result) out += u"null";
    }
    if (*len > 0 && !m_gap.empty()) {
      out.push_back('\n');
      out += stepback;
    }
    out.push_back(']');
    m_indent = stepback;
    leave();
    return true;
  }

  Vm& m_vm;
  Value m_replacer;
  std::optional<std::vector<PropKey>> m_property_list;
  U16 m_gap;
  U16 m_indent;
  std::vector<Object*> m_stack;
  std::vector<PropKey> m_keys;
};

// 25.5.2 JSON.stringify.
Value json_stringify(Vm& vm, Value, ArgList args) {
  Value replacer = args[1];
  Value replacer_fn = Value::undefined();
  std::optional<std::vector<PropKey>> property_list;
  if (Vm::is_callable(replacer)) {
    replacer_fn = replacer;
  } else if (replacer.is_object() && replacer.as_object()->is_array()) {
    std::vector<PropKey> list;
    Object* r = replacer.as_object();
    auto len = builtins::length_of(vm, r);
    if (!len) return Value::exception();
    for (double i = 0; i < *len; ++i) {
      Value v = builtins::get_index(vm, r, i);
      if (v.is_exception()) return v;
      bool usable = v.is_string() || v.is_number();
      if (v.is_object()) {
        ObjectClass c = v.as_object()->object_class();
        usable = c == ObjectClass::kString || c == ObjectClass::kNumber;
      }
      if (!usable) continue;
      String* s = to_string(vm, v);
      if (s == nullptr) return Value::exception();
      PropKey k(vm.heap().intern(s->text()));
      bool seen = false;
      for (PropKey existing : list) seen = seen || existing == k;
      if (!seen) list.push_back(k);
    }
    property_list = std::move(list);
  }
  Value space = args[2];
  if (space.is_object()) {
    ObjectClass c = space.as_object()->object_class();
    if (c == ObjectClass::kNumber) {
      auto n = to_number(vm, space);
      if (!n) return Value::exception();
      space = Value(*n);
    } else if (c == ObjectClass::kString) {
      String* s = to_string(vm, space);
      if (s == nullptr) return Value::exception();
      space = Value(s);
    }
  }
  U16 gap;
  if (space.is_number()) {
    double n = std::min(10.0, std::trunc(space.as_number()));
    if (n >= 1) gap = U16(static_cast<std::size_t>(n), u' ');
  } else if (space.is_string()) {
    gap = space.as_string()->text().substr(0, 10);
  }
  Object* wrapper = vm.new_object();
  PropKey empty = vm.key("");
  wrapper->define(empty, args[0]);
  JsonStringifier stringifier(vm, replacer_fn, std::move(property_list), std::move(gap));
  U16 out;
  bool undefined_result = false;
  if (!stringifier.serialize_property(wrapper, empty, out, undefined_result)) return Value::exception();
  if (undefined_result) return Value::undefined();
  return Value(vm.string(std::move(out)));
}

}  // namespace

void install_json(Realm& realm) {
  Vm& vm = realm.vm();
  Object* json = vm.new_object();
  realm.define_global("JSON", Value(json));
  vm.define_method(json, "parse", json_parse, 2);
  vm.define_method(json, "stringify", json_stringify, 3);
  json->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("JSON")), kConfigurable);
}

}  // namespace looplab::js
