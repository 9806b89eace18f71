// Tells ImGui where the mouse is from SDL's events, whatever has the keyboard focus.
//
// Why: ImGui 1.86's SDL backend polls the mouse position only while the SDL window has keyboard
// focus (under Emscripten it cannot ask SDL which window the mouse hovers). A playground embedded
// in a course page usually does not have the focus — the page around it has — and then ImGui saw
// no mouse at all: no hover, and clicks on buttons were lost. The events carry the position
// whatever the focus, so this tracker follows them and overrides the polled position.
#pragma once

union SDL_Event;
struct ImGuiIO;

namespace looplab::web {

class MouseTracker {
 public:
  // Feed every SDL event (before or after ImGui's backend sees it).
  void on_event(const SDL_Event& event);

  // Call after ImGui_ImplSDL2_NewFrame() and before ImGui::NewFrame().
  void apply(ImGuiIO& io) const;

 private:
  bool m_inside = false;   // the pointer is over the canvas
  float m_x = 0, m_y = 0;  // last position, CSS pixels from the canvas's top-left corner
};

}  // namespace looplab::web
