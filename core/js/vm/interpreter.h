// The interpreter: explicit frames on a value stack, one dispatch loop, no C++ recursion for
// JavaScript-to-JavaScript calls.
//
// Stack layout of a call: [callee, this, arg0 .. argN-1] is what the caller pushes; the callee's
// frame takes the arguments in place as its first registers, then its other registers, then its
// operand stack:
//
//   ... | callee | this | r0 (=arg0) ... r[param_count-1] | r[..register_count-1] | operands ... |
//                        ^ frame.base                                             ^ operand base
//
// A frame is an *entry* frame when C++ started it (Vm::call, a job): returning from it leaves the
// dispatch loop. An `await` moves its async function's frame (registers, operands, handlers) into
// the function's AsyncFunctionState object and leaves the loop frame-wise; a microtask moves it
// back (async_function.cpp).
//
// Host calls and GC happen only in the outermost run (run depth 1): a nested run (Vm::call from a
// native) calls host natives at once and never collects.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

#include "core/js/vm/code.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

struct Handler {
  std::uint32_t catch_pc;
  std::uint32_t stack_height;  // operand stack height (absolute index) to restore
  Environment* env;
};

struct Frame {
  Code* code = nullptr;
  ClosureFunction* function = nullptr;  // null for native pseudo-frames
  std::uint32_t pc = 0;
  std::uint32_t base = 0;          // index of register 0 in the value stack
  std::uint32_t sp = 0;            // saved operand stack top (absolute index) while not running
  std::uint32_t handler_base = 0;  // first handler of this frame in the handler stack
  std::uint32_t argc = 0;
  Environment* env = nullptr;
  Value this_value;
  Value new_target;
  Value arguments;                // all arguments as an array (when the code needs them)
  Value arguments_object;         // the sloppy-mode arguments object, mapped to the parameters
  Object* async_state = nullptr;  // AsyncFunctionState for async functions
  bool is_entry = false;
  bool is_construct = false;
  bool discard_result = false;  // the caller does not want the return value (field initialisers)
};

class AsyncFunctionState;

enum class RunStatus : std::uint8_t { kDone, kThrew, kYield };

class Interpreter {
 public:
  Interpreter(Vm& vm, Engine& engine);
  ~Interpreter();

  // Runs the frames pushed since `entry_depth` to the completion of the entry frame.
  // kYield (only when `may_yield`): stopped before a host call with cost pending; call run again.
  RunStatus run(std::size_t entry_depth, bool may_yield, Value& result);

  // Pushes a call of `fn` as an entry frame (closures) or calls it at once (natives, bound).
  // Returns true when a frame was pushed (then run() must follow); false when the call is already
  // complete, with `result` set (exception: result is Value::exception()).
  bool start_call(Value fn, Value this_value, ArgList args, Value new_target, bool construct, Value& result);

  // Resumes a suspended async function with the awaited value (or throws it into it) as an entry
  // frame: run() must follow.
  void resume_async(AsyncFunctionState* state, Value value, bool is_throw);

  std::size_t depth() const { return m_frames.size(); }
  std::size_t run_depth() const { return m_run_depth; }
  const std::vector<Frame>& frames() const { return m_frames; }
  std::vector<StackFrameInfo> stack_trace(std::size_t max_frames) const;
  // The source position of the innermost frame's current instruction.
  Vm::ThrowSite current_site() const;
  // The innermost script position (no source line: cheap, for every error made).
  ErrorObject::Origin current_origin() const;

  void trace(Tracer& t);

  // Runaway guard. A callback whose run passes `limit` (a count of the engine's executed
  // instructions) is terminated: an exception no `catch` or `finally` sees unwinds every frame,
  // nested runs included, and run() returns kThrew with terminated() set. The job that set the
  // limit reports it and clears it.
  void set_instruction_limit(std::uint64_t limit) { m_instruction_limit = limit; }
  bool terminated() const { return m_terminating; }
  void clear_termination() { m_terminating = false; }
  // Terminates the running callback now (process.exit): the caller then returns an exception.
  void terminate() { m_terminating = true; }

  // A run that may yield does so at a loop's back edge after this many instructions, so that the
  // runtime sees a long callback's time pass (and its guards can act) even without host calls.
  static constexpr std::uint64_t kSliceInstructions = 1'000'000;

 private:
  friend class AsyncFunctionState;
  enum class CallOutcome : std::uint8_t { kPushed, kDone, kThrew, kYield };
  CallOutcome call_value(std::uint32_t callee_index, std::uint32_t argc, bool construct, Value new_target,
                         bool may_yield);
  bool push_closure_frame(ClosureFunction* fn, std::uint32_t callee_index, std::uint32_t argc,
                          Value this_value, Value new_target, bool construct);
  bool check_stack(std::size_t extra);

  Vm& m_vm;
  Engine& m_engine;
  // The value stack: 1M slots (8 MB) from malloc, not zeroed: a slot is written before it is read
  // (everything below m_sp), and zeroing 8 MB cost more than a whole small run once the allocator
  // began reusing the previous engine's block (calloc must clear reused memory; in wasm, always).
  struct FreeStack {
    void operator()(Value* stack) const { std::free(stack); }
  };
  std::unique_ptr<Value[], FreeStack> m_stack;
  std::uint32_t m_stack_size;
  std::uint32_t m_sp = 0;  // next free slot
  std::vector<Frame> m_frames;
  std::vector<Handler> m_handlers;
  std::size_t m_run_depth = 0;
  std::size_t m_root_id = 0;
  bool m_resuming_host_call = false;  // the next host call was yielded for: make it now
  bool m_pending_throw = false;       // run() starts by throwing the pending exception
  bool m_terminating = false;         // the runaway guard fired: unwind everything
  std::uint64_t m_instruction_limit = UINT64_MAX;
};

}  // namespace looplab::js
