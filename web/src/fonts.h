// The playground's two fonts, rasterized for the current devicePixelRatio.
//
// Why per-DPR atlases: ImGui rasterizes glyphs once into a texture. Drawing a 16 px atlas on a
// 2x screen scales it up and blurs it, so the atlas is built at size × dpr device pixels and
// io.FontGlobalScale = 1/dpr brings the layout back to CSS pixels. When the page's
// devicePixelRatio changes (browser zoom, another monitor) the atlas is rebuilt.
#pragma once

struct ImFont;

namespace looplab::web {

struct Fonts {
  ImFont* ui = nullptr;    // Inter: labels, text, buttons (the default font)
  ImFont* code = nullptr;  // JetBrains Mono: source code, output, numbers in tables
  float dpr = 0;           // the devicePixelRatio the atlas was built for
  float ui_px = 0;         // rasterized size in device pixels
};

inline constexpr float kUiFontCssPx = 16.0f;
inline constexpr float kCodeFontCssPx = 15.0f;

// Rebuilds ImGui's font atlas for `dpr` (clamped to 1..4) and sets io.FontGlobalScale. Call before
// ImGui::NewFrame; the renderer's font texture must be recreated afterwards.
Fonts build_fonts(float dpr);

}  // namespace looplab::web
