// The Metrics strip (issue 6 item 6): a compact line of figures (event loop delay p50/p99/max,
// utilisation, the longest pool queue) and three sparklines over the run (delay, utilisation,
// pool queue), each with the cursor's time marked. A click on a sparkline asks to move the cursor
// to that time; the panel itself keeps only its bucket cache.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/sim/duration.h"
#include "core/view/metrics_model.h"
#include "fonts.h"

namespace looplab::web {

class MetricsPanel {
 public:
  // Draws into the current window. Returns the time the learner clicked on a sparkline (the lead
  // turns it into a cursor with view::cursor_at_time).
  std::optional<Nanos> draw(const view::MetricsModel& model, Nanos cursor_time, const Fonts& fonts);

 private:
  // The buckets are recomputed only when the model or the strip's width changes.
  struct CacheKey {
    const view::MetricsModel* model = nullptr;
    Nanos start = 0, end = 0;
    std::size_t delays = 0;
    Nanos max_delay = 0;
    std::int64_t pool_max = 0;
    double utilization = -1;
    std::size_t count = 0;

    friend bool operator==(const CacheKey&, const CacheKey&) = default;
  };
  CacheKey m_key;
  std::vector<view::MetricsBucket> m_buckets;
};

}  // namespace looplab::web
