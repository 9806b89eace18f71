#include "core/binding/binding.h"

#include "core/js/vm/code.h"

namespace looplab::binding {

void install_node_globals(js::Engine& engine, const ScriptContext& context) {
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
