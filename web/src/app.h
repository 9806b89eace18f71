// The playground's application: the learner's session (script, knobs, runs), the cursor through
// the shown run, and the panels around them.
//
// As the Dear ImGui FAQ advises, the application owns its data and is the single source of truth;
// draw() rebuilds the view from it every frame. The simulation is re-run after an edit settles
// (a short debounce on the page clock); the cursor only moves when the learner moves it (or
// presses Run, which steps it at the chosen speed): nothing is animated that cannot be rewound.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/scenario/orders.h"
#include "core/view/console_model.h"
#include "core/view/cursor.h"
#include "core/view/loop_state.h"
#include "core/view/metrics_model.h"
#include "core/view/session.h"
#include "core/view/timeline_model.h"
#include "fonts.h"
#include "panels/code_editor.h"
#include "panels/metrics_panel.h"
#include "panels/timeline_panel.h"
#include "panels/transport_panel.h"
#include "theme.h"

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
  // The CPU time of the recent frames (input, UI, draw calls; not a re-simulation), ms, newest last:
  // for web_frame_ms_p99.
  std::vector<double> frame_ms;
};

class App {
 public:
  App();

  // Builds this frame's windows. Call between ImGui::NewFrame() and ImGui::Render(). `now_ms` is
  // the page clock, used only for the edit debounce, autosave and playback pacing.
  void draw(const Fonts& fonts, double now_ms);
  // This frame's touch-screen pinch (main.cpp measures it from SDL's finger events).
  void set_pinch(const Pinch& pinch) { m_pinch = pinch; }

  // The state tests read from #looplab-state, as a JSON object.
  std::string state_json(const FrameInfo& frame, const Fonts& fonts) const;

  // True once a frame has been drawn whose layout equals the previous frame's (ImGui sizes
  // auto-fitting windows from the previous frame). Latched.
  bool ready() const { return m_ready; }

  // Milliseconds the last re-simulation took (run + view models), for the benchmark.
  double last_run_ms() const { return m_last_run_ms; }
  // Runs made so far (moves when a new run is shown).
  std::uint64_t generation() const { return m_session.generation(); }

  // The page's calls (main.cpp exports): a script typed in from outside, an example run now.
  void set_script(std::string source, double now_ms) { edit_source(std::move(source), now_ms); }
  double run_example_now(int index);

 private:
  void restore_or_default();
  void edit_source(std::string source, double now_ms);
  void rerun(double now_ms);
  void rebuild_views();
  void apply(TransportAction action);
  void publish_mirror();
  void autosave();

  void draw_menu_bar(const Fonts& fonts);
  void draw_transport_window(const ImVec2& pos, const ImVec2& size, const Fonts& fonts);
  void draw_editor(const Fonts& fonts);
  void draw_console(const Fonts& fonts);
  void draw_knobs(const Fonts& fonts);
  void draw_timeline(const Fonts& fonts);
  void draw_loop(const Fonts& fonts);
  void draw_orders(const Fonts& fonts);
  void maybe_explore_orders(double now_ms);
  void step_orders(double now_ms);
  void draw_help_popup();
  void begin_panel(const char* title, const ImVec2& pos, const ImVec2& size);
  void remember_last_item(const char* name);

  view::Session m_session;
  CodeEditor m_editor;
  std::string m_editor_text;  // what the editor shows (may be ahead of the session's source)
  double m_edit_ms = -1;      // page time of the last unsaved edit (-1: none pending)
  double m_autosave_ms = -1;  // page time of the last change not yet autosaved
  double m_last_run_ms = 0;
  double m_run_done_ms = -1;
  Pinch m_pinch;  // page time the last re-run finished
  std::uint64_t m_shown_generation = ~std::uint64_t{0};

  view::ConsoleModel m_console;
  // "Other possible orders" of the run shown: explored a few runs per frame, by itself once the
  // script has settled (see maybe_explore_orders), or on request when one run is too slow.
  std::optional<scenario::OrdersExplorer> m_orders;
  std::optional<scenario::OrdersReport> m_orders_report;
  bool m_orders_auto = false;      // the exploration under way started by itself
  bool m_orders_declined = false;  // it stopped: one run was too slow; the button is offered
  int m_order_shown = 0;           // 0: this run's output; k: possible output k (1-based) of the report
  std::optional<view::LoopStateIndex> m_loop;  // over the shown run's trace
  view::LoopSnapshot m_snapshot;               // the loop at the cursor, this frame
  view::TimelineModel m_timeline;
  view::MetricsModel m_metrics;
  TimelinePanel m_timeline_panel;
  MetricsPanel m_metrics_panel;
  view::Cursor m_cursor;
  TransportState m_transport;
  double m_next_play_ms = 0;
  bool m_show_help = false;
  bool m_help_shown = false;  // the shortcuts popup was drawn this frame
  bool m_narrow = false;
  int m_narrow_tab = 0;
  std::string m_mirror;  // the text last sent to the aria-live mirror

  std::map<std::string, WidgetRect> m_widget_rects;    // ordered, so the JSON is deterministic
  std::map<std::string, WidgetRect> m_previous_rects;  // last frame's, to tell when layout settled
  bool m_ready = false;
};

}  // namespace looplab::web
