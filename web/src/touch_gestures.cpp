#include "touch_gestures.h"

#include <SDL.h>

#include <algorithm>
#include <cmath>

namespace looplab::web {

namespace {

float distance(float ax, float ay, float bx, float by) {
  return std::hypot(ax - bx, ay - by);
}

}  // namespace

void PinchTracker::on_event(const SDL_Event& event, float width, float height) {
  if (event.type != SDL_FINGERDOWN && event.type != SDL_FINGERUP && event.type != SDL_FINGERMOTION) return;
  const std::int64_t id = event.tfinger.fingerId;
  const float x = event.tfinger.x * width;
  const float y = event.tfinger.y * height;
  auto it = std::find_if(m_fingers.begin(), m_fingers.end(), [&](const Finger& f) { return f.id == id; });
  if (event.type == SDL_FINGERDOWN) {
    if (it == m_fingers.end()) m_fingers.push_back(Finger{id, x, y});
    return;
  }
  if (event.type == SDL_FINGERUP) {
    if (it != m_fingers.end()) m_fingers.erase(it);
    return;
  }
  if (it == m_fingers.end()) return;
  // Only the first two fingers pinch; the spread's change is measured move by move.
  const auto index = static_cast<std::size_t>(it - m_fingers.begin());
  if (m_fingers.size() >= 2 && index < 2) {
    const Finger& other = m_fingers[1 - index];
    const float before = distance(it->x, it->y, other.x, other.y);
    const float after = distance(x, y, other.x, other.y);
    if (before > 1.0f && after > 1.0f) m_scale *= after / before;
  }
  it->x = x;
  it->y = y;
}

Pinch PinchTracker::take() {
  Pinch pinch;
  if (m_fingers.size() >= 2) {
    pinch.active = true;
    pinch.scale = m_scale;
    pinch.center_x = (m_fingers[0].x + m_fingers[1].x) / 2;
    pinch.center_y = (m_fingers[0].y + m_fingers[1].y) / 2;
  }
  m_scale = 1.0f;
  return pinch;
}

}  // namespace looplab::web
