#include "core/sim/simulation.h"

#include <utility>

#include "core/base/check.h"

namespace looplab {

EventSeq Simulation::schedule_at(Nanos time, EventSink& sink, std::uint64_t data) {
  LOOPLAB_CHECK(time >= m_now, "an event was scheduled in the past");
  return m_queue.push(time, Event{&sink, data});
}

EventSeq Simulation::schedule_after(Nanos delay, EventSink& sink, std::uint64_t data) {
  LOOPLAB_CHECK(delay >= 0, "an event was scheduled with a negative delay");
  return schedule_at(m_now + delay, sink, data);
}

bool Simulation::step() {
  if (m_queue.empty()) return false;
  auto entry = m_queue.pop();
  m_now = entry.time;
  ++m_events_run;
  entry.payload.sink->on_event(entry.payload.data);
  return true;
}

bool Simulation::try_advance_to(Nanos time) {
  LOOPLAB_CHECK(time >= m_now, "the clock cannot move back");
  if (m_limits == nullptr || m_stop_requested) return false;
  if (!m_queue.empty() && time >= m_queue.next_time()) return false;
  if (time > m_limits->max_time || m_events_run - m_run_start_events >= m_limits->max_events) return false;
  m_now = time;
  ++m_events_run;
  return true;
}

void Simulation::request_stop(std::string diagnosis) {
  m_stop_requested = true;
  m_stop_diagnosis = std::move(diagnosis);
}

RunResult Simulation::run(const RunLimits& limits) {
  RunResult result;
  const std::uint64_t start_events = m_events_run;
  m_limits = &limits;
  m_run_start_events = start_events;
  for (;;) {
    if (m_stop_requested) {
      m_stop_requested = false;
      result.reason = StopReason::kRequested;
      result.diagnosis = std::move(m_stop_diagnosis);
      break;
    }
    if (m_queue.empty()) {
      result.reason = StopReason::kIdle;
      break;
    }
    if (m_events_run - start_events >= limits.max_events) {
      result.reason = StopReason::kEventLimit;
      result.diagnosis = "stopped after " + std::to_string(limits.max_events) +
                         " events with more still pending: the scenario does not seem to finish";
      break;
    }
    if (m_queue.next_time() > limits.max_time) {
      result.reason = StopReason::kTimeLimit;
      result.diagnosis = "stopped at the limit of " + format_duration(limits.max_time) +
                         " of simulated time with events still pending (the next at " +
                         format_duration(m_queue.next_time()) + ")";
      break;
    }
    step();
  }
  m_limits = nullptr;
  result.events = m_events_run - start_events;
  result.end_time = m_now;
  return result;
}

}  // namespace looplab
