// The engine facade: owns heap, VM and realm; turns scripts and functions into runtime callbacks.
#include "core/js/runtime/engine.h"

#include "core/js/runtime/conversions.h"
#include "core/js/vm/interpreter.h"

namespace looplab::js {

Engine::Engine(EngineOptions options) : m_options(options) {
  m_vm = std::make_unique<Vm>(m_heap, *this);
  m_realm = std::make_unique<Realm>(m_heap, *m_vm);
  std::size_t id = m_heap.add_root_tracer([this](Tracer& t) { m_realm->trace(t); });
  (void)id;
  m_realm->initialize();
}

Engine::~Engine() = default;

std::uint32_t Engine::register_source(SourceInfo info) {
  m_sources.push_back(std::move(info));
  return static_cast<std::uint32_t>(m_sources.size());
}

std::int64_t Engine::take_cost_ns() {
  std::uint64_t n = m_instructions - m_charged_instructions;
  m_charged_instructions = m_instructions;
  std::int64_t ps = static_cast<std::int64_t>(n) * m_options.instruction_cost_ps + m_cost_remainder_ps;
  m_cost_remainder_ps = ps % 1000;
  return ps / 1000;
}

std::string Engine::describe_uncaught(Value exception) {
  Vm& vm = *m_vm;
  if (exception.is_object() && exception.as_object()->object_class() == ObjectClass::kError) {
    auto d = exception.as_object()->find_property(vm.key("stack"));
    if (d && !d->is_accessor() && d->value.is_string()) return d->value.as_string()->to_utf8();
  }
  if (exception.is_string()) return "Uncaught '" + exception.as_string()->to_utf8() + "'";
  if (exception.is_symbol()) return "Uncaught " + exception.as_symbol()->descriptive_string();
  if (exception.is_object()) {
    return "Uncaught [object Object]";
  }
  String* s = primitive_to_string(vm, exception);
  return "Uncaught " + s->to_utf8();
}

}  // namespace looplab::js
