#include "core/view/cursor.h"

#include <algorithm>

namespace looplab::view {

Nanos time_at(const Trace& trace, Cursor cursor) {
  const auto& events = trace.events();
  const std::size_t n = std::min(cursor.event, events.size());
  return n == 0 ? 0 : events[n - 1].time;
}

Cursor cursor_at_time(const Trace& trace, Nanos time) {
  const auto& events = trace.events();
  // Events are recorded in time order: the first event later than `time` bounds the cursor.
  const auto later = std::upper_bound(events.begin(), events.end(), time,
                                      [](Nanos t, const TraceEvent& event) { return t < event.time; });
  return Cursor{static_cast<std::size_t>(later - events.begin())};
}

}  // namespace looplab::view
