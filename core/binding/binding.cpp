#include "core/binding/binding.h"

#include "core/base/version.h"
#include "core/js/inspect/inspect.h"

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

}  // namespace looplab::binding
