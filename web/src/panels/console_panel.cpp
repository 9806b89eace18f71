#include "panels/console_panel.h"

#include <cstdio>
#include <string>

#include "imgui.h"
#include "theme.h"

namespace looplab::web {

namespace {

// "12.345 ms" with three decimals: lessons live between microseconds and seconds.
std::string format_ms(Nanos time) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f ms", static_cast<double>(time) / 1e6);
  return text;
}

ImVec4 phase_color(const std::string& phase) {
  const Palette& p = palette();
  if (phase == "timers") return p.phase_timers;
  if (phase == "poll") return p.phase_poll;
  if (phase == "check") return p.phase_check;
  if (phase == "close") return p.phase_close;
  return p.phase_other;
}

}  // namespace

ConsoleAction draw_console_panel(const view::ConsoleModel& console, view::Cursor cursor, bool stale,
                                 const Fonts& fonts) {
  ConsoleAction action;
  const Palette& p = palette();
  if (stale) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
  const int current = view::line_at(console, cursor);
  ImGui::PushFont(fonts.code);
  const float time_width = ImGui::CalcTextSize("0000.000 ms").x;
  const float phase_width = ImGui::CalcTextSize("main script").x;
  if (console.lines.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, p.text_dim);
    ImGui::TextUnformatted("(no output yet)");
    ImGui::PopStyleColor();
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(console.lines.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const view::ConsoleLine& line = console.lines[static_cast<std::size_t>(i)];
      ImGui::PushID(i);
      const bool future = line.cursor.event > cursor.event;
      const float row_y = ImGui::GetCursorScreenPos().y;
      // The whole row is one selectable: a click jumps to the moment the line was written.
      if (ImGui::Selectable("##line", i == current, ImGuiSelectableFlags_SpanAllColumns)) {
        action.jump_to = line.cursor;
      }
      if (i == 0) {
        action.first_line_drawn = true;
        action.first_line_x = ImGui::GetItemRectMin().x;
        action.first_line_y = ImGui::GetItemRectMin().y;
        action.first_line_w = ImGui::GetItemRectSize().x;
        action.first_line_h = ImGui::GetItemRectSize().y;
      }
      if (ImGui::IsItemHovered()) {
        action.hovered_source = line.source;
        ImGui::SetTooltip("%s on %s, %s%s%s", format_ms(line.time).c_str(), line.thread.c_str(),
                          line.phase.empty() ? "outside the loop" : (line.phase + " phase").c_str(),
                          line.callback.empty() ? "" : ", in ", line.callback.c_str());
      }
      ImGui::SameLine(0, 0);
      ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + ImGui::GetStyle().WindowPadding.x, row_y));
      const float alpha = future ? 0.4f : 1.0f;
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(p.text_dim.x, p.text_dim.y, p.text_dim.z, alpha));
      ImGui::TextUnformatted(format_ms(line.time).c_str());
      ImGui::PopStyleColor();
      ImGui::SameLine(time_width + 24.0f);
      const ImVec4 phase = phase_color(line.phase);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(phase.x, phase.y, phase.z, alpha));
      ImGui::TextUnformatted(line.phase.empty() ? "-" : line.phase.c_str());
      ImGui::PopStyleColor();
      ImGui::SameLine(time_width + phase_width + 40.0f);
      const ImVec4 text = line.stream == node::Stream::kStderr ? p.error : p.text;
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(text.x, text.y, text.z, alpha));
      ImGui::TextUnformatted(line.text.empty() ? " " : line.text.c_str());
      ImGui::PopStyleColor();
      ImGui::PopID();
    }
  }
  ImGui::PopFont();
  // How the run ended.
  ImGui::Spacing();
  if (!console.diagnosis.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, p.warning);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(("Stopped by Looplab: " + console.diagnosis).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  } else if (console.exited) {
    ImGui::PushStyleColor(ImGuiCol_Text, console.exit_code == 0 ? p.text_dim : p.error);
    ImGui::Text("Process exited with code %d", console.exit_code);
    ImGui::PopStyleColor();
  }
  if (stale) ImGui::PopStyleVar();
  return action;
}

}  // namespace looplab::web
