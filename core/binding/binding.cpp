// Installs the Node API on an engine: the C++ globals (console, timers, process), the binding's
// state, the tracker of unhandled rejections, then lib/internal/bootstrap.js, which finishes the
// job in JavaScript (process as an EventEmitter, exit, lazy globals, the main module's require).
#include "core/binding/binding.h"

#include "core/base/version.h"
#include "core/binding/binding_state.h"
#include "core/binding/modules.h"
#include "core/js/inspect/inspect.h"

namespace looplab::binding {

namespace {

using js::Value;

// How node prints an uncaught exception: the value through util.inspect (an error's stack and
// extra properties), then node's version.
void set_uncaught_formatter(js::Engine& engine) {
  engine.set_uncaught_formatter([&engine](Value exception) {
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
}

// HostPromiseRejectionTracker: node's unhandledRejection bookkeeping (lib/internal/process/
// promises.js): a rejection with no handler is remembered in order; a handler added before the
// report takes it off again.
void track_rejections(js::Engine& engine) {
  engine.set_rejection_tracker([&engine](js::PromiseObject* promise, js::RejectionOperation operation) {
    BindingState& s = state(engine);
    if (operation == js::RejectionOperation::kReject) {
      const std::uint64_t id = s.next_rejection++;
      s.unhandled[promise] = id;
      s.pending_rejections.push_back({js::Persistent(engine.heap(), Value(promise)), id});
    } else {
      s.unhandled.erase(promise);
    }
  });
}

Value internals_get(js::Engine& engine, std::string_view name) {
  const Value internals = state(engine).internals.get();
  if (!internals.is_object()) return Value::undefined();
  auto slot = internals.as_object()->get_own_property(engine.vm().key(name));
  return slot ? slot->value : Value::undefined();
}

}  // namespace

void install_node_globals(js::Engine& engine, const ScriptContext& context) {
  auto binding_state = std::make_unique<BindingState>();
  binding_state->script = context;
  engine.set_extension(std::move(binding_state));
  set_uncaught_formatter(engine);
  track_rejections(engine);
  install_console(engine);
  install_timers(engine);
  install_process(engine, context);

  js::Vm& vm = engine.vm();
  const Value internals = load_library_module(vm, "internal/bootstrap");
  if (internals.is_exception()) {
    const Value error = vm.take_exception();
    js::InspectOptions options;
    options.run_user_code = false;
    state(engine).bootstrap_error =
        "the Node binding failed to start: " + js::inspect(vm, error, options).value_or("(an exception)");
  } else {
    state(engine).internals = js::Persistent(engine.heap(), internals);
  }
  // The set-up is node's own start-up, not the script's time.
  engine.discard_cost();
}

const std::string& bootstrap_error(js::Engine& engine) {
  return state(engine).bootstrap_error;
}

std::vector<Value> main_module_arguments(js::Engine& engine) {
  js::Vm& vm = engine.vm();
  const Value make = internals_get(engine, "mainModuleArguments");
  if (!js::Vm::is_callable(make)) return {};
  const Value array = vm.call(make, Value::undefined(), {});
  engine.discard_cost();
  if (array.is_exception() || !array.is_object()) {
    if (vm.has_exception()) vm.take_exception();
    return {};
  }
  std::vector<Value> arguments;
  for (int i = 0; i < 5; ++i) arguments.push_back(vm.get(array, vm.key(std::to_string(i))));
  return arguments;
}

std::function<node::CallbackRef()> unhandled_rejections(js::Engine& engine) {
  return [&engine]() -> node::CallbackRef {
    BindingState& s = state(engine);
    while (!s.pending_rejections.empty()) {
      BindingState::Rejection rejection = std::move(s.pending_rejections.front());
      s.pending_rejections.pop_front();
      auto* promise = static_cast<js::PromiseObject*>(rejection.promise.get().as_object());
      auto found = s.unhandled.find(promise);
      if (found == s.unhandled.end() || found->second != rejection.id) continue;  // handled since
      s.unhandled.erase(found);
      const Value report = internals_get(engine, "reportRejection");
      if (!js::Vm::is_callable(report)) return nullptr;
      return engine.make_callable(report, Value::undefined(), {Value(promise), promise->result()},
                                  "unhandled rejection");
    }
    return nullptr;
  };
}

}  // namespace looplab::binding
