// Stepping through a run: where "step", "step over" and "step back" move the cursor.
//
// A step is one visible movement of the loop: a phase change, a callback starting or ending, an
// item joining or leaving a queue, a timer armed, cleared or fired, a thread-pool task queued,
// started or finished, poll starting to wait, an output line, the process exiting. Bookkeeping
// events (queue lengths, handle refs, CPU contention) never make a step of their own: they belong
// to the step before them.
//
// A step position is the cursor just before such an event, so everything the previous step did,
// bookkeeping included, has happened. Some events only complete the one before them and share its
// step, so that every position shows a state worth looking at:
//
//   phase end      -> phase / process exit   the loop goes from one phase to the next
//   phase          -> poll wait              poll begins and blocks
//   queue pop      -> callback start         a callback leaves its queue and runs
//   timer fired    -> callback start         a due timer runs
//   callback end   -> timer armed "again"    an interval's callback returns and it is re-armed
//   handle close   -> queue pop (closing)    a closed handle's callback is taken
//   pool queued / started / finished -> pool started / completed push, at the same instant:
//                                            a pool thread hands over or picks up work
//
// Cursor{0} and the end of the trace are step positions too, so stepping is clamped to the run.
#pragma once

#include "core/trace/trace.h"
#include "core/view/cursor.h"

namespace looplab::view {

// Whether the cursor sits at a step position.
bool is_step(const Trace& trace, Cursor cursor);

// Step: the first step position after the cursor (the end if none).
Cursor next_step(const Trace& trace, Cursor cursor);

// Step back: the last step position before the cursor (Cursor{0} if none). From a position
// between steps (after scrubbing) it goes to the start of the step the cursor is inside.
Cursor previous_step(const Trace& trace, Cursor cursor);

// Step over: the step position just after the first callback end that has not happened yet, so
// one whole callback runs (the current one, when the cursor is inside a callback).
Cursor next_callback_end(const Trace& trace, Cursor cursor);

// Step back over: the step position just before the latest callback start that has happened (its
// pop included), so from inside or just after a callback it goes back to before it began.
Cursor previous_callback_start(const Trace& trace, Cursor cursor);

}  // namespace looplab::view
