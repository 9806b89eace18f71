// util.inspect's entry points (see inspect.h): the public functions, the options object, and
// util.inspect as a native. The work is done by the Inspector (inspector.h).
#include "core/js/inspect/inspect.h"

#include <cmath>

#include "core/js/inspect/inspector.h"
#include "core/js/runtime/conversions.h"

namespace looplab::js {

using inspect_detail::custom_inspect_symbol;
using inspect_detail::Inspector;
using inspect_detail::make_inspect_function;

// The names node's builtInObjects holds: the globals named like constructors when node starts.
bool is_builtin_constructor_name(const std::u16string& name) {
  static const std::u16string kNames =
      u" Object Function Array Number Infinity NaN Boolean String Symbol Date Promise RegExp Error"
      u" AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError JSON Math Intl"
      u" ArrayBuffer Uint8Array Int8Array Uint16Array Int16Array Uint32Array Int32Array Float32Array"
      u" Float64Array Uint8ClampedArray BigUint64Array BigInt64Array DataView Map BigInt Set WeakMap"
      u" WeakSet Proxy Reflect FinalizationRegistry WeakRef SharedArrayBuffer Atomics WebAssembly ";
  return !name.empty() && name.find(u' ') == std::u16string::npos &&
         kNames.find(u" " + name + u" ") != std::u16string::npos;
}

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

namespace inspect_detail {

Value make_inspect_function(Vm& vm) {
  NativeFunction* fn = vm.new_native("inspect", 2, util_inspect_native);
  if (Symbol* custom = custom_inspect_symbol(vm.realm())) fn->define(vm.key("custom"), Value(custom));
  return Value(fn);
}

}  // namespace inspect_detail

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
    options.getters = g == u"get"   ? InspectOptions::Getters::kGetOnly
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
