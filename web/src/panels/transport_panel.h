// The transport bar (issue 6 item 7): run/pause, step (one queue movement), step over (one
// callback), step back, jump to start/end, playback speed; each with a keyboard shortcut. It only
// reports what the learner asked for: the app moves the cursor.
#pragma once

#include <span>

#include "core/view/cursor.h"
#include "fonts.h"
#include "imgui.h"

namespace looplab::web {

enum class TransportAction {
  kNone,
  kToStart,
  kBackCallback,  // to the start of the previous callback
  kStepBack,      // one queue movement back
  kPlayPause,
  kStep,      // one queue movement
  kStepOver,  // to the end of the next callback
  kToEnd,
};

struct TransportState {
  bool playing = false;
  int speed_index = 2;  // into kSpeeds
};

// Steps per second while playing.
inline constexpr float kSpeeds[] = {2.0f, 5.0f, 10.0f, 25.0f, 60.0f};
inline constexpr const char* kSpeedNames[] = {"0.2x", "0.5x", "1x", "2.5x", "6x"};

struct ShortcutHelp {
  const char* keys;
  const char* what;
};
// The transport's keys, for the help popup.
std::span<const ShortcutHelp> transport_shortcuts();

// Draws the bar; `time_text` says where the cursor is ("12.345 ms · step 40 of 310").
// `play_rect` receives the Run/Pause button's rectangle (x, y, w, h), for tests.
TransportAction draw_transport(TransportState& state, const char* time_text, const Fonts& fonts,
                               ImVec4* play_rect = nullptr);

// The shortcut pressed this frame (when no text field has the keyboard), or kNone.
TransportAction transport_shortcut();

}  // namespace looplab::web
