// A suspended async function: its promise, and while it waits for an `await`, its whole frame
// (registers, operand stack, try handlers) moved off the VM stack.
//
// An async call creates the state and runs the body on the caller's stack until the first
// `await`. There the frame is saved here and popped (the caller receives the promise), and the
// awaited promise gets a reaction whose handler is this state. The reaction job (a microtask)
// restores the frame as an entry frame with the awaited value pushed, or the reason thrown, and
// runs it to its next await or its end, where the promise is resolved or rejected.
#pragma once

#include <vector>

#include "core/js/vm/interpreter.h"

namespace looplab::js {

class AsyncFunctionState final : public Object {
 public:
  explicit AsyncFunctionState(PromiseObject* promise)
      : Object(nullptr, ObjectClass::kAsyncFunctionState), m_promise(promise) {}
  static AsyncFunctionState* create(Vm& vm);

  PromiseObject* promise() const { return m_promise; }
  // Moves the interpreter's top frame here (its pc already past the await).
  void save(Interpreter& interpreter);
  // Pushes the saved frame back as an entry frame, resuming with `value` (or throwing it).
  bool restore(Interpreter& interpreter, Value value, bool is_throw);

  void trace(Tracer& t) override;
  std::size_t byte_size() const override {
    return sizeof(AsyncFunctionState) + m_values.capacity() * sizeof(Value) +
           m_handlers.capacity() * sizeof(Handler);
  }

 private:
  PromiseObject* m_promise;
  Frame m_frame;
  std::vector<Value> m_values;      // registers then operands
  std::vector<Handler> m_handlers;  // stack heights relative to the frame base
  bool m_saved = false;
};

}  // namespace looplab::js
