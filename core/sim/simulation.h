// The simulation: a virtual clock and the event queue that moves it.
//
// Time only moves here: run() pops the next event, sets now() to its time and hands it to its sink.
// Models (CPUs, loops, thread pools) schedule events for themselves and react in on_event(). There is
// no global state: several simulations can live side by side (an embed page may hold several).
//
// Guards: a run stops with a diagnosis, never a hang, when it reaches the event cap or the virtual
// time cap (RunLimits), or when a model asks it to stop (request_stop, e.g. a callback that has
// blocked its loop for too long).
#pragma once

#include <cstdint>
#include <string>

#include "core/sim/duration.h"
#include "core/sim/event_queue.h"

namespace looplab {

// Receives the events it scheduled. `data` is whatever the sink passed to schedule_*.
class EventSink {
 public:
  virtual void on_event(std::uint64_t data) = 0;

 protected:
  ~EventSink() = default;
};

struct RunLimits {
  std::uint64_t max_events = 100'000'000;   // a scenario this large is a runaway, not a lesson
  Nanos max_time = 3600 * kNanosPerSecond;  // one hour of simulated time
};

enum class StopReason {
  kIdle,        // no events left: the simulation has finished
  kEventLimit,  // RunLimits::max_events reached
  kTimeLimit,   // the next event lies beyond RunLimits::max_time
  kRequested,   // a model called request_stop()
};

struct RunResult {
  StopReason reason = StopReason::kIdle;
  std::uint64_t events = 0;  // events run by this call
  Nanos end_time = 0;        // now() when it stopped
  std::string diagnosis;     // empty for kIdle; otherwise one sentence a learner can read
};

class Simulation {
 public:
  Nanos now() const { return m_now; }

  // Schedules sink.on_event(data) at `time` (>= now()) or after `delay` (>= 0). Events at the same
  // time run in the order they were scheduled.
  EventSeq schedule_at(Nanos time, EventSink& sink, std::uint64_t data);
  EventSeq schedule_after(Nanos delay, EventSink& sink, std::uint64_t data);

  // Cancels a pending event (one that has been scheduled and has not run).
  void cancel(EventSeq seq) { m_queue.cancel(seq); }

  std::size_t pending() const { return m_queue.size(); }
  std::uint64_t events_run() const { return m_events_run; }

  // Runs one event. Returns false if there was none.
  bool step();

  // Moves the clock to `time` at once, as if an event there had just run, when nothing else could
  // happen first: only inside run(), only before the next queued event (strictly: an event already
  // queued for the same instant runs first), and only within the run's limits. Counts as an event.
  // Returns false (and changes nothing) otherwise; the caller then schedules an event as usual.
  // Why: a thread running callbacks back to back would otherwise push and pop an event per burst.
  bool try_advance_to(Nanos time);

  // Runs events until none are left or a guard stops it.
  RunResult run(const RunLimits& limits = {});

  // Asks run() to stop after the current event, with `diagnosis` as the reason.
  void request_stop(std::string diagnosis);

 private:
  struct Event {
    EventSink* sink;
    std::uint64_t data;
  };

  EventQueue<Event> m_queue;
  const RunLimits* m_limits = nullptr;  // the limits of the run() under way, if any
  std::uint64_t m_run_start_events = 0;
  Nanos m_now = 0;
  std::uint64_t m_events_run = 0;
  bool m_stop_requested = false;
  std::string m_stop_diagnosis;
};

}  // namespace looplab
