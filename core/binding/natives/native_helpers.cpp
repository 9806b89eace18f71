#include "core/binding/natives/native_helpers.h"

#include "core/base/check.h"

namespace looplab::binding {

BindingState& state(js::Engine& engine) {
  auto* extension = static_cast<BindingState*>(engine.extension());
  LOOPLAB_CHECK(extension != nullptr, "the Node binding is not installed on this engine");
  return *extension;
}

BindingState& state(js::Vm& vm) {
  return state(vm.engine());
}

void charge(js::Vm& vm, Nanos cost) {
  vm.engine().charge_ns(cost);
}

void submit_pool_work(js::Vm& vm, node::PoolWork work, js::Value callback, std::vector<js::Value> args) {
  std::string label = work.label + " -> " + js::describe_function(callback);
  vm.host()->submit_work(std::move(work),
                         vm.engine().make_callable(callback, js::Value::undefined(), std::move(args), label));
}

void await_network(js::Vm& vm, std::string label, Nanos latency, js::Value callback,
                   std::vector<js::Value> args) {
  std::string callback_label = label + " -> " + js::describe_function(callback);
  vm.host()->await_io(std::move(label), latency,
                      vm.engine().make_callable(callback, js::Value::undefined(), std::move(args),
                                                std::move(callback_label)));
}

}  // namespace looplab::binding
