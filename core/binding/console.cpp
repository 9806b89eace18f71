// console: log/info/debug write to stdout, error/warn to stderr, one line per call (a string
// with newlines becomes several output lines), formatted as node's util.format does.
#include "core/binding/binding.h"
#include "core/binding/binding_state.h"
#include "core/js/inspect/format.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

Value write_to(Vm& vm, ArgList args, node::Stream stream) {
  const std::optional<std::string> formatted = js::format_log_args(vm, args);
  if (!formatted) return Value::exception();  // a toString or Symbol.toPrimitive threw
  const std::string& text = *formatted;
  const std::string indent(static_cast<std::size_t>(state(vm).console_indent), ' ');
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    const std::string_view line =
        std::string_view(text).substr(start, end == std::string::npos ? end : end - start);
    if (indent.empty()) {
      vm.host()->write(stream, line);
    } else {
      vm.host()->write(stream, indent + std::string(line));
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return Value::undefined();
}

Value log(Vm& vm, Value, ArgList args) {
  return write_to(vm, args, node::Stream::kStdout);
}
Value error(Vm& vm, Value, ArgList args) {
  return write_to(vm, args, node::Stream::kStderr);
}

}  // namespace

void install_console(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* console = vm.new_object();
  struct Method {
    std::string_view name;
    js::NativeFn fn;
  };
  for (const Method& method : {Method{"log", log}, Method{"info", log}, Method{"debug", log},
                               Method{"error", error}, Method{"warn", error}}) {
    // Host calls: each line is written at its moment of the callback.
    console->define(vm.key(method.name), Value(vm.new_native(method.name, 0, method.fn, true)),
                    js::kDefaultAttrs);
  }
  engine.realm().define_global("console", Value(console));
}

}  // namespace looplab::binding
