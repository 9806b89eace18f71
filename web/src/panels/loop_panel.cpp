// The Event loop panel: draws a LoopSnapshot (core/view/loop_state.h) with ImGui.
#include "panels/loop_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "theme.h"

namespace looplab::web {

namespace {

constexpr float kPi = 3.14159265f;
constexpr float kChipPadX = 6.0f;
constexpr float kChipPadY = 2.0f;
constexpr float kChipGap = 4.0f;
constexpr float kChipMaxWidth = 240.0f;  // longer labels are cut; the tooltip has them whole
constexpr int kMaxChipRows = 3;          // then "+N more": 100 pbkdf2 calls stay readable

ImVec4 kind_color(view::ItemKind kind) {
  const Palette& p = palette();
  switch (kind) {
    case view::ItemKind::kTick:
      return p.tick;
    case view::ItemKind::kMicrotask:
      return p.microtask;
    case view::ItemKind::kTimer:
      return p.phase_timers;
    case view::ItemKind::kImmediate:
      return p.phase_check;
    case view::ItemKind::kIo:
      return p.phase_poll;
    case view::ItemKind::kPool:
      return p.pool;
    case view::ItemKind::kClosing:
      return p.phase_close;
    case view::ItemKind::kRejection:
      return p.error;
    case view::ItemKind::kMainScript:
    case view::ItemKind::kOther:
      break;
  }
  return p.phase_other;
}

// The wheel's segments, clockwise from the top, as libuv runs them.
struct WheelPhase {
  view::LoopPhase phase;
  const char* label;
};
constexpr WheelPhase kWheel[] = {
    {view::LoopPhase::kTimers, "timers"},    {view::LoopPhase::kPending, "pending"},
    {view::LoopPhase::kIdlePrepare, "idle"}, {view::LoopPhase::kPoll, "poll"},
    {view::LoopPhase::kCheck, "check"},      {view::LoopPhase::kClose, "close"},
};

ImVec4 phase_color(view::LoopPhase phase) {
  const Palette& p = palette();
  switch (phase) {
    case view::LoopPhase::kTimers:
      return p.phase_timers;
    case view::LoopPhase::kPoll:
      return p.phase_poll;
    case view::LoopPhase::kCheck:
      return p.phase_check;
    case view::LoopPhase::kClose:
      return p.phase_close;
    case view::LoopPhase::kExited:
      return p.text_dim;
    default:
      return p.phase_other;
  }
}

std::string format_ms(Nanos time) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f ms", static_cast<double>(time) / 1e6);
  return text;
}

// Due times are whole milliseconds on the loop clock.
std::string format_due(Nanos due) {
  char text[32];
  std::snprintf(text, sizeof text, "due %lld ms", static_cast<long long>(due / kNanosPerMilli));
  return text;
}

// The longest prefix of `text` that fits `width` with an ellipsis (the whole text if it fits).
std::string fit_text(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  const float dots = ImGui::CalcTextSize("...").x;
  std::size_t low = 0;
  std::size_t high = text.size();
  while (low < high) {  // the largest n with prefix(n) + "..." fitting
    const std::size_t mid = (low + high + 1) / 2;
    const char* begin = text.c_str();
    if (ImGui::CalcTextSize(begin, begin + mid).x + dots <= width) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return text.substr(0, low) + "...";
}

void item_tooltip(const view::LoopItem& item) {
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(item.label.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, palette().text_dim);
  if (item.due >= 0) {
    ImGui::Text("%s, armed at %s", format_due(item.due).c_str(), format_ms(item.since).c_str());
  } else if (item.kind == view::ItemKind::kIo || item.kind == view::ItemKind::kPool) {
    ImGui::Text("%s since %s", item.ready ? "completed, waits for poll" : "waiting for I/O",
                format_ms(item.since).c_str());
  } else {
    ImGui::Text("since %s", format_ms(item.since).c_str());
  }
  if (item.changed) ImGui::TextUnformatted("moved in the last step");
  ImGui::PopStyleColor();
  ImGui::EndTooltip();
}

// One chip: a rounded box in its kind's colour holding the label (and a suffix such as the due
// time). Reports hover and click through `action`.
void chip(const view::LoopItem& item, const std::string& suffix, float max_width, LoopPanelAction& action) {
  const Palette& p = palette();
  const float suffix_width = suffix.empty() ? 0.0f : ImGui::CalcTextSize(suffix.c_str()).x + kChipPadX;
  const float label_room = std::max(24.0f, max_width - 2 * kChipPadX - suffix_width);
  const std::string label = fit_text(item.label, label_room);
  const ImVec2 text = ImGui::CalcTextSize(label.c_str());
  const ImVec2 size(text.x + suffix_width + 2 * kChipPadX, text.y + 2 * kChipPadY);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImGui::InvisibleButton("##chip", size);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec4 color = kind_color(item.kind);
  const bool dim = (item.kind == view::ItemKind::kIo || item.kind == view::ItemKind::kPool) && !item.ready;
  draw->AddRectFilled(min, max, color_u32(color, hovered ? 0.40f : (dim ? 0.10f : 0.22f)), 4.0f);
  draw->AddRect(min, max, color_u32(color, dim ? 0.45f : 0.9f), 4.0f);
  if (item.changed) {  // an outline and a dot: visible even on a chip of the same hue
    draw->AddRect(ImVec2(min.x - 2, min.y - 2), ImVec2(max.x + 2, max.y + 2), color_u32(p.changed), 5.0f, 0,
                  2.0f);
    draw->AddCircleFilled(ImVec2(max.x, min.y), 3.5f, color_u32(p.changed));
  }
  draw->AddText(ImVec2(min.x + kChipPadX, min.y + kChipPadY), color_u32(p.text), label.c_str());
  if (!suffix.empty()) {
    draw->AddText(ImVec2(min.x + kChipPadX + text.x + kChipPadX, min.y + kChipPadY), color_u32(p.text_dim),
                  suffix.c_str());
  }
  if (hovered) {
    action.hovered_source = item.source;
    item_tooltip(item);
  }
  if (ImGui::IsItemClicked()) action.clicked_source = item.source;
}

std::string chip_suffix(const view::LoopItem& item) {
  if (item.due >= 0) return format_due(item.due);
  if (item.kind == view::ItemKind::kIo || item.kind == view::ItemKind::kPool)
    return item.ready ? "ready" : "waiting";
  return {};
}

// The width of the queue rows' first column: the longest name and a three-digit length.
float row_label_width() {
  return ImGui::CalcTextSize("pending I/O 000").x + 12.0f;
}

// A queue as a row: its name and length on the left, its items as chips flowing to the right,
// wrapped onto at most kMaxChipRows lines.
void queue_row(const char* name, const char* hint, const view::QueueView& queue, const ImVec4& color,
               float label_width, const Fonts& fonts, LoopPanelAction& action) {
  const Palette& p = palette();
  ImGui::PushID(name);
  const float left = ImGui::GetCursorScreenPos().x;
  const float right = left + ImGui::GetContentRegionAvail().x;
  ImGui::PushStyleColor(ImGuiCol_Text, queue.size == 0 ? p.text_dim : color);
  ImGui::Text("%s", name);
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", hint);
  ImGui::SameLine(0, 4);
  ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
  ImGui::Text("%zu", queue.size);
  ImGui::PopStyleColor();
  ImGui::SameLine(label_width);
  ImGui::PushFont(fonts.code);
  const float start = ImGui::GetCursorScreenPos().x;
  const float width = std::max(60.0f, right - start);
  if (queue.size == 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
    ImGui::TextUnformatted("empty");
    ImGui::PopStyleColor();
  }
  float x = start;
  int row = 1;
  std::size_t drawn = 0;
  for (const view::LoopItem& item : queue.items) {
    const std::string suffix = chip_suffix(item);
    const float suffix_width = suffix.empty() ? 0.0f : ImGui::CalcTextSize(suffix.c_str()).x + kChipPadX;
    const float max_width = std::min(width, kChipMaxWidth + suffix_width);
    const float text_width = ImGui::CalcTextSize(item.label.c_str()).x;
    const float chip_width = std::min(max_width, text_width + suffix_width + 2 * kChipPadX);
    if (x > start && x + chip_width > start + width) {
      if (row == kMaxChipRows) break;
      ++row;
      x = start;
      ImGui::SetCursorScreenPos(ImVec2(start, ImGui::GetCursorScreenPos().y + kChipGap));
    } else if (x > start) {
      ImGui::SameLine(0, kChipGap);
    } else {
      ImGui::SetCursorScreenPos(ImVec2(start, ImGui::GetCursorScreenPos().y));
    }
    ImGui::PushID(static_cast<int>(drawn));
    chip(item, suffix, max_width, action);
    ImGui::PopID();
    x = ImGui::GetItemRectMax().x + kChipGap;
    ++drawn;
  }
  if (drawn < queue.size) {
    char more[32];
    std::snprintf(more, sizeof more, "+%zu more", queue.size - drawn);
    // After the last chip if it fits there, else on a line of its own.
    if (x > start && x + ImGui::CalcTextSize(more).x <= start + width) {
      ImGui::SameLine(0, kChipGap);
    } else {
      ImGui::SetCursorScreenPos(ImVec2(start, ImGui::GetCursorScreenPos().y));
    }
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
    ImGui::TextUnformatted(more);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%zu items in all; the first are shown", queue.size);
  }
  ImGui::PopFont();
  ImGui::PopID();
  ImGui::Dummy(ImVec2(0, 2));
}

// The phase wheel: a ring of arc segments, the current one lit in its colour, the others dim; the
// centre names where the process is (or the current phase, and whether poll is waiting).
void draw_wheel(const view::LoopSnapshot& snapshot, float diameter, const Fonts& fonts) {
  const Palette& p = palette();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(diameter, diameter));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre(origin.x + diameter / 2, origin.y + diameter / 2);
  const float thickness = std::max(14.0f, diameter * 0.17f);
  const float radius = diameter / 2 - thickness / 2 - 3.0f;
  const float gap = 0.05f;  // radians between segments
  const int count = static_cast<int>(sizeof kWheel / sizeof kWheel[0]);
  const float step = 2 * kPi / static_cast<float>(count);
  const float label_size = std::max(10.0f, thickness * 0.6f);
  for (int i = 0; i < count; ++i) {
    const bool lit = snapshot.phase == kWheel[i].phase;
    const float a0 = -kPi / 2 - step / 2 + step * static_cast<float>(i) + gap;
    const float a1 = a0 + step - 2 * gap;
    const ImVec4 color = phase_color(kWheel[i].phase);
    draw->PathArcTo(centre, radius, a0, a1, 24);
    draw->PathStroke(color_u32(color, lit ? 1.0f : (snapshot.in_loop ? 0.22f : 0.14f)), 0, thickness);
    if (lit && snapshot.phase_changed) {
      draw->PathArcTo(centre, radius + thickness / 2 + 2.0f, a0, a1, 24);
      draw->PathStroke(color_u32(p.changed), 0, 2.5f);
    }
    // The label on its segment, readable on the lit colour and on the dim ring.
    const float mid = (a0 + a1) / 2;
    const ImVec2 size = fonts.ui->CalcTextSizeA(label_size, 1e9f, 0, kWheel[i].label);
    const ImVec2 at(centre.x + std::cos(mid) * radius - size.x / 2,
                    centre.y + std::sin(mid) * radius - size.y / 2);
    draw->AddText(fonts.ui, label_size, at, color_u32(lit ? p.background : p.text, lit ? 1.0f : 0.75f),
                  kWheel[i].label);
  }
  // The centre: the phase's name (big when outside the wheel), and what poll waits for.
  const bool wheel_phase = std::any_of(std::begin(kWheel), std::end(kWheel),
                                       [&](const WheelPhase& w) { return w.phase == snapshot.phase; });
  const std::string name = snapshot.exited ? "exited" : snapshot.phase_name;
  const ImVec4 name_color = snapshot.exited ? (snapshot.exit_code == 0 ? p.text_dim : p.error)
                                            : (wheel_phase ? phase_color(snapshot.phase) : p.text);
  const float name_size = std::max(12.0f, std::min(18.0f, diameter * 0.12f));
  const ImVec2 name_extent = fonts.ui->CalcTextSizeA(name_size, 1e9f, 0, name.c_str());
  const float inner = 2 * (radius - thickness / 2) - 8.0f;
  std::string detail;
  if (snapshot.exited) {
    detail = "code " + std::to_string(snapshot.exit_code);
  } else if (!snapshot.waiting.empty()) {
    detail = "waits " + snapshot.waiting;
  } else if (!snapshot.in_loop && snapshot.phase == view::LoopPhase::kBetween) {
    detail = "loop starts";
  }
  const float detail_size = std::max(10.0f, name_size * 0.72f);
  const ImVec2 detail_extent = fonts.ui->CalcTextSizeA(detail_size, inner, inner, detail.c_str());
  const float total = name_extent.y + (detail.empty() ? 0 : detail_extent.y + 2);
  float y = centre.y - total / 2;
  draw->AddText(fonts.ui, name_size, ImVec2(centre.x - std::min(name_extent.x, inner) / 2, y),
                color_u32(name_color), name.c_str());
  y += name_extent.y + 2;
  if (!detail.empty()) {
    draw->AddText(fonts.ui, detail_size, ImVec2(centre.x - std::min(detail_extent.x, inner) / 2, y),
                  color_u32(p.text_dim), detail.c_str(), nullptr, inner);
  }
}

// The call stack: the callback running on the JS thread, or what the loop does meanwhile.
void draw_call_stack(const view::LoopSnapshot& snapshot, const Fonts& fonts, LoopPanelAction& action) {
  const Palette& p = palette();
  ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
  ImGui::TextUnformatted("Call stack");
  ImGui::PopStyleColor();
  ImGui::PushFont(fonts.code);
  if (snapshot.running) {
    const view::LoopItem& running = *snapshot.running;
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + width - kChipPadX);
    ImGui::SetCursorScreenPos(ImVec2(min.x + kChipPadX, min.y + kChipPadY));
    ImGui::BeginGroup();
    ImGui::TextUnformatted(running.label.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
    ImGui::Text("since %s", format_ms(running.since).c_str());
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    const ImVec2 max(min.x + width, ImGui::GetItemRectMax().y + kChipPadY);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec4 color = kind_color(running.kind);
    draw->AddRectFilled(min, max, color_u32(color, 0.18f), 4.0f);
    draw->AddRectFilled(min, ImVec2(min.x + 3.0f, max.y), color_u32(color), 4.0f);
    draw->AddRect(min, max, color_u32(running.changed ? p.changed : color, running.changed ? 1.0f : 0.6f),
                  4.0f, 0, running.changed ? 2.0f : 1.0f);
    if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(min, max)) {
      action.hovered_source = running.source;
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) action.clicked_source = running.source;
    }
    ImGui::SetCursorScreenPos(ImVec2(min.x, max.y));
    ImGui::Dummy(ImVec2(width, 2));
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
    ImGui::PushTextWrapPos(0);
    if (snapshot.exited) {
      ImGui::TextUnformatted(("empty: the process exited, " + snapshot.exit_text).c_str());
    } else if (!snapshot.waiting.empty()) {
      ImGui::TextUnformatted("empty: the loop is idle in poll");
    } else {
      ImGui::TextUnformatted("empty");
    }
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::PopFont();
}

// The pool: one row per thread (its task as a progress bar), then the waiting queue.
void draw_pool(const view::LoopSnapshot& snapshot, const Fonts& fonts, LoopPanelAction& action) {
  const float label_width = row_label_width();
  const Palette& p = palette();
  std::size_t busy = 0;
  for (const view::PoolThreadView& thread : snapshot.pool) busy += thread.busy ? 1 : 0;
  ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
  if (snapshot.pool.empty()) {
    ImGui::TextUnformatted("Thread pool: not started (nothing used it)");
    ImGui::PopStyleColor();
    return;
  }
  ImGui::Text("Thread pool: %zu of %zu busy", busy, snapshot.pool.size());
  ImGui::PopStyleColor();
  ImGui::PushFont(fonts.code);
  const float name_width = ImGui::CalcTextSize("pool00").x + 8.0f;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(snapshot.pool.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const view::PoolThreadView& thread = snapshot.pool[static_cast<std::size_t>(i)];
      ImGui::PushID(i);
      // "main:pool1" -> "pool1": the process is the same for every row.
      const std::size_t colon = thread.name.rfind(':');
      const std::string name = colon == std::string::npos ? thread.name : thread.name.substr(colon + 1);
      ImGui::AlignTextToFramePadding();
      ImGui::PushStyleColor(ImGuiCol_Text, thread.busy ? p.pool : p.text_dim);
      ImGui::TextUnformatted(name.c_str());
      ImGui::PopStyleColor();
      ImGui::SameLine(name_width);
      const float width = ImGui::GetContentRegionAvail().x;
      const ImVec2 min = ImGui::GetCursorScreenPos();
      if (thread.busy) {
        const std::string label = fit_text(thread.task.label, width - 2 * kChipPadX);
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(p.pool.x, p.pool.y, p.pool.z, 0.55f));
        ImGui::ProgressBar(static_cast<float>(thread.progress), ImVec2(width, 0), label.c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
          action.hovered_source = thread.task.source;
          ImGui::BeginTooltip();
          ImGui::TextUnformatted(thread.task.label.c_str());
          ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
          if (thread.finishes >= 0) {
            ImGui::Text("started %s, finishes %s (%.0f%%)", format_ms(thread.started).c_str(),
                        format_ms(thread.finishes).c_str(), thread.progress * 100.0);
          } else {
            ImGui::Text("started %s, still running when the run ended", format_ms(thread.started).c_str());
          }
          ImGui::PopStyleColor();
          ImGui::EndTooltip();
        }
        if (ImGui::IsItemClicked()) action.clicked_source = thread.task.source;
      } else {
        ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("idle");
        ImGui::PopStyleColor();
      }
      if (thread.changed) {
        const ImVec2 max(min.x + width, ImGui::GetItemRectMax().y);
        ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - 2, min.y - 1), ImVec2(max.x + 1, max.y + 1),
                                            color_u32(p.changed), 3.0f, 0, 2.0f);
      }
      ImGui::PopID();
    }
  }
  ImGui::PopFont();
  queue_row("waiting", "thread-pool requests no thread has taken yet (first in, first out)",
            snapshot.pool_queue, p.pool, label_width, fonts, action);
}

}  // namespace

LoopPanelAction draw_loop_panel(const view::LoopSnapshot& snapshot, const Fonts& fonts) {
  LoopPanelAction action;
  const Palette& p = palette();
  ImGui::PushID("loop_panel");

  // The wheel on the left, the time and the call stack beside it.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float diameter = std::clamp(avail * 0.38f, 110.0f, 170.0f);
  draw_wheel(snapshot, diameter, fonts);
  ImGui::SameLine(0, 12.0f);
  ImGui::BeginGroup();
  ImGui::PushFont(fonts.code);
  ImGui::TextUnformatted(format_ms(snapshot.time).c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
  ImGui::Text("event %zu", snapshot.cursor.event);
  ImGui::PopStyleColor();
  ImGui::PushItemWidth(-1);
  draw_call_stack(snapshot, fonts, action);
  ImGui::PopItemWidth();
  ImGui::EndGroup();
  ImGui::Spacing();
  ImGui::Separator();

  // The queues, in the order Node empties them; names and lengths in a column wide enough for both.
  const float label_width = row_label_width();
  queue_row("nextTick", "process.nextTick callbacks: run after each callback, before promises",
            snapshot.ticks, p.tick, label_width, fonts, action);
  queue_row("microtasks", "promise reactions and queueMicrotask: run after the nextTick queue is empty",
            snapshot.microtasks, p.microtask, label_width, fonts, action);
  queue_row("timers", "setTimeout and setInterval, by due time: run in the timers phase", snapshot.timers,
            p.phase_timers, label_width, fonts, action);
  queue_row("immediates", "setImmediate callbacks: run in the check phase", snapshot.immediates,
            p.phase_check, label_width, fonts, action);
  queue_row("pending I/O", "requests waiting for I/O, and completions waiting for the poll phase",
            snapshot.pending_io, p.phase_poll, label_width, fonts, action);
  queue_row("closing", "closed handles whose close callbacks run in the close phase", snapshot.closing,
            p.phase_close, label_width, fonts, action);
  ImGui::Separator();
  draw_pool(snapshot, fonts, action);

  ImGui::PopID();
  return action;
}

}  // namespace looplab::web
