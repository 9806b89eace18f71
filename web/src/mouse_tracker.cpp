#include "mouse_tracker.h"

#include <SDL.h>

#include <cfloat>

#include "imgui.h"

namespace looplab::web {

namespace {

// ImGui's button index for an SDL button (left 0, right 1, middle 2), or -1.
int button_index(Uint8 button) {
  if (button == SDL_BUTTON_LEFT) return 0;
  if (button == SDL_BUTTON_RIGHT) return 1;
  if (button == SDL_BUTTON_MIDDLE) return 2;
  return -1;
}

}  // namespace

void MouseTracker::on_event(const SDL_Event& event) {
  switch (event.type) {
    case SDL_MOUSEMOTION:
      m_inside = true;
      m_x = static_cast<float>(event.motion.x);
      m_y = static_cast<float>(event.motion.y);
      break;
    case SDL_MOUSEBUTTONDOWN:  // presses only come from the canvas
      m_inside = true;
      m_x = static_cast<float>(event.button.x);
      m_y = static_cast<float>(event.button.y);
      if (int i = button_index(event.button.button); i >= 0) m_down[i] = m_pressed[i] = true;
      break;
    case SDL_MOUSEBUTTONUP:
      // SDL listens for releases on the whole document: a drag can end outside the canvas, after
      // the pointer left it. The release position counts, but it does not bring the pointer back.
      m_x = static_cast<float>(event.button.x);
      m_y = static_cast<float>(event.button.y);
      if (int i = button_index(event.button.button); i >= 0) m_down[i] = false;
      break;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_LEAVE) m_inside = false;
      if (event.window.event == SDL_WINDOWEVENT_ENTER) m_inside = true;
      break;
    default:
      break;
  }
}

void MouseTracker::apply(ImGuiIO& io) {
  for (int i = 0; i < 3; ++i) {
    io.MouseDown[i] = m_down[i] || m_pressed[i];
    m_pressed[i] = false;
  }
  // While a button is held outside the canvas, keep the last position so drags end cleanly.
  if (m_inside || ImGui::IsAnyMouseDown()) {
    io.MousePos = ImVec2(m_x, m_y);
  } else {
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  }
}

}  // namespace looplab::web
