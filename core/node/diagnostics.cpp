#include "core/node/diagnostics.h"

#include <algorithm>
#include <cmath>

namespace looplab::node {

Nanos percentile(const std::vector<Nanos>& sorted, double percent) {
  if (sorted.empty()) return 0;
  const double rank = std::ceil(percent / 100.0 * static_cast<double>(sorted.size()));
  const auto index = static_cast<std::size_t>(std::max(1.0, rank)) - 1;
  return sorted[std::min(index, sorted.size() - 1)];
}

EventLoopDelay summarize_delays(std::vector<Nanos> samples) {
  EventLoopDelay result;
  if (samples.empty()) return result;
  std::sort(samples.begin(), samples.end());
  result.count = samples.size();
  result.min = samples.front();
  result.max = samples.back();
  Nanos total = 0;
  for (Nanos sample : samples) total += sample;
  result.mean = total / static_cast<Nanos>(samples.size());
  result.p50 = percentile(samples, 50);
  result.p99 = percentile(samples, 99);
  return result;
}

}  // namespace looplab::node
