// util.inspect (see inspect.h). The Inspector mirrors node's ctx: the current indentation, the
// objects on the path from the root (`seen`, for cycles), the circular references found so far
// (numbered in order of discovery), `currentDepth` (the depth of the object entered last, which
// decides how many inner levels may share a line) and the output budget per indentation level
// that stops runaway inspections of huge graphs.
//
// Function names follow node's: format_value -> format_raw -> a formatter for the kind (array,
// set, map, iterator, promise, ...) plus format_property for each key, then reduce_to_single_string.
#include "core/js/inspect/inspect.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "core/js/inspect/layout.h"
#include "core/js/inspect/text.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

using inspect_layout::Extras;
using inspect_text::ascii;

// formatProperty's `type`: a property of an object, an element of an array (printed without its
// key), or an extra (non-index) property of an array.
enum class PropType { kObject, kArrayElement, kArrayExtra };

bool is_builtin_name(const std::u16string& name) { return is_builtin_constructor_name(name); }

}  // namespace

// The names node's builtInObjects holds (globals named like constructors at startup).
bool is_builtin_constructor_name(const std::u16string& name) {
  static const char* const kNames[] = {
      "Object", "Function", "Array", "Number", "Infinity", "NaN", "Boolean", "String", "Symbol", "Date",
      "Promise", "RegExp", "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError",
      "SyntaxError", "TypeError", "URIError", "JSON", "Math", "Intl", "ArrayBuffer", "Uint8Array",
      "Int8Array", "Uint16Array", "Int16Array", "Uint32Array", "Int32Array", "Float32Array", "Float64Array",
      "Uint8ClampedArray", "BigUint64Array", "BigInt64Array", "DataView", "Map", "BigInt", "Set", "WeakMap",
      "WeakSet", "Proxy", "Reflect", "FinalizationRegistry", "WeakRef", "SharedArrayBuffer", "Atomics",
      "WebAssembly",
  };
  for (const char* n : kNames) {
    if (name == ascii(n)) return true;
  }
  return false;
}

namespace {

std::u16string spaces(int n) { return std::u16string(static_cast<std::size_t>(std::max(n, 0)), u' '); }

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

// Constructor name as node's getConstructorName returns it: a name, or null (no prototype).
using CtorName = std::optional<std::u16string>;

class Inspector {
 public:
  Inspector(Vm& vm, const InspectOptions& options) : m_vm(vm), m_realm(vm.realm()), m_opts(options) {
    m_depth = options.depth;
    m_custom_symbol = options.custom_inspect && options.run_user_code ? custom_inspect_symbol(m_realm) : nullptr;
  }

  bool threw() const { return m_threw; }

  std::u16string format_value(Value value, int recurse_times);

 private:
  // ---- Reading values (may run user code) ----
  Value get(Value target, PropKey key);
  Value get(Value target, std::string_view name) { return get(target, m_vm.key(name)); }
  std::u16string js_string(Value v);  // String(v)
  bool has_own_enumerable(Object* o, PropKey key);
  bool instance_of(Object* o, Value ctor);
  bool is_error(Object* o);

  std::u16string stylize(const std::u16string& text, std::string_view style) const {
    return m_opts.colors ? inspect_text::colorize(text, style) : text;
  }

  // ---- Node's helpers ----
  std::u16string format_primitive(Value v, bool colors);
  std::u16string format_number(double d, bool colors);
  std::u16string format_raw(Object* o, int recurse_times);
  bool try_custom_inspect(Object* o, int recurse_times, std::u16string& out);
  std::u16string circular_reference(Object* o);
  CtorName constructor_name(Object* o, int recurse_times, std::vector<std::u16string>* proto_props);
  void add_prototype_properties(Object* main, Object* obj, int recurse_times, std::vector<std::u16string>& output);
  std::u16string internal_constructor_name(Object* o);
  std::vector<PropKey> get_keys(Object* o);
  std::vector<PropKey> non_index_keys(ArrayObject* a);
  std::u16string format_property(Object* holder, int recurse_times, PropKey key, PropType type,
                                 std::optional<PropertyDescriptor> desc = std::nullopt, Object* original = nullptr);
  std::vector<std::u16string> format_array(ArrayObject* a, int recurse_times);
  void format_special_array(ArrayObject* a, int recurse_times, std::uint32_t max_length,
                            std::vector<std::u16string>& output, std::uint32_t first_hole);
  std::vector<std::u16string> format_set(MapObject* s, int recurse_times);
  std::vector<std::u16string> format_map(MapObject* m, int recurse_times);
  std::vector<std::u16string> format_iterator(IteratorObject* it, int recurse_times, std::u16string& open);
  std::vector<std::u16string> format_promise(PromiseObject* p, int recurse_times);
  std::u16string function_base(FunctionObject* fn, const CtorName& ctor, const std::u16string& tag);
  std::u16string class_base(FunctionObject* fn, const CtorName& ctor, const std::u16string& tag);
  std::u16string boxed_base(PrimitiveObject* o, std::vector<PropKey>& keys, const CtorName& ctor,
                            const std::u16string& tag);
  std::u16string format_error(Object* err, const CtorName& ctor, const std::u16string& tag,
                              std::vector<PropKey>& keys);
  std::u16string stack_string(Object* err);
  std::u16string improve_stack(std::u16string stack, const CtorName& ctor, const std::u16string& name,
                               const std::u16string& tag);
  std::vector<std::u16string> stack_frames(Object* err, const std::u16string& frames_text);
  bool array_numbers_only(ArrayObject* a, std::size_t count);

  inspect_layout::LayoutState layout() const {
    inspect_layout::LayoutState s;
    s.compact = m_opts.compact;
    s.break_length = m_opts.break_length;
    s.indentation = m_indentation;
    s.current_depth = m_current_depth;
    s.colors = m_opts.colors;
    s.max_array_length = m_opts.max_array_length;
    return s;
  }
  bool beyond_depth(int recurse_times) const { return m_depth != InspectOptions::kUnlimited && recurse_times > m_depth; }

  Vm& m_vm;
  Realm& m_realm;
  InspectOptions m_opts;
  int m_depth;
  Symbol* m_custom_symbol = nullptr;
  int m_indentation = 0;
  int m_current_depth = 0;
  std::vector<Object*> m_seen;
  std::vector<Object*> m_circular;  // index + 1 is the reference number
  std::map<int, double> m_budget;
  bool m_threw = false;
};

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
  if (!Vm::is_callable(ctor)) return false;
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
      double remaining = static_cast<double>(text.size() - static_cast<std::size_t>(std::max(m_opts.max_string_length, 0)));
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

Value make_inspect_function(Vm& vm);

Value stylize_native(Vm& vm, Value, ArgList args) {
  String* s = to_string(vm, args[0]);
  if (s == nullptr) return Value::exception();
  if (!vm.current_native()->slot(0).is_true()) return Value(s);
  String* style = to_string(vm, args[1]);
  if (style == nullptr) return Value::exception();
  return Value(vm.string(inspect_text::colorize(s->text(), style->to_utf8())));
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
    case ObjectClass::kArray: return u"Array";
    case ObjectClass::kFunction: return u"Function";
    case ObjectClass::kError: return u"Error";
    case ObjectClass::kBoolean: return u"Boolean";
    case ObjectClass::kNumber: return u"Number";
    case ObjectClass::kString: return u"String";
    case ObjectClass::kSymbol: return u"Symbol";
    case ObjectClass::kDate: return u"Date";
    case ObjectClass::kMap: return u"Map";
    case ObjectClass::kSet: return u"Set";
    case ObjectClass::kWeakMap: return u"WeakMap";
    case ObjectClass::kWeakSet: return u"WeakSet";
    case ObjectClass::kPromise: return u"Promise";
    default: return u"Object";
  }
}

// getConstructorName: the first `constructor` on the prototype chain (own included) that is a
// named function the object is an instance of; null when the chain ends without one right away
// (Object.create(null)); "Object <Complex prototype>"-style names otherwise.
CtorName Inspector::constructor_name(Object* obj, int recurse_times, std::vector<std::u16string>* proto_props) {
  Object* first_proto = nullptr;
  bool first_set = false;
  Object* tmp = obj;
  for (Object* o = obj; o != nullptr;) {
    // Object.prototype and Function.prototype name themselves even if `constructor` was changed.
    const char16_t* known = o == m_realm.object_prototype     ? u"Object"
                            : o == m_realm.function_prototype ? u"Function"
                            : o == m_realm.async_function_prototype &&
                                    !o->has_own_property(m_vm.key("constructor"))
                                ? u"AsyncFunction"
                                : nullptr;
    if (known != nullptr && o != tmp) {
      if (proto_props != nullptr && first_proto != o) add_prototype_properties(tmp, first_proto, recurse_times, *proto_props);
      return std::u16string(known);
    }
    auto desc = o->get_own_property(m_vm.key("constructor"));
    if (desc && !desc->is_accessor() && Vm::is_callable(desc->value)) {
      Value name = get(desc->value, "name");
      if (m_threw) return u"";
      bool empty = name.is_string() && name.as_string()->length() == 0;
      if (!empty && instance_of(tmp, desc->value)) {
        std::u16string text = js_string(name);
        if (proto_props != nullptr && (first_proto != o || !is_builtin_name(text))) {
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
  if (beyond_depth(recurse_times)) return res + u" <Complex prototype>";
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
        if (name.is_string() && is_builtin_name(name.as_string()->text())) return;
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
  if (!desc) desc = holder->get_own_property(key);
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
    bool call = m_opts.run_user_code &&
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
          str = stylize(u"[" + label + u":", "special") + u" " + stylize(u"null", "null") + stylize(u"]", "special");
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
    name = u"[" + stylize(inspect_text::escape_sequences(utf8_to_utf16(key.as_symbol()->descriptive_string())), "symbol") +
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

// ---- Arrays ----

std::vector<std::u16string> Inspector::format_array(ArrayObject* a, int recurse_times) {
  std::uint32_t length = a->length();
  auto max_length = static_cast<std::uint32_t>(
      std::min<double>(std::max(0, m_opts.max_array_length), static_cast<double>(length)));
  std::vector<std::u16string> output;
  for (std::uint32_t i = 0; i < max_length && !m_threw; ++i) {
    Value element = a->element(i);
    if (element.is_hole()) {
      auto desc = a->get_own_property(m_vm.index_key(i));
      if (!desc) {
        format_special_array(a, recurse_times, max_length, output, i);
        return output;
      }
      output.push_back(format_property(a, recurse_times, m_vm.index_key(i), PropType::kArrayElement, desc));
      continue;
    }
    m_indentation += 2;
    output.push_back(element.is_undefined() ? stylize(u"undefined", "undefined") : format_value(element, recurse_times));
    m_indentation -= 2;
  }
  if (length > max_length) output.push_back(remaining_text(length - max_length));
  return output;
}

// formatSpecialArray: an array with holes. Runs of missing indices print "<n empty items>".
void Inspector::format_special_array(ArrayObject* a, int recurse_times, std::uint32_t max_length,
                                     std::vector<std::u16string>& output, std::uint32_t first_hole) {
  // The enumerable own indices from first_hole on, ascending (at most max_length are needed).
  std::vector<std::uint32_t> indices;
  const std::vector<Value>& dense = a->elements();
  for (std::size_t i = first_hole; i < dense.size() && indices.size() < max_length; ++i) {
    if (!dense[i].is_hole()) indices.push_back(static_cast<std::uint32_t>(i));
  }
  for (const Object::Slot& slot : a->slots()) {
    if (slot.key.is_array_index() && slot.key.array_index() >= first_hole && (slot.attrs & kEnumerable) != 0) {
      indices.push_back(slot.key.array_index());
    }
  }
  std::sort(indices.begin(), indices.end());
  double index = first_hole;
  for (std::uint32_t i : indices) {
    if (output.size() >= max_length || m_threw) break;
    if (static_cast<double>(i) != index) {
      double empty = i - index;
      output.push_back(stylize(u"<" + number_to_u16string(empty) + u" empty item" + (empty > 1 ? u"s" : u"") + u">",
                               "undefined"));
      index = i;
      if (output.size() == max_length) break;
    }
    output.push_back(format_property(a, recurse_times, m_vm.index_key(i), PropType::kArrayElement));
    index += 1;
  }
  double remaining = a->length() - index;
  if (output.size() != max_length) {
    if (remaining > 0) {
      output.push_back(stylize(
          u"<" + number_to_u16string(remaining) + u" empty item" + (remaining > 1 ? u"s" : u"") + u">", "undefined"));
    }
  } else if (remaining > 0) {
    output.push_back(remaining_text(remaining));
  }
}

// Whether value[i] is a number for every i < count (numbers are right-aligned when grouped).
bool Inspector::array_numbers_only(ArrayObject* a, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (i >= a->length()) return false;
    Value v = a->element(static_cast<std::uint32_t>(i));
    if (v.is_hole()) {
      auto desc = a->find_property(m_vm.index_key(static_cast<std::uint32_t>(i)));
      v = desc && !desc->is_accessor() ? desc->value : Value::undefined();
    }
    if (!v.is_number()) return false;
  }
  return true;
}

// ---- Map, Set, iterators, promises ----

std::vector<std::u16string> Inspector::format_set(MapObject* s, int recurse_times) {
  std::vector<std::u16string> output;
  double size = static_cast<double>(s->table().size());
  double max_length = std::min<double>(std::max(0, m_opts.max_array_length), size);
  m_indentation += 2;
  for (const OrderedTable::Entry& e : s->table().entries()) {
    if (static_cast<double>(output.size()) >= max_length || m_threw) break;
    if (e.deleted) continue;
    output.push_back(format_value(e.key, recurse_times));
  }
  if (size > max_length) output.push_back(remaining_text(size - max_length));
  m_indentation -= 2;
  return output;
}

std::vector<std::u16string> Inspector::format_map(MapObject* m, int recurse_times) {
  std::vector<std::u16string> output;
  double size = static_cast<double>(m->table().size());
  double max_length = std::min<double>(std::max(0, m_opts.max_array_length), size);
  m_indentation += 2;
  for (const OrderedTable::Entry& e : m->table().entries()) {
    if (static_cast<double>(output.size()) >= max_length || m_threw) break;
    if (e.deleted) continue;
    std::u16string k = format_value(e.key, recurse_times);
    output.push_back(k + u" => " + format_value(e.value, recurse_times));
  }
  if (size > max_length) output.push_back(remaining_text(size - max_length));
  m_indentation -= 2;
  return output;
}

// formatIterator: the entries a Map or Set iterator has still to produce.
std::vector<std::u16string> Inspector::format_iterator(IteratorObject* it, int recurse_times, std::u16string& open) {
  std::vector<std::pair<Value, Value>> entries;
  bool is_set = it->object_class() == ObjectClass::kSetIterator;
  if (it->target().is_object()) {
    const auto& table = static_cast<MapObject*>(it->target().as_object())->table().entries();
    for (std::size_t i = it->position(); i < table.size(); ++i) {
      if (!table[i].deleted) entries.emplace_back(table[i].key, is_set ? table[i].key : table[i].value);
    }
  }
  double max_length = std::min<double>(std::max(0, m_opts.max_array_length), static_cast<double>(entries.size()));
  std::vector<std::u16string> output;
  bool key_value = it->mode() == IteratorObject::Mode::kEntries;
  m_indentation += 2;
  for (std::size_t i = 0; static_cast<double>(i) < max_length && !m_threw; ++i) {
    if (key_value) {
      std::vector<std::u16string> pair = {format_value(entries[i].first, recurse_times),
                                          format_value(entries[i].second, recurse_times)};
      output.push_back(inspect_layout::reduce_to_single_string(layout(), std::move(pair), u"", u"[", u"]",
                                                               Extras::kArray, recurse_times, false));
    } else {
      Value v = it->mode() == IteratorObject::Mode::kKeys ? entries[i].first : entries[i].second;
      output.push_back(format_value(v, recurse_times));
    }
  }
  m_indentation -= 2;
  if (static_cast<double>(entries.size()) > max_length) {
    output.push_back(remaining_text(static_cast<double>(entries.size()) - max_length));
  }
  if (key_value) {
    const std::u16string suffix = u" Iterator] {";
    if (open.size() >= suffix.size() && open.compare(open.size() - suffix.size(), suffix.size(), suffix) == 0) {
      open = open.substr(0, open.size() - suffix.size()) + u" Entries] {";
    }
  }
  return output;
}

std::vector<std::u16string> Inspector::format_promise(PromiseObject* p, int recurse_times) {
  if (p->state() == PromiseState::kPending) return {stylize(u"<pending>", "special")};
  m_indentation += 2;
  std::u16string str = format_value(p->result(), recurse_times);
  m_indentation -= 2;
  if (p->state() == PromiseState::kRejected) return {stylize(u"<rejected>", "special") + u" " + str};
  return {str};
}

// ---- Bases: functions, classes, boxed primitives ----

std::u16string get_prefix(const CtorName& ctor, const std::u16string& tag, const std::u16string& fallback,
                          const std::u16string& size = u"") {
  if (!ctor) {
    if (!tag.empty() && fallback != tag) return u"[" + fallback + size + u": null prototype] [" + tag + u"] ";
    return u"[" + fallback + size + u": null prototype] ";
  }
  if (!tag.empty() && *ctor != tag) return *ctor + size + u" [" + tag + u"] ";
  return *ctor + size + u" ";
}

std::u16string Inspector::class_base(FunctionObject* fn, const CtorName& ctor, const std::u16string& tag) {
  std::u16string name = u"(anonymous)";
  if (fn->has_own_property(m_vm.key("name"))) {
    Value n = get(Value(fn), "name");
    if (to_boolean(n)) name = js_string(n);
  }
  std::u16string base = u"class " + name;
  if (ctor && *ctor != u"Function") base += u" [" + *ctor + u"]";
  if (!tag.empty() && ctor != tag) base += u" [" + tag + u"]";
  if (ctor) {
    Object* super = fn->prototype();
    if (super != nullptr) {
      Value super_name = get(Value(super), "name");
      if (to_boolean(super_name)) base += u" extends " + js_string(super_name);
    }
  } else {
    base += u" extends [null prototype]";
  }
  return u"[" + base + u"]";
}

std::u16string Inspector::function_base(FunctionObject* fn, const CtorName& ctor, const std::u16string& tag) {
  bool is_async = false;
  if (fn->flavor() == FunctionFlavor::kClosure) {
    auto* closure = static_cast<ClosureFunction*>(fn);
    if (closure->is_class_constructor()) return class_base(fn, ctor, tag);
    is_async = closure->is_async();
  }
  std::u16string type = is_async ? u"AsyncFunction" : u"Function";
  std::u16string base = u"[" + type;
  if (!ctor) base += u" (null prototype)";
  Value name = get(Value(fn), "name");
  if (name.is_string() && name.as_string()->length() == 0) {
    base += u" (anonymous)";
  } else {
    base += u": " + js_string(name);
  }
  base += u"]";
  if (ctor && *ctor != type) base += u" " + *ctor;
  if (!tag.empty() && ctor != tag) base += u" [" + tag + u"]";
  return base;
}

std::u16string Inspector::boxed_base(PrimitiveObject* o, std::vector<PropKey>& keys, const CtorName& ctor,
                                     const std::u16string& tag) {
  std::u16string type;
  switch (o->object_class()) {
    case ObjectClass::kNumber: type = u"Number"; break;
    case ObjectClass::kString: {
      type = u"String";
      // The character indices are noise: drop the first `length` keys.
      std::size_t n = std::min(keys.size(), o->primitive().is_string() ? o->primitive().as_string()->length() : 0);
      keys.erase(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(n));
      break;
    }
    case ObjectClass::kBoolean: type = u"Boolean"; break;
    default: type = u"Symbol"; break;
  }
  std::u16string base = u"[" + type;
  if (ctor != type) base += ctor ? u" (" + *ctor + u")" : u" (null prototype)";
  base += u": " + format_primitive(o->primitive(), false) + u"]";
  if (!tag.empty() && ctor != tag) base += u" [" + tag + u"]";
  if (!keys.empty() || !m_opts.colors) return base;
  std::string style;
  for (char16_t c : type) style += static_cast<char>(c >= u'A' && c <= u'Z' ? c - u'A' + u'a' : c);
  return stylize(base, style);
}

// ---- Errors ----

std::u16string Inspector::stack_string(Object* err) {
  Value stack = get(Value(err), "stack");
  if (m_threw) return u"";
  if (to_boolean(stack)) return js_string(stack);
  // Error.prototype.toString.
  Value name = get(Value(err), "name");
  std::u16string name_s = name.is_undefined() ? u"Error" : js_string(name);
  Value msg = get(Value(err), "message");
  std::u16string msg_s = msg.is_undefined() ? u"" : js_string(msg);
  if (name_s.empty()) return msg_s;
  if (msg_s.empty()) return name_s;
  return name_s + u": " + msg_s;
}

std::u16string Inspector::improve_stack(std::u16string stack, const CtorName& ctor, const std::u16string& name,
                                        const std::u16string& tag) {
  // Only "regular" stacks, which start with an error name, get the constructor's name.
  std::size_t len = name.size();
  auto ends_with_error = name.size() >= 5 && name.compare(name.size() - 5, 5, u"Error") == 0;
  bool looks_normal = ends_with_error && stack.compare(0, len, name) == 0 &&
                      (stack.size() == len || stack[len] == u':' || stack[len] == u'\n');
  if (!ctor || looks_normal) {
    std::u16string fallback = u"Error";
    if (!ctor) {
      // /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/
      auto word = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
               c == u'-';
      };
      std::u16string found;
      if (!stack.empty() && stack[0] >= u'A' && stack[0] <= u'Z') {
        std::size_t i = 1;
        while (i < stack.size() && (word(stack[i]) || stack[i] == u' ' || stack[i] == u'[' || stack[i] == u']' ||
                                    stack[i] == u'(' || stack[i] == u')')) {
          ++i;
        }
        if (i > 1 && i < stack.size() &&
            (stack[i] == u':' || stack.compare(i, 7, u"\n    at") == 0)) {
          found = stack.substr(0, i);
        }
      }
      if (found.empty() && stack.size() >= 5 && stack.compare(stack.size() - 5, 5, u"Error") == 0 &&
          std::all_of(stack.begin(), stack.end(), word)) {
        found = stack;
      }
      len = found.size();
      fallback = found.empty() ? u"Error" : found;
    }
    std::u16string prefix = get_prefix(ctor, tag, fallback);
    prefix.pop_back();
    if (name != prefix) {
      if (contains(prefix, name)) {
        stack = len == 0 ? prefix + u": " + stack : prefix + stack.substr(std::min(len, stack.size()));
      } else {
        stack = prefix + u" [" + name + u"]" + stack.substr(std::min(len, stack.size()));
      }
    }
  }
  return stack;
}

// getStackFrames: the frame lines, with the frames an error shares with its cause folded into
// "... n lines matching cause stack trace ...".
std::vector<std::u16string> Inspector::stack_frames(Object* err, const std::u16string& frames_text) {
  std::vector<std::u16string> frames = split_lines(frames_text);
  Value cause = Value::undefined();
  if (m_opts.run_user_code) {
    cause = m_vm.get(Value(err), m_vm.key("cause"));
    if (cause.is_exception()) {
      m_vm.take_exception();  // a throwing `cause` getter is ignored
      cause = Value::undefined();
    }
  } else {
    cause = get(Value(err), "cause");
  }
  if (!cause.is_object() || !is_error(cause.as_object())) return frames;
  std::u16string cause_stack = stack_string(cause.as_object());
  std::size_t start = cause_stack.find(u"\n    at");
  if (start == std::u16string::npos) return frames;
  std::vector<std::u16string> cause_frames = split_lines(cause_stack.substr(start + 1));
  // identicalSequenceRange: the first run of more than three frames found in both.
  for (std::size_t i = 0; i + 3 < frames.size(); ++i) {
    auto pos_it = std::find(cause_frames.begin(), cause_frames.end(), frames[i]);
    if (pos_it == cause_frames.end()) continue;
    auto pos = static_cast<std::size_t>(pos_it - cause_frames.begin());
    std::size_t rest = cause_frames.size() - pos;
    if (rest <= 3) continue;
    std::size_t len = 1;
    std::size_t max_len = std::min(frames.size() - i, rest);
    while (max_len > len && frames[i + len] == cause_frames[pos + len]) ++len;
    if (len > 3) {
      std::size_t skipped = len - 2;
      std::u16string msg = u"    ... " + ascii(std::to_string(skipped)) + u" lines matching cause stack trace ...";
      frames.erase(frames.begin() + static_cast<std::ptrdiff_t>(i + 1),
                   frames.begin() + static_cast<std::ptrdiff_t>(i + 1 + skipped));
      frames.insert(frames.begin() + static_cast<std::ptrdiff_t>(i + 1), stylize(msg, "undefined"));
      break;
    }
  }
  return frames;
}

std::u16string Inspector::format_error(Object* err, const CtorName& ctor, const std::u16string& tag,
                                       std::vector<PropKey>& keys) {
  Value name_v = get(Value(err), "name");
  std::u16string name = name_v.is_nullish() ? u"Error" : js_string(name_v);
  std::u16string stack = stack_string(err);
  if (m_threw) return u"";

  // Own name/message/stack properties already shown by the stack are not repeated.
  if (!m_opts.show_hidden && !keys.empty()) {
    for (const char* n : {"name", "message", "stack"}) {
      PropKey k = m_vm.key(n);
      auto it = std::find(keys.begin(), keys.end(), k);
      if (it != keys.end() && contains(stack, js_string(get(Value(err), k)))) keys.erase(it);
    }
  }
  PropKey cause_key = m_vm.key("cause");
  if (err->has_property(cause_key) && std::find(keys.begin(), keys.end(), cause_key) == keys.end()) {
    keys.push_back(cause_key);
  }
  PropKey errors_key = m_vm.key("errors");
  Value errors = get(Value(err), errors_key);
  if (errors.is_object() && errors.as_object()->is_array() &&
      std::find(keys.begin(), keys.end(), errors_key) == keys.end()) {
    keys.push_back(errors_key);
  }
  stack = improve_stack(stack, ctor, name, tag);
  if (m_threw) return u"";

  // Look for the frames after the message (a message may itself contain "\n    at").
  Value message = get(Value(err), "message");
  std::size_t from = 0;
  if (to_boolean(message) && message.is_string()) {
    std::size_t pos = stack.find(message.as_string()->text());
    if (pos != std::u16string::npos && pos != 0) from = pos + message.as_string()->length();
  }
  std::size_t stack_start = stack.find(u"\n    at", from);
  if (stack_start == std::u16string::npos) {
    stack = u"[" + stack + u"]";
  } else {
    std::u16string head = stack.substr(0, stack_start);
    std::vector<std::u16string> lines = stack_frames(err, stack.substr(stack_start + 1));
    for (const std::u16string& line : lines) {
      head += u"\n";
      head += m_opts.colors && line.rfind(u"    at node:", 0) == 0 ? stylize(line, "undefined") : line;
    }
    stack = head;
  }
  if (m_indentation != 0) replace_all(stack, u'\n', u"\n" + spaces(m_indentation));
  return stack;
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

  enum class Formatter { kNone, kArray, kSet, kMap, kIterator, kPromise, kWeak };
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
    } else if (cls == ObjectClass::kSet || cls == ObjectClass::kMap) {
      bool is_set = cls == ObjectClass::kSet;
      auto size = static_cast<double>(static_cast<MapObject*>(o)->table().size());
      std::u16string prefix = get_prefix(ctor, tag, is_set ? u"Set" : u"Map", u"(" + number_to_u16string(size) + u")");
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
  recurse_times += 1;
  m_seen.push_back(o);
  m_current_depth = recurse_times;

  std::vector<std::u16string> output;
  switch (formatter) {
    case Formatter::kNone: break;
    case Formatter::kArray: output = format_array(static_cast<ArrayObject*>(o), recurse_times); break;
    case Formatter::kSet: output = format_set(static_cast<MapObject*>(o), recurse_times); break;
    case Formatter::kMap: output = format_map(static_cast<MapObject*>(o), recurse_times); break;
    case Formatter::kIterator:
      output = format_iterator(static_cast<IteratorObject*>(o), recurse_times, open);
      break;
    case Formatter::kPromise: output = format_promise(static_cast<PromiseObject*>(o), recurse_times); break;
    case Formatter::kWeak: output = {stylize(u"<items unknown>", "special")}; break;
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

  bool numbers_only = extras == Extras::kArray && output.size() > 6 &&
                      array_numbers_only(static_cast<ArrayObject*>(o), output.size());
  std::u16string res = inspect_layout::reduce_to_single_string(layout(), std::move(output), base, open, close, extras,
                                                               recurse_times, numbers_only);
  // A budget per indentation level stops inspections that would print gigabytes.
  double& budget = m_budget[m_indentation];
  budget += static_cast<double>(res.size());
  if (budget > static_cast<double>(1 << 27)) m_depth = -1;
  return res;
}

}  // namespace

// ---- util.inspect as a native ----

Value util_inspect_native(Vm& vm, Value, ArgList args) {
  InspectOptions options;
  if (args.size() > 1) {
    if (args[1].is_boolean()) {
      options.show_hidden = args[1].as_boolean();
    } else if (!read_inspect_options(vm, args[1], options)) {
      return Value::exception();
    }
    // Legacy util.inspect(value, showHidden, depth, colors).
    if (args.size() > 2 && !args[2].is_undefined()) {
      options.depth = args[2].is_number() && std::isfinite(args[2].as_number())
                          ? static_cast<int>(args[2].as_number())
                          : InspectOptions::kUnlimited;
    }
    if (args.size() > 3 && !args[3].is_undefined()) options.colors = to_boolean(args[3]);
  }
  auto text = inspect_utf16(vm, args[0], options);
  if (!text) return Value::exception();
  return Value(vm.string(std::move(*text)));
}

namespace {

Value make_inspect_function(Vm& vm) {
  NativeFunction* fn = vm.new_native("inspect", 2, util_inspect_native);
  if (Symbol* custom = custom_inspect_symbol(vm.realm())) fn->define(vm.key("custom"), Value(custom));
  return Value(fn);
}

}  // namespace

Value make_util_inspect_function(Vm& vm) {
  Realm& realm = vm.realm();
  if (custom_inspect_symbol(realm) == nullptr) {
    String* key = vm.string("nodejs.util.inspect.custom");
    realm.symbol_registry.emplace_back(key, vm.heap().make<Symbol>(Value(key), true));
  }
  return make_inspect_function(vm);
}

bool read_inspect_options(Vm& vm, Value options_object, InspectOptions& options) {
  if (!options_object.is_object()) return true;
  Object* o = options_object.as_object();
  auto read = [&](const char* name, Value& out) {
    PropKey key = vm.key(name);
    auto desc = o->get_own_property(key);
    if (!desc || !desc->enumerable()) return true;
    out = o->get(vm, key);
    return !out.is_exception();
  };
  auto limit = [](Value v, int fallback) {
    if (v.is_null()) return InspectOptions::kUnlimited;
    if (!v.is_number()) return fallback;
    double d = v.as_number();
    if (d >= static_cast<double>(InspectOptions::kUnlimited)) return InspectOptions::kUnlimited;
    if (d < -1e9) return -1000000000;
    return static_cast<int>(std::floor(d));
  };
  Value v;
  if (!read("depth", v)) return false;
  if (!v.is_undefined()) options.depth = limit(v, options.depth);
  v = Value();
  if (!read("colors", v)) return false;
  if (!v.is_undefined()) options.colors = to_boolean(v);
  v = Value();
  if (!read("showHidden", v)) return false;
  if (!v.is_undefined()) options.show_hidden = to_boolean(v);
  v = Value();
  if (!read("customInspect", v)) return false;
  if (!v.is_undefined()) options.custom_inspect = to_boolean(v);
  v = Value();
  if (!read("maxArrayLength", v)) return false;
  if (!v.is_undefined()) options.max_array_length = limit(v, options.max_array_length);
  v = Value();
  if (!read("maxStringLength", v)) return false;
  if (!v.is_undefined()) options.max_string_length = limit(v, options.max_string_length);
  v = Value();
  if (!read("breakLength", v)) return false;
  if (v.is_number()) options.break_length = v.as_number();
  v = Value();
  if (!read("compact", v)) return false;
  if (v.is_boolean()) options.compact = v.as_boolean() ? InspectOptions::kCompactTrue : 0;
  if (v.is_number()) options.compact = static_cast<int>(std::max(0.0, std::min(v.as_number(), 1e6)));
  v = Value();
  if (!read("sorted", v)) return false;
  if (!v.is_undefined()) options.sorted = to_boolean(v);
  v = Value();
  if (!read("getters", v)) return false;
  if (v.is_string()) {
    std::u16string g = v.as_string()->text();
    options.getters = g == u"get" ? InspectOptions::Getters::kGetOnly
                      : g == u"set" ? InspectOptions::Getters::kSetOnly
                                    : InspectOptions::Getters::kAll;
  } else if (!v.is_undefined()) {
    options.getters = to_boolean(v) ? InspectOptions::Getters::kAll : InspectOptions::Getters::kNo;
  }
  v = Value();
  if (!read("numericSeparator", v)) return false;
  if (!v.is_undefined()) options.numeric_separator = to_boolean(v);
  return true;
}

std::optional<std::u16string> inspect_utf16(Vm& vm, Value value, const InspectOptions& options) {
  Inspector inspector(vm, options);
  std::u16string text = inspector.format_value(value, 0);
  if (inspector.threw()) return std::nullopt;
  return text;
}

std::optional<std::string> inspect(Vm& vm, Value value, const InspectOptions& options) {
  auto text = inspect_utf16(vm, value, options);
  if (!text) return std::nullopt;
  return utf16_to_utf8(*text);
}

}  // namespace looplab::js
