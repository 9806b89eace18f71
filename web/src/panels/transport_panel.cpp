#include "panels/transport_panel.h"

#include "imgui.h"
#include "theme.h"

namespace looplab::web {

namespace {

constexpr ShortcutHelp kShortcuts[] = {
    {"Space", "run / pause"},
    {"Right", "step: the next queue movement"},
    {"Left", "step back"},
    {"Shift+Right", "step over: to the end of the next callback"},
    {"Shift+Left", "back to the start of the previous callback"},
    {"Home / End", "jump to the start / the end of the run"},
};

// ImGui 1.86 indexes keys by the backend's key codes: map ImGuiKey_* through GetKeyIndex.
bool pressed(ImGuiKey key, bool repeat = true) {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
}

bool button(const char* label, const char* tooltip) {
  const bool pressed = ImGui::Button(label);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
  ImGui::SameLine();
  return pressed;
}

}  // namespace

std::span<const ShortcutHelp> transport_shortcuts() {
  return kShortcuts;
}

TransportAction draw_transport(TransportState& state, const char* time_text, const Fonts& fonts,
                               ImVec4* play_rect) {
  TransportAction action = TransportAction::kNone;
  // The arrows are geometric shapes the UI font keeps (web/CMakeLists.txt's glyph ranges).
  if (button("|\xE2\x97\x80##start", "Jump to the start (Home)")) action = TransportAction::kToStart;
  if (button("\xE2\x97\x80\xE2\x97\x80##backcb", "Back to the previous callback (Shift+Left)"))
    action = TransportAction::kBackCallback;
  if (button("\xE2\x97\x80##back", "Step back (Left)")) action = TransportAction::kStepBack;
  const bool play = ImGui::Button(state.playing ? "Pause##play" : "Run##play");
  if (play_rect != nullptr) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    *play_rect = ImVec4(min.x, min.y, max.x - min.x, max.y - min.y);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play the run step by step / pause (Space)");
  ImGui::SameLine();
  if (play) action = TransportAction::kPlayPause;
  if (button("\xE2\x96\xB6##step", "Step: the next queue movement (Right)")) action = TransportAction::kStep;
  if (button("\xE2\x96\xB6\xE2\x96\xB6##over", "Step over: to the end of the next callback (Shift+Right)"))
    action = TransportAction::kStepOver;
  if (button("\xE2\x96\xB6|##end", "Jump to the end (End)")) action = TransportAction::kToEnd;
  ImGui::SetNextItemWidth(80.0f);
  ImGui::Combo("##speed", &state.speed_index, kSpeedNames, IM_ARRAYSIZE(kSpeedNames));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playback speed");
  ImGui::SameLine();
  ImGui::PushFont(fonts.code);
  ImGui::PushStyleColor(ImGuiCol_Text, palette().text_dim);
  ImGui::TextUnformatted(time_text);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  return action;
}

TransportAction transport_shortcut() {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || ImGui::IsAnyItemActive()) return TransportAction::kNone;
  if (pressed(ImGuiKey_Space, false)) return TransportAction::kPlayPause;
  if (pressed(ImGuiKey_RightArrow)) return io.KeyShift ? TransportAction::kStepOver : TransportAction::kStep;
  if (pressed(ImGuiKey_LeftArrow))
    return io.KeyShift ? TransportAction::kBackCallback : TransportAction::kStepBack;
  if (pressed(ImGuiKey_Home, false)) return TransportAction::kToStart;
  if (pressed(ImGuiKey_End, false)) return TransportAction::kToEnd;
  return TransportAction::kNone;
}

}  // namespace looplab::web
