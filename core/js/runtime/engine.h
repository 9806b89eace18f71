// The engine facade: one per simulated JavaScript thread (its heap, realm and VM), and the bridge
// to the runtime model (core/node/js_job.h).
//
//   Engine engine;
//   engine.realm().define_global("print", Value(engine.vm().new_native("print", 0, my_print, true)));
//   CompileResult compiled = engine.compile(source, "/app/main.js");
//   if (compiled.error) { ...compiled.error->formatted... }
//   process.start(engine.main(*compiled.script));
//
// A CallbackRef made by the engine holds its values through Persistent roots: the Engine must
// outlive every CallbackRef it made (destroy the NodeProcess first).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/js/runtime/compile_cache.h"
#include "core/js/runtime/heap.h"
#include "core/js/runtime/realm.h"
#include "core/js/vm/vm.h"
#include "core/node/js_job.h"

namespace looplab::js {

struct EngineOptions {
  std::int64_t instruction_cost_ps = 1000;   // picoseconds of CPU per executed instruction
  std::size_t max_heap_bytes = 1024u << 20;  // beyond: "JavaScript heap out of memory"
  std::size_t max_stack_depth = 10000;       // frames: beyond, RangeError "Maximum call stack size exceeded"
  // Runaway guard: a callback that executes more instructions than this without returning is
  // stopped and the run ends with a diagnosis (0.5 s of simulated CPU at the default cost; a few
  // seconds of real time). A knob: a lesson with a longer blocking loop raises it.
  std::uint64_t max_instructions_per_callback = 500'000'000;
  friend bool operator==(const EngineOptions&, const EngineOptions&) = default;
};

// A compiled script (top-level code), ready to run with Engine::main.
struct Script {
  Persistent function;  // the top-level code as a function of no arguments
  std::string filename;
};

struct CompileResult {
  std::shared_ptr<Script> script;
  std::optional<CompileError> error;
};

// HostPromiseRejectionTracker (27.2.1.9): kReject when a promise is rejected with no handler,
// kHandle when a handler is added to a promise that was rejected unhandled.
enum class RejectionOperation : std::uint8_t { kReject, kHandle };
using RejectionTracker = std::function<void(PromiseObject* promise, RejectionOperation op)>;

// A callback's name for the trace and the UI: "name (line N)", "anonymous (line N)" or
// "arrow function (line N)" for code, the name for natives.
std::string describe_function(Value fn);

class Engine {
 public:
  explicit Engine(EngineOptions options = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  const EngineOptions& options() const { return m_options; }
  Heap& heap() { return m_heap; }
  Realm& realm() { return *m_realm; }
  Vm& vm() { return *m_vm; }

  // Parses and compiles a script (CommonJS body: top-level `return` allowed).
  CompileResult compile(std::string source, std::string filename);

  // The main module as a runtime callback (label "main script"): the script function is called
  // with (exports, require, module, __filename, __dirname) and this = exports. The first form
  // makes a fresh module and exports object and passes undefined for require (the bindings use
  // the second form with their own values).
  node::CallbackRef main(const Script& script);
  node::CallbackRef main(const Script& script, std::vector<Value> args);
  // "call fn with this_value and args" as a runtime callback (timers, ticks, listeners).
  node::CallbackRef make_callable(Value fn, Value this_value, std::vector<Value> args, std::string label);

  // Queues a microtask on the host of the current run; outside a run (C++ calling vm.call
  // directly), on a local queue that take_local_microtasks() hands over.
  void queue_microtask(node::CallbackRef callback);
  std::vector<node::CallbackRef> take_local_microtasks() { return std::exchange(m_local_microtasks, {}); }

  void set_rejection_tracker(RejectionTracker tracker) { m_rejection_tracker = std::move(tracker); }
  const RejectionTracker& rejection_tracker() const { return m_rejection_tracker; }

  // How node prints an uncaught exception value: the stack for errors, "Uncaught 'x'"-style text
  // for other values (see the implementation for the exact forms).
  std::string describe_uncaught(Value exception);
  // Formats the value part (after the header) of an uncaught exception; the bindings plug in
  // util.inspect here ("\n" + stack for errors is the default).
  void set_uncaught_formatter(std::function<std::string(Value)> f) { m_uncaught_formatter = std::move(f); }

  // Source ranges of code the runtime runs (the trace's source slot): id -> range.
  struct SourceInfo {
    std::string file;
    std::uint32_t start = 0, end = 0, line = 0, column = 0;
  };
  std::uint32_t register_source(SourceInfo info);
  const std::vector<SourceInfo>& sources() const { return m_sources; }

  // CPU accounting: instructions executed, and their cost with the remainder carried.
  std::uint64_t instructions() const { return m_instructions; }
  void add_instructions(std::uint64_t n) { m_instructions += n; }
  std::uint64_t charged_instructions() const { return m_charged_instructions; }
  // Converts instructions executed since the last call into nanoseconds (remainder carried),
  // plus what natives charged since then.
  std::int64_t take_cost_ns();
  // A native that stands for work done by the thread (a Sync API, hashing a buffer) charges its
  // cost here; it is spent with the instructions around it.
  void charge_ns(std::int64_t ns) { m_charged_ns += ns; }
  // The CPU time of the running callback not yet handed to the runtime (what take_cost_ns would
  // return now). A clock read adds it to the host's time instead of yielding: the answer is the
  // time the callback has reached, exact unless other threads compete for the CPU meanwhile.
  std::int64_t pending_cost_ns() const {
    const auto n = static_cast<std::int64_t>(m_instructions - m_charged_instructions);
    return (n * m_options.instruction_cost_ps + m_cost_remainder_ps) / 1000 + m_charged_ns;
  }
  // Forgets the cost of what ran so far (the binding's set-up before the main script).
  void discard_cost() {
    m_charged_instructions = m_instructions;
    m_charged_ns = 0;
  }

  // process.exit(): unwinds every frame of the running callback at once (no catch or finally sees
  // it) and ends it with JsStep::exit_code set, so the runtime ends the process.
  void request_exit(int code);
  std::optional<int> take_exit_request() { return std::exchange(m_exit_code, std::nullopt); }

  // The value of the last exception a callback threw and nothing caught (for the binding's
  // process.emit('uncaughtException', error)).
  Value last_uncaught() const { return m_last_uncaught.get(); }
  void set_last_uncaught(Value value) { m_last_uncaught = Persistent(m_heap, value); }

  // Data the embedder (the Node binding) keeps with the engine and that lives as long as it.
  class Extension {
   public:
    virtual ~Extension() = default;
  };
  void set_extension(std::unique_ptr<Extension> extension) { m_extension = std::move(extension); }
  Extension* extension() const { return m_extension.get(); }

 private:
  CachedCompile compile_uncached(const std::string& source, const std::string& filename, Code*& code);

  EngineOptions m_options;
  Heap m_heap;
  std::unique_ptr<Vm> m_vm;
  std::unique_ptr<Realm> m_realm;
  RejectionTracker m_rejection_tracker;
  std::function<std::string(Value)> m_uncaught_formatter;
  std::vector<SourceInfo> m_sources;
  std::vector<node::CallbackRef> m_local_microtasks;
  std::uint64_t m_instructions = 0;
  std::uint64_t m_charged_instructions = 0;
  std::int64_t m_cost_remainder_ps = 0;
  std::int64_t m_charged_ns = 0;
  std::optional<int> m_exit_code;  // process.exit() under way
  Persistent m_last_uncaught;
  std::unique_ptr<Extension> m_extension;
};

}  // namespace looplab::js
