#include "app.h"

#include <algorithm>
#include <cstdio>

#include "core/base/version.h"
#include "core/trace/export.h"
#include "core/view/knobs_text.h"
#include "core/view/steps.h"
#include "dom_bridge.h"
#include "examples.h"
#include "imgui.h"
#include "panels/console_panel.h"
#include "panels/knobs_panel.h"
#include "panels/loop_panel.h"

namespace looplab::web {

namespace {

// Where the autosave lives in the browser (localStorage keys; bump the suffix if the form changes).
constexpr const char* kScriptKey = "looplab.script.v1";
constexpr const char* kKnobsKey = "looplab.knobs.v1";

// An edit re-runs the simulation once typing pauses this long.
constexpr double kDebounceMs = 150.0;
constexpr double kAutosaveMs = 400.0;
// Possible orders are looked for by themselves this long after a run, unless one of the explorer's
// runs takes more than kAutoOrdersMaxRunMs (it makes a few dozen, a frame's budget at a time).
constexpr double kOrdersIdleMs = 300.0;
constexpr double kAutoOrdersMaxRunMs = 25.0;
constexpr double kOrdersFrameBudgetMs = 8.0;

// Below this width the panels become tabs.
constexpr float kNarrowWidth = 900.0f;

std::string format_float(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;

}  // namespace

App::App() {
  restore_or_default();
}

void App::restore_or_default() {
  bool found = false;
  std::string script = storage_read(kScriptKey, &found);
  if (!found) script = std::string(examples().front().source);
  const std::string knobs = storage_read(kKnobsKey);
  m_session.set_knobs(view::knobs_from_text(knobs));
  m_editor_text = script;
  m_editor.set_text(script);
  m_session.set_source(std::move(script));
}

void App::edit_source(std::string source, double now_ms) {
  if (source != m_editor.text()) m_editor.set_text(source);  // from outside the editor (an example)
  m_editor_text = std::move(source);
  m_edit_ms = now_ms;
  m_autosave_ms = now_ms;
}

void App::rerun(double now_ms) {
  const double started = page_time_ms();
  const bool at_end =
      m_cursor == (m_session.shown() ? view::end_of(m_session.shown()->trace) : view::Cursor{});
  const Nanos time = m_session.shown() ? view::time_at(m_session.shown()->trace, m_cursor) : 0;
  m_session.set_source(m_editor_text);
  m_session.run();
  if (m_session.generation() != m_shown_generation) {
    rebuild_views();
    const Trace& trace = m_session.shown()->trace;
    // Stay at the same moment while stepping through; a learner at the end sees the new end.
    m_cursor = at_end || m_shown_generation == ~std::uint64_t{0} ? view::end_of(trace)
                                                                 : view::cursor_at_time(trace, time);
    m_shown_generation = m_session.generation();
  }
  publish_mirror();
  m_edit_ms = -1;
  m_last_run_ms = page_time_ms() - started;
  m_run_done_ms = page_time_ms();
  (void)now_ms;
}

double App::run_example_now(int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= examples().size()) return -1;
  edit_source(std::string(examples()[static_cast<std::size_t>(index)].source), page_time_ms());
  rerun(page_time_ms());
  return m_last_run_ms;
}

void App::rebuild_views() {
  const scenario::ScriptRunResult& run = *m_session.shown();
  m_console = view::build_console(run);
  m_orders.reset();
  m_orders_report.reset();
  m_orders_declined = false;
  m_order_shown = 0;
  m_loop.emplace(run.trace);
  m_timeline = view::TimelineModel::build(run);
  m_metrics = view::MetricsModel::build(run);
}

void App::apply(TransportAction action) {
  if (m_session.shown() == nullptr) return;
  const Trace& trace = m_session.shown()->trace;
  const std::size_t end = trace.events().size();
  std::size_t& at = m_cursor.event;
  switch (action) {
    case TransportAction::kNone:
      break;
    case TransportAction::kToStart:
      at = 0;
      m_transport.playing = false;
      break;
    case TransportAction::kToEnd:
      at = end;
      m_transport.playing = false;
      break;
    case TransportAction::kPlayPause:
      if (!m_transport.playing && at >= end) at = 0;  // Run at the end starts over
      m_transport.playing = !m_transport.playing;
      break;
    case TransportAction::kStep:
      m_cursor = view::next_step(trace, m_cursor);
      break;
    case TransportAction::kStepBack:
      m_cursor = view::previous_step(trace, m_cursor);
      break;
    case TransportAction::kStepOver:
      m_cursor = view::next_callback_end(trace, m_cursor);
      break;
    case TransportAction::kBackCallback:
      m_cursor = view::previous_callback_start(trace, m_cursor);
      break;
  }
}

void App::publish_mirror() {
  std::string text;
  if (m_session.syntax_error()) {
    const js::CompileError& error = *m_session.syntax_error();
    text += "Syntax error at line " + std::to_string(error.line) + ", column " +
            std::to_string(error.column) + ": " + error.message + "\n";
  }
  for (const view::ConsoleLine& line : m_console.lines) {
    text += (line.stream == node::Stream::kStderr ? "stderr: " : "") + line.text + "\n";
  }
  if (!m_console.diagnosis.empty()) {
    text += "Stopped by Looplab: " + m_console.diagnosis + "\n";
  } else if (m_console.exited) {
    text += "Process exited with code " + std::to_string(m_console.exit_code) + "\n";
  }
  if (text != m_mirror) {
    m_mirror = text;
    mirror_output(text);
  }
}

void App::autosave() {
  storage_write(kScriptKey, m_editor_text);
  storage_write(kKnobsKey, view::knobs_to_text(m_session.knobs()));
  m_autosave_ms = -1;
}

void App::begin_panel(const char* title, const ImVec2& pos, const ImVec2& size) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  ImGui::Begin(title, nullptr, kPanelFlags);
}

void App::draw(const Fonts& fonts, double now_ms) {
  m_previous_rects = m_widget_rects;
  // The first run, and a re-run once an edit has settled.
  bool ran = false;
  if (m_session.shown() == nullptr || (m_edit_ms >= 0 && now_ms - m_edit_ms >= kDebounceMs) ||
      (m_session.dirty() && m_edit_ms < 0)) {
    rerun(now_ms);
    ran = true;
  }
  if (m_autosave_ms >= 0 && now_ms - m_autosave_ms >= kAutosaveMs) autosave();

  // Playback: one step per tick of the chosen speed.
  if (m_transport.playing && m_session.shown() != nullptr) {
    if (now_ms >= m_next_play_ms) {
      apply(TransportAction::kStep);
      m_next_play_ms = now_ms + 1000.0 / kSpeeds[m_transport.speed_index];
      if (m_cursor == view::end_of(m_session.shown()->trace)) m_transport.playing = false;
    }
  }
  apply(transport_shortcut());
  maybe_explore_orders(now_ms);
  step_orders(now_ms);
  // In a frame that neither ran nor explored: free the last run's engine, then bootstrap the next
  // run's, so the run after the next edit only compiles and runs the script.
  // Otherwise, while the page is idle after loading, compile one more library module into the
  // compile cache, so a script's first require of fs does not stall a frame.
  if (!ran && !m_orders) {
    if (m_session.has_spent_engine()) {
      m_session.free_spent_engine();
    } else if (!m_session.next_run_prepared()) {
      m_session.prepare_next_run();
    } else if (!m_session.warmed_up()) {
      m_session.warm_up_step();
    }
  }
  if (m_loop) m_snapshot = m_loop->at(m_cursor);

  draw_menu_bar(fonts);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImVec2 origin = viewport->WorkPos;
  const ImVec2 area = viewport->WorkSize;
  m_narrow = area.x < kNarrowWidth;
  const float bar = 44.0f;
  draw_transport_window(origin, ImVec2(area.x, bar), fonts);
  const ImVec2 body(origin.x, origin.y + bar);
  const ImVec2 body_size(area.x, std::max(100.0f, area.y - bar));

  if (m_narrow) {
    // Small screens: one panel at a time, chosen by tabs.
    ImGui::SetNextWindowPos(body, ImGuiCond_Always);
    ImGui::SetNextWindowSize(body_size, ImGuiCond_Always);
    ImGui::Begin("##narrow", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
    if (ImGui::BeginTabBar("panels")) {
      const char* names[] = {"Code", "Output", "Event loop", "Timeline", "Knobs"};
      const char* ids[] = {"tab_code", "tab_output", "tab_loop", "tab_timeline", "tab_knobs"};
      for (int i = 0; i < IM_ARRAYSIZE(names); ++i) {
        const bool open = ImGui::BeginTabItem(names[i]);
        remember_last_item(ids[i]);
        if (open) {
          m_narrow_tab = i;
          ImGui::EndTabItem();
        }
      }
      ImGui::EndTabBar();
    }
    if (m_narrow_tab == 0) draw_editor(fonts);
    if (m_narrow_tab == 1) draw_console(fonts);
    if (m_narrow_tab == 2) draw_loop(fonts);
    if (m_narrow_tab == 3) draw_timeline(fonts);
    if (m_narrow_tab == 4) draw_knobs(fonts);
    ImGui::End();
  } else {
    const float left_w = std::max(380.0f, body_size.x * 0.40f);
    const float editor_h = body_size.y * 0.62f;
    begin_panel("Code###code", body, ImVec2(left_w, editor_h));
    draw_editor(fonts);
    ImGui::End();
    begin_panel("Knobs###knobs", ImVec2(body.x, body.y + editor_h), ImVec2(left_w, body_size.y - editor_h));
    draw_knobs(fonts);
    ImGui::End();
    const float right_x = body.x + left_w;
    const float right_w = body_size.x - left_w;
    const float top_h = body_size.y * 0.58f;
    begin_panel("Execution order###console", ImVec2(right_x, body.y), ImVec2(right_w * 0.5f, top_h));
    draw_console(fonts);
    ImGui::End();
    begin_panel("Event loop###loop", ImVec2(right_x + right_w * 0.5f, body.y), ImVec2(right_w * 0.5f, top_h));
    draw_loop(fonts);
    ImGui::End();
    begin_panel("Timeline###timeline", ImVec2(right_x, body.y + top_h), ImVec2(right_w, body_size.y - top_h));
    draw_timeline(fonts);
    ImGui::End();
  }
  draw_help_popup();
  // The transport may have moved the cursor after the panels read it: keep the state consistent.
  if (m_loop && !(m_snapshot.cursor == m_cursor)) m_snapshot = m_loop->at(m_cursor);

  if (!m_ready && !m_widget_rects.empty() && m_widget_rects == m_previous_rects) m_ready = true;
}

void App::draw_menu_bar(const Fonts& fonts) {
  (void)fonts;
  if (!ImGui::BeginMainMenuBar()) return;
  ImGui::TextUnformatted("Looplab");
  if (ImGui::BeginMenu("Examples")) {
    for (const Example& example : examples()) {
      if (ImGui::MenuItem(std::string(example.title).c_str())) {
        edit_source(std::string(example.source), ImGui::GetTime() * 1000.0);
        m_edit_ms = 0;  // run at once: a chosen example is not typing
      }
      if (ImGui::IsItemHovered() && !example.summary.empty())
        ImGui::SetTooltip("%s", std::string(example.summary).c_str());
    }
    ImGui::EndMenu();
  }
  const bool export_open = ImGui::BeginMenu("Export");
  remember_last_item("export_menu");
  if (export_open) {
    if (ImGui::MenuItem("Copy the script (runs in node)")) copy_to_clipboard(m_editor_text);
    remember_last_item("export_copy_script");
    const bool has_run = m_session.shown() != nullptr;
    if (ImGui::MenuItem("Download the trace (Chrome Trace JSON)", nullptr, false, has_run)) {
      download_text("looplab-trace.json", to_chrome_trace(m_session.shown()->trace), "application/json");
    }
    remember_last_item("export_chrome_trace");
    if (ImGui::MenuItem("Download the trace (Looplab JSON)", nullptr, false, has_run)) {
      download_text("looplab-trace.looplab.json", to_json(m_session.shown()->trace), "application/json");
    }
    ImGui::EndMenu();
  }
  const bool view_open = ImGui::BeginMenu("View");
  remember_last_item("view_menu");
  if (view_open) {
    if (ImGui::MenuItem("Dark theme", nullptr, current_theme() == ThemeKind::kDark))
      apply_theme(ThemeKind::kDark);
    if (ImGui::MenuItem("Light theme", nullptr, current_theme() == ThemeKind::kLight))
      apply_theme(ThemeKind::kLight);
    remember_last_item("view_light_theme");
    ImGui::EndMenu();
  }
  const bool help_open = ImGui::BeginMenu("Help");
  remember_last_item("help_menu");
  if (help_open) {
    if (ImGui::MenuItem("Keyboard shortcuts")) m_show_help = true;
    remember_last_item("help_shortcuts");
    ImGui::MenuItem(version_banner().c_str(), nullptr, false, false);
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void App::draw_transport_window(const ImVec2& pos, const ImVec2& size, const Fonts& fonts) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  ImGui::Begin("##transport", nullptr,
               kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  std::string where = "no run yet";
  if (const scenario::ScriptRunResult* run = m_session.shown()) {
    char text[96];
    std::snprintf(text, sizeof text, "%.3f ms  ·  step %zu of %zu",
                  static_cast<double>(view::time_at(run->trace, m_cursor)) / 1e6, m_cursor.event,
                  run->trace.events().size());
    where = text;
  }
  ImVec4 play;
  const TransportAction action = draw_transport(m_transport, where.c_str(), fonts, &play);
  m_widget_rects["play_button"] = WidgetRect{play.x, play.y, play.z, play.w};
  apply(action);
  ImGui::End();
}

void App::draw_editor(const Fonts& fonts) {
  if (const auto& error = m_session.syntax_error()) {
    m_editor.set_error(static_cast<int>(error->line), static_cast<int>(error->column), error->message);
  } else {
    m_editor.clear_error();
  }
  m_editor.set_dimmed(m_session.stale());
  // The running callback at the cursor: its code highlighted, its first line marked.
  int start = -1, end = -1, line = 0;
  if (const scenario::ScriptRunResult* run = m_session.shown(); run != nullptr && !m_session.stale()) {
    if (m_snapshot.running && m_snapshot.running->source > 0 &&
        m_snapshot.running->source <= run->sources.size()) {
      const auto& source = run->sources[m_snapshot.running->source - 1];
      if (source.file == view::Session::kScriptPath) {
        start = static_cast<int>(source.start);
        end = static_cast<int>(source.end);
        line = static_cast<int>(source.line);
      }
    }
  }
  m_editor.set_running_range(start, end);
  m_editor.set_current_line(line);
  bool pasted = false;
  if (take_pasted_text() && m_editor.focused()) {
    m_editor.paste();
    pasted = true;
  }
  if (m_editor.draw("##code", ImVec2(-1, -1), fonts) || pasted) {
    m_editor_text = m_editor.text();
    m_edit_ms = page_time_ms();
    m_autosave_ms = m_edit_ms;
  }
  remember_last_item("editor");
}

void App::maybe_explore_orders(double now_ms) {
  if (m_orders || m_orders_report || m_session.shown() == nullptr || m_session.stale()) return;
  if (m_edit_ms >= 0 || m_run_done_ms < 0 || now_ms - m_run_done_ms < kOrdersIdleMs) return;
  if (m_orders_declined) return;  // one run was too slow to explore unasked: the button stays
  m_orders.emplace(m_session.source(), m_session.run_options());
  m_orders_auto = true;
}

void App::step_orders(double now_ms) {
  if (!m_orders) return;
  // Part of a frame's worth of runs (at least one), so the page keeps drawing while it explores.
  const double started = page_time_ms();
  do {
    const double step_started = page_time_ms();
    m_orders->step();
    if (m_orders_auto && page_time_ms() - step_started > kAutoOrdersMaxRunMs) {
      // Too slow to explore unasked (the page would stutter for seconds): offer the button.
      m_orders.reset();
      m_orders_declined = true;
      return;
    }
  } while (!m_orders->done() && page_time_ms() - started < kOrdersFrameBudgetMs);
  if (m_orders->done()) {
    m_orders_report = m_orders->report();
    m_orders.reset();
  }
  (void)now_ms;
}

void App::draw_orders(const Fonts& fonts) {
  const Palette& p = palette();
  if (m_orders) {
    ImGui::TextDisabled("Looking for other possible orders: %d of %d runs", m_orders->runs_done(),
                        m_orders->runs_planned());
    return;
  }
  if (!m_orders_report) {
    if (ImGui::SmallButton("Other possible orders?")) {
      m_orders.emplace(m_session.source(), m_session.run_options());
      m_orders_auto = false;
      m_order_shown = 0;
    }
    remember_last_item("orders_button");
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip(
          "Runs the script again under what real machines vary (where a millisecond boundary falls, CPU "
          "speed, pool jobs finishing together, how soon poll wakes) and lists every different output.");
    }
    return;
  }
  const scenario::OrdersReport& report = *m_orders_report;
  if (report.outputs.size() <= 1) {
    ImGui::TextDisabled("One possible order: none of %d variations of timing changes it.", report.runs);
    return;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, p.warning);
  ImGui::Text("%zu possible orders (%d runs):", report.outputs.size(), report.runs);
  ImGui::PopStyleColor();
  ImGui::SameLine();
  std::string current = m_order_shown == 0 ? "this run" : "order " + std::to_string(m_order_shown);
  ImGui::SetNextItemWidth(120.0f);
  if (ImGui::BeginCombo("##order", current.c_str())) {
    if (ImGui::Selectable("this run", m_order_shown == 0)) m_order_shown = 0;
    for (std::size_t i = 0; i < report.outputs.size(); ++i) {
      const std::string name = "order " + std::to_string(i + 1) + (i == 0 ? " (default)" : "");
      if (ImGui::Selectable(name.c_str(), m_order_shown == static_cast<int>(i + 1))) {
        m_order_shown = static_cast<int>(i + 1);
      }
    }
    ImGui::EndCombo();
  }
  if (m_order_shown > 0) {
    const scenario::PossibleOutput& output = report.outputs[static_cast<std::size_t>(m_order_shown - 1)];
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", output.reason.c_str());
    if (!output.produced_by.empty() && !output.produced_by.front().flags.empty()) {
      ImGui::TextDisabled("Reproduce: looplab run %s main.js", output.produced_by.front().flags.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    ImGui::PushFont(fonts.code);
    ImGui::TextUnformatted(output.stdout_text.c_str());
    ImGui::PopFont();
    ImGui::Text("exit code %d", output.exit_code);
  }
}

void App::draw_console(const Fonts& fonts) {
  draw_orders(fonts);
  if (m_order_shown > 0) return;  // a possible order is on show instead of this run
  const ConsoleAction action = draw_console_panel(m_console, m_cursor, m_session.stale(), fonts);
  if (action.first_line_drawn) {
    m_widget_rects["output_line_0"] =
        WidgetRect{action.first_line_x, action.first_line_y, action.first_line_w, action.first_line_h};
  } else {
    m_widget_rects.erase("output_line_0");
  }
  if (action.jump_to) {
    m_cursor = *action.jump_to;
    m_transport.playing = false;
  }
}

void App::draw_loop(const Fonts& fonts) {
  if (!m_loop) return;
  draw_loop_panel(m_snapshot, fonts);
}

void App::draw_timeline(const Fonts& fonts) {
  const scenario::ScriptRunResult* run = m_session.shown();
  if (run == nullptr) return;
  // The metrics strip first (a fixed height), the timeline fills the rest.
  if (ImGui::BeginChild("metrics", ImVec2(0, 64), false, ImGuiWindowFlags_NoScrollbar)) {
    if (auto time = m_metrics_panel.draw(m_metrics, view::time_at(run->trace, m_cursor), fonts)) {
      m_cursor = view::cursor_at_time(run->trace, *time);
      m_transport.playing = false;
    }
  }
  ImGui::EndChild();
  const TimelineResult result = m_timeline_panel.draw(m_timeline, m_cursor, run->trace, fonts, m_pinch);
  const float* plot = m_timeline_panel.plot_rect();
  m_widget_rects["timeline_plot"] = WidgetRect{plot[0], plot[1], plot[2], plot[3]};
  if (result.cursor) {
    m_cursor = *result.cursor;
    m_transport.playing = false;
  }
}

void App::draw_knobs(const Fonts& fonts) {
  view::Knobs knobs = m_session.knobs();
  ImVec4 slider;
  const bool changed = draw_knobs_panel(knobs, fonts, &slider);
  m_widget_rects["threadpool"] = WidgetRect{slider.x, slider.y, slider.z, slider.w};
  if (changed) {
    m_session.set_knobs(knobs);
    m_autosave_ms = ImGui::GetTime() * 1000.0;
  }
  // The script's own numbers (delays, iterations, sizes): drag one and the source text follows,
  // as Alt+drag does in the editor.
  const auto& numbers = m_editor.source().numbers();
  const bool numbers_open = !numbers.empty() && ImGui::TreeNode("Numbers in the script");
  if (!numbers.empty()) remember_last_item("numbers_tree");
  if (numbers_open) {
    ImGui::PushFont(fonts.code);
    for (std::size_t i = 0; i < numbers.size() && i < 200; ++i) {
      const view::NumberLiteral& number = numbers[i];
      double value = number.value;
      ImGui::PushID(static_cast<int>(i));
      ImGui::SetNextItemWidth(140.0f);
      const float speed = static_cast<float>(view::number_drag_step(number)) / 4.0f;
      if (ImGui::DragScalar("##n", ImGuiDataType_Double, &value, speed, nullptr, nullptr,
                            number.integral ? "%.0f" : "%g")) {
        if (m_editor.set_number(i, value)) {
          m_editor_text = m_editor.text();
          m_edit_ms = page_time_ms();
          m_autosave_ms = m_edit_ms;
        }
      }
      if (ImGui::IsItemDeactivatedAfterEdit()) m_editor.end_number_edit();
      if (i == 0) remember_last_item("number_0");
      ImGui::SameLine();
      ImGui::TextDisabled("line %d", number.line);
      ImGui::PopID();
    }
    ImGui::PopFont();
    ImGui::TreePop();
  }
}

void App::draw_help_popup() {
  if (m_show_help) {
    ImGui::OpenPopup("Keyboard shortcuts");
    m_show_help = false;
  }
  m_help_shown = false;
  if (ImGui::BeginPopupModal("Keyboard shortcuts", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    m_help_shown = true;
    ImGui::TextDisabled("Stepping through the run");
    for (const ShortcutHelp& shortcut : transport_shortcuts()) {
      ImGui::TextUnformatted(shortcut.keys);
      ImGui::SameLine(200);
      ImGui::TextUnformatted(shortcut.what);
    }
    ImGui::Separator();
    ImGui::TextDisabled("In the code editor");
    for (const EditorShortcut& shortcut : kEditorShortcuts) {
      ImGui::TextUnformatted(shortcut.keys);
      ImGui::SameLine(200);
      ImGui::TextUnformatted(shortcut.action);
    }
    if (ImGui::Button("Close")) ImGui::CloseCurrentPopup();
    remember_last_item("help_close");
    ImGui::EndPopup();
  }
}

void App::remember_last_item(const char* name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  m_widget_rects[name] = WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y};
}

std::string App::state_json(const FrameInfo& frame, const Fonts& fonts) const {
  std::string json = std::string("{\"ready\":") + (m_ready ? "true" : "false");
  json += ",\"version\":\"" + std::string(looplab_version_string()) + "\"";
  json += ",\"frame\":" + std::to_string(frame.frame);
  json += ",\"first_frame_ms\":" + format_float(frame.first_frame_ms);
  json += ",\"dpr\":" + format_float(frame.dpr);
  json += ",\"display\":[" + format_float(frame.display_w) + "," + format_float(frame.display_h) + "]";
  json += ",\"framebuffer\":[" + std::to_string(frame.framebuffer_w) + "," +
          std::to_string(frame.framebuffer_h) + "]";
  json += ",\"font_dpr\":" + format_float(fonts.dpr);
  json += ",\"font_builds\":" + std::to_string(frame.font_builds);
  json += ",\"ui_font_px\":" + format_float(fonts.ui_px);
  // The 99th percentile of the recent frames' CPU time (web_frame_ms_p99).
  std::vector<double> frames = frame.frame_ms;
  std::sort(frames.begin(), frames.end());
  const double p99 = frames.empty() ? 0 : frames[std::min(frames.size() - 1, frames.size() * 99 / 100)];
  json += ",\"frame_ms_p99\":" + format_float(p99) + ",\"frame_samples\":" + std::to_string(frames.size());
  json += ",\"layout\":\"" + std::string(m_narrow ? "narrow" : "wide") + "\"";
  json += ",\"tab\":" + std::to_string(m_narrow_tab);
  json += ",\"theme\":\"" + std::string(current_theme() == ThemeKind::kDark ? "dark" : "light") + "\"";
  // The session: the script's size, the run shown, where the cursor is.
  json += ",\"generation\":" + std::to_string(m_session.generation());
  json += ",\"stale\":" + std::string(m_session.stale() ? "true" : "false");
  json += ",\"last_run_ms\":" + format_float(m_last_run_ms);
  if (const auto& error = m_session.syntax_error()) {
    json += ",\"syntax_error\":{\"line\":" + std::to_string(error->line) +
            ",\"column\":" + std::to_string(error->column) + ",\"message\":" + json_quote(error->message) +
            "}";
  } else {
    json += ",\"syntax_error\":null";
  }
  json += ",\"cursor\":" + std::to_string(m_cursor.event);
  json += ",\"events\":" + std::to_string(m_session.shown() ? m_session.shown()->trace.events().size() : 0);
  json += ",\"playing\":" + std::string(m_transport.playing ? "true" : "false");
  json += ",\"script\":" + json_quote(m_editor_text);  // as the editor shows it
  // The metrics strip's figures over the whole run (milliseconds of virtual time).
  json += ",\"metrics\":{\"delay_count\":" + std::to_string(m_metrics.delay().count) +
          ",\"delay_p50_ms\":" + format_float(static_cast<double>(m_metrics.delay().p50) / 1e6) +
          ",\"delay_p99_ms\":" + format_float(static_cast<double>(m_metrics.delay().p99) / 1e6) +
          ",\"delay_max_ms\":" + format_float(static_cast<double>(m_metrics.delay().max) / 1e6) +
          ",\"utilisation\":" + format_float(m_metrics.utilization()) +
          ",\"pool_queue_max\":" + std::to_string(m_metrics.pool_queue_max()) + "}";
  json += ",\"help_shown\":" + std::string(m_help_shown ? "true" : "false");
  json += ",\"warmed_up\":" + std::string(m_session.warmed_up() ? "true" : "false");
  json += ",\"mouse_down\":" + std::string(ImGui::GetIO().MouseDown[0] ? "true" : "false");
  json += ",\"timeline\":{\"t0\":" + format_float(m_timeline_panel.view_start()) +
          ",\"t1\":" + format_float(m_timeline_panel.view_end()) +
          ",\"rows_scrolled\":" + format_float(m_timeline_panel.rows_scrolled()) + "}";
  json += ",\"knobs\":{\"threadpool\":" + std::to_string(m_session.knobs().threadpool_size) +
          ",\"cores\":" + std::to_string(m_session.knobs().cores) +
          ",\"node\":" + json_quote(m_session.knobs().node_version) + "}";
  // The event loop at the cursor (issue 6 item 4), as the Event loop panel shows it.
  const auto labels = [](const view::QueueView& queue) {
    std::string list = "[";
    for (std::size_t i = 0; i < queue.items.size(); ++i)
      list += (i > 0 ? "," : "") + json_quote(queue.items[i].label);
    return list + "]";
  };
  int busy = 0;
  for (const view::PoolThreadView& thread : m_snapshot.pool) busy += thread.busy ? 1 : 0;
  json += ",\"loop\":{\"phase\":" + json_quote(m_snapshot.phase_name) + ",\"running\":" +
          (m_snapshot.running ? json_quote(m_snapshot.running->label) : std::string("null")) +
          ",\"ticks\":" + labels(m_snapshot.ticks) + ",\"microtasks\":" + labels(m_snapshot.microtasks) +
          ",\"timers\":" + labels(m_snapshot.timers) + ",\"immediates\":" + labels(m_snapshot.immediates) +
          ",\"pending_io\":" + labels(m_snapshot.pending_io) + ",\"pool_busy\":" + std::to_string(busy) +
          ",\"pool_queue\":" + std::to_string(m_snapshot.pool_queue.size) + "}";
  json += ",\"orders\":{\"state\":\"" +
          std::string(m_orders          ? "exploring"
                      : m_orders_report ? "done"
                                        : "none") +
          "\",\"count\":" + std::to_string(m_orders_report ? m_orders_report->outputs.size() : 0) +
          ",\"outputs\":[";
  if (m_orders_report) {
    for (std::size_t i = 0; i < m_orders_report->outputs.size(); ++i) {
      json += (i > 0 ? "," : "") + json_quote(m_orders_report->outputs[i].stdout_text);
    }
  }
  json += "]}";
  json += ",\"output\":[";
  for (std::size_t i = 0; i < m_console.lines.size(); ++i) {
    json += (i > 0 ? "," : "") + json_quote(m_console.lines[i].text);
  }
  json += "],\"exit_code\":" + std::to_string(m_console.exit_code);
  json += ",\"diagnosis\":" + json_quote(m_console.diagnosis);
  // Where ImGui believes the mouse is (CSS px); -1,-1 when it does not know.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool known = ImGui::IsMousePosValid(&mouse);
  json +=
      ",\"mouse\":[" + format_float(known ? mouse.x : -1) + "," + format_float(known ? mouse.y : -1) + "]";
  json += ",\"widgets\":{";
  bool first = true;
  for (const auto& [name, rect] : m_widget_rects) {
    if (!first) json += ",";
    first = false;
    json += "\"" + name + "\":{\"x\":" + format_float(rect.x) + ",\"y\":" + format_float(rect.y) +
            ",\"w\":" + format_float(rect.w) + ",\"h\":" + format_float(rect.h) + "}";
  }
  json += "}}";
  return json;
}

}  // namespace looplab::web
