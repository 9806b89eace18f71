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

// The ratio fonts are rasterized for: the page's devicePixelRatio clamped to 0.5..4. Below 0.5
// (zoomed far out) glyphs would be unreadable anyway; above 4 the atlas would grow past what
// WebGL guarantees for a texture. Compare with Fonts::dpr through this, never the raw ratio, or
// the atlas is rebuilt every frame.
float font_ratio_for(float device_pixel_ratio);

// Rebuilds ImGui's font atlas for font_ratio_for(dpr) and sets io.FontGlobalScale. Call before
// ImGui::NewFrame; the renderer's font texture must be recreated afterwards.
Fonts build_fonts(float dpr);

}  // namespace looplab::web
