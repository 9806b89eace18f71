// What Node's diagnostics report, computed from the model: perf_hooks.monitorEventLoopDelay's
// histogram and performance.eventLoopUtilization().
#pragma once

#include <cstdint>
#include <vector>

#include "core/sim/duration.h"

namespace looplab::node {

// monitorEventLoopDelay({ resolution }) (src/histogram.cc, ELDHistogram): a repeating, unref'd
// libuv timer fires every `resolution` ms; each firing records the time since the previous one
// (RecordDelta; the first firing only sets the reference). A free loop records about `resolution`;
// a blocked one records the whole blocked stretch. The values are intervals, not "delay beyond".
struct EventLoopDelay {
  std::uint64_t count = 0;
  Nanos min = 0, max = 0, mean = 0;  // mean rounded down to the nanosecond
  Nanos p50 = 0, p99 = 0;            // nearest-rank percentiles (HdrHistogram's, without its buckets)
};

EventLoopDelay summarize_delays(std::vector<Nanos> samples);

// Nearest rank: the smallest sample such that at least `percent` % of all samples are <= it.
Nanos percentile(const std::vector<Nanos>& sorted, double percent);

// performance.eventLoopUtilization(): `idle` is the time the loop spent blocked in poll, `active`
// the rest of the time since the loop started; utilization = active / (idle + active).
struct EventLoopUtilization {
  Nanos idle = 0;
  Nanos active = 0;
  double utilization = 0;
};

}  // namespace looplab::node
