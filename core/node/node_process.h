// One simulated Node.js process: its JS thread, its libuv loop and Node's task queues.
//
// The JS thread runs one callback at a time. A callback's CPU cost plays out on the shared Machine
// (so it slows down when other threads compete for cores), and its host calls happen at the virtual
// time they are reached (see js_job.h). Between callbacks, the loop moves through its phases the way
// libuv's uv_run (src/unix/core.c, v1.46) and Node's timers.js / task_queues.js / env.cc do; the
// phase order lives in next_action(), which reads top to bottom like uv_run.
//
// Nothing here is global: a machine can hold several processes, each with its own loop.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/node/diagnostics.h"
#include "core/node/js_job.h"
#include "core/node/pool_requests.h"
#include "core/node/thread_pool.h"
#include "core/node/timers.h"
#include "core/sim/machine.h"
#include "core/sim/simulation.h"
#include "core/trace/trace.h"

namespace looplab::node {

// Behaviour that changed between Node versions, for lessons that show the change.
enum class NodeBehaviour : std::uint8_t {
  kNode20,          // Node >= 11: ticks and microtasks drain between individual timers and immediates
  kNode10Batching,  // Node <= 10: they drain once per timer list, and once per check phase
};

// CPU costs the runtime itself adds around callbacks (the script's own work comes from its steps).
// Defaults measured with node v20.20.2 on the development machine (2 vCPUs, x86-64), as the time
// per link of long chains of empty callbacks (scheduling and running included), median of runs:
//   setImmediate chain, one loop iteration per link ..... 1.68-1.79 µs
//   process.nextTick chain .............................. 130-145 ns
//   Promise.resolve().then chain ........................ 66-75 ns
//   console.log('line ' + i) to a pipe .................. 5.5 µs
// They are knobs: a lesson may set a slower or faster machine.
struct Profile {
  Nanos callback_entry = 1'700;  // a macrotask: MakeCallback and the phase's bookkeeping around it
  Nanos tick_entry = 140;        // one process.nextTick callback
  Nanos microtask_entry = 70;    // one microtask / promise reaction
  Nanos write_line = 5'500;      // console.log of a short line to a pipe
  // From a completion's wake-up signal (uv_async_send, a socket becoming readable) to the loop
  // running poll's callbacks, when poll was blocked waiting: the kernel waking the thread. Every
  // completion signalled within that window runs in the same poll phase (uv__work_done takes the
  // whole queue). 0: the loop runs the first completion at once. --orders varies it.
  Nanos poll_wakeup = 15'000;
  PoolCosts pool;  // what thread-pool requests cost (pool_requests.h)

  friend bool operator==(const Profile&, const Profile&) = default;
};

struct ProcessOptions {
  std::string name = "main";
  NodeBehaviour behaviour = NodeBehaviour::kNode20;
  Profile profile;
  // hrtime of the process at virtual time 0. Its sub-millisecond part decides races that depend on
  // whether a millisecond boundary passes (setTimeout 0 vs setImmediate in the main module).
  Nanos clock_offset = 0;
  // libuv's thread pool size (UV_THREADPOOL_SIZE semantics, see ThreadPool::size_from_env).
  int threadpool_size = ThreadPool::kDefaultSize;
  // Guard: a single callback running longer than this stops the simulation with a diagnosis.
  Nanos max_callback = 10 * kNanosPerSecond;
  // CPU the process spends starting up before its main script runs (node's bootstrap).
  Nanos bootstrap = 0;
  // 0: pool jobs finish first-in-first-out; else their costs jitter and ties break, seeded
  // (ThreadPool), for exploring possible orders.
  std::uint64_t pool_tiebreak_seed = 0;
  // processPromiseRejections: once ticks and microtasks have drained, the runtime asks for the
  // next promise rejected with no handler; the callback reports it (emits 'unhandledRejection', or
  // throws it as an uncaught exception). Null or an empty result: nothing to report.
  std::function<CallbackRef()> next_unhandled_rejection;
};

struct OutputLine {
  Nanos time = 0;
  Stream stream = Stream::kStdout;
  std::string text;
};

class NodeProcess final : private Machine::Client,
                          private EventSink,
                          private ThreadPool::Owner,
                          public JsHost {
 public:
  NodeProcess(Simulation& simulation, Machine& machine, Trace& trace, ProcessOptions options = {});

  // Runs `main_script` as the main module, now, then the event loop until it has nothing left.
  void start(CallbackRef main_script);

  bool exited() const { return m_stage == Stage::kExited; }
  int exit_code() const { return m_exit_code; }
  const std::vector<OutputLine>& output() const { return m_output; }
  ThreadId thread() const { return m_thread; }
  const std::string& name() const { return m_options.name; }
  std::uint64_t callbacks_run() const { return m_callbacks_run; }

  // --- JsHost ---------------------------------------------------------------------------------
  Nanos hrtime() const override;
  void write(Stream stream, std::string_view line) override;
  TimerId set_timer(CallbackRef callback, double delay_ms, bool repeat) override;
  void clear_timer(TimerId timer) override;
  void set_timer_ref(TimerId timer, bool ref) override;
  bool timer_has_ref(TimerId timer) const override { return m_timers.has_ref(timer); }
  void refresh_timer(TimerId timer) override;
  void release_timer(TimerId timer) override { m_timers.release(timer); }
  ImmediateId set_immediate(CallbackRef callback) override;
  void clear_immediate(ImmediateId immediate) override;
  void set_immediate_ref(ImmediateId immediate, bool ref) override;
  bool immediate_has_ref(ImmediateId immediate) const override;
  void next_tick(CallbackRef callback) override;
  void queue_microtask(CallbackRef callback) override;
  void add_exit_listener(CallbackRef listener) override;
  void submit_work(PoolWork work, CallbackRef on_done) override;
  void await_io(std::string label, Nanos latency, CallbackRef on_ready) override;
  HandleId open_handle(std::string label) override;
  void set_handle_ref(HandleId handle, bool ref) override;
  void close_handle(HandleId handle, CallbackRef on_close) override;
  void add_uncaught_exception_listener(CallbackRef listener) override;
  void add_before_exit_listener(CallbackRef listener) override;
  void monitor_event_loop_delay(std::int64_t resolution_ms) override {
    enable_event_loop_delay(resolution_ms);
  }
  void stop_monitoring_event_loop_delay() override { disable_event_loop_delay(); }
  EventLoopDelay current_event_loop_delay() const override { return event_loop_delay(); }
  const std::string& current_error() const override { return m_current_error; }
  void remove_process_listener(const CallbackRef& listener) override;
  void set_exit_code(int code) override { m_exit_code = code; }
  int current_exit_code() const override { return m_exit_code; }
  void begin_exit() override { m_exiting = true; }
  Nanos started_at() const override { return m_started_at + m_options.clock_offset; }
  Nanos cpu_time() const override { return m_cpu_time; }
  Nanos idle_time() const override { return m_idle; }
  Nanos loop_started_at() const override {
    return m_loop_ever_started ? m_loop_started + m_options.clock_offset : -1;
  }

  const ThreadPool& thread_pool() const { return m_pool; }

  // perf_hooks.monitorEventLoopDelay({ resolution }).enable() / .disable() and its figures.
  void enable_event_loop_delay(std::int64_t resolution_ms);
  void disable_event_loop_delay();
  EventLoopDelay event_loop_delay() const { return summarize_delays(m_eld.samples); }
  // performance.eventLoopUtilization() since the loop started.
  EventLoopUtilization event_loop_utilization() const;

 private:
  // Where the JS thread is in its program (main script, then uv_run's phases, then exit).
  enum class Stage : std::uint8_t {
    kNotStarted,
    kMainScript,       // run the main module
    kMainDrain,        // processTicksAndRejections after it
    kLoopStart,        // uv_run: update time, run due timers once before the first iteration
    kIterationStart,   // top of the while loop
    kPoll,             // compute the timeout, then wait (or not)
    kPollWaiting,      // blocked until the wake-up event or a completed request
    kPollRun,          // run the callbacks of completed pool requests
    kCheck,            // setImmediate callbacks (processImmediate), then its callback scope closes
    kCheckEnd,         // the check phase is over (after that drain)
    kClose,            // close callbacks (uv__run_closing_handles), then update time and run timers
    kTimers,           // RunTimers -> processTimers(now), then its callback scope closes
    kIterationEnd,     // loop alive?
    kBeforeExit,       // process.emit('beforeExit'), then its callback scope drains
    kAfterBeforeExit,  // alive again? then uv_run once more, else exit
    kExitListeners,    // process.emit('exit')
    kExitDrain,        // its callback scope closes: microtasks still run, ticks are dropped
    kCrash,            // an uncaught exception, no listener: 'exit' with code 1, then the error
    kExited,
  };

  enum class JobKind : std::uint8_t { kMacrotask, kTick, kMicrotask };

  struct Immediate {
    CallbackRef callback;
    bool ref = true;
  };

  // Machine::Client / EventSink
  void on_burst_done(ThreadId thread) override;
  void on_event(std::uint64_t data) override;
  void on_work_done(std::uint64_t token) override;
  void start_poll_run();

  // The JS thread's driver: runs jobs and stages until it has to wait for the CPU or for poll.
  void advance();
  bool next_action();  // starts a job or moves the stage on; false when the thread must wait
  void begin_job(const CallbackRef& callback, JobKind kind);
  bool step_job();  // true when the job finished without waiting
  void finish_job();
  void finish_timer();  // listOnTimeout's finally for the running timer
  void end_job_with_throw(std::string error);
  bool drain_step();  // processTicksAndRejections: starts the next tick/microtask; false when empty

  void update_time();        // uv__update_time: the loop's cached millisecond clock
  std::int64_t libuv_now();  // getLibuvNow(): updates, then reads
  bool loop_alive() const;
  void phase(const char* name);  // enters a phase (ending the one before, if still open)
  void end_phase();
  void stop_with(std::string diagnosis);
  void exit_now();  // process.exit(): the process ends at once with m_exit_code
  // Records a trace event; `make_text` only runs when the trace is enabled (benchmarks turn it off).
  template <typename MakeText>
  void trace(TraceKind kind, MakeText&& make_text, std::int64_t value = 0) {
    m_trace.add_lazy(m_simulation.now(), m_thread, kind, make_text, value);
  }
  std::string timer_label(TimerId timer) const;
  void note_lengths();  // records the queues and handles that changed since the last call
  void note_handle(const char* name, bool now_on, bool& recorded);  // one of Node's own handles

  Simulation& m_simulation;
  Machine& m_machine;
  Trace& m_trace;
  ProcessOptions m_options;
  ThreadId m_thread;

  Stage m_stage = Stage::kNotStarted;
  CallbackRef m_main;
  int m_exit_code = 0;
  bool m_exiting = false;  // process._exiting: nextTick is a no-op
  std::vector<OutputLine> m_output;
  std::uint64_t m_callbacks_run = 0;
  Nanos m_started_at = 0;
  Nanos m_cpu_time = 0;           // CPU the JS thread has used (callbacks and their entry costs)
  bool m_exit_requested = false;  // the running callback called process.exit()

  const char* m_phase = nullptr;  // the phase entered and not yet ended (trace)

  // The running job.
  std::unique_ptr<JsJob> m_job;
  std::string m_job_label;
  Nanos m_job_started = 0;
  bool m_job_entered = false;  // the entry cost has been spent; resume() comes next
  JobKind m_job_kind = JobKind::kMacrotask;
  bool m_job_is_listener = false;  // an uncaughtException listener: a throw there is fatal
  bool m_threw_after_burst = false;
  std::string m_thrown_error;
  Nanos m_pending_cost = 0;  // CPU the runtime charged (entry, console.log) not yet spent
  bool m_burst_in_flight = false;
  bool m_done_after_burst = false;

  // Node's task queues (lib/internal/process/task_queues.js).
  std::deque<CallbackRef> m_ticks;
  std::deque<CallbackRef> m_microtasks;
  bool m_draining_microtasks = false;
  bool m_drain_active = false;  // a processTicksAndRejections is under way

  // Timers: Node's lists, plus the one libuv timer Node arms for the earliest list.
  TimerLists m_timers;
  std::int64_t m_next_expiry = INT64_MAX;         // timers.js nextExpiry (Infinity)
  bool m_timers_active = false;                   // inside processTimers
  Stage m_after_timers = Stage::kIterationStart;  // where the timers phase returns to
  TimerId m_running_timer = 0;
  std::int64_t m_running_timer_start = 0;  // getLibuvNow() before an interval's callback
  bool m_timer_running = false;

  // Immediates: the queue, the live ones (cleared ones are erased), the batch being checked.
  std::map<ImmediateId, Immediate> m_immediates;
  std::vector<ImmediateId> m_immediate_queue;
  std::vector<ImmediateId> m_check_batch;
  std::size_t m_check_index = 0;
  bool m_check_started = false;
  bool m_check_ran_one = false;      // ranAtLeastOneImmediate
  bool m_check_drained = false;      // the drain before m_check_batch[m_check_index] is done
  bool m_check_take_queued = false;  // an exception emptied the outstanding queue (end_job_with_throw)
  ImmediateId m_next_immediate = 1;
  int m_immediate_ref_count = 0;  // immediateInfo[kRefCount]: the idle handle is on while > 0

  // The thread pool and its requests: submitted ones keep the loop alive until their callback runs.
  ThreadPool m_pool;
  // Pool requests and awaited I/O, by token, until their callback starts. Tokens start at 1: the
  // EventSink data 0 is poll's wake-up, any other value an awaited I/O becoming ready.
  std::map<std::uint64_t, CallbackRef> m_requests;
  std::uint64_t m_next_request = 1;
  std::vector<std::uint64_t> m_completed;   // done on the pool, waiting for poll (uv_async)
  std::vector<std::uint64_t> m_poll_batch;  // the completions this poll phase runs
  std::size_t m_poll_index = 0;
  bool m_poll_ran_one = false;
  bool m_poll_drained = false;

  // process.on('uncaughtException'): listeners, the queue of calls for the current error.
  std::vector<CallbackRef> m_uncaught_listeners;
  std::deque<CallbackRef> m_listener_calls;
  std::string m_current_error;
  std::string m_crash_error;
  std::int64_t m_timers_now = 0;  // RunTimers' `now`, reused when an exception restarts processTimers

  // 'beforeExit' listeners, emitted each time the loop runs out of work.
  std::vector<CallbackRef> m_before_exit_listeners;
  std::size_t m_before_exit_index = 0;
  bool m_loop_ever_started = false;

  // Last recorded queue lengths (nextTick, microtasks, immediates, timers, completed requests,
  // thread pool queue), and whether Node's own handles kept the loop alive.
  std::size_t m_noted[6] = {0, 0, 0, 0, 0, 0};
  bool m_noted_timer_ref = false;
  bool m_noted_immediate_ref = false;
  bool m_noted_eld_open = false;

  // Handles the bindings opened (servers, sockets) and the ones closed, waiting for the close phase
  // (uv_close puts a handle at the head of loop->closing_handles: latest first).
  struct Handle {
    std::string label;
    bool ref = true;
    bool closing = false;
  };
  std::map<HandleId, Handle> m_handles;
  HandleId m_next_handle = 1;
  int m_active_handles = 0;  // open, not closing, ref'd: uv__has_active_handles
  std::vector<std::pair<HandleId, CallbackRef>> m_closing;  // in uv_close order; run from the back
  std::vector<std::pair<HandleId, CallbackRef>> m_close_batch;
  bool m_close_started = false;

  // Exit listeners, run back to back by process.emit('exit').
  std::vector<CallbackRef> m_exit_listeners;
  std::size_t m_exit_index = 0;

  // libuv timers of this loop: Node's one timer for all JS timers, and the event-loop-delay
  // monitor's. uv__run_timers runs the due ones in (due, start order).
  struct UvTimer {
    std::optional<std::int64_t> due;  // loop ms; nullopt when stopped
    std::uint64_t start_order = 0;    // uv_timer_start's start_id
  };
  enum class UvTimerId : std::uint8_t { kNodeTimers, kEventLoopDelay };
  void arm(UvTimer& timer, std::int64_t due);
  UvTimer m_node_timer;
  std::uint64_t m_next_start_order = 0;
  std::vector<UvTimerId> m_ready_timers;  // collected at the start of the timers phase
  std::size_t m_ready_index = 0;
  bool m_ready_collected = false;

  struct DelayMonitor {
    bool enabled = false;
    std::int64_t resolution_ms = 10;
    UvTimer timer;
    Nanos previous = 0;  // hrtime of the previous firing (0: none yet)
    std::vector<Nanos> samples;
  } m_eld;

  Nanos m_loop_started = 0;  // when uv_run began (virtual time)
  Nanos m_idle = 0;          // time blocked in poll
  Nanos m_poll_started = 0;  // when the current poll wait began

  // The loop's clock (uv_now): milliseconds, refreshed only where libuv refreshes it.
  std::int64_t m_loop_ms = 0;
  std::optional<EventSeq> m_poll_wake;
  bool m_completion_wake = false;  // poll was woken by a completion and resumes after poll_wakeup
};

}  // namespace looplab::node
