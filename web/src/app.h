// The playground's application state and its one window (for now: the welcome window).
//
// As the Dear ImGui FAQ advises, the application owns its data and is the single source of truth;
// draw() rebuilds the view from it every frame and records what tests need to find on screen.
#pragma once

#include <map>
#include <string>

#include "fonts.h"

namespace looplab::web {

// A widget's rectangle in CSS pixels from the canvas's top-left corner.
struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;

  friend bool operator==(const WidgetRect&, const WidgetRect&) = default;
};

// What the platform layer (main.cpp) knows about the frame; published with the app's state.
struct FrameInfo {
  long frame = 0;                            // frames drawn so far, this one included
  float display_w = 0, display_h = 0;        // CSS pixels
  int framebuffer_w = 0, framebuffer_h = 0;  // device pixels
  float dpr = 1;
  double first_frame_ms = 0;  // page time of the first frame that drew the UI (0: none yet)
  int font_builds = 0;        // font atlases built so far (one more per devicePixelRatio change)
};

class App {
 public:
  // Builds this frame's windows. Call between ImGui::NewFrame() and ImGui::Render().
  void draw(const Fonts& fonts);

  // The state tests read from #looplab-state, as a JSON object.
  std::string state_json(const FrameInfo& frame, const Fonts& fonts) const;

  int hello_clicks() const { return m_hello_clicks; }

  // True once a frame has been drawn whose layout equals the previous frame's. ImGui sizes
  // auto-fitting windows from the previous frame, so the first frames can still move widgets;
  // "ready" promises that what tests read is where things stay. Latched: a later resize does
  // not clear it.
  bool ready() const { return m_ready; }

 private:
  void remember_last_item(const char* name);

  int m_hello_clicks = 0;                              // times "Say hello" was pressed
  std::map<std::string, WidgetRect> m_widget_rects;    // ordered, so the JSON is deterministic
  std::map<std::string, WidgetRect> m_previous_rects;  // last frame's, to tell when layout settled
  bool m_ready = false;
};

}  // namespace looplab::web
