// How the runtime runs JavaScript without knowing which engine produces it.
//
// A JS thread alternates between two things: asking the running callback to go on, and letting the
// CPU cost of what the callback did play out on the machine (shared with every other thread). So a
// callback in progress is a JsJob whose resume() performs the host calls that happen *now* —
// console.log, setTimeout, ... each at the right virtual time — and returns the CPU cost of the code
// up to its next host call. The runtime turns that cost into a burst on the machine and calls
// resume() again when the burst is done.
//
// The engine (core/js, a later part) will implement JsJob with a VM that can stop at any host call.
// Tests drive the runtime with scripted C++ callbacks (script.h).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/node/diagnostics.h"
#include "core/sim/duration.h"

namespace looplab::node {

class JsHost;

struct JsStep {
  Nanos cost = 0;      // CPU work from this resume to the next host call (or to the end)
  bool done = false;   // after `cost`, the callback returns ...
  bool threw = false;  // ... by throwing: an exception nothing in the script caught
  std::string error;   // how Node prints it ("Error: boom" plus the stack, from the engine)
  // Non-empty: the engine's runaway guard stopped the callback ("ran more than N instructions
  // without returning"); the runtime ends the run with this as its diagnosis.
  std::string stop;
  // Set: the callback called process.exit(code); the process ends now with this code (its 'exit'
  // listeners have already run, inside the callback, as node runs them).
  std::optional<int> exit_code;
};

class JsJob {
 public:
  virtual ~JsJob() = default;
  virtual JsStep resume(JsHost& host) = 0;
};

// Something the runtime will call later: the main script, a timer's or an immediate's callback, a
// tick, a microtask.
class JsCallable {
 public:
  virtual ~JsCallable() = default;
  virtual std::unique_ptr<JsJob> start() const = 0;
  virtual const std::string& label() const = 0;  // for the trace: "timeout A", "main script"
  // The trace's source slot: the engine's id of the code range this callback runs (0: none).
  virtual std::uint32_t source() const { return 0; }
};

using CallbackRef = std::shared_ptr<const JsCallable>;

using TimerId = std::uint64_t;  // see TimerLists: index and generation
using ImmediateId = std::uint32_t;
using HandleId = std::uint32_t;

enum class Stream : std::uint8_t { kStdout, kStderr };

// A request for the thread pool (fs, dns.lookup, async crypto, zlib): what it costs there.
struct PoolWork {
  std::string label;        // "fs.readFile", "crypto.pbkdf2", ...
  Nanos latency = 0;        // blocked in a syscall (disk, network): no CPU
  Nanos cpu = 0;            // computing, on the pool thread
  bool slow_io = false;     // counts against the slow-I/O limit (dns.lookup's getaddrinfo)
  std::uint64_t token = 0;  // set by the runtime
};

// What a running callback can ask of its process: the Node API surface as the runtime sees it.
class JsHost {
 public:
  // process.hrtime() in nanoseconds: the virtual time, as this process's clock reads it.
  virtual Nanos hrtime() const = 0;

  virtual void write(Stream stream, std::string_view line) = 0;

  // setTimeout / setInterval. `delay_ms` follows Node's rules (NaN, < 1 or > 2^31-1 become 1).
  virtual TimerId set_timer(CallbackRef callback, double delay_ms, bool repeat) = 0;
  virtual void clear_timer(TimerId timer) = 0;
  virtual void set_timer_ref(TimerId timer, bool ref) = 0;
  virtual bool timer_has_ref(TimerId timer) const = 0;
  virtual void refresh_timer(TimerId timer) = 0;
  // The Timeout object is gone (collected): the id will not be used again. A timer keeps its
  // record until then, because refresh() can bring a timeout back after it fired.
  virtual void release_timer(TimerId timer) = 0;

  virtual ImmediateId set_immediate(CallbackRef callback) = 0;
  virtual void clear_immediate(ImmediateId immediate) = 0;
  // Immediate.ref()/unref()/hasRef(): an unref'd immediate does not keep the loop alive.
  virtual void set_immediate_ref(ImmediateId immediate, bool ref) = 0;
  virtual bool immediate_has_ref(ImmediateId immediate) const = 0;

  virtual void next_tick(CallbackRef callback) = 0;
  virtual void queue_microtask(CallbackRef callback) = 0;

  // Queues work on the process's thread pool; `on_done` runs on the JS thread, in the poll phase,
  // once the work is done. The request keeps the loop alive until then.
  virtual void submit_work(PoolWork work, CallbackRef on_done) = 0;

  // A socket (or other fd) that becomes readable `latency` from now: network I/O is not on the
  // thread pool; its readiness wakes poll, which runs `on_ready` there. Keeps the loop alive until
  // then, like an active, referenced handle.
  virtual void await_io(std::string label, Nanos latency, CallbackRef on_ready) = 0;

  // A libuv handle the bindings hold open: a listening server, a connected socket, a watcher.
  // While open and ref'd it keeps the loop alive. close_handle() is uv_close: from then on it no
  // longer keeps the loop alive, and `on_close` (may be null) runs in the close phase of the loop's
  // current iteration — after check, latest closed first, as uv__run_closing_handles walks them.
  virtual HandleId open_handle(std::string label) = 0;
  virtual void set_handle_ref(HandleId handle, bool ref) = 0;
  virtual void close_handle(HandleId handle, CallbackRef on_close) = 0;

  // process.on('beforeExit', listener): each time the loop runs out of work; work it schedules
  // starts the loop again.
  virtual void add_before_exit_listener(CallbackRef listener) = 0;

  // process.on('exit', listener).
  virtual void add_exit_listener(CallbackRef listener) = 0;

  // process.on('uncaughtException', listener), and the error the listeners are being called for.
  virtual void add_uncaught_exception_listener(CallbackRef listener) = 0;
  virtual const std::string& current_error() const = 0;

  // Takes a listener added by one of the three add_*_listener calls off its list again.
  virtual void remove_process_listener(const CallbackRef& listener) = 0;

  // process.exitCode as the runtime will report it, and process._exiting = true (process.exit()
  // sets it before emitting 'exit': from then on nextTick does nothing).
  virtual void set_exit_code(int code) = 0;
  virtual int current_exit_code() const = 0;
  virtual void begin_exit() = 0;

  // Node-level facts scripts can read, on the hrtime() clock: when the process started (for
  // process.uptime()), the CPU time its JS thread has used so far (process.cpuUsage()), and the
  // loop's idle time and start (-1 before it starts; performance.eventLoopUtilization()).
  virtual Nanos started_at() const = 0;
  virtual Nanos cpu_time() const = 0;
  virtual Nanos idle_time() const = 0;
  virtual Nanos loop_started_at() const = 0;

  // perf_hooks.monitorEventLoopDelay({ resolution }): enable(), disable(), and the histogram.
  virtual void monitor_event_loop_delay(std::int64_t resolution_ms) = 0;
  virtual void stop_monitoring_event_loop_delay() = 0;
  virtual EventLoopDelay current_event_loop_delay() const = 0;

 protected:
  ~JsHost() = default;
};

}  // namespace looplab::node
