// The Event loop panel (issue 6 item 4): at the cursor, the libuv phase wheel with the current
// phase lit, the running callback (the call stack), the nextTick and microtask queues, timers with
// their due times, immediates, pending I/O and closing handles as rows of chips, then the thread
// pool: one row per thread with its task and progress, and the pool's waiting queue. What moved in
// the last step is outlined in the palette's "changed" colour.
#pragma once

#include <cstdint>

#include "core/view/loop_state.h"
#include "fonts.h"

namespace looplab::web {

struct LoopPanelAction {
  std::uint32_t hovered_source = 0;  // the hovered item's callback (0: none), for the editor
  std::uint32_t clicked_source = 0;  // the clicked item's callback (0: none)
};

// Draws inside the caller's window; the snapshot is LoopStateIndex::at(cursor).
LoopPanelAction draw_loop_panel(const view::LoopSnapshot& snapshot, const Fonts& fonts);

}  // namespace looplab::web
