// The Execution order panel (issue 6 item 3): the run's output lines in order, each with its
// virtual time, thread and phase; stderr and the exit code set apart; the line at the cursor
// marked; a click on a line moves the cursor to that moment.
#pragma once

#include <optional>

#include "core/view/console_model.h"
#include "fonts.h"

namespace looplab::web {

struct ConsoleAction {
  std::optional<view::Cursor> jump_to;  // the learner clicked a line
  std::uint32_t hovered_source = 0;     // the hovered line's callback (0: none)
  // Where the first output line was drawn (screen pixels), when it was: the page's tests tap it.
  bool first_line_drawn = false;
  float first_line_x = 0, first_line_y = 0, first_line_w = 0, first_line_h = 0;
};

// `stale`: the script has a syntax error now and this is an earlier run (drawn dimmed).
ConsoleAction draw_console_panel(const view::ConsoleModel& console, view::Cursor cursor, bool stale,
                                 const Fonts& fonts);

}  // namespace looplab::web
