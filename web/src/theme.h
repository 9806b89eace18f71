// Colours and spacing of the playground.
#pragma once

namespace looplab::web {

// Applies Looplab's dark theme to the current ImGui style.
void apply_theme();

// The colour the canvas is cleared to behind every window (r, g, b in 0..1).
inline constexpr float kBackground[3] = {0.075f, 0.082f, 0.102f};

}  // namespace looplab::web
