// util.inspect: how node v20 prints a value (console.log of anything that is not a string).
//
//   std::optional<std::string> text = inspect(vm, value);          // util.inspect(value)
//   if (!text) return Value::exception();                            // user code it ran threw
//
// The rules are node's lib/internal/util/inspect.js, re-expressed here: the kind of the value
// decides its braces and prefix ("Map(2) {", "[Function: f]", "Foo [bar] {"), each own
// enumerable property becomes an entry, nested objects deeper than `depth` collapse to "[Object]",
// cycles print as "[Circular *1]" with "<ref *1>" on the target, and layout.h decides where lines
// break. Like node, inspection reads some properties with [[Get]] and so may run user code: the
// Symbol.toStringTag getter, constructor names, an error's name/message/stack, a
// [Symbol.for('nodejs.util.inspect.custom')] method. Property getters are never called unless
// `getters` is set. With `run_user_code` false nothing runs at all (accessors read as undefined),
// for displays outside of the program's execution.
#pragma once

#include <climits>
#include <optional>
#include <string>

#include "core/js/runtime/value.h"

namespace looplab::js {

class Vm;

struct InspectOptions {
  static constexpr int kUnlimited = INT_MAX;  // depth / maxArrayLength / maxStringLength: null or Infinity
  static constexpr int kCompactTrue = -1;     // compact: true (0 is compact: false)

  int depth = 2;
  bool colors = false;
  bool custom_inspect = true;
  bool show_hidden = false;
  int max_array_length = 100;
  int max_string_length = 10000;
  double break_length = 80;  // may be infinite
  int compact = 3;
  bool sorted = false;
  enum class Getters { kNo, kAll, kGetOnly, kSetOnly } getters = Getters::kNo;
  bool numeric_separator = false;
  // Looplab's own: false never runs JavaScript (for the UI): accessors and custom inspectors
  // are not called, constructor names come from data properties only.
  bool run_user_code = true;
};

// util.inspect(value, options). std::nullopt when user code run by the inspection threw: the
// exception is then pending on the vm.
std::optional<std::u16string> inspect_utf16(Vm& vm, Value value, const InspectOptions& options = {});
std::optional<std::string> inspect(Vm& vm, Value value, const InspectOptions& options = {});

// util.inspect as a native function (value, options | showHidden, depth, colors), with `custom`
// set to Symbol.for('nodejs.util.inspect.custom') (registering it), for the `util` module.
Value util_inspect_native(Vm& vm, Value this_value, ArgList args);
Value make_util_inspect_function(Vm& vm);

// Whether a constructor name is one of the built-in globals (node's builtInObjects: Object,
// Array, Map, Error, ...), as util.format's %s and showHidden's prototype walk need.
bool is_builtin_constructor_name(const std::u16string& name);

// Reads util.inspect's options object (own properties depth, colors, showHidden, breakLength,
// compact, ...) into `options`; false when a getter threw.
bool read_inspect_options(Vm& vm, Value options_object, InspectOptions& options);

}  // namespace looplab::js
