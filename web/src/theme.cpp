#include "theme.h"

#include "imgui.h"

namespace looplab::web {

void apply_theme() {
  ImGui::StyleColorsDark();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 8.0f;
  style.FrameRounding = 5.0f;
  style.GrabRounding = 5.0f;
  style.WindowPadding = ImVec2(18.0f, 16.0f);
  style.FramePadding = ImVec2(12.0f, 6.0f);
  style.ItemSpacing = ImVec2(10.0f, 10.0f);
  style.WindowBorderSize = 1.0f;

  ImVec4* colors = style.Colors;
  const ImVec4 accent(0.20f, 0.62f, 0.45f, 1.0f);  // Node green, softened for a dark background
  colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.15f, 1.0f);
  colors[ImGuiCol_Border] = ImVec4(0.24f, 0.26f, 0.31f, 1.0f);
  colors[ImGuiCol_TitleBg] = ImVec4(0.09f, 0.10f, 0.12f, 1.0f);
  colors[ImGuiCol_TitleBgActive] = ImVec4(0.13f, 0.20f, 0.18f, 1.0f);
  colors[ImGuiCol_Button] = ImVec4(0.16f, 0.44f, 0.33f, 1.0f);
  colors[ImGuiCol_ButtonHovered] = accent;
  colors[ImGuiCol_ButtonActive] = ImVec4(0.13f, 0.50f, 0.36f, 1.0f);
  colors[ImGuiCol_ChildBg] = ImVec4(0.07f, 0.08f, 0.10f, 1.0f);
  colors[ImGuiCol_Text] = ImVec4(0.90f, 0.92f, 0.94f, 1.0f);
  colors[ImGuiCol_TextDisabled] = ImVec4(0.55f, 0.58f, 0.63f, 1.0f);
}

}  // namespace looplab::web
