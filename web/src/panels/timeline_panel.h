// The Timeline panel (issue 6 item 5): the run's threads and loop phases over virtual time.
//
// Draws a view::TimelineModel: row labels on the left, a time axis with units, bars coloured by
// what they are (palette()), labels inside bars wide enough to hold them, narrow bars folded into
// hatched "N items" bars, and the cursor as a line the learner drags. The wheel zooms around the
// mouse (ctrl+wheel too: that is how browsers report a trackpad pinch; a touch screen's pinch comes
// as a Pinch), shift+wheel or a horizontal wheel
// and dragging the plot pan, the wheel over the row labels scrolls rows that do not fit,
// double-click zooms onto a bar (or out to fit), "Zoom to fit" shows
// the whole run; when the cursor jumps out of view (stepping), the view follows it. The panel only
// keeps its view range; what the learner did comes back in TimelineResult.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/trace/trace.h"
#include "core/view/cursor.h"
#include "core/view/timeline_model.h"
#include "fonts.h"
#include "touch_gestures.h"

namespace looplab::web {

struct TimelineResult {
  std::optional<view::Cursor> cursor;  // the learner clicked or dragged the cursor here
  std::uint32_t hovered_source = 0;    // source slot of the bar under the mouse (0: none)
  std::uint32_t clicked_source = 0;    // source slot of the bar clicked this frame (0: none)
};

class TimelinePanel {
 public:
  // Draws into the current window, filling its remaining space.
  // `pinch`: this frame's two-finger pinch on a touch screen (zooms around its centre).
  TimelineResult draw(const view::TimelineModel& model, view::Cursor cursor, const Trace& trace,
                      const Fonts& fonts, const Pinch& pinch = {});

  // Shows the whole run on the next draw. After a re-run the view refits by itself unless the
  // learner has zoomed or panned since the last fit; call this to refit regardless.
  void fit() { m_fit_pending = true; }
  // The visible range, in nanoseconds of virtual time.
  double view_start() const { return m_t0; }
  double view_end() const { return m_t1; }
  void set_view(double t0, double t1);
  // The plot's rectangle last frame (screen pixels: x, y, width, height).
  const float* plot_rect() const { return m_plot_rect; }
  float rows_scrolled() const { return m_scroll_y; }  // pixels of rows scrolled out above

 private:
  void fit_to(const view::TimelineModel& model);
  void zoom_around(double anchor, double factor, const view::TimelineModel& model);
  void pan_by(double delta, const view::TimelineModel& model);

  double m_t0 = 0;
  double m_t1 = 1;
  bool m_fit_pending = true;
  bool m_following_fit = true;  // the view shows the whole run and should keep doing so
  Nanos m_fitted_start = 0, m_fitted_end = 0;
  Nanos m_last_cursor_time = -1;  // the cursor's time last frame, to follow it when it jumps
  enum class Drag : std::uint8_t { kNone, kCursor, kPan } m_drag = Drag::kNone;
  float m_drag_last_x = 0;
  float m_plot_rect[4] = {0, 0, 0, 0};
  float m_scroll_y = 0;  // rows scrolled out above the plot, in pixels
  bool m_drag_moved = false;
  std::vector<view::VisibleRow> m_visible;  // reused every frame
};

}  // namespace looplab::web
