// Tells ImGui where the mouse is from SDL's events, whatever has the keyboard focus.
//
// Why: ImGui 1.86's SDL backend polls the mouse position only while the SDL window has keyboard
// focus (under Emscripten it cannot ask SDL which window the mouse hovers). A playground embedded
// in a course page usually does not have the focus — the page around it has — and then ImGui saw
// no mouse at all: no hover, and clicks on buttons were lost. The events carry the position
// whatever the focus, so this tracker follows them and overrides the polled position.
//
// The buttons too: the backend ORs in SDL_GetMouseState(), which already holds presses still
// waiting in main.cpp's queue (a tap's press is held back a frame so its new position is hovered
// first; ImGui's tabs ignore a press where another item was hovered the frame before).
#pragma once

union SDL_Event;
struct ImGuiIO;

namespace looplab::web {

class MouseTracker {
 public:
  // Feed every SDL event (before or after ImGui's backend sees it).
  void on_event(const SDL_Event& event);

  // Call after ImGui_ImplSDL2_NewFrame() and before ImGui::NewFrame().
  void apply(ImGuiIO& io);

 private:
  bool m_inside = false;  // the pointer is over the canvas
  // Buttons as the events handed over so far say (left, right, middle), and presses since the
  // last apply() (a click shorter than a frame still counts as held for one frame).
  bool m_down[3] = {false, false, false};
  bool m_pressed[3] = {false, false, false};
  float m_x = 0, m_y = 0;  // last position, CSS pixels from the canvas's top-left corner
};

}  // namespace looplab::web
