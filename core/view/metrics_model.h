// The metrics strip's model: three series over virtual time, read from a run's trace.
//
// - Event loop delay: how late each timer callback started, from the "late by" that every
//   timer-fired event records (the runtime measures it as Node's listOnTimeout sees it: the loop
//   clock past the timer's due time). A callback that blocks the loop makes the timers behind it
//   late, so this is what a learner feels as "the loop is blocked". Summarised as p50, p99 and max
//   (nearest rank, as node::percentile and perf_hooks' histogram) for the run and per bucket.
// - Event loop utilisation: the share of time the JS thread's loop was not waiting in poll, as
//   performance.eventLoopUtilization() defines it (idle = blocked in poll, until the loop wakes).
//   Idle spans are kept with a running sum, so the busy share of any interval is two searches.
// - Thread-pool queue length: the "thread pool" queue-length events, a step function of time.
//
// buckets(t0, t1, count) cuts [t0, t1) into `count` equal buckets (one per few pixels of the strip).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/scenario/run_script.h"
#include "core/sim/duration.h"
#include "core/sim/thread_id.h"
#include "core/trace/trace.h"

namespace looplab::view {

struct DelayStats {
  std::size_t count = 0;  // timer callbacks that started in the range
  Nanos p50 = 0, p99 = 0, max = 0;
};

struct DelaySample {
  Nanos time = 0;   // when the timer's callback started
  Nanos delay = 0;  // how late it was
};

struct MetricsBucket {
  Nanos start = 0, end = 0;
  DelayStats delay;
  double utilization = 0;       // busy share of [start, end) that the run covers, 0..1
  std::int64_t pool_queue = 0;  // longest thread-pool queue during the bucket
};

class MetricsModel {
 public:
  static MetricsModel build(const scenario::ScriptRunResult& run);
  // `loop_thread`: whose loop to measure; by default the first thread that ran a phase.
  static MetricsModel build(const Trace& trace, Nanos end_time, std::optional<ThreadId> loop_thread = {});

  // Over the whole run.
  const DelayStats& delay() const { return m_delay; }
  double utilization() const { return utilization(m_start, m_end); }
  std::int64_t pool_queue_max() const { return m_pool_queue_max; }
  Nanos start() const { return m_start; }
  Nanos end() const { return m_end; }

  // Busy share of [t0, t1) ∩ the run (0 when they do not meet).
  double utilization(Nanos t0, Nanos t1) const;
  // Delay figures of the timers that fired in [t0, t1).
  DelayStats delay(Nanos t0, Nanos t1) const;
  // The thread-pool queue's length at `time` (after every event at that time).
  std::int64_t pool_queue_at(Nanos time) const;

  // [t0, t1) cut into `count` buckets (at least one).
  std::vector<MetricsBucket> buckets(Nanos t0, Nanos t1, std::size_t count) const;

  const std::vector<DelaySample>& delays() const { return m_delays; }

 private:
  struct Step {
    Nanos time = 0;
    std::int64_t value = 0;
  };
  struct IdleSpan {
    Nanos start = 0, end = 0;
    Nanos idle_before = 0;  // total idle of the spans before this one
  };
  Nanos idle_until(Nanos time) const;  // idle time in [m_start, time)
  std::int64_t pool_queue_max_in(Nanos t0, Nanos t1) const;

  std::vector<DelaySample> m_delays;  // in time order
  std::vector<IdleSpan> m_idle;       // in time order, never overlapping
  std::vector<Step> m_pool_queue;     // in time order; the length from each step's time on
  DelayStats m_delay;
  std::int64_t m_pool_queue_max = 0;
  Nanos m_start = 0, m_end = 0;
};

// The lateness a timer-fired event's text reports ("... late by 37.595 µs)"), if it has one.
std::optional<Nanos> timer_lateness(const TraceEvent& event);

}  // namespace looplab::view
