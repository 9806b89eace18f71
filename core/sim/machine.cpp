#include "core/sim/machine.h"

#include <algorithm>
#include <utility>

#include "core/base/check.h"
#include "core/trace/trace.h"

namespace looplab {

namespace {

// a * b / c without overflow for the magnitudes used here (a up to ~2^62, b and c up to 2^20).
std::int64_t mul_div(std::int64_t a, std::int64_t b, std::int64_t c, bool round_up) {
  const __int128 product = static_cast<__int128>(a) * b;
  __int128 quotient = product / c;
  if (round_up && quotient * c != product) ++quotient;
  return static_cast<std::int64_t>(quotient);
}

}  // namespace

Machine::Machine(Simulation& simulation, int cores) : m_simulation(simulation), m_cores(cores) {
  LOOPLAB_CHECK(cores >= 1 && cores <= kMaxCores, "a machine needs 1 to 1024 cores");
}

ThreadId Machine::add_thread(std::string name, Client& client) {
  Thread thread;
  thread.name = std::move(name);
  thread.client = &client;
  m_threads.push_back(std::move(thread));
  return static_cast<ThreadId>(m_threads.size() - 1);
}

void Machine::advance_work_clock() {
  const Nanos now = m_simulation.now();
  const Nanos elapsed = now - m_work_clock_time;
  m_work_clock_time = now;
  if (elapsed <= 0 || m_running.empty()) return;
  const auto busy = static_cast<std::int64_t>(m_running.size());
  // Each busy thread gets min(1, C / n) of a core.
  if (busy <= m_cores) {
    m_work_clock += elapsed * kTicksPerNano;
  } else {
    m_work_clock += mul_div(elapsed * kTicksPerNano, m_cores, busy, false);
  }
}

void Machine::start_burst(ThreadId thread, Nanos cpu) {
  LOOPLAB_CHECK(thread < m_threads.size(), "unknown thread");
  LOOPLAB_CHECK(!m_threads[thread].busy, "a burst was started on a busy thread");
  LOOPLAB_CHECK(cpu >= 0, "a burst cannot cost negative CPU time");
  LOOPLAB_CHECK(cpu <= INT64_MAX / kTicksPerNano, "a burst longer than 104 days of CPU time");
  advance_work_clock();  // the rate changes from now on: settle what the others received so far
  Thread& state = m_threads[thread];
  state.busy = true;
  state.burst_start = m_simulation.now();
  state.burst_cpu = cpu;
  m_running.push(Running{m_work_clock + cpu * kTicksPerNano, m_next_order++, thread});
  note_contention(thread, m_running.size() - 1);
  if (!m_dispatching) schedule_next_finish();
}

void Machine::note_contention(ThreadId thread, std::size_t busy_before) {
  const std::size_t busy = m_running.size();
  const auto cores = static_cast<std::size_t>(m_cores);
  if (m_trace == nullptr || busy == busy_before || (busy <= cores && busy_before <= cores)) return;
  m_trace->add_lazy(
      m_simulation.now(), thread, TraceKind::kCpuContention,
      [&] {
        return std::to_string(busy) + (busy == 1 ? " busy thread on " : " busy threads on ") +
               std::to_string(m_cores) + (m_cores == 1 ? " core" : " cores");
      },
      static_cast<std::int64_t>(busy));
}

bool Machine::try_run_burst_now(ThreadId thread, Nanos cpu) {
  LOOPLAB_CHECK(thread < m_threads.size(), "unknown thread");
  LOOPLAB_CHECK(!m_threads[thread].busy, "a burst was started on a busy thread");
  LOOPLAB_CHECK(cpu >= 0, "a burst cannot cost negative CPU time");
  // A whole core for it, and for everyone else as before: the rates do not change.
  if (static_cast<std::int64_t>(m_running.size()) + 1 > m_cores) return false;
  // Threads whose bursts ended at this instant and have not been told yet come first.
  if (m_dispatching && m_done_delivered < m_done.size()) return false;
  const Nanos now = m_simulation.now();
  const Nanos end = now + cpu;
  if (!m_running.empty()) {
    // The earliest other finish (at rate 1, since nobody is slowed down) must come strictly later.
    // Outside dispatching it is also the queued finish event, which try_advance_to checks, but
    // during on_event that event is not queued yet.
    advance_work_clock();
    const std::int64_t remaining = std::max<std::int64_t>(0, m_running.top().finish - m_work_clock);
    if (end >= now + mul_div(remaining, 1, kTicksPerNano, true)) return false;
  }
  if (!m_simulation.try_advance_to(end)) return false;
  Thread& state = m_threads[thread];
  state.burst_start = now;
  state.burst_cpu = cpu;
  state.stats.busy += cpu;
  state.stats.cpu += cpu;
  ++state.stats.bursts;
  return true;
}

void Machine::schedule_next_finish() {
  if (m_running.empty()) {
    if (m_finish_event) m_simulation.cancel(*m_finish_event);
    m_finish_event.reset();
    return;
  }
  const std::int64_t remaining = std::max<std::int64_t>(0, m_running.top().finish - m_work_clock);
  const auto busy = static_cast<std::int64_t>(m_running.size());
  // Virtual time until the earliest finish at the current rate, rounded up so that the work clock
  // has reached it (or is within rounding of it) when the event fires.
  const Nanos delay = busy <= m_cores ? mul_div(remaining, 1, kTicksPerNano, true)
                                      : mul_div(remaining, busy, m_cores * kTicksPerNano, true);
  const Nanos finish_time = m_simulation.now() + delay;
  if (m_finish_event && m_finish_time == finish_time) return;  // unchanged: keep the pending event
  if (m_finish_event) m_simulation.cancel(*m_finish_event);
  m_finish_event = m_simulation.schedule_at(finish_time, *this, 0);
  m_finish_time = finish_time;
}

void Machine::on_event(std::uint64_t /*data*/) {
  m_finish_event.reset();
  advance_work_clock();
  // The event was scheduled for the earliest finish; integer rounding may leave W a few ticks short
  // of it. It is done now by construction, so W catches up to it.
  m_work_clock = std::max(m_work_clock, m_running.top().finish);

  // Collect every burst done by now (several can finish at the same instant), in finish order.
  std::vector<ThreadId>& done = m_done;  // reused: no allocation per event
  done.clear();
  const std::size_t busy_before = m_running.size();
  while (!m_running.empty() && m_running.top().finish <= m_work_clock) {
    const ThreadId thread = m_running.top().thread;
    m_running.pop();
    Thread& state = m_threads[thread];
    state.busy = false;
    state.stats.busy += m_simulation.now() - state.burst_start;
    state.stats.cpu += state.burst_cpu;
    ++state.stats.bursts;
    done.push_back(thread);
  }
  note_contention(done.front(), busy_before);
  // Clients may start new bursts from their callbacks; reschedule once, after all of them.
  m_dispatching = true;
  for (m_done_delivered = 0; m_done_delivered < done.size();) {
    const ThreadId thread = done[m_done_delivered++];
    m_threads[thread].client->on_burst_done(thread);
  }
  m_dispatching = false;
  schedule_next_finish();
}

}  // namespace looplab
