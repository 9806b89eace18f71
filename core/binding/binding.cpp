#include "core/binding/binding.h"

#include "core/base/version.h"
#include "core/js/inspect/inspect.h"
#include "core/js/vm/code.h"

namespace looplab::binding {

void install_node_globals(js::Engine& engine, const ScriptContext& context) {
  // An uncaught exception prints as node prints it: the value through util.inspect (an error's
  // stack and its extra properties), then node's version.
  engine.set_uncaught_formatter([&engine](js::Value exception) {
    js::Vm& vm = engine.vm();
    const bool is_error =
        exception.is_object() && exception.as_object()->object_class() == js::ObjectClass::kError;
    js::InspectOptions options;
    options.run_user_code = false;
    std::string text = exception.is_string() ? exception.as_string()->to_utf8()
                                             : js::inspect(vm, exception, options).value_or("[object]");
    if (is_error) text = "\n" + text;
    if (!exception.is_object())
      text += "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)";
    return text + "\n\nNode.js v" + simulated_node_release();
  });
  install_console(engine);
  install_timers(engine);
  install_process(engine, context);
}

std::string callback_label(js::Value fn, std::string_view fallback) {
  if (!fn.is_object() || !fn.as_object()->is_function()) return std::string(fallback);
  auto* function = static_cast<js::FunctionObject*>(fn.as_object());
  if (function->flavor() != js::FunctionFlavor::kClosure) {
    const std::string name = function->name_utf8();
    return name.empty() ? std::string(fallback) : name;
  }
  const js::Code* code = static_cast<js::ClosureFunction*>(function)->code();
  const std::string name = code->name.empty() ? std::string("anonymous") : code->name;
  return name + " (line " + std::to_string(code->range.line) + ")";
}

}  // namespace looplab::binding
