// The playground's view models (core/view/) turn a finished run into what each panel shows. They
// read the run (scenario::ScriptRunResult: its trace, output and source table) and never change it;
// the web front-end draws them with ImGui, and tests check them natively.
//
// Every panel speaks of one position in the run: the cursor. Cursor{n} is the moment after the
// first n trace events happened, so Cursor{0} is before anything ran and Cursor{events.size()} is
// the end. Stepping moves n; the timeline converts between cursors and virtual time.
#pragma once

#include <cstddef>

#include "core/sim/duration.h"
#include "core/trace/trace.h"

namespace looplab::view {

struct Cursor {
  std::size_t event = 0;  // events [0, event) have happened

  friend bool operator==(const Cursor&, const Cursor&) = default;
};

// The virtual time at a cursor: that of the last event that happened (0 before any).
Nanos time_at(const Trace& trace, Cursor cursor);

// The cursor at time `time`: every event at or before it has happened. Binary search: the
// timeline calls it while the learner drags.
Cursor cursor_at_time(const Trace& trace, Nanos time);

// The end of the run: every event happened.
inline Cursor end_of(const Trace& trace) {
  return Cursor{trace.events().size()};
}

}  // namespace looplab::view
