// Saving and restoring an async function's frame across an await.
#include "core/js/vm/async_function.h"

#include "core/js/runtime/promise.h"

namespace looplab::js {

AsyncFunctionState* AsyncFunctionState::create(Vm& vm) {
  return vm.heap().make<AsyncFunctionState>(new_promise(vm));
}

void AsyncFunctionState::save(Interpreter& in) {
  const Frame& f = in.m_frames.back();
  m_frame = f;
  m_values.assign(&in.m_stack[f.base], &in.m_stack[in.m_sp]);
  m_handlers.clear();
  for (std::size_t i = f.handler_base; i < in.m_handlers.size(); ++i) {
    Handler h = in.m_handlers[i];
    h.stack_height -= f.base;
    m_handlers.push_back(h);
  }
  m_saved = true;
}

bool AsyncFunctionState::restore(Interpreter& in, Value value, bool is_throw) {
  if (!m_saved) return false;
  if (!in.check_stack(m_values.size() + 3)) return false;
  std::uint32_t ci = in.m_sp;
  in.m_stack[ci] = Value(static_cast<Object*>(m_frame.function));
  in.m_stack[ci + 1] = m_frame.this_value;
  std::uint32_t base = ci + 2;
  for (std::size_t i = 0; i < m_values.size(); ++i) in.m_stack[base + i] = m_values[i];
  in.m_sp = base + static_cast<std::uint32_t>(m_values.size());
  Frame frame = m_frame;
  frame.base = base;
  frame.handler_base = static_cast<std::uint32_t>(in.m_handlers.size());
  frame.is_entry = true;
  frame.discard_result = false;
  for (Handler h : m_handlers) {
    h.stack_height += base;
    in.m_handlers.push_back(h);
  }
  in.m_frames.push_back(frame);
  m_values.clear();
  m_handlers.clear();
  m_saved = false;
  if (is_throw) {
    in.m_vm.throw_value(value);
    in.m_pending_throw = true;
  } else {
    in.m_stack[in.m_sp++] = value;
  }
  return true;
}

void AsyncFunctionState::trace(Tracer& t) {
  Object::trace(t);
  t.visit(m_promise);
  t.visit(m_frame.code);
  t.visit(m_frame.function);
  t.visit(m_frame.env);
  t.visit(m_frame.this_value);
  t.visit(m_frame.new_target);
  t.visit(m_frame.arguments);
  t.visit(m_frame.arguments_object);
  t.visit(m_frame.async_state);
  t.visit_all(m_values);
  for (const Handler& h : m_handlers) t.visit(h.env);
}

}  // namespace looplab::js
