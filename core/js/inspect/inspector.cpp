// The Inspector's walk (see inspector.h): reading values, primitives, formatValue with custom
// inspectors and cycles, constructor names, keys, formatProperty and formatRaw, which picks the
// braces and prefix for each kind of object.
#include "core/js/inspect/inspector.h"

#include <algorithm>
#include <cmath>

#include "core/js/runtime/conversions.h"

namespace looplab::js::inspect_detail {

std::u16string spaces(int n) {
  return std::u16string(static_cast<std::size_t>(std::max(n, 0)), u' ');
}

bool contains(const std::u16string& haystack, const std::u16string& needle) {
  return haystack.find(needle) != std::u16string::npos;
}

void replace_all(std::u16string& text, char16_t from, const std::u16string& to) {
  std::u16string out;
  for (char16_t c : text) {
    if (c == from) {
      out += to;
    } else {
      out += c;
    }
  }
  text = std::move(out);
}

std::vector<std::u16string> split_lines(const std::u16string& text) {
  std::vector<std::u16string> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t nl = text.find(u'\n', start);
    if (nl == std::u16string::npos) {
      out.push_back(text.substr(start));
      return out;
    }
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
}

std::u16string remaining_text(double remaining) {
  return u"... " + number_to_u16string(remaining) + u" more item" + (remaining > 1 ? u"s" : u"");
}

// The registered symbol Symbol.for('nodejs.util.inspect.custom'), if the program made it.
Symbol* custom_inspect_symbol(Realm& realm) {
  for (auto& entry : realm.symbol_registry) {
    if (entry.first->text() == u"nodejs.util.inspect.custom") return entry.second;
  }
  return nullptr;
}

// An own property. An array index whose dense slot is a hole may still live in the ordinary
// table (an accessor element): look there too.
std::optional<PropertyDescriptor> own_property(Object* o, PropKey key) {
  auto desc = o->get_own_property(key);
  if (!desc && o->is_array() && key.is_array_index()) desc = o->Object::get_own_property(key);
  return desc;
}

std::u16string get_prefix(const CtorName& ctor, const std::u16string& tag, const std::u16string& fallback,
                          const std::u16string& size) {
  if (!ctor) {
    if (!tag.empty() && fallback != tag) return u"[" + fallback + size + u": null prototype] [" + tag + u"] ";
    return u"[" + fallback + size + u": null prototype] ";
  }
  if (!tag.empty() && *ctor != tag) return *ctor + size + u" [" + tag + u"] ";
  return *ctor + size + u" ";
}

namespace {

// A number with `_` every three digits (numericSeparator).
std::u16string add_separators(const std::u16string& digits) {
  std::size_t start = !digits.empty() && digits[0] == u'-' ? 1 : 0;
  std::u16string result;
  std::size_t i = digits.size();
  for (; i >= start + 4; i -= 3) result = u"_" + digits.substr(i - 3, 3) + result;
  return i == digits.size() ? digits : digits.substr(0, i) + result;
}

std::u16string add_separators_end(const std::u16string& digits) {
  std::u16string result;
  std::size_t i = 0;
  for (; i + 3 < digits.size(); i += 3) result += digits.substr(i, 3) + u"_";
  return i == 0 ? digits : result + digits.substr(i);
}

// The `stylize` of the options a custom inspector receives (slot 0: colors).
Value stylize_native(Vm& vm, Value, ArgList args) {
  String* s = to_string(vm, args[0]);
  if (s == nullptr) return Value::exception();
  if (!vm.current_native()->slot(0).is_true()) return Value(s);
  String* style = to_string(vm, args[1]);
  if (style == nullptr) return Value::exception();
  return Value(vm.string(inspect_text::colorize(s->text(), style->to_utf8())));
}

}  // namespace

// ---- Reading values ----

Value Inspector::get(Value target, PropKey key) {
  if (m_threw) return Value::undefined();
  if (!m_opts.run_user_code) {
    Object* o = target.is_object() ? target.as_object() : m_vm.prototype_for_primitive(target);
    if (o == nullptr) return Value::undefined();
    auto desc = o->find_property(key);
    if (!desc || desc->is_accessor()) return Value::undefined();
    return desc->value;
  }
  Value v = m_vm.get(target, key);
  if (v.is_exception()) {
    m_threw = true;
    return Value::undefined();
  }
  return v;
}

std::u16string Inspector::js_string(Value v) {
  if (v.is_symbol()) return utf8_to_utf16(v.as_symbol()->descriptive_string());
  if (v.is_string()) return v.as_string()->text();
  if (!v.is_object()) return primitive_to_string(m_vm, v)->text();
  if (m_threw || !m_opts.run_user_code) return u"";
  String* s = to_string(m_vm, v);
  if (s == nullptr) {
    m_threw = true;
    return u"";
  }
  return s->text();
}

bool Inspector::has_own_enumerable(Object* o, PropKey key) {
  auto desc = o->get_own_property(key);
  return desc && desc->enumerable();
}

// `o instanceof ctor` (OrdinaryHasInstance; a throw counts as false, as node's isInstanceof).
bool Inspector::instance_of(Object* o, Value ctor) {
  if (m_threw || !Vm::is_callable(ctor)) return false;
  Value fn = ctor;
  while (fn.as_object()->is_function() &&
         static_cast<FunctionObject*>(fn.as_object())->flavor() == FunctionFlavor::kBound) {
    fn = Value(static_cast<BoundFunction*>(fn.as_object())->target());
  }
  Value proto;
  if (m_opts.run_user_code) {
    proto = m_vm.get(fn, m_vm.key("prototype"));
    if (proto.is_exception()) {
      m_vm.take_exception();
      return false;
    }
  } else {
    auto d = fn.as_object()->get_own_property(m_vm.key("prototype"));
    if (d && !d->is_accessor()) proto = d->value;
  }
  if (!proto.is_object()) return false;
  for (Object* p = o->prototype(); p != nullptr; p = p->prototype()) {
    if (p == proto.as_object()) return true;
  }
  return false;
}

// node's isError: a native error, or an instance of Error.
bool Inspector::is_error(Object* o) {
  if (o->object_class() == ObjectClass::kError) return true;
  for (Object* p = o->prototype(); p != nullptr; p = p->prototype()) {
    if (p == m_realm.error_prototype) return true;
  }
  return false;
}

// ---- Primitives ----

std::u16string Inspector::format_number(double d, bool colors) {
  std::u16string text;
  if (d == 0 && std::signbit(d)) {
    text = u"-0";
  } else {
    text = number_to_u16string(d);
    if (m_opts.numeric_separator && std::isfinite(d)) {
      if (std::trunc(d) == d) {
        if (!contains(text, u"e")) text = add_separators(text);
      } else {
        std::size_t dot = text.find(u'.');
        if (dot != std::u16string::npos && !contains(text, u"e")) {
          text = add_separators(text.substr(0, dot)) + u"." + add_separators_end(text.substr(dot + 1));
        }
      }
    }
  }
  return colors ? inspect_text::colorize(text, "number") : text;
}

std::u16string Inspector::format_primitive(Value v, bool colors) {
  auto style = [&](const std::u16string& text, std::string_view s) {
    return colors ? inspect_text::colorize(text, s) : text;
  };
  if (v.is_string()) {
    std::u16string text = v.as_string()->text();
    std::u16string trailer;
    if (m_opts.max_string_length != InspectOptions::kUnlimited &&
        text.size() > static_cast<std::size_t>(std::max(m_opts.max_string_length, 0))) {
      double remaining =
          static_cast<double>(text.size() - static_cast<std::size_t>(std::max(m_opts.max_string_length, 0)));
      text.resize(static_cast<std::size_t>(std::max(m_opts.max_string_length, 0)));
      trailer = u"... " + number_to_u16string(remaining) + u" more character" + (remaining > 1 ? u"s" : u"");
    }
    // Long strings are cut after each newline into quoted pieces joined by " +".
    if (m_opts.compact != InspectOptions::kCompactTrue && text.size() > 16 &&
        static_cast<double>(text.size()) > m_opts.break_length - m_indentation - 4) {
      std::u16string out;
      std::size_t start = 0;
      std::u16string joiner = u" +\n" + spaces(m_indentation + 2);
      while (start < text.size()) {
        std::size_t nl = text.find(u'\n', start);
        std::size_t end = nl == std::u16string::npos || nl + 1 >= text.size() ? text.size() : nl + 1;
        if (start != 0) out += joiner;
        out += style(inspect_text::quote(std::u16string_view(text).substr(start, end - start)), "string");
        start = end;
      }
      return out + trailer;
    }
    return style(inspect_text::quote(text), "string") + trailer;
  }
  if (v.is_number()) return format_number(v.as_number(), colors);
  if (v.is_boolean()) return style(v.as_boolean() ? u"true" : u"false", "boolean");
  if (v.is_undefined()) return style(u"undefined", "undefined");
  if (v.is_null()) return style(u"null", "null");
  if (v.is_symbol()) return style(utf8_to_utf16(v.as_symbol()->descriptive_string()), "symbol");
  return u"";
}

// ---- formatValue ----

std::u16string Inspector::format_value(Value value, int recurse_times) {
  if (m_threw) return u"";
  if (!value.is_object()) return format_primitive(value, m_opts.colors);
  Object* o = value.as_object();
  std::u16string custom;
  if (m_custom_symbol != nullptr && try_custom_inspect(o, recurse_times, custom)) return custom;
  if (m_threw) return u"";
  if (std::find(m_seen.begin(), m_seen.end(), o) != m_seen.end()) return circular_reference(o);
  return format_raw(o, recurse_times);
}

std::u16string Inspector::circular_reference(Object* o) {
  auto it = std::find(m_circular.begin(), m_circular.end(), o);
  std::size_t index;
  if (it == m_circular.end()) {
    m_circular.push_back(o);
    index = m_circular.size();
  } else {
    index = static_cast<std::size_t>(it - m_circular.begin()) + 1;
  }
  return stylize(u"[Circular *" + ascii(std::to_string(index)) + u"]", "special");
}

// value[Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect), unless the value is
// a prototype (value.constructor.prototype === value).
bool Inspector::try_custom_inspect(Object* o, int recurse_times, std::u16string& out) {
  PropKey key(m_custom_symbol);
  if (!o->has_property(key)) return false;
  Value fn = get(Value(o), key);
  if (m_threw || !Vm::is_callable(fn)) return false;
  Value ctor = get(Value(o), "constructor");
  if (m_threw) return false;
  if (to_boolean(ctor)) {
    Value proto = get(ctor, "prototype");
    if (m_threw) return false;
    if (proto == Value(o)) return false;
  }
  // The options object the method receives (getUserOptions).
  Object* options = m_vm.new_object();
  NativeFunction* stylize = m_vm.new_native("stylize", 2, stylize_native);
  stylize->slots().push_back(Value::boolean(m_opts.colors));
  auto limit = [](int n) { return n == InspectOptions::kUnlimited ? Value(INFINITY) : Value(n); };
  options->define(m_vm.key("stylize"), Value(stylize));
  options->define(m_vm.key("showHidden"), Value::boolean(m_opts.show_hidden));
  options->define(m_vm.key("depth"), m_depth == InspectOptions::kUnlimited ? Value::null() : Value(m_depth));
  options->define(m_vm.key("colors"), Value::boolean(m_opts.colors));
  options->define(m_vm.key("customInspect"), Value::boolean(m_opts.custom_inspect));
  options->define(m_vm.key("showProxy"), Value::boolean(false));
  options->define(m_vm.key("maxArrayLength"), limit(m_opts.max_array_length));
  options->define(m_vm.key("maxStringLength"), limit(m_opts.max_string_length));
  options->define(m_vm.key("breakLength"), Value(m_opts.break_length));
  options->define(m_vm.key("compact"), m_opts.compact == InspectOptions::kCompactTrue ? Value::boolean(true)
                                       : m_opts.compact == 0                          ? Value::boolean(false)
                                                             : Value(m_opts.compact));
  options->define(m_vm.key("sorted"), Value::boolean(m_opts.sorted));
  options->define(m_vm.key("getters"), Value::boolean(m_opts.getters != InspectOptions::Getters::kNo));
  options->define(m_vm.key("numericSeparator"), Value::boolean(m_opts.numeric_separator));
  Value depth = m_depth == InspectOptions::kUnlimited ? Value::null() : Value(m_depth - recurse_times);
  Value args[3] = {depth, Value(options), make_inspect_function(m_vm)};
  Value ret = m_vm.call(fn, Value(o), ArgList(args, 3));
  if (ret.is_exception()) {
    m_threw = true;
    return true;
  }
  if (ret == Value(o)) return false;
  if (!ret.is_string()) {
    out = format_value(ret, recurse_times);
    return true;
  }
  out = ret.as_string()->text();
  replace_all(out, u'\n', u"\n" + spaces(m_indentation));
  return true;
}

// ---- Constructor names ----

std::u16string Inspector::internal_constructor_name(Object* o) {
  switch (o->object_class()) {
    case ObjectClass::kArray:
      return u"Array";
    case ObjectClass::kFunction:
      return u"Function";
    case ObjectClass::kError:
      return u"Error";
    case ObjectClass::kBoolean:
      return u"Boolean";
    case ObjectClass::kNumber:
      return u"Number";
    case ObjectClass::kString:
      return u"String";
    case ObjectClass::kSymbol:
      return u"Symbol";
    case ObjectClass::kDate:
      return u"Date";
    case ObjectClass::kMap:
      return u"Map";
    case ObjectClass::kSet:
      return u"Set";
    case ObjectClass::kWeakMap:
      return u"WeakMap";
    case ObjectClass::kWeakSet:
      return u"WeakSet";
    case ObjectClass::kPromise:
      return u"Promise";
    case ObjectClass::kArrayBuffer:
      return u"ArrayBuffer";
    case ObjectClass::kTypedArray:
      return ascii(typed_array_name(static_cast<TypedArrayObject*>(o)->kind()));
    case ObjectClass::kOrdinary:
      // V8 names a plain object after the function whose `new` made it (kept when its prototype
      // is gone: `[Foo: null prototype]`); anonymous ones stay "Object".
      if (Object* creator = o->creator(); creator != nullptr && creator->is_function()) {
        std::string name = static_cast<FunctionObject*>(creator)->name_utf8();
        if (!name.empty()) return utf8_to_utf16(name);
      }
      return u"Object";
    default:
      return u"Object";
  }
}

// getConstructorName: the first `constructor` on the prototype chain (own included) that is a
// named function the object is an instance of; null when the chain ends without one right away
// (Object.create(null)); "Object <Complex prototype>"-style names otherwise.
CtorName Inspector::constructor_name(Object* obj, int recurse_times,
                                     std::vector<std::u16string>* proto_props) {
  Object* first_proto = nullptr;
  bool first_set = false;
  Object* tmp = obj;
  for (Object* o = obj; o != nullptr;) {
    // Object.prototype and Function.prototype name themselves even if `constructor` was changed.
    const char16_t* known =
        o == m_realm.object_prototype     ? u"Object"
        : o == m_realm.function_prototype ? u"Function"
        : o == m_realm.async_function_prototype && !o->has_own_property(m_vm.key("constructor"))
            ? u"AsyncFunction"
            : nullptr;
    if (known != nullptr && o != tmp) {
      if (proto_props != nullptr && first_proto != o)
        add_prototype_properties(tmp, first_proto, recurse_times, *proto_props);
      return std::u16string(known);
    }
    auto desc = o->get_own_property(m_vm.key("constructor"));
    if (desc && !desc->is_accessor() && Vm::is_callable(desc->value)) {
      Value name = get(desc->value, "name");
      if (m_threw) return u"";
      bool empty = name.is_string() && name.as_string()->length() == 0;
      if (!empty && instance_of(tmp, desc->value)) {
        std::u16string text = js_string(name);
        if (proto_props != nullptr && (first_proto != o || !is_builtin_constructor_name(text))) {
          add_prototype_properties(tmp, first_set ? first_proto : tmp, recurse_times, *proto_props);
        }
        return text;
      }
    }
    o = o->prototype();
    if (!first_set) {
      first_proto = o;
      first_set = true;
    }
  }
  if (first_proto == nullptr) return std::nullopt;
  std::u16string res = internal_constructor_name(tmp);
  if (beyond_depth(recurse_times) || recurse_times > static_cast<int>(kMaxNesting)) {
    return res + u" <Complex prototype>";
  }
  CtorName proto_ctor = constructor_name(first_proto, recurse_times + 1, proto_props);
  if (!proto_ctor) {
    InspectOptions nested = m_opts;
    nested.custom_inspect = false;
    nested.depth = -1;
    Inspector inner(m_vm, nested);
    std::u16string text = inner.format_value(Value(first_proto), 0);
    if (inner.threw()) m_threw = true;
    return res + u" <" + text + u">";
  }
  return res + u" <" + *proto_ctor + u">";
}

// addPrototypeProperties (showHidden): non-function properties of user-defined prototypes, up
// to three levels, that the object does not shadow.
void Inspector::add_prototype_properties(Object* main, Object* obj, int recurse_times,
                                         std::vector<std::u16string>& output) {
  std::vector<PropKey> seen_keys;
  std::vector<PropKey> keys;
  for (int depth = 0; depth < 3; ++depth) {
    if (depth != 0 || main == obj) {
      obj = obj->prototype();
      if (obj == nullptr) return;
      auto desc = obj->get_own_property(m_vm.key("constructor"));
      if (desc && !desc->is_accessor() && Vm::is_callable(desc->value)) {
        Value name = get(desc->value, "name");
        if (m_threw) return;
        if (name.is_string() && is_builtin_constructor_name(name.as_string()->text())) return;
      }
    }
    if (depth != 0) seen_keys.insert(seen_keys.end(), keys.begin(), keys.end());
    keys = obj->own_keys(m_vm.heap());
    m_seen.push_back(main);
    for (PropKey key : keys) {
      if ((key.is_string() && key.as_string()->text() == u"constructor") || main->has_own_property(key) ||
          (depth != 0 && std::find(seen_keys.begin(), seen_keys.end(), key) != seen_keys.end())) {
        continue;
      }
      auto desc = obj->get_own_property(key);
      if (!desc || (!desc->is_accessor() && Vm::is_callable(desc->value))) continue;
      std::u16string value = format_property(obj, recurse_times, key, PropType::kObject, desc, main);
      output.push_back(m_opts.colors ? u"\x1b[2m" + value + u"\x1b[22m" : value);
    }
    m_seen.pop_back();
  }
}

// ---- Keys ----

// getKeys: own enumerable string keys then enumerable symbols (all of them with showHidden).
std::vector<PropKey> Inspector::get_keys(Object* o) {
  std::vector<PropKey> keys;
  for (PropKey key : o->own_keys(m_vm.heap())) {
    if (m_opts.show_hidden || has_own_enumerable(o, key)) keys.push_back(key);
  }
  return keys;
}

// getOwnNonIndexProperties of an array (without building a key per element).
std::vector<PropKey> Inspector::non_index_keys(ArrayObject* a) {
  std::vector<PropKey> keys;
  if (m_opts.show_hidden) keys.push_back(m_vm.key("length"));
  for (PropKey key : a->Object::own_keys(m_vm.heap())) {
    if (key.is_array_index()) continue;
    if (m_opts.show_hidden || has_own_enumerable(a, key)) keys.push_back(key);
  }
  return keys;
}

// ---- formatProperty ----

std::u16string Inspector::format_property(Object* holder, int recurse_times, PropKey key, PropType type,
                                          std::optional<PropertyDescriptor> desc, Object* original) {
  if (original == nullptr) original = holder;
  if (!desc) desc = own_property(holder, key);
  if (!desc) desc = PropertyDescriptor{get(Value(holder), key), Value::undefined(), kDefaultAttrs};
  std::u16string str;
  std::u16string extra = u" ";
  if (!desc->is_accessor() && !desc->value.is_undefined()) {
    int diff = (m_opts.compact != InspectOptions::kCompactTrue || type != PropType::kObject) ? 2 : 3;
    m_indentation += diff;
    str = format_value(desc->value, recurse_times);
    if (diff == 3 && m_opts.break_length < static_cast<double>(inspect_text::display_width(
                                               m_opts.colors ? inspect_text::strip_colors(str) : str))) {
      extra = u"\n" + spaces(m_indentation);
    }
    m_indentation -= diff;
  } else if (desc->is_accessor() && !desc->value.is_undefined()) {
    bool has_setter = !desc->setter.is_undefined();
    std::u16string label = has_setter ? u"Getter/Setter" : u"Getter";
    using G = InspectOptions::Getters;
    bool call = m_opts.run_user_code && !m_threw &&
                (m_opts.getters == G::kAll || (m_opts.getters == G::kGetOnly && !has_setter) ||
                 (m_opts.getters == G::kSetOnly && has_setter));
    if (call) {
      Value v = m_vm.call(desc->value, Value(original), ArgList());
      if (v.is_exception()) {
        Value err = m_vm.take_exception();
        Value message = err.is_object() ? get(err, "message") : Value::undefined();
        str = stylize(u"[" + label + u":", "special") + u" <Inspection threw (" + js_string(message) + u")>" +
              stylize(u"]", "special");
      } else {
        m_indentation += 2;
        if (v.is_null()) {
          str = stylize(u"[" + label + u":", "special") + u" " + stylize(u"null", "null") +
                stylize(u"]", "special");
        } else if (v.is_object()) {
          str = stylize(u"[" + label + u"]", "special") + u" " + format_value(v, recurse_times);
        } else {
          str = stylize(u"[" + label + u":", "special") + u" " + format_primitive(v, m_opts.colors) +
                stylize(u"]", "special");
        }
        m_indentation -= 2;
      }
    } else {
      str = stylize(u"[" + label + u"]", "special");
    }
  } else if (desc->is_accessor() && !desc->setter.is_undefined()) {
    str = stylize(u"[Setter]", "special");
  } else {
    str = stylize(u"undefined", "undefined");
  }
  if (type == PropType::kArrayElement) return str;

  std::u16string name;
  if (key.is_symbol()) {
    name = u"[" +
           stylize(inspect_text::escape_sequences(utf8_to_utf16(key.as_symbol()->descriptive_string())),
                   "symbol") +
           u"]";
  } else if (key.as_string()->text() == u"__proto__") {
    name = u"['__proto__']";
  } else if (!desc->enumerable()) {
    name = u"[" + inspect_text::escape_sequences(key.as_string()->text()) + u"]";
  } else if (inspect_text::is_plain_key(key.as_string()->text())) {
    name = key.as_string()->text();
  } else {
    name = stylize(inspect_text::quote(key.as_string()->text()), "string");
  }
  return name + u":" + extra + str;
}

// ---- formatRaw ----

std::u16string Inspector::format_raw(Object* o, int recurse_times) {
  std::vector<std::u16string> proto_props;
  bool want_proto_props = m_opts.show_hidden && !beyond_depth(recurse_times);
  CtorName ctor = constructor_name(o, recurse_times, want_proto_props ? &proto_props : nullptr);
  if (m_threw) return u"";
  bool has_proto_props = !proto_props.empty();

  // Symbol.toStringTag, unless it is an own enumerable property (it is printed as a key then).
  std::u16string tag;
  PropKey tag_key(m_realm.symbol_to_string_tag);
  Value tag_v = get(Value(o), tag_key);
  if (m_threw) return u"";
  if (tag_v.is_string() && tag_v.as_string()->length() != 0) {
    bool shown = m_opts.show_hidden ? o->has_own_property(tag_key) : has_own_enumerable(o, tag_key);
    if (!shown) tag = tag_v.as_string()->text();
  }

  enum class Formatter { kNone, kArray, kSet, kMap, kIterator, kPromise, kWeak, kTypedArray, kArrayBuffer };
  bool buffer_of_view = m_buffer_of_view;
  m_buffer_of_view = false;
  Formatter formatter = Formatter::kNone;
  std::vector<PropKey> keys;
  std::u16string base;
  std::u16string open = u"{";
  std::u16string close = u"}";
  Extras extras = Extras::kObject;
  bool no_iterator = true;
  ObjectClass cls = o->object_class();

  if (o->has_property(PropKey(m_realm.symbol_iterator)) || !ctor) {
    no_iterator = false;
    if (cls == ObjectClass::kArray) {
      auto* a = static_cast<ArrayObject*>(o);
      std::u16string prefix;
      if (ctor != u"Array" || !tag.empty()) {
        prefix = get_prefix(ctor, tag, u"Array", u"(" + number_to_u16string(a->length()) + u")");
      }
      keys = non_index_keys(a);
      open = prefix + u"[";
      close = u"]";
      if (a->length() == 0 && keys.empty() && !has_proto_props) return open + u"]";
      extras = Extras::kArray;
      formatter = Formatter::kArray;
    } else if (cls == ObjectClass::kTypedArray) {
      auto* ta = static_cast<TypedArrayObject*>(o);
      keys = typed_array_keys(ta);
      std::u16string fallback = ctor ? u"" : ascii(typed_array_name(ta->kind()));
      open = get_prefix(ctor, tag, fallback,
                        u"(" + number_to_u16string(static_cast<double>(ta->length())) + u")") +
             u"[";
      close = u"]";
      if (ta->length() == 0 && keys.empty() && !m_opts.show_hidden) return open + u"]";
      extras = Extras::kArray;
      formatter = Formatter::kTypedArray;
    } else if (cls == ObjectClass::kSet || cls == ObjectClass::kMap) {
      bool is_set = cls == ObjectClass::kSet;
      auto size = static_cast<double>(static_cast<MapObject*>(o)->table().size());
      std::u16string prefix =
          get_prefix(ctor, tag, is_set ? u"Set" : u"Map", u"(" + number_to_u16string(size) + u")");
      keys = get_keys(o);
      formatter = is_set ? Formatter::kSet : Formatter::kMap;
      if (size == 0 && keys.empty() && !has_proto_props) return prefix + u"{}";
      open = prefix + u"{";
    } else if (cls == ObjectClass::kMapIterator || cls == ObjectClass::kSetIterator) {
      keys = get_keys(o);
      std::u16string type = cls == ObjectClass::kMapIterator ? u"Map" : u"Set";
      std::u16string t = tag;
      if (t != type + u" Iterator") {
        if (!t.empty()) t += u"] [";
        t += type + u" Iterator";
      }
      open = u"[" + t + u"] {";
      formatter = Formatter::kIterator;
    } else {
      no_iterator = true;
    }
  }
  if (no_iterator) {
    keys = get_keys(o);
    if (o->is_function()) {
      base = function_base(static_cast<FunctionObject*>(o), ctor, tag);
      if (m_threw) return u"";
      if (keys.empty() && !has_proto_props) return stylize(base, "special");
    } else if (ctor == u"Object") {
      if (cls == ObjectClass::kArguments) {
        open = u"[Arguments] {";
      } else if (!tag.empty()) {
        open = get_prefix(ctor, tag, u"Object") + u"{";
      }
      if (keys.empty() && !has_proto_props) return open + u"}";
    } else if (cls == ObjectClass::kDate) {
      double t = static_cast<DateObject*>(o)->time();
      base = std::isnan(t) ? u"Invalid Date" : inspect_text::date_iso_string(t);
      std::u16string prefix = get_prefix(ctor, tag, u"Date");
      if (prefix != u"Date ") base = prefix + base;
      if (keys.empty() && !has_proto_props) return stylize(base, "date");
    } else if (is_error(o)) {
      base = format_error(o, ctor, tag, keys);
      if (m_threw) return u"";
      if (keys.empty() && !has_proto_props) return base;
    } else if (cls == ObjectClass::kArrayBuffer) {
      std::u16string prefix = get_prefix(ctor, tag, u"ArrayBuffer");
      if (!buffer_of_view) {
        formatter = Formatter::kArrayBuffer;
      } else if (keys.empty() && !has_proto_props) {
        return prefix + u"{ byteLength: " +
               format_number(static_cast<double>(static_cast<ArrayBufferObject*>(o)->byte_length()),
                             m_opts.colors) +
               u" }";
      }
      open = prefix + u"{";
      keys.insert(keys.begin(), m_vm.key("byteLength"));
    } else if (cls == ObjectClass::kPromise) {
      open = get_prefix(ctor, tag, u"Promise") + u"{";
      formatter = Formatter::kPromise;
    } else if (cls == ObjectClass::kWeakSet || cls == ObjectClass::kWeakMap) {
      open = get_prefix(ctor, tag, cls == ObjectClass::kWeakSet ? u"WeakSet" : u"WeakMap") + u"{";
      formatter = Formatter::kWeak;
    } else if (cls == ObjectClass::kNumber || cls == ObjectClass::kString || cls == ObjectClass::kBoolean ||
               cls == ObjectClass::kSymbol) {
      base = boxed_base(static_cast<PrimitiveObject*>(o), keys, ctor, tag);
      if (keys.empty() && !has_proto_props) return base;
    } else {
      // getCtxStyle
      std::u16string fallback;
      if (!ctor) {
        fallback = internal_constructor_name(o);
        if (fallback == tag) fallback = u"Object";
      }
      open = get_prefix(ctor, tag, fallback) + u"{";
      if (keys.empty() && !has_proto_props) return open + u"}";
    }
  }

  if (beyond_depth(recurse_times)) {
    std::u16string fallback;
    if (!ctor) {
      fallback = internal_constructor_name(o);
      if (fallback == tag) fallback = u"Object";
    }
    std::u16string name = get_prefix(ctor, tag, fallback);
    name.pop_back();
    if (ctor) name = u"[" + name + u"]";
    return stylize(name, "special");
  }
  // Node stops where V8's stack overflows (about 1000 nested objects) and says so; the C++
  // recursion here stops at a fixed nesting instead, the same natively and in wasm.
  if (m_seen.size() >= kMaxNesting) {
    std::u16string fallback;
    if (!ctor) fallback = internal_constructor_name(o);
    std::u16string name = get_prefix(ctor, tag, fallback);
    name.pop_back();
    return stylize(u"[" + name + u": Inspection interrupted prematurely. Maximum call stack size exceeded.]",
                   "special");
  }
  recurse_times += 1;
  m_seen.push_back(o);
  m_current_depth = recurse_times;

  std::vector<std::u16string> output;
  switch (formatter) {
    case Formatter::kNone:
      break;
    case Formatter::kArray:
      output = format_array(static_cast<ArrayObject*>(o), recurse_times);
      break;
    case Formatter::kSet:
      output = format_set(static_cast<MapObject*>(o), recurse_times);
      break;
    case Formatter::kMap:
      output = format_map(static_cast<MapObject*>(o), recurse_times);
      break;
    case Formatter::kIterator:
      output = format_iterator(static_cast<IteratorObject*>(o), recurse_times, open);
      break;
    case Formatter::kPromise:
      output = format_promise(static_cast<PromiseObject*>(o), recurse_times);
      break;
    case Formatter::kWeak:
      output = {stylize(u"<items unknown>", "special")};
      break;
    case Formatter::kTypedArray:
      output = format_typed_array(static_cast<TypedArrayObject*>(o), recurse_times);
      break;
    case Formatter::kArrayBuffer:
      output = format_array_buffer(static_cast<ArrayBufferObject*>(o));
      break;
  }
  PropType key_type = extras == Extras::kArray ? PropType::kArrayExtra : PropType::kObject;
  for (PropKey key : keys) {
    if (m_threw) break;
    output.push_back(format_property(o, recurse_times, key, key_type));
  }
  output.insert(output.end(), proto_props.begin(), proto_props.end());
  if (m_threw) {
    m_seen.pop_back();
    return u"";
  }

  auto circular = std::find(m_circular.begin(), m_circular.end(), o);
  if (circular != m_circular.end()) {
    std::u16string reference =
        stylize(u"<ref *" + ascii(std::to_string(circular - m_circular.begin() + 1)) + u">", "special");
    if (m_opts.compact != InspectOptions::kCompactTrue) {
      base = base.empty() ? reference : reference + u" " + base;
    } else {
      open = reference + u" " + open;
    }
  }
  m_seen.pop_back();

  if (m_opts.sorted) {
    if (extras == Extras::kObject) {
      std::sort(output.begin(), output.end());
    } else if (keys.size() > 1) {
      std::sort(output.end() - static_cast<std::ptrdiff_t>(keys.size()), output.end());
    }
  }

  bool numbers_only =
      extras == Extras::kArray && output.size() > 6 &&
      (cls == ObjectClass::kTypedArray ? output.size() <= static_cast<TypedArrayObject*>(o)->length()
                                       : array_numbers_only(static_cast<ArrayObject*>(o), output.size()));
  std::u16string res = inspect_layout::reduce_to_single_string(layout(), std::move(output), base, open, close,
                                                               extras, recurse_times, numbers_only);
  // A budget per indentation level stops inspections that would print gigabytes.
  double& budget = m_budget[m_indentation];
  budget += static_cast<double>(res.size());
  if (budget > static_cast<double>(1 << 27)) m_depth = -1;
  return res;
}

}  // namespace looplab::js::inspect_detail
