// Two-finger pinches on a touch screen, from SDL's finger events.
//
// Why: SDL turns the first finger into mouse events (so taps click and one-finger drags pan), but
// a second finger is only a finger event, and ImGui 1.86 knows nothing of fingers. Browsers report
// a trackpad pinch as ctrl+wheel, which the timeline already takes; a touch-screen pinch arrives
// here instead, and the timeline zooms by the factor this tracker measures each frame.
#pragma once

#include <cstdint>
#include <vector>

union SDL_Event;

namespace looplab::web {

struct Pinch {
  bool active = false;               // two fingers are down
  float scale = 1.0f;                // how much the fingers spread since the last frame (>1: apart, zoom in)
  float center_x = 0, center_y = 0;  // between the fingers, in canvas CSS pixels
};

class PinchTracker {
 public:
  // Feed every SDL event. `width` and `height` are the canvas size in CSS pixels (SDL reports
  // finger positions as fractions of it).
  void on_event(const SDL_Event& event, float width, float height);

  // This frame's pinch; the scale starts again from 1 for the next frame.
  Pinch take();

 private:
  struct Finger {
    std::int64_t id;
    float x, y;
  };
  std::vector<Finger> m_fingers;  // down now, in the order they touched
  float m_scale = 1.0f;
};

}  // namespace looplab::web
