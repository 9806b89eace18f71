// util.format (see format.h): node's formatWithOptionsInternal, placeholder by placeholder.
#include "core/js/inspect/format.h"

#include <cmath>
#include <cstdlib>

#include "core/js/inspect/text.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

bool is_js_whitespace(char16_t c) {
  return c == u' ' || c == u'\t' || c == u'\n' || c == 0x0B || c == u'\f' || c == u'\r' || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

std::size_t skip_whitespace(const std::u16string& s) {
  std::size_t i = 0;
  while (i < s.size() && is_js_whitespace(s[i])) ++i;
  return i;
}

double parse_digits(const std::string& digits) {
  return digits.empty() ? NAN : std::strtod(digits.c_str(), nullptr);
}

// Number.parseInt(text) with no radix: optional sign, "0x" for hexadecimal, else decimal.
double parse_int(const std::u16string& text) {
  std::size_t i = skip_whitespace(text);
  double sign = 1;
  if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
    if (text[i] == u'-') sign = -1;
    ++i;
  }
  if (i + 1 < text.size() && text[i] == u'0' && (text[i + 1] == u'x' || text[i + 1] == u'X')) {
    i += 2;
    double value = 0;
    bool any = false;
    for (; i < text.size(); ++i) {
      char16_t c = text[i];
      int d = c >= u'0' && c <= u'9'   ? c - u'0'
              : c >= u'a' && c <= u'f' ? c - u'a' + 10
              : c >= u'A' && c <= u'F' ? c - u'A' + 10
                                       : -1;
      if (d < 0) break;
      value = value * 16 + d;
      any = true;
    }
    return any ? sign * value : NAN;
  }
  std::string digits;
  for (; i < text.size() && text[i] >= u'0' && text[i] <= u'9'; ++i) digits += static_cast<char>(text[i]);
  return sign * parse_digits(digits);
}

// Number.parseFloat(text): the longest prefix that is a decimal literal (or Infinity).
double parse_float(const std::u16string& text) {
  std::size_t i = skip_whitespace(text);
  std::string literal;
  if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) literal += static_cast<char>(text[i++]);
  if (text.compare(i, 8, u"Infinity") == 0) return literal == "-" ? -INFINITY : INFINITY;
  auto digits = [&]() {
    std::size_t n = 0;
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9') {
      literal += static_cast<char>(text[i++]);
      ++n;
    }
    return n;
  };
  std::size_t int_digits = digits();
  std::size_t frac_digits = 0;
  if (i < text.size() && text[i] == u'.') {
    std::size_t save = i;
    literal += '.';
    ++i;
    frac_digits = digits();
    if (int_digits == 0 && frac_digits == 0) {
      i = save;
      literal.pop_back();
    }
  }
  if (int_digits == 0 && frac_digits == 0) return NAN;
  if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
    std::size_t save_i = i;
    std::string save = literal;
    literal += 'e';
    ++i;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) literal += static_cast<char>(text[i++]);
    if (digits() == 0) {
      i = save_i;
      literal = save;
    }
  }
  return std::strtod(literal.c_str(), nullptr);
}

class Formatter {
 public:
  Formatter(Vm& vm, const InspectOptions& options) : m_vm(vm), m_options(options) {}

  std::optional<std::u16string> format(ArgList args);

 private:
  std::optional<std::u16string> inspect(Value v, const InspectOptions& options) {
    return inspect_utf16(m_vm, v, options);
  }
  std::u16string number(double d) {
    InspectOptions o;
    o.numeric_separator = m_options.numeric_separator;
    return *inspect_utf16(m_vm, Value(d), o);
  }
  std::optional<std::u16string> string_of(Value v);  // String(v)
  std::optional<bool> has_builtin_to_string(Object* o);
  std::optional<std::u16string> json(Value v);
  std::optional<std::u16string> placeholder(char16_t kind, Value arg);

  Vm& m_vm;
  InspectOptions m_options;
};

std::optional<std::u16string> Formatter::string_of(Value v) {
  if (v.is_symbol()) return utf8_to_utf16(v.as_symbol()->descriptive_string());
  String* s = to_string(m_vm, v);
  if (s == nullptr) return std::nullopt;
  return s->text();
}

// hasBuiltInToString: whether the toString (or Symbol.toPrimitive) an object would use comes from
// a built-in prototype; then %s inspects it rather than calling it.
std::optional<bool> Formatter::has_builtin_to_string(Object* o) {
  PropKey to_string_key = m_vm.key("toString");
  PropKey to_primitive_key(m_vm.realm().symbol_to_primitive);
  Value to_string_fn = o->get(m_vm, to_string_key);
  if (to_string_fn.is_exception()) return std::nullopt;
  bool look_for_to_string = true;
  bool look_for_to_primitive = true;
  if (!Vm::is_callable(to_string_fn)) {
    Value prim = o->get(m_vm, to_primitive_key);
    if (prim.is_exception()) return std::nullopt;
    if (!Vm::is_callable(prim)) return true;
    if (o->has_own_property(to_primitive_key)) return false;
    look_for_to_string = false;
  } else if (o->has_own_property(to_string_key)) {
    return false;
  } else {
    Value prim = o->get(m_vm, to_primitive_key);
    if (prim.is_exception()) return std::nullopt;
    if (!Vm::is_callable(prim)) {
      look_for_to_primitive = false;
    } else if (o->has_own_property(to_primitive_key)) {
      return false;
    }
  }
  Object* pointer = o;
  do {
    pointer = pointer->prototype();
  } while (pointer != nullptr && !(look_for_to_string && pointer->has_own_property(to_string_key)) &&
           !(look_for_to_primitive && pointer->has_own_property(to_primitive_key)));
  if (pointer == nullptr) return true;
  auto desc = pointer->get_own_property(m_vm.key("constructor"));
  if (!desc || desc->is_accessor() || !Vm::is_callable(desc->value)) return false;
  Value name = m_vm.get(desc->value, m_vm.key("name"));
  if (name.is_exception()) return std::nullopt;
  return name.is_string() && is_builtin_constructor_name(name.as_string()->text());
}

// tryStringify: JSON.stringify, with '[Circular]' for the error a cycle raises (recognised by
// comparing with the message JSON.stringify gives for a known cycle, as node does).
std::optional<std::u16string> Formatter::json(Value v) {
  Value json_object = m_vm.get(Value(m_vm.realm().global()), m_vm.key("JSON"));
  if (json_object.is_exception()) return std::nullopt;
  Value stringify =
      json_object.is_object() ? m_vm.get(json_object, m_vm.key("stringify")) : Value::undefined();
  if (stringify.is_exception()) return std::nullopt;
  if (!Vm::is_callable(stringify)) return u"undefined";
  Value result = m_vm.call(stringify, json_object, {v});
  if (!result.is_exception()) return result.is_string() ? result.as_string()->text() : u"undefined";

  auto first_line = [&](Value error) -> std::u16string {
    if (!error.is_object()) return u"";
    auto desc = error.as_object()->find_property(m_vm.key("message"));
    if (!desc || desc->is_accessor() || !desc->value.is_string()) return u"";
    const std::u16string& text = desc->value.as_string()->text();
    return text.substr(0, text.find(u'\n'));
  };
  auto name_of = [&](Value error) -> std::u16string {
    if (!error.is_object()) return u"";
    auto desc = error.as_object()->find_property(m_vm.key("name"));
    if (!desc || desc->is_accessor() || !desc->value.is_string()) return u"";
    return desc->value.as_string()->text();
  };
  Value error = m_vm.take_exception();
  Object* cycle = m_vm.new_object();
  cycle->define(m_vm.key("a"), Value(cycle));
  Value reference = m_vm.call(stringify, json_object, {Value(cycle)});
  std::u16string circular_message;
  if (reference.is_exception()) circular_message = first_line(m_vm.take_exception());
  if (name_of(error) == u"TypeError" && !circular_message.empty() && first_line(error) == circular_message) {
    return u"[Circular]";
  }
  m_vm.throw_value(error);
  return std::nullopt;
}

std::optional<std::u16string> Formatter::placeholder(char16_t kind, Value arg) {
  switch (kind) {
    case u's': {
      if (arg.is_number()) return number(arg.as_number());
      if (!arg.is_object() || arg.as_object()->is_function()) return string_of(arg);  // typeof !== 'object'
      auto builtin = has_builtin_to_string(arg.as_object());
      if (!builtin) return std::nullopt;
      if (!*builtin) return string_of(arg);
      InspectOptions o = m_options;
      o.compact = 3;
      o.colors = false;
      o.depth = 0;
      return inspect(arg, o);
    }
    case u'j':
      return json(arg);
    case u'd': {
      if (arg.is_symbol()) return u"NaN";
      auto n = to_number(m_vm, arg);
      if (!n) return std::nullopt;
      return number(*n);
    }
    case u'O':
      return inspect(arg, m_options);
    case u'o': {
      InspectOptions o = m_options;
      o.show_hidden = true;
      o.depth = 4;
      return inspect(arg, o);
    }
    case u'i': {
      if (arg.is_symbol()) return u"NaN";
      auto s = string_of(arg);
      if (!s) return std::nullopt;
      return number(parse_int(*s));
    }
    case u'f': {
      if (arg.is_symbol()) return u"NaN";
      auto s = string_of(arg);
      if (!s) return std::nullopt;
      return number(parse_float(*s));
    }
    default:
      return u"";
  }
}

std::optional<std::u16string> Formatter::format(ArgList args) {
  std::u16string str;
  std::u16string join;
  std::size_t a = 0;
  if (args.size() > 0 && args[0].is_string()) {
    const std::u16string& first = args[0].as_string()->text();
    if (args.size() == 1) return first;
    std::size_t last_pos = 0;
    for (std::size_t i = 0; i + 1 < first.size(); ++i) {
      if (first[i] != u'%') continue;
      char16_t next = first[++i];
      if (a + 1 != args.size()) {
        std::u16string temp;
        switch (next) {
          case u's':
          case u'j':
          case u'd':
          case u'O':
          case u'o':
          case u'i':
          case u'f': {
            auto text = placeholder(next, args[++a]);
            if (!text) return std::nullopt;
            temp = std::move(*text);
            break;
          }
          case u'c':
            ++a;
            break;
          case u'%':
            str += first.substr(last_pos, i - last_pos);
            last_pos = i + 1;
            continue;
          default:
            continue;  // not a placeholder: kept as it is
        }
        if (last_pos != i - 1) str += first.substr(last_pos, i - 1 - last_pos);
        str += temp;
        last_pos = i + 1;
      } else if (next == u'%') {
        str += first.substr(last_pos, i - last_pos);
        last_pos = i + 1;
      }
    }
    if (last_pos != 0) {
      ++a;
      join = u" ";
      if (last_pos < first.size()) str += first.substr(last_pos);
    }
  }
  for (; a < args.size(); ++a) {
    Value v = args[a];
    str += join;
    if (v.is_string()) {
      str += v.as_string()->text();
    } else {
      auto text = inspect(v, m_options);
      if (!text) return std::nullopt;
      str += *text;
    }
    join = u" ";
  }
  return str;
}

}  // namespace

std::optional<std::u16string> format_utf16(Vm& vm, ArgList args, const InspectOptions& options) {
  return Formatter(vm, options).format(args);
}

std::optional<std::string> format_log_args(Vm& vm, ArgList args) {
  auto text = format_utf16(vm, args);
  if (!text) return std::nullopt;
  return utf16_to_utf8(*text);
}

Value util_format_native(Vm& vm, Value, ArgList args) {
  auto text = format_utf16(vm, args);
  if (!text) return Value::exception();
  return Value(vm.string(std::move(*text)));
}

}  // namespace looplab::js
