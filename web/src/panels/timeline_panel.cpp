// Draws the timeline model with ImDrawList: only what view::TimelineModel::visible() returns for
// the current range, so a 100,000-event run costs about the pixels on screen.
#include "panels/timeline_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "theme.h"

namespace looplab::web {

namespace {

constexpr float kAxisHeight = 22.0f;  // CSS px: the time axis above the rows
constexpr float kRowHeight = 22.0f;   // a callback or task row
constexpr float kLoopRowHeight = 16.0f;
constexpr float kRowGap = 2.0f;
constexpr float kMinRowScale = 0.8f;   // rows shrink a little, then scroll (labels stay legible)
constexpr float kTickSpacing = 90.0f;  // at least this many px between labelled ticks
constexpr float kCursorGrab = 5.0f;    // px either side of the cursor line that grab it
constexpr double kMinSpan = 200.0;     // ns: the deepest zoom
constexpr float kHatchStep = 6.0f;

ImVec4 category_color(view::BarCategory category) {
  const Palette& p = palette();
  switch (category) {
    case view::BarCategory::kMainScript:
      return p.phase_other;
    case view::BarCategory::kTimer:
      return p.phase_timers;
    case view::BarCategory::kImmediate:
      return p.phase_check;
    case view::BarCategory::kIo:
      return p.phase_poll;
    case view::BarCategory::kTick:
      return p.tick;
    case view::BarCategory::kMicrotask:
      return p.microtask;
    case view::BarCategory::kClose:
      return p.phase_close;
    case view::BarCategory::kOther:
      return p.phase_other;
    case view::BarCategory::kPoolTask:
      return p.pool;
    case view::BarCategory::kIdle:
      return p.idle;
  }
  return p.phase_other;
}

float luminance(const ImVec4& c) {
  return 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z;
}

// Text on a coloured bar: whichever of the theme's text and background contrasts more with it.
ImU32 text_on(const ImVec4& fill) {
  const Palette& p = palette();
  const float l = luminance(fill);
  const float with_text = std::fabs(luminance(p.text) - l);
  const float with_background = std::fabs(luminance(p.background) - l);
  return color_u32(with_text >= with_background ? p.text : p.background);
}

// A tick step of 1, 2 or 5 × 10^k ns at least `min_ns` long.
double tick_step(double min_ns) {
  double step = 1;
  while (step < min_ns) {
    if (step * 2 >= min_ns) return step * 2;
    if (step * 5 >= min_ns) return step * 5;
    step *= 10;
  }
  return step;
}

// A tick's time in the unit of the view's far end ("25.0055 ms"), with the decimals the step needs,
// so that deep zooms far into a run still read as one clock.
std::string tick_label(double time, double step, double far) {
  struct Unit {
    double nanos;
    const char* suffix;
  };
  static constexpr Unit kUnits[] = {{1, "ns"}, {1e3, "µs"}, {1e6, "ms"}, {1e9, "s"}};
  const Unit* unit = &kUnits[0];
  for (const Unit& candidate : kUnits) {
    if (std::fabs(far) >= candidate.nanos) unit = &candidate;
  }
  const double in_unit = step / unit->nanos;
  const int decimals =
      in_unit >= 1 ? 0 : std::min(9, static_cast<int>(std::ceil(-std::log10(in_unit) - 1e-9)));
  char text[48];
  std::snprintf(text, sizeof text, "%.*f %s", decimals, time / unit->nanos, unit->suffix);
  return text;
}

float row_height(const view::TimelineRow& row) {
  return row.kind == view::RowKind::kLoop ? kLoopRowHeight : kRowHeight;
}

}  // namespace

void TimelinePanel::set_view(double t0, double t1) {
  m_t0 = t0;
  m_t1 = std::max(t1, t0 + kMinSpan);
  m_following_fit = false;
  m_fit_pending = false;
}

void TimelinePanel::fit_to(const view::TimelineModel& model) {
  const double span = std::max<double>(static_cast<double>(model.end() - model.start()), kMinSpan);
  const double margin = span * 0.02;
  m_t0 = static_cast<double>(model.start()) - margin;
  m_t1 = static_cast<double>(model.start()) + span + margin;
  m_fitted_start = model.start();
  m_fitted_end = model.end();
  m_following_fit = true;
  m_fit_pending = false;
}

void TimelinePanel::zoom_around(double anchor, double factor, const view::TimelineModel& model) {
  const double full = std::max<double>(static_cast<double>(model.end() - model.start()), kMinSpan);
  const double span = std::clamp((m_t1 - m_t0) * factor, kMinSpan, full * 1.5);
  const double ratio = (anchor - m_t0) / (m_t1 - m_t0);
  m_t0 = anchor - ratio * span;
  m_t1 = m_t0 + span;
  m_following_fit = false;
}

void TimelinePanel::pan_by(double delta, const view::TimelineModel& model) {
  const double span = m_t1 - m_t0;
  // Keep a part of the run in view: never pan past its ends by more than half the view.
  const double lowest = static_cast<double>(model.start()) - span * 0.5;
  const double highest = static_cast<double>(model.end()) + span * 0.5 - span;
  m_t0 = std::clamp(m_t0 + delta, std::min(lowest, highest), std::max(lowest, highest));
  m_t1 = m_t0 + span;
  m_following_fit = false;
}

TimelineResult TimelinePanel::draw(const view::TimelineModel& model, view::Cursor cursor, const Trace& trace,
                                   const Fonts& fonts, const Pinch& pinch) {
  TimelineResult result;
  const Palette& p = palette();
  ImGuiIO& io = ImGui::GetIO();

  // A new run refits the view unless the learner has zoomed or panned since the last fit.
  if (m_fit_pending ||
      (m_following_fit && (model.start() != m_fitted_start || model.end() != m_fitted_end))) {
    fit_to(model);
  }

  // The cursor moved elsewhere (stepping, a click in another panel) and left the view: follow it.
  const Nanos cursor_time = view::time_at(trace, cursor);
  if (cursor_time != m_last_cursor_time && m_drag == Drag::kNone) {
    const double t = static_cast<double>(cursor_time);
    if (t < m_t0 || t > m_t1) {
      const double span = m_t1 - m_t0;
      m_t0 = t - span * 0.5;
      m_t1 = m_t0 + span;
      m_following_fit = false;
    }
  }
  m_last_cursor_time = cursor_time;

  if (ImGui::SmallButton("Zoom to fit")) fit_to(model);
  ImGui::SameLine();
  ImGui::PushFont(fonts.code);
  ImGui::TextColored(p.text_dim, "%s – %s", format_duration(static_cast<Nanos>(std::max(0.0, m_t0))).c_str(),
                     format_duration(static_cast<Nanos>(std::max(0.0, m_t1))).c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextColored(p.text_dim, "wheel: zoom · drag: pan · drag the line: move the cursor");

  // Geometry: a label column, then the plot; the axis on top, the rows below it.
  float label_width = 60.0f;
  for (const view::TimelineRow& row : model.rows()) {
    label_width = std::max(label_width, ImGui::CalcTextSize(row.name.c_str()).x + 12.0f);
  }
  label_width = std::min(label_width, 160.0f);
  float rows_height = 0;
  for (const view::TimelineRow& row : model.rows()) rows_height += row_height(row) + kRowGap;

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float plot_x0 = origin.x + label_width;
  const float plot_x1 = origin.x + std::max(avail.x, label_width + 50.0f);
  const float plot_width = plot_x1 - plot_x0;
  const float height = std::max(avail.y, kAxisHeight + 20.0f);
  const ImVec2 size(plot_x1 - origin.x, height);
  // Many threads in a short window: rows shrink (down to about half) before any is cut off.
  const float row_scale =
      rows_height > 0 ? std::clamp((height - kAxisHeight) / rows_height, kMinRowScale, 1.0f) : 1.0f;
  rows_height *= row_scale;

  ImGui::InvisibleButton("##timeline", size);
  m_plot_rect[0] = plot_x0;
  m_plot_rect[1] = origin.y;
  m_plot_rect[2] = plot_width;
  m_plot_rect[3] = size.y;
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);

  double ns_per_px = (m_t1 - m_t0) / static_cast<double>(plot_width);
  const auto x_of = [&](double time) { return plot_x0 + static_cast<float>((time - m_t0) / ns_per_px); };
  const auto time_of = [&](float x) { return m_t0 + static_cast<double>(x - plot_x0) * ns_per_px; };
  const float cursor_x = x_of(static_cast<double>(cursor_time));
  const ImVec2 mouse = io.MousePos;
  const bool mouse_in_plot = hovered && mouse.x >= plot_x0;

  // Rows that do not fit (many pool threads) scroll: the wheel over the row labels, or a drag on
  // the scrollbar at the right edge. The axis stays on top.
  const float rows_view = std::max(0.0f, origin.y + size.y - (origin.y + kAxisHeight));
  const float rows_overflow = std::max(0.0f, rows_height - rows_view);
  if (hovered && mouse.x < plot_x0 && io.MouseWheel != 0) m_scroll_y -= io.MouseWheel * 3 * kRowHeight;
  m_scroll_y = std::clamp(m_scroll_y, 0.0f, rows_overflow);

  // --- Input: wheel zoom (ctrl+wheel is a pinch), shift or horizontal wheel pans, drags. ---
  if (mouse_in_plot) {
    const float wheel_h = io.MouseWheelH != 0 ? io.MouseWheelH : (io.KeyShift ? io.MouseWheel : 0.0f);
    if (wheel_h != 0) {
      pan_by(-static_cast<double>(wheel_h) * 60.0 * ns_per_px, model);
    } else if (io.MouseWheel != 0) {
      const double factor = std::pow(io.KeyCtrl ? 0.97 : 0.8, static_cast<double>(io.MouseWheel));
      zoom_around(time_of(mouse.x), factor, model);
    }
  }
  // A touch-screen pinch zooms around the point between the fingers. Its first finger also arrives
  // as a mouse drag, which must not pan meanwhile.
  const bool pinching = pinch.active && pinch.center_x >= plot_x0 && pinch.center_x <= plot_x1 &&
                        pinch.center_y >= origin.y && pinch.center_y <= origin.y + size.y;
  if (pinching && pinch.scale > 0.0f && pinch.scale != 1.0f) {
    zoom_around(time_of(pinch.center_x), 1.0 / static_cast<double>(pinch.scale), model);
  }
  if (ImGui::IsItemActivated()) {
    m_drag_moved = false;
    m_drag_last_x = mouse.x;
    const bool on_axis = mouse.y < origin.y + kAxisHeight;
    m_drag = (std::fabs(mouse.x - cursor_x) <= kCursorGrab || on_axis) ? Drag::kCursor : Drag::kPan;
  }
  if (active) {
    if (std::fabs(mouse.x - m_drag_last_x) > 0.0f) m_drag_moved = true;
    if (m_drag == Drag::kPan && m_drag_moved && !pinch.active) {
      pan_by(-static_cast<double>(mouse.x - m_drag_last_x) * ns_per_px, model);
    } else if (m_drag == Drag::kCursor && mouse.x >= plot_x0) {
      result.cursor = view::cursor_at_time(trace, static_cast<Nanos>(std::llround(time_of(mouse.x))));
    }
    m_drag_last_x = mouse.x;
  }
  if (ImGui::IsItemDeactivated()) m_drag = Drag::kNone;
  ns_per_px = (m_t1 - m_t0) / static_cast<double>(plot_width);

  // --- Axis and grid. ---
  const double step = tick_step(kTickSpacing * ns_per_px);
  const float rows_top = origin.y + kAxisHeight;
  const float rows_bottom = std::min(origin.y + size.y, rows_top + rows_height);
  draw->AddLine(ImVec2(plot_x0, rows_top - 1), ImVec2(plot_x1, rows_top - 1), color_u32(p.grid));
  ImGui::PushFont(fonts.code);
  const double first_tick = std::max(0.0, std::ceil(m_t0 / step));
  for (double k = first_tick; k * step <= m_t1; k += 1) {
    const double tick = k * step;
    const float x = x_of(tick);
    draw->AddLine(ImVec2(x, rows_top - 6), ImVec2(x, rows_bottom), color_u32(p.grid, 0.6f));
    const std::string label = tick_label(tick, step, std::max(std::fabs(m_t0), std::fabs(m_t1)));
    draw->AddText(ImVec2(x + 3, origin.y + 2), color_u32(p.text_dim), label.c_str());
  }
  ImGui::PopFont();

  // --- Rows: labels, then the visible bars. ---
  model.visible(static_cast<Nanos>(std::floor(m_t0)), static_cast<Nanos>(std::ceil(m_t1)), ns_per_px,
                m_visible);
  std::optional<std::size_t> hovered_row;
  std::optional<std::size_t> hovered_bar;
  float y = rows_top - m_scroll_y;
  draw->PushClipRect(ImVec2(origin.x, rows_top), ImVec2(origin.x + size.x, origin.y + size.y), true);
  for (std::size_t r = 0; r < model.rows().size(); ++r) {
    const view::TimelineRow& row = model.rows()[r];
    const float h = (row_height(row) + kRowGap) * row_scale - kRowGap;
    const float y0 = y;
    const float y1 = y + h;
    y += (row_height(row) + kRowGap) * row_scale;
    if (y0 > origin.y + size.y) break;
    if (y1 < rows_top) continue;  // scrolled out above
    if (r % 2 == 0) draw->AddRectFilled(ImVec2(origin.x, y0), ImVec2(plot_x1, y1), color_u32(p.grid, 0.12f));
    draw->PushClipRect(ImVec2(origin.x, y0), ImVec2(plot_x0 - 4, y1), true);
    draw->AddText(ImVec2(origin.x + 4, y0 + (h - ImGui::GetFontSize()) * 0.5f),
                  color_u32(row.kind == view::RowKind::kLoop ? p.text_dim : p.text), row.name.c_str());
    draw->PopClipRect();

    if (mouse_in_plot && mouse.y >= rows_top && mouse.y >= y0 && mouse.y < y1) {
      hovered_row = r;
      const double slack = kCursorGrab * ns_per_px;
      hovered_bar = model.bar_at(r, static_cast<Nanos>(std::llround(time_of(mouse.x))),
                                 static_cast<Nanos>(std::llround(slack)));
    }

    draw->PushClipRect(ImVec2(plot_x0, y0), ImVec2(plot_x1, y1), true);
    const float alpha = row.kind == view::RowKind::kLoop ? 0.7f : 1.0f;
    for (const view::VisibleItem& item : m_visible[r].items) {
      float x0 = std::max(x_of(static_cast<double>(item.start)), plot_x0 - 1);
      float x1 = std::min(x_of(static_cast<double>(item.end)), plot_x1 + 1);
      if (x1 - x0 < 1.0f) x1 = x0 + 1.0f;
      const ImVec2 a(x0, y0 + 1);
      const ImVec2 b(x1, y1 - 1);
      if (item.count > 1) {
        // Folded: dim and hatched, with the count when it fits.
        draw->AddRectFilled(a, b, color_u32(p.text_dim, 0.25f));
        draw->PushClipRect(a, b, true);
        for (float hx = x0 - h; hx < x1; hx += kHatchStep) {
          draw->AddLine(ImVec2(hx, y1), ImVec2(hx + h, y0), color_u32(p.text_dim, 0.5f));
        }
        char text[32];
        std::snprintf(text, sizeof text, "%u items", item.count);
        if (ImGui::CalcTextSize(text).x + 6 < x1 - x0) {
          draw->AddText(ImVec2(x0 + 3, y0 + (h - ImGui::GetFontSize()) * 0.5f), color_u32(p.text), text);
        }
        draw->PopClipRect();
        continue;
      }
      const view::TimelineBar& bar = row.bars[item.bar];
      const ImVec4 fill = category_color(bar.category);
      if (bar.category == view::BarCategory::kIdle) {
        draw->AddRectFilled(a, b, color_u32(fill, 0.35f));
      } else {
        draw->AddRectFilled(a, b, color_u32(fill, alpha));
      }
      if (hovered_bar && *hovered_bar == item.bar && hovered_row == r) {
        draw->AddRect(a, b, color_u32(p.highlight), 0.0f, 0, 2.0f);
      }
      if (x1 - x0 > 24.0f) {
        const std::string_view label = view::TimelineModel::label(trace, bar);
        const std::string text =
            bar.category == view::BarCategory::kIdle ? "idle " + std::string(label) : std::string(label);
        draw->PushClipRect(ImVec2(std::max(x0, plot_x0) + 2, y0), ImVec2(x1 - 2, y1), true);
        draw->AddText(ImVec2(std::max(x0, plot_x0) + 3, y0 + (h - ImGui::GetFontSize()) * 0.5f),
                      bar.category == view::BarCategory::kIdle ? color_u32(p.text_dim) : text_on(fill),
                      text.c_str());
        draw->PopClipRect();
      }
    }
    draw->PopClipRect();
  }
  draw->PopClipRect();
  if (rows_overflow > 0) {
    // The scrollbar: where the visible rows are among all of them.
    const float track = rows_view;
    const float thumb = std::max(20.0f, track * rows_view / rows_height);
    const float top = rows_top + (track - thumb) * (m_scroll_y / rows_overflow);
    draw->AddRectFilled(ImVec2(plot_x1 - 6, top), ImVec2(plot_x1 - 1, top + thumb),
                        color_u32(p.text_dim, 0.6f), 2.0f);
  }

  // --- The cursor: a line across the rows with a handle on the axis. ---
  if (cursor_x >= plot_x0 && cursor_x <= plot_x1) {
    draw->AddLine(ImVec2(cursor_x, origin.y), ImVec2(cursor_x, rows_bottom), color_u32(p.cursor), 2.0f);
    draw->AddTriangleFilled(ImVec2(cursor_x - 6, origin.y), ImVec2(cursor_x + 6, origin.y),
                            ImVec2(cursor_x, origin.y + 8), color_u32(p.cursor));
  }
  draw->PopClipRect();

  // --- Hover and click. ---
  if (hovered_row && hovered_bar) {
    const view::TimelineBar& bar = model.rows()[*hovered_row].bars[*hovered_bar];
    result.hovered_source = bar.source;
    if (m_drag == Drag::kNone || !m_drag_moved) {
      ImGui::BeginTooltip();
      const std::string_view label = view::TimelineModel::label(trace, bar);
      ImGui::TextUnformatted(label.data(), label.data() + label.size());
      ImGui::TextColored(p.text_dim, "%s", view::to_string(bar.category));
      ImGui::PushFont(fonts.code);
      ImGui::Text("start     %s", format_duration(bar.start).c_str());
      ImGui::Text("duration  %s", format_duration(bar.end - bar.start).c_str());
      if (bar.line > 0) ImGui::Text("line      %u", bar.line);
      ImGui::PopFont();
      ImGui::EndTooltip();
    }
  }
  if (hovered && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !m_drag_moved && mouse.x >= plot_x0) {
    // A click without a drag: the cursor goes there, and a clicked bar names its code.
    result.cursor = view::cursor_at_time(trace, static_cast<Nanos>(std::llround(time_of(mouse.x))));
    if (hovered_row && hovered_bar)
      result.clicked_source = model.rows()[*hovered_row].bars[*hovered_bar].source;
  }
  if (mouse_in_plot && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    if (hovered_row && hovered_bar) {
      const view::TimelineBar& bar = model.rows()[*hovered_row].bars[*hovered_bar];
      const double span = std::max(static_cast<double>(bar.end - bar.start), kMinSpan);
      set_view(static_cast<double>(bar.start) - span * 0.25, static_cast<double>(bar.end) + span * 0.25);
    } else {
      fit_to(model);
    }
  }
  return result;
}

}  // namespace looplab::web
