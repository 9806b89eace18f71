// Step positions: which trace events make a step, and which only complete the step before them.
#include "core/view/steps.h"

#include <algorithm>
#include <string_view>

namespace looplab::view {
namespace {

// Events that move something the loop panel shows; the rest is bookkeeping.
bool significant(TraceKind kind) {
  switch (kind) {
    case TraceKind::kQueueLength:
    case TraceKind::kHandleOpen:
    case TraceKind::kHandleRef:
    case TraceKind::kCpuContention:
      return false;
    default:
      return true;
  }
}

bool pool_kind(TraceKind kind) {
  return kind == TraceKind::kPoolQueued || kind == TraceKind::kPoolStarted ||
         kind == TraceKind::kPoolFinished;
}

// Whether `next` only completes `previous` (the significant event before it) and shares its step.
bool continues(const TraceEvent& previous, const TraceEvent& next) {
  switch (next.kind) {
    case TraceKind::kPhase:
    case TraceKind::kProcessExit:
      return previous.kind == TraceKind::kPhaseEnd;
    case TraceKind::kPollWait:
      return previous.kind == TraceKind::kPhase;
    case TraceKind::kCallbackStart:
      return previous.kind == TraceKind::kQueuePop || previous.kind == TraceKind::kTimerFired;
    case TraceKind::kQueuePop:
      return previous.kind == TraceKind::kHandleClose && std::string_view(next.text).starts_with("closing ");
    case TraceKind::kTimerArmed:  // an interval goes back on its list as its callback returns
      return previous.kind == TraceKind::kCallbackEnd &&
             next.text.find(" again, due at ") != std::string::npos;
    case TraceKind::kPoolStarted:
      return pool_kind(previous.kind) && previous.time == next.time;
    case TraceKind::kQueuePush:
      return pool_kind(previous.kind) && previous.time == next.time &&
             std::string_view(next.text).starts_with("completed ");
    default:
      return false;
  }
}

// The index of the last significant event before `index`, or `index` itself if there is none.
std::size_t previous_significant(const std::vector<TraceEvent>& events, std::size_t index) {
  for (std::size_t k = index; k > 0; --k) {
    if (significant(events[k - 1].kind)) return k - 1;
  }
  return index;
}

bool is_step_at(const std::vector<TraceEvent>& events, std::size_t index) {
  if (index == 0 || index >= events.size()) return true;
  if (!significant(events[index].kind)) return false;
  const std::size_t previous = previous_significant(events, index);
  return previous == index || !continues(events[previous], events[index]);
}

}  // namespace

bool is_step(const Trace& trace, Cursor cursor) {
  return is_step_at(trace.events(), cursor.event);
}

Cursor next_step(const Trace& trace, Cursor cursor) {
  const auto& events = trace.events();
  const std::size_t n = events.size();
  if (cursor.event >= n) return Cursor{n};
  // Walk forward remembering the last significant event, so each candidate costs O(1).
  std::size_t last = previous_significant(events, cursor.event + 1);
  bool have_last = last != cursor.event + 1;
  for (std::size_t j = cursor.event + 1; j < n; ++j) {
    if (!significant(events[j].kind)) continue;
    if (!have_last || !continues(events[last], events[j])) return Cursor{j};
    last = j;
    have_last = true;
  }
  return Cursor{n};
}

Cursor previous_step(const Trace& trace, Cursor cursor) {
  const auto& events = trace.events();
  std::size_t j = std::min(cursor.event, events.size());
  while (j > 0) {
    --j;
    if (is_step_at(events, j)) return Cursor{j};
  }
  return Cursor{0};
}

Cursor next_callback_end(const Trace& trace, Cursor cursor) {
  const auto& events = trace.events();
  for (std::size_t k = cursor.event; k < events.size(); ++k) {
    if (events[k].kind == TraceKind::kCallbackEnd) return next_step(trace, Cursor{k});
  }
  return end_of(trace);
}

Cursor previous_callback_start(const Trace& trace, Cursor cursor) {
  const auto& events = trace.events();
  for (std::size_t k = std::min(cursor.event, events.size()); k > 0; --k) {
    if (events[k - 1].kind != TraceKind::kCallbackStart) continue;
    const Cursor start{k - 1};
    return is_step(trace, start) ? start : previous_step(trace, start);
  }
  return Cursor{0};
}

}  // namespace looplab::view
