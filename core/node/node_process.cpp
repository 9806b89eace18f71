#include "core/node/node_process.h"

#include <algorithm>
#include <utility>

#include "core/base/check.h"

namespace looplab::node {

NodeProcess::NodeProcess(Simulation& simulation, Machine& machine, Trace& trace, ProcessOptions options)
    : m_simulation(simulation),
      m_machine(machine),
      m_trace(trace),
      m_options(std::move(options)),
      m_thread(machine.add_thread(m_options.name, *this)),
      m_pool(simulation, machine, trace, m_options.name, m_options.threadpool_size,
             m_options.pool_tiebreak_seed) {
  m_trace.set_thread_name(m_thread, m_options.name);
  m_pool.m_owner = this;
  // A scenario has one trace for everything on the machine: CPU contention is recorded there too.
  m_machine.set_trace(&m_trace);
}

void NodeProcess::start(CallbackRef main_script) {
  LOOPLAB_CHECK(m_stage == Stage::kNotStarted, "a process was started twice");
  m_main = std::move(main_script);
  m_stage = Stage::kMainScript;
  m_started_at = m_simulation.now();
  // Node's bootstrap opens its timer handle and its immediate idle handle, neither keeping the
  // loop alive until timers or immediates are queued (toggleTimerRef, toggleImmediateRef).
  trace(TraceKind::kHandleOpen, [] { return std::string("timers"); });
  trace(TraceKind::kHandleOpen, [] { return std::string("immediates"); });
  update_time();
  advance();
}

// --- Clocks ---------------------------------------------------------------------------------------

Nanos NodeProcess::hrtime() const {
  return m_simulation.now() + m_options.clock_offset;
}

void NodeProcess::update_time() {
  m_loop_ms = hrtime() / kNanosPerMilli;
}

std::int64_t NodeProcess::libuv_now() {
  // getLibuvNow() (src/env.cc GetNowUint64) calls uv_update_time first: timers start "now".
  update_time();
  return m_loop_ms;
}

// --- The JS thread's driver -------------------------------------------------------------------------

void NodeProcess::advance() {
  for (;;) {
    if (m_job) {
      if (m_burst_in_flight) return;
      if (!step_job()) return;
      continue;
    }
    if (!next_action()) return;
  }
}

void NodeProcess::begin_job(const CallbackRef& callback, JobKind kind) {
  m_job_kind = kind;
  m_job_is_listener = false;
  note_lengths();  // the callback just left its queue
  m_job = callback->start();
  ++m_callbacks_run;
  m_job_label = callback->label();
  m_job_started = m_simulation.now();
  m_job_entered = false;
  switch (kind) {
    case JobKind::kMacrotask:
      m_pending_cost = m_options.profile.callback_entry;
      break;
    case JobKind::kTick:
      m_pending_cost = m_options.profile.tick_entry;
      break;
    case JobKind::kMicrotask:
      m_pending_cost = m_options.profile.microtask_entry;
      break;
  }
  m_trace.add_lazy(
      m_simulation.now(), m_thread, TraceKind::kCallbackStart, [&] { return std::string(m_job_label); }, 0,
      callback->source());
}

bool NodeProcess::step_job() {
  for (;;) {
    Nanos cost = 0;
    bool done = false;
    bool threw = false;
    std::string error;
    if (!m_job_entered) {
      m_job_entered = true;  // the entry cost plays out before the callback's first line
    } else {
      JsStep step = m_job->resume(*this);  // its host calls happen here, at the current time
      if (!step.stop.empty()) {
        stop_with(m_job_label + " " + step.stop + ", after " +
                  format_duration(m_simulation.now() - m_job_started + step.cost) + " of simulated time");
        return false;
      }
      cost = step.cost;
      done = step.done;
      if (step.exit_code) {
        m_exit_code = *step.exit_code;
        m_exit_requested = true;
      }
      threw = step.threw;
      error = std::move(step.error);
    }
    cost += m_pending_cost;
    m_pending_cost = 0;
    m_cpu_time += cost;
    if (cost > 0) {
      if (m_simulation.now() - m_job_started + cost > m_options.max_callback) {
        stop_with("the event loop of " + m_options.name + " has been blocked for more than " +
                  format_duration(m_options.max_callback) + " of simulated time by " + m_job_label);
        return false;
      }
      // When nothing else could happen before the burst ends, it is over at once: go on.
      if (!m_machine.try_run_burst_now(m_thread, cost)) {
        m_burst_in_flight = true;
        m_done_after_burst = done;
        m_threw_after_burst = threw;
        m_thrown_error = std::move(error);
        m_machine.start_burst(m_thread, cost);
        return false;
      }
    }
    if (threw) {
      end_job_with_throw(std::move(error));
      return true;
    }
    if (done) {
      finish_job();
      return true;
    }
  }
}

void NodeProcess::on_burst_done(ThreadId /*thread*/) {
  m_burst_in_flight = false;
  if (m_threw_after_burst) {
    m_threw_after_burst = false;
    m_done_after_burst = false;
    end_job_with_throw(std::move(m_thrown_error));
  } else if (m_done_after_burst) {
    m_done_after_burst = false;
    finish_job();
  }
  advance();
}

void NodeProcess::finish_job() {
  trace(TraceKind::kCallbackEnd, [&] { return std::string(m_job_label); });
  m_job.reset();
  if (m_exit_requested) {
    exit_now();
    return;
  }
  finish_timer();
  note_lengths();
}

void NodeProcess::end_job_with_throw(std::string error) {
  trace(TraceKind::kCallbackEnd, [&] { return m_job_label + " threw: " + error; });
  m_job.reset();
  finish_timer();  // listOnTimeout's `finally` runs even when the callback throws
  const bool fatal = m_uncaught_listeners.empty() || m_job_is_listener || m_stage == Stage::kCrash;
  // The exception leaves whatever JS loop was running; the failed callback scope skips its drain.
  if (m_job_kind == JobKind::kTick) {
    m_drain_active = false;  // processTicksAndRejections is left: the rest waits for the next scope
    m_draining_microtasks = false;
  }
  if (m_stage == Stage::kTimers && m_timers_active) {
    m_timers.begin_processing(m_timers_now);  // RunTimers calls processTimers(now) again at once
  }
  if (m_stage == Stage::kCheck && m_check_started) {
    m_check_ran_one = false;  // CheckImmediate calls processImmediate again on the outstanding queue
    m_check_drained = false;
    // If the thrower was the batch's last immediate, the outstanding queue is empty: the re-entered
    // processImmediate takes the immediates queued meanwhile, in this same check phase.
    if (m_check_index == m_check_batch.size()) m_check_take_queued = true;
  }
  if (m_stage == Stage::kPollRun) m_poll_drained = true;
  if (m_stage == Stage::kClose) m_drain_active = false;  // the failed callback scope does not drain
  const bool was_exiting = m_exiting;
  if (was_exiting) m_exit_index = m_exit_listeners.size();  // a throw ends the 'exit' emit under way
  if (fatal) {
    // process._fatalException with no listener: unless already exiting, _exiting, exitCode 1 and
    // emit('exit', 1); then the error is printed and the process ends. A throw from an
    // uncaughtException listener is fatal at once in C++: exit code 7, no 'exit' event.
    m_crash_error = std::move(error);
    m_listener_calls.clear();
    m_drain_active = false;
    m_exiting = true;
    m_exit_code = m_job_is_listener ? 7 : 1;
    m_exit_index = (was_exiting || m_job_is_listener) ? m_exit_listeners.size() : 0;
    m_stage = Stage::kCrash;
    return;
  }
  m_current_error = std::move(error);
  for (const CallbackRef& listener : m_uncaught_listeners) m_listener_calls.push_back(listener);
}

void NodeProcess::finish_timer() {
  if (m_timer_running) {
    m_timer_running = false;
    // listOnTimeout's finally: an interval goes back into its list from the start of its callback.
    const bool created = m_timers.finished(m_running_timer, m_running_timer_start);
    if (m_timers.active(m_running_timer) && m_timers.repeats(m_running_timer)) {
      trace(TraceKind::kTimerArmed, [&] {
        return std::string(timer_label(m_running_timer) + " again, due at " +
                           std::to_string(m_running_timer_start + m_timers.duration(m_running_timer)) +
                           " ms");
      });
      if (created) update_time();  // scheduleTimer below reads the loop clock
      if (created && m_running_timer_start + m_timers.duration(m_running_timer) < m_next_expiry) {
        m_next_expiry = m_running_timer_start + m_timers.duration(m_running_timer);
        arm(m_node_timer, m_loop_ms + m_timers.duration(m_running_timer));
      }
    }
  }
}

void NodeProcess::stop_with(std::string diagnosis) {
  m_simulation.request_stop(diagnosis);
  if (m_job) trace(TraceKind::kCallbackEnd, [&] { return m_job_label + " (stopped)"; });
  end_phase();
  trace(TraceKind::kProcessExit, [&] { return std::string("stopped: " + diagnosis); });
  m_job.reset();
  m_stage = Stage::kExited;
  m_exit_code = 1;
}

void NodeProcess::exit_now() {
  // process.reallyExit: no more callbacks, no 'exit' event (process.exit emitted it already).
  m_exit_requested = false;
  m_exiting = true;
  m_drain_active = false;
  m_listener_calls.clear();
  end_phase();
  m_stage = Stage::kExited;
  trace(TraceKind::kProcessExit, [&] { return "code " + std::to_string(m_exit_code) + " (process.exit)"; });
}

void NodeProcess::remove_process_listener(const CallbackRef& listener) {
  for (auto* list : {&m_exit_listeners, &m_before_exit_listeners, &m_uncaught_listeners}) {
    auto found = std::find(list->begin(), list->end(), listener);
    if (found == list->end()) continue;
    const auto index = static_cast<std::size_t>(found - list->begin());
    list->erase(found);
    // An emit under way walks its list by index: keep it on the next listener.
    if (list == &m_exit_listeners && index < m_exit_index) --m_exit_index;
    if (list == &m_before_exit_listeners && index < m_before_exit_index) --m_before_exit_index;
  }
}

bool NodeProcess::drain_step() {
  // processTicksAndRejections (lib/internal/process/task_queues.js):
  //   do { run every queued tick; runMicrotasks(); } while (ticks are queued || rejections);
  // runMicrotasks() empties V8's queue, including microtasks queued while it runs.
  for (;;) {
    if (!m_draining_microtasks) {
      if (!m_ticks.empty()) {
        CallbackRef tick = std::move(m_ticks.front());
        m_ticks.pop_front();
        trace(TraceKind::kQueuePop, [&] { return "nextTick -> " + tick->label(); });
        begin_job(tick, JobKind::kTick);
        return true;
      }
      m_draining_microtasks = true;
    }
    if (!m_microtasks.empty()) {
      CallbackRef microtask = std::move(m_microtasks.front());
      m_microtasks.pop_front();
      trace(TraceKind::kQueuePop, [&] { return "microtasks -> " + microtask->label(); });
      begin_job(microtask, JobKind::kMicrotask);
      return true;
    }
    m_draining_microtasks = false;
    // processPromiseRejections: each promise still rejected without a handler is reported; what
    // its report queues (ticks, microtasks) runs before the next one.
    if (m_ticks.empty() && m_options.next_unhandled_rejection && !m_exiting) {
      if (CallbackRef report = m_options.next_unhandled_rejection()) {
        trace(TraceKind::kQueuePop, [&] { return "unhandled rejections -> " + report->label(); });
        begin_job(report, JobKind::kMicrotask);
        return true;
      }
    }
    if (m_ticks.empty()) return false;
  }
}

bool NodeProcess::loop_alive() const {
  // uv__loop_alive: active and referenced handles, active requests, closing handles. Node's one
  // timer handle is referenced while refCount > 0; its idle handle runs while ref'd immediates wait.
  const bool timer_handle = m_node_timer.due.has_value() && m_timers.ref_count() > 0;
  const bool idle_handle = m_immediate_ref_count > 0;
  const bool requests = !m_requests.empty();
  const bool handles = m_active_handles > 0 || !m_closing.empty();
  return timer_handle || idle_handle || requests || handles;
}

// The phase order, as uv_run (libuv src/unix/core.c, v1.46) and Node's SpinEventLoop run it.
bool NodeProcess::next_action() {
  // process.emit('uncaughtException', error): the listeners run at once, back to back.
  if (!m_listener_calls.empty() && m_stage != Stage::kCrash) {
    CallbackRef listener = std::move(m_listener_calls.front());
    m_listener_calls.pop_front();
    begin_job(listener, JobKind::kMacrotask);
    m_job_is_listener = true;
    return true;
  }
  if (m_drain_active) {
    if (drain_step()) return true;
    m_drain_active = false;
  }
  switch (m_stage) {
    case Stage::kNotStarted:
    case Stage::kExited:
    case Stage::kPollWaiting:
      return false;

    // 4b. poll found the pool's async handle signalled: uv__work_done runs each completed request's
    // callback (one MakeCallback each, so ticks and microtasks drain after every one).
    case Stage::kPollRun:
      if (m_poll_ran_one && !m_poll_drained) {
        m_poll_drained = true;
        m_drain_active = true;
        return true;
      }
      if (m_poll_index < m_poll_batch.size()) {
        const std::uint64_t token = m_poll_batch[m_poll_index++];
        auto found = m_requests.find(token);
        CallbackRef callback = std::move(found->second);
        m_requests.erase(found);  // uv__req_unregister before the callback
        trace(TraceKind::kQueuePop, [&] { return "completed -> " + callback->label(); });
        m_poll_ran_one = true;
        m_poll_drained = false;
        begin_job(callback, JobKind::kMacrotask);
        return true;
      }
      m_poll_batch.clear();
      m_poll_index = 0;
      end_phase();
      m_stage = Stage::kCheck;
      return true;

    // 0. The main module, then the callback scope around it closes: ticks and microtasks.
    case Stage::kMainScript:
      phase("main");
      begin_job(m_main, JobKind::kMacrotask);
      m_pending_cost += m_options.bootstrap;  // node's own start-up, before the script's first line
      m_stage = Stage::kMainDrain;
      return true;
    case Stage::kMainDrain:
      m_drain_active = true;
      m_stage = Stage::kLoopStart;
      return true;

    // uv_run(UV_RUN_DEFAULT): timers run once before the first iteration (libuv >= 1.45).
    case Stage::kLoopStart:
      if (m_phase != nullptr) end_phase();  // the main module's drain (or beforeExit's) is over
      if (!m_loop_ever_started) {
        m_loop_ever_started = true;
        m_loop_started = m_simulation.now();
      }
      update_time();
      if (!loop_alive()) {
        m_stage = Stage::kBeforeExit;
        return true;
      }
      m_stage = Stage::kTimers;
      m_after_timers = Stage::kIterationStart;
      return true;

    // 1-3. pending, idle, prepare: no pending I/O callbacks in this model yet.
    case Stage::kIterationStart:
      m_stage = Stage::kPoll;
      return true;

    // 4. poll: block until the nearest timer, unless immediates (Node's idle handle) are waiting.
    case Stage::kPoll: {
      phase("poll");
      std::int64_t timeout = -1;  // uv__backend_timeout
      if (!loop_alive() || m_immediate_ref_count > 0 || !m_closing.empty()) {
        timeout = 0;
      } else {
        // uv__next_timeout: the earliest libuv timer, referenced or not.
        std::optional<std::int64_t> due = m_node_timer.due;
        if (m_eld.timer.due && (!due || *m_eld.timer.due < *due)) due = m_eld.timer.due;
        if (due) timeout = std::max<std::int64_t>(0, *due - m_loop_ms);
      }
      if (!m_completed.empty()) {  // already signalled: epoll returns at once
        start_poll_run();
        return true;
      }
      if (timeout == 0) {
        end_phase();
        m_stage = Stage::kCheck;
        return true;
      }
      if (timeout < 0 && m_requests.empty() && m_active_handles == 0) {
        stop_with("the event loop of " + m_options.name +
                  " would wait forever: it is alive but nothing can wake it");
        return false;
      }
      if (timeout < 0) {
        trace(TraceKind::kPollWait, [&] { return std::string("until a request completes"); });
        m_poll_started = m_simulation.now();
        m_stage = Stage::kPollWaiting;
        return false;
      }
      // Node runs its loop with UV_METRICS_IDLE_TIME (for eventLoopUtilization), so uv__io_poll
      // first polls without blocking and refreshes the loop clock; the timeout, computed from the
      // clock as it stood, is then shortened by the time that has passed (linux.c, update_timeout).
      // A long callback before poll therefore does not make the next timer late.
      const std::int64_t base = m_loop_ms;
      update_time();
      const std::int64_t remaining = timeout - (m_loop_ms - base);
      if (remaining <= 0) {
        end_phase();
        m_stage = Stage::kCheck;
        return true;
      }
      trace(TraceKind::kPollWait, [&] { return std::string("for " + std::to_string(remaining) + " ms"); });
      m_poll_wake = m_simulation.schedule_after(remaining * kNanosPerMilli, *this, 0);
      m_poll_started = m_simulation.now();
      m_stage = Stage::kPollWaiting;
      return false;
    }

    // 5. check: processImmediate on the queue as it stood when the phase began.
    case Stage::kCheck: {
      if (!m_check_started) {
        // Environment::CheckImmediate returns at once when no immediate is queued at all.
        if (m_immediates.empty()) {
          m_immediate_queue.clear();  // only cleared immediates were left in it
          m_stage = Stage::kClose;
          return true;
        }
        phase("check");
        m_check_started = true;
        m_check_batch.swap(m_immediate_queue);  // queue.head = queue.tail = null
        m_immediate_queue.clear();
        m_check_index = 0;
        m_check_ran_one = false;
        m_check_drained = false;
      }
      if (m_check_index == m_check_batch.size() && m_check_take_queued) {
        m_check_take_queued = false;
        if (!m_immediate_queue.empty()) {
          m_check_batch.clear();
          m_check_batch.swap(m_immediate_queue);
          m_check_index = 0;
        }
      }
      while (m_check_index < m_check_batch.size()) {
        if (m_check_ran_one && !m_check_drained && m_options.behaviour == NodeBehaviour::kNode20) {
          m_check_drained = true;
          m_drain_active = true;  // runNextTicks() between immediates
          return true;
        }
        m_check_drained = false;
        m_check_ran_one = true;
        const ImmediateId id = m_check_batch[m_check_index++];
        auto found = m_immediates.find(id);
        if (found == m_immediates.end()) continue;  // cleared (possibly by the drain just now)
        CallbackRef callback = std::move(found->second.callback);
        if (found->second.ref) --m_immediate_ref_count;
        m_immediates.erase(found);
        trace(TraceKind::kQueuePop, [&] { return "immediates -> " + callback->label(); });
        begin_job(callback, JobKind::kMacrotask);
        return true;
      }
      m_check_started = false;
      m_check_take_queued = false;
      m_check_batch.clear();
      m_drain_active = true;       // the callback scope around processImmediate closes
      m_stage = Stage::kCheckEnd;  // ends the check phase once that drain is done
      return true;
    }
    case Stage::kCheckEnd:
      end_phase();
      m_stage = Stage::kClose;
      return true;

    // 6. uv__run_closing_handles: the close callbacks of handles closed until now, latest closed
    // first (each a MakeCallback: ticks and microtasks drain after it); then uv__update_time and
    // the timers.
    case Stage::kClose:
      if (!m_close_started) {
        if (m_closing.empty()) {
          update_time();
          m_stage = Stage::kTimers;
          m_after_timers = Stage::kIterationEnd;
          return true;
        }
        phase("close");
        m_close_started = true;
        m_close_batch.swap(m_closing);
        m_closing.clear();
      }
      if (!m_close_batch.empty()) {
        const HandleId handle = m_close_batch.back().first;
        const CallbackRef callback = std::move(m_close_batch.back().second);
        m_close_batch.pop_back();
        const std::string label = m_handles.at(handle).label;
        m_handles.erase(handle);
        trace(TraceKind::kHandleClose, [&] { return label; });
        if (callback) {
          trace(TraceKind::kQueuePop, [&] { return "closing -> " + callback->label(); });
          begin_job(callback, JobKind::kMacrotask);
          m_drain_active = true;  // processTicksAndRejections after it
        }
        return true;
      }
      m_close_started = false;
      end_phase();
      update_time();
      m_stage = Stage::kTimers;
      m_after_timers = Stage::kIterationEnd;
      return true;

    // 7. timers: Node's one libuv timer fires when due; RunTimers calls processTimers(now).
    case Stage::kTimers: {
      if (m_timers_active) {
        // RunTimers -> processTimers(now), one timer at a time.
        const TimerLists::Next next = m_timers.next();
        switch (next.action) {
          case TimerLists::Action::kDrain:
            if (m_options.behaviour == NodeBehaviour::kNode20 || next.between_lists) m_drain_active = true;
            return true;
          case TimerLists::Action::kRunTimer: {
            m_running_timer = next.timer;
            trace(TraceKind::kTimerFired, [&] {
              // Due at _idleStart + duration on the loop's millisecond clock; late by how far the
              // process clock has passed it when the callback starts.
              const std::int64_t due = m_timers.start(next.timer) + m_timers.duration(next.timer);
              return timer_label(next.timer) + " (due at " + std::to_string(due) + " ms, late by " +
                     format_duration(hrtime() - due * kNanosPerMilli) + ")";
            });
            m_running_timer_start = m_timers.repeats(next.timer) ? libuv_now() : 0;
            m_timer_running = true;
            const CallbackRef callback = m_timers.callback(next.timer);
            begin_job(callback, JobKind::kMacrotask);
            return true;
          }
          case TimerLists::Action::kDone:
            break;
        }
        m_timers_active = false;
        // RunTimers re-arms the libuv timer for the next expiry, or leaves it stopped.
        if (const auto expiry = m_timers.next_expiry()) {
          // ScheduleTimer(max(1, expiry - uv_now)) from the loop clock as it stands now (callbacks
          // may have refreshed it): never due at once, at least 1 ms on.
          arm(m_node_timer, std::max(m_loop_ms + 1, *expiry));
          m_next_expiry = *expiry;
        }
        m_drain_active = true;  // the callback scope around RunTimers closes
        return true;
      }
      if (!m_ready_collected) {
        // uv__run_timers (libuv >= 1.45): collect every due timer first, in (due, start) order, so
        // that a timer started by a callback never runs in the same pass.
        m_ready_collected = true;
        m_ready_timers.clear();
        m_ready_index = 0;
        const bool node_due = m_node_timer.due && *m_node_timer.due <= m_loop_ms;
        const bool eld_due = m_eld.timer.due && *m_eld.timer.due <= m_loop_ms;
        if (node_due) m_ready_timers.push_back(UvTimerId::kNodeTimers);
        if (eld_due) m_ready_timers.push_back(UvTimerId::kEventLoopDelay);
        if (node_due && eld_due &&
            std::pair(*m_eld.timer.due, m_eld.timer.start_order) <
                std::pair(*m_node_timer.due, m_node_timer.start_order)) {
          std::swap(m_ready_timers[0], m_ready_timers[1]);
        }
        if (node_due) phase("timers");
        for (UvTimerId id : m_ready_timers) {
          (id == UvTimerId::kNodeTimers ? m_node_timer : m_eld.timer).due.reset();  // uv_timer_stop
        }
      }
      if (m_ready_index < m_ready_timers.size()) {
        const UvTimerId id = m_ready_timers[m_ready_index++];
        if (id == UvTimerId::kEventLoopDelay) {
          if (!m_eld.enabled) return true;  // disabled by a callback earlier in this pass
          // uv_timer_again (repeat), then ELDHistogram::OnInterval -> RecordDelta.
          arm(m_eld.timer, m_loop_ms + m_eld.resolution_ms);
          const Nanos now = hrtime();
          if (m_eld.previous > 0 && now > m_eld.previous) m_eld.samples.push_back(now - m_eld.previous);
          m_eld.previous = now;
          return true;
        }
        m_next_expiry = INT64_MAX;   // processTimers: nextExpiry = Infinity
        m_timers_now = libuv_now();  // RunTimers: GetNow() once, reused if processTimers is re-entered
        m_timers.begin_processing(m_timers_now);
        m_timers_active = true;
        return true;
      }
      m_ready_collected = false;
      end_phase();
      m_stage = m_after_timers;
      return true;
    }

    case Stage::kIterationEnd:
      m_stage = loop_alive() ? Stage::kIterationStart : Stage::kBeforeExit;
      return true;

    // uv_run returned: SpinEventLoop emits 'beforeExit' (one emit, listeners back to back, then its
    // callback scope drains). If that made the loop alive again, uv_run runs again from the start.
    case Stage::kBeforeExit:
      if (m_before_exit_index == 0 && !m_before_exit_listeners.empty()) phase("beforeExit");
      if (m_before_exit_index < m_before_exit_listeners.size()) {
        begin_job(m_before_exit_listeners[m_before_exit_index++], JobKind::kMacrotask);
        return true;
      }
      m_before_exit_index = 0;
      m_drain_active = true;
      m_stage = Stage::kAfterBeforeExit;
      return true;
    case Stage::kAfterBeforeExit:
      end_phase();
      m_stage = loop_alive() ? Stage::kLoopStart : Stage::kExitListeners;
      return true;

    // The loop has nothing left: process.emit('exit'). Listeners run back to back in one emit.
    case Stage::kExitListeners:
      if (!m_exiting) {
        m_exiting = true;  // process._exiting: nextTick does nothing from here on
        phase("exit");
      }
      if (m_exit_index < m_exit_listeners.size()) {
        begin_job(m_exit_listeners[m_exit_index++], JobKind::kMacrotask);
        return true;
      }
      m_drain_active = true;  // microtasks queued by exit listeners still run
      m_stage = Stage::kExitDrain;
      return true;

    case Stage::kCrash:
      if (m_exit_index < m_exit_listeners.size()) {
        begin_job(m_exit_listeners[m_exit_index++], JobKind::kMacrotask);
        return true;
      }
      end_phase();
      m_output.push_back(OutputLine{m_simulation.now(), Stream::kStderr, m_crash_error});
      trace(TraceKind::kOutput, [&] { return "stderr: " + m_crash_error; });
      m_stage = Stage::kExited;
      trace(TraceKind::kProcessExit,
            [&] { return "code " + std::to_string(m_exit_code) + " (uncaught exception)"; });
      return false;

    case Stage::kExitDrain:
      end_phase();
      m_stage = Stage::kExited;
      trace(TraceKind::kProcessExit, [&] { return std::string("code " + std::to_string(m_exit_code)); });
      return false;
  }
  return false;
}

// EventSink data: 0 is poll's timeout, kCompletionWake the end of poll's wake-up latency after a
// completion, any other value an awaited I/O (a request token) becoming ready.
constexpr std::uint64_t kCompletionWake = ~std::uint64_t{0};

void NodeProcess::on_event(std::uint64_t data) {
  if (data == kCompletionWake) {
    m_completion_wake = false;
    if (m_stage != Stage::kPollWaiting) return;
    m_idle += m_simulation.now() - m_poll_started;
    update_time();
    start_poll_run();
    advance();
    return;
  }
  if (data != 0) {  // an awaited fd became readable: like a pool completion, it is for poll
    on_work_done(data);
    return;
  }
  // Poll's wait is over: uv__io_poll refreshes the loop clock when epoll_wait returns.
  m_poll_wake.reset();
  m_idle += m_simulation.now() - m_poll_started;
  update_time();
  end_phase();
  m_stage = Stage::kCheck;
  advance();
}

void NodeProcess::start_poll_run() {
  m_poll_batch.swap(m_completed);  // uv__work_done takes the whole queue at once
  m_completed.clear();
  m_poll_index = 0;
  m_poll_ran_one = false;
  m_poll_drained = false;
  m_stage = Stage::kPollRun;
}

void NodeProcess::on_work_done(std::uint64_t token) {
  if (m_stage == Stage::kExited) return;  // the process is gone; its pool's late results with it
  // The pool thread's uv_async_send: queued for the loop; wakes poll if it is waiting.
  trace(TraceKind::kQueuePush, [&] { return std::string("completed <- " + m_requests.at(token)->label()); });
  m_completed.push_back(token);
  if (m_stage == Stage::kPollWaiting && !m_completion_wake) {
    if (m_poll_wake) m_simulation.cancel(*m_poll_wake);
    m_poll_wake.reset();
    if (m_options.profile.poll_wakeup > 0) {
      // The loop thread is woken, not yet running: later completions join this poll's batch.
      m_completion_wake = true;
      m_simulation.schedule_after(m_options.profile.poll_wakeup, *this, kCompletionWake);
      note_lengths();
      return;
    }
    m_idle += m_simulation.now() - m_poll_started;
    update_time();
    start_poll_run();
    advance();
  }
  note_lengths();
}

void NodeProcess::await_io(std::string label, Nanos latency, CallbackRef on_ready) {
  const std::uint64_t token = m_next_request++;
  trace(TraceKind::kQueuePush, [&] { return "awaiting I/O <- " + label; });
  m_requests.emplace(token, std::move(on_ready));
  m_simulation.schedule_after(std::max<Nanos>(0, latency), *this, token);
}

void NodeProcess::submit_work(PoolWork work, CallbackRef on_done) {
  const std::uint64_t token = m_next_request++;
  work.token = token;
  trace(TraceKind::kPoolQueued, [&] { return std::string(work.label); });
  m_requests.emplace(token, std::move(on_done));
  m_pool.submit(std::move(work));
  note_lengths();
}

// --- JsHost -----------------------------------------------------------------------------------------

void NodeProcess::write(Stream stream, std::string_view line) {
  m_output.push_back(OutputLine{m_simulation.now(), stream, std::string(line)});
  trace(TraceKind::kOutput, [&] {
    return std::string((stream == Stream::kStderr ? "stderr: " : "stdout: ") + std::string(line));
  });
  m_pending_cost += m_options.profile.write_line;
}

TimerId NodeProcess::set_timer(CallbackRef callback, double delay_ms, bool repeat) {
  const std::int64_t now = libuv_now();
  bool created = false;
  const TimerId id = m_timers.add(std::move(callback), delay_ms, repeat, now, &created);
  const std::int64_t expiry = now + m_timers.duration(id);
  trace(TraceKind::kTimerArmed, [&] {
    return std::string(timer_label(id) + " for " + std::to_string(m_timers.duration(id)) + " ms, due at " +
                       std::to_string(expiry) + " ms");
  });
  // insert(): a new list that expires before the armed one re-arms Node's libuv timer.
  if (created && expiry < m_next_expiry) {
    m_next_expiry = expiry;
    arm(m_node_timer, m_loop_ms + m_timers.duration(id));
  }
  note_lengths();
  return id;
}

void NodeProcess::clear_timer(TimerId timer) {
  if (!m_timers.active(timer)) {
    m_timers.clear(timer);  // a fired timeout: refresh() can no longer bring it back
    return;
  }
  trace(TraceKind::kTimerCleared, [&] { return std::string(timer_label(timer)); });
  m_timers.clear(timer);
  note_lengths();
}

void NodeProcess::set_timer_ref(TimerId timer, bool ref) {
  m_timers.set_ref(timer, ref);
  note_lengths();
}

HandleId NodeProcess::open_handle(std::string label) {
  const HandleId id = m_next_handle++;
  trace(
      TraceKind::kHandleOpen, [&] { return label; }, 1);
  m_handles.emplace(id, Handle{std::move(label), true, false});
  ++m_active_handles;
  return id;
}

void NodeProcess::set_handle_ref(HandleId id, bool ref) {
  auto found = m_handles.find(id);
  if (found == m_handles.end() || found->second.closing || found->second.ref == ref) return;
  found->second.ref = ref;
  m_active_handles += ref ? 1 : -1;
  trace(
      TraceKind::kHandleRef, [&] { return found->second.label; }, ref ? 1 : 0);
}

void NodeProcess::close_handle(HandleId id, CallbackRef on_close) {
  auto found = m_handles.find(id);
  if (found == m_handles.end() || found->second.closing) return;  // uv_close twice is a bug; ignored
  Handle& handle = found->second;
  handle.closing = true;
  if (handle.ref) --m_active_handles;
  trace(TraceKind::kQueuePush, [&] { return "closing <- " + handle.label; });
  m_closing.emplace_back(id, std::move(on_close));  // uv__make_close_pending
}

void NodeProcess::refresh_timer(TimerId timer) {
  if (!m_timers.valid(timer) || m_timers.duration(timer) < 0) return;  // unknown or cleared
  const std::int64_t now = libuv_now();
  const bool created = m_timers.refresh(timer, now);
  const std::int64_t expiry = now + m_timers.duration(timer);
  trace(TraceKind::kTimerArmed,
        [&] { return timer_label(timer) + " refreshed, due at " + std::to_string(expiry) + " ms"; });
  if (created && expiry < m_next_expiry) {  // insert(): scheduleTimer for a new, earlier list
    m_next_expiry = expiry;
    arm(m_node_timer, m_loop_ms + m_timers.duration(timer));
  }
  note_lengths();
}

ImmediateId NodeProcess::set_immediate(CallbackRef callback) {
  const ImmediateId id = m_next_immediate++;
  trace(TraceKind::kQueuePush, [&] { return std::string("immediates <- " + callback->label()); });
  m_immediates.emplace(id, Immediate{std::move(callback), true});
  m_immediate_queue.push_back(id);
  ++m_immediate_ref_count;
  note_lengths();
  return id;
}

void NodeProcess::clear_immediate(ImmediateId immediate) {
  auto found = m_immediates.find(immediate);
  if (found == m_immediates.end()) return;
  if (found->second.ref) --m_immediate_ref_count;
  m_immediates.erase(found);
  note_lengths();
}

void NodeProcess::set_immediate_ref(ImmediateId immediate, bool ref) {
  // Immediate.ref()/unref(): only ref'd immediates keep the idle handle on (toggleImmediateRef).
  auto found = m_immediates.find(immediate);
  if (found == m_immediates.end() || found->second.ref == ref) return;
  found->second.ref = ref;
  m_immediate_ref_count += ref ? 1 : -1;
  note_lengths();
}

bool NodeProcess::immediate_has_ref(ImmediateId immediate) const {
  auto found = m_immediates.find(immediate);
  return found != m_immediates.end() && found->second.ref;
}

void NodeProcess::next_tick(CallbackRef callback) {
  if (m_exiting) return;  // process._exiting: nextTick is a no-op
  trace(TraceKind::kQueuePush, [&] { return std::string("nextTick <- " + callback->label()); });
  m_ticks.push_back(std::move(callback));
  note_lengths();
}

void NodeProcess::queue_microtask(CallbackRef callback) {
  trace(TraceKind::kQueuePush, [&] { return std::string("microtasks <- " + callback->label()); });
  m_microtasks.push_back(std::move(callback));
  note_lengths();
}

void NodeProcess::add_before_exit_listener(CallbackRef listener) {
  m_before_exit_listeners.push_back(std::move(listener));
}

void NodeProcess::add_exit_listener(CallbackRef listener) {
  m_exit_listeners.push_back(std::move(listener));
}

void NodeProcess::arm(UvTimer& timer, std::int64_t due) {
  timer.due = due;
  timer.start_order = m_next_start_order++;
}

void NodeProcess::enable_event_loop_delay(std::int64_t resolution_ms) {
  if (m_eld.enabled) return;
  // IntervalHistogram::OnStart: uv_timer_start(resolution, resolution) on the cached loop clock;
  // the handle is unref'd, so it never keeps the loop alive.
  m_eld.enabled = true;
  m_eld.resolution_ms = std::max<std::int64_t>(1, resolution_ms);
  m_eld.previous = 0;
  arm(m_eld.timer, m_loop_ms + m_eld.resolution_ms);
  note_lengths();
}

void NodeProcess::disable_event_loop_delay() {
  m_eld.enabled = false;
  m_eld.timer.due.reset();
  note_lengths();
}

EventLoopUtilization NodeProcess::event_loop_utilization() const {
  EventLoopUtilization result;
  result.idle = m_idle;
  result.active = std::max<Nanos>(0, m_simulation.now() - m_loop_started - m_idle);
  const Nanos total = result.idle + result.active;
  result.utilization = total > 0 ? static_cast<double>(result.active) / static_cast<double>(total) : 0;
  return result;
}

void NodeProcess::add_uncaught_exception_listener(CallbackRef listener) {
  m_uncaught_listeners.push_back(std::move(listener));
}

// --- Trace helpers ----------------------------------------------------------------------------------

void NodeProcess::phase(const char* name) {
  end_phase();
  m_phase = name;
  trace(TraceKind::kPhase, [&] { return std::string(name); });
}

void NodeProcess::end_phase() {
  if (m_phase == nullptr) return;
  trace(TraceKind::kPhaseEnd, [&] { return std::string(m_phase); });
  m_phase = nullptr;
}

void NodeProcess::note_lengths() {
  // Computed even when the trace records nothing, so that it counts the same events either way.
  static constexpr const char* kNames[6] = {"nextTick", "microtasks", "immediates",
                                            "timers",   "completed",  "thread pool"};
  const std::size_t now[6] = {m_ticks.size(),
                              m_microtasks.size(),
                              m_immediates.size(),
                              m_timers.pending(),
                              m_completed.size() + (m_poll_batch.size() - m_poll_index),
                              m_pool.queued()};
  for (int k = 0; k < 6; ++k) {
    if (now[k] == m_noted[k]) continue;
    m_noted[k] = now[k];
    m_trace.add(m_simulation.now(), m_thread, TraceKind::kQueueLength, kNames[k],
                static_cast<std::int64_t>(now[k]));
  }
  // Node's own handles: the timer handle is ref'd while refCount > 0 (toggleTimerRef), the idle
  // handle runs while ref'd immediates wait (toggleImmediateRef), the delay monitor's timer is open
  // (unref'd) while enabled.
  note_handle("timers", m_timers.ref_count() > 0, m_noted_timer_ref);
  note_handle("immediates", m_immediate_ref_count > 0, m_noted_immediate_ref);
  if (m_eld.enabled != m_noted_eld_open) {
    m_noted_eld_open = m_eld.enabled;
    trace(m_eld.enabled ? TraceKind::kHandleOpen : TraceKind::kHandleClose,
          [] { return std::string("eventLoopDelay timer"); });
  }
}

void NodeProcess::note_handle(const char* name, bool now_on, bool& recorded) {
  if (now_on == recorded) return;
  recorded = now_on;
  trace(
      TraceKind::kHandleRef, [&] { return std::string(name); }, now_on ? 1 : 0);
}

std::string NodeProcess::timer_label(TimerId timer) const {
  return m_timers.valid(timer) ? m_timers.callback(timer)->label() : std::string("timer");
}

}  // namespace looplab::node
