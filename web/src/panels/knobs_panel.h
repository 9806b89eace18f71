// The Knobs panel (issue 6 item 2): the simulated machine (thread pool size, CPU cores, Node
// version behaviour, the profile's costs and latencies, each with its unit and default). The
// script's own numbers are listed by the app beside it (they come from the source text).
#pragma once

#include "core/view/session.h"
#include "fonts.h"
#include "imgui.h"

namespace looplab::web {

// Draws the knobs for `knobs`; true when the learner changed one (the app re-runs).
// `threadpool_rect` receives the thread pool slider's rectangle (x, y, w, h), for tests.
bool draw_knobs_panel(view::Knobs& knobs, const Fonts& fonts, ImVec4* threadpool_rect = nullptr);

}  // namespace looplab::web
