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
  m_charged_instructions = m_instructions;  // the prelude's work is not the script's
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
  return ps / 1000 + std::exchange(m_charged_ns, 0);
}

void Engine::request_exit(int code) {
  m_exit_code = code;
  m_vm->interpreter().terminate();
}

std::string Engine::describe_uncaught(Value exception) {
  // node: "file:line\n<source line>\n<caret>\n" then, for errors, a blank line and the stack;
  // for other values, the value, and for primitives the --trace-uncaught hint.
  Vm& vm = *m_vm;
  const Vm::ThrowSite& site = vm.throw_site();
  std::string header;
  if (!site.file.empty()) {
    header = site.file + ":" + std::to_string(site.line) + "\n" + site.source_line + "\n" +
             std::string(site.column > 0 ? site.column - 1 : 0, ' ') + "^\n";
  }
  if (m_uncaught_formatter) return header + m_uncaught_formatter(exception);
  if (exception.is_object() && exception.as_object()->object_class() == ObjectClass::kError) {
    auto d = exception.as_object()->find_property(vm.key("stack"));
    if (d && !d->is_accessor() && d->value.is_string())
      return header + "\n" + d->value.as_string()->to_utf8();
  }
  if (exception.is_object()) return header + "[object Object]";
  std::string text = exception.is_symbol() ? exception.as_symbol()->descriptive_string()
                                           : primitive_to_string(vm, exception)->to_utf8();
  return header + text + "\n(Use `node --trace-uncaught ...` to show where the exception was thrown)";
}

}  // namespace looplab::js
