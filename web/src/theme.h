// Colours and spacing of the playground, in a light and a dark variant.
//
// Panels never hard-code a colour: they take it from palette(), whose fields name what the colour
// means (a loop phase, a queue, the cursor), so both themes stay readable and consistent.
#pragma once

#include "imgui.h"

namespace looplab::web {

enum class ThemeKind { kDark, kLight };

struct Palette {
  ImVec4 background;  // behind every window (the canvas clear colour)
  ImVec4 text;        // ordinary text
  ImVec4 text_dim;    // secondary text: units, hints, times
  ImVec4 accent;      // Node green: focus, the cursor's marks, primary buttons
  ImVec4 panel;       // panel interiors (child windows)
  ImVec4 grid;        // timeline grid lines and separators
  ImVec4 cursor;      // the time cursor line in the timeline and the current step
  ImVec4 highlight;   // the running callback's source range, the current line
  ImVec4 changed;     // an item that moved in the last step
  ImVec4 error;       // stderr, error markers, a stopped run
  ImVec4 warning;     // diagnoses, late timers
  // One colour per kind of work, used alike by the loop panel, the timeline and the console.
  ImVec4 phase_timers;  // timers phase and timer callbacks
  ImVec4 phase_poll;    // poll phase and I/O callbacks
  ImVec4 phase_check;   // check phase and immediates
  ImVec4 phase_close;   // close callbacks
  ImVec4 phase_other;   // pending, idle/prepare, main script
  ImVec4 tick;          // process.nextTick queue and its callbacks
  ImVec4 microtask;     // promise jobs / queueMicrotask
  ImVec4 pool;          // thread-pool work
  ImVec4 blocking;      // CPU-bound or blocking work on the JS thread
  ImVec4 gc;            // garbage collection pauses
  ImVec4 idle;          // the loop waiting in poll
};

// Applies a theme to the current ImGui style and makes it the palette.
void apply_theme(ThemeKind kind);
ThemeKind current_theme();
const Palette& palette();

// ImGui's packed colour of a palette entry, with an optional alpha factor.
inline ImU32 color_u32(const ImVec4& color, float alpha = 1.0f) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(color.x, color.y, color.z, color.w * alpha));
}

}  // namespace looplab::web
