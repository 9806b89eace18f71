// The natives of lib/util.js: util.inspect and util.format are the engine's (core/js/inspect),
// the same code console.log prints with.
#include <algorithm>

#include "core/binding/binding_state.h"
#include "core/binding/natives/natives.h"
#include "core/js/inspect/format.h"
#include "core/js/inspect/inspect.h"

namespace looplab::binding {

namespace {

// console.group's indentation, applied by the C++ console to every line it writes.
js::Value set_console_indent(js::Vm& vm, js::Value, js::ArgList args) {
  const double n = args[0].is_number() ? args[0].as_number() : 0;
  state(vm).console_indent = static_cast<int>(std::clamp(n, 0.0, 1000.0));
  return js::Value::undefined();
}

}  // namespace

js::Object* make_util_natives(js::Engine& engine) {
  js::Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  natives->define(vm.key("inspect"), js::make_util_inspect_function(vm), js::kDefaultAttrs);
  vm.define_method(natives, "format", js::util_format_native, 0);
  vm.define_method(natives, "setConsoleIndent", set_console_indent, 1);
  return natives;
}

}  // namespace looplab::binding
