#include "theme.h"

namespace looplab::web {

namespace {

// Hex colour to ImVec4 ("0x1b1e26" style integers read best next to design tools).
ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xff) / 255.0f,
                static_cast<float>((hex >> 8) & 0xff) / 255.0f, static_cast<float>(hex & 0xff) / 255.0f,
                alpha);
}

const Palette kDark{
    .background = rgb(0x13151a),
    .text = rgb(0xe6e9ee),
    .text_dim = rgb(0x8c94a1),
    .accent = rgb(0x33a073),
    .panel = rgb(0x1b1e25),
    .grid = rgb(0x2e323c),
    .cursor = rgb(0xf2c14e),
    .highlight = rgb(0x33a073, 0.28f),
    .changed = rgb(0xf2c14e),
    .error = rgb(0xff6b6b),
    .warning = rgb(0xf5a35b),
    .phase_timers = rgb(0x5aa9e6),
    .phase_poll = rgb(0x7bc67e),
    .phase_check = rgb(0xc18fe8),
    .phase_close = rgb(0xe67e9b),
    .phase_other = rgb(0x9aa3b2),
    .tick = rgb(0xf2c14e),
    .microtask = rgb(0xf5a35b),
    .pool = rgb(0x4fc1c1),
    .blocking = rgb(0xe05d5d),
    .gc = rgb(0xb0b0b0),
    .idle = rgb(0x3a3f4b),
};

const Palette kLight{
    .background = rgb(0xeef0f3),
    .text = rgb(0x1d2129),
    .text_dim = rgb(0x5f6673),
    .accent = rgb(0x1f7a55),
    .panel = rgb(0xffffff),
    .grid = rgb(0xd5d9e0),
    .cursor = rgb(0xc2410c),
    .highlight = rgb(0x1f7a55, 0.18f),
    .changed = rgb(0xc2410c),
    .error = rgb(0xc62828),
    .warning = rgb(0xb45309),
    .phase_timers = rgb(0x1d6fb8),
    .phase_poll = rgb(0x2e7d32),
    .phase_check = rgb(0x7b3fb0),
    .phase_close = rgb(0xb0305a),
    .phase_other = rgb(0x5f6673),
    .tick = rgb(0xa16207),
    .microtask = rgb(0xc2410c),
    .pool = rgb(0x0f7c7c),
    .blocking = rgb(0xb91c1c),
    .gc = rgb(0x6b7280),
    .idle = rgb(0xd5d9e0),
};

ThemeKind g_kind = ThemeKind::kDark;  // the page has one playground and one theme at a time

}  // namespace

const Palette& palette() {
  return g_kind == ThemeKind::kDark ? kDark : kLight;
}

ThemeKind current_theme() {
  return g_kind;
}

void apply_theme(ThemeKind kind) {
  g_kind = kind;
  const Palette& p = palette();
  ImGuiStyle& style = ImGui::GetStyle();
  if (kind == ThemeKind::kDark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  style.WindowRounding = 6.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.TabRounding = 4.0f;
  style.WindowPadding = ImVec2(10.0f, 8.0f);
  style.FramePadding = ImVec2(8.0f, 4.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.WindowBorderSize = 1.0f;

  ImVec4* colors = style.Colors;
  colors[ImGuiCol_WindowBg] = p.panel;
  colors[ImGuiCol_ChildBg] = p.panel;
  colors[ImGuiCol_PopupBg] = p.panel;
  colors[ImGuiCol_Border] = p.grid;
  colors[ImGuiCol_Text] = p.text;
  colors[ImGuiCol_TextDisabled] = p.text_dim;
  colors[ImGuiCol_Button] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.75f);
  colors[ImGuiCol_ButtonHovered] = p.accent;
  colors[ImGuiCol_ButtonActive] = ImVec4(p.accent.x * 0.85f, p.accent.y * 0.85f, p.accent.z * 0.85f, 1.0f);
  // Fields (sliders, combos, drags) stand out from the panel in both themes.
  colors[ImGuiCol_FrameBg] = p.grid;
  colors[ImGuiCol_FrameBgHovered] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.35f);
  colors[ImGuiCol_FrameBgActive] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.5f);
  colors[ImGuiCol_CheckMark] = p.accent;
  colors[ImGuiCol_SliderGrab] = p.accent;
  colors[ImGuiCol_SliderGrabActive] = p.accent;
  colors[ImGuiCol_TextSelectedBg] = p.highlight;
  colors[ImGuiCol_MenuBarBg] = p.background;
}

}  // namespace looplab::web
