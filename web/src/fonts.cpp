#include "fonts.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "glyph_ranges.h"
#include "imgui.h"

// Defined by the files CMake generates from the Debian font packages (web/cmake/embed_file.cmake).
extern const unsigned char kUiFontData[];
extern const std::size_t kUiFontData_size;
extern const unsigned char kCodeFontData[];
extern const std::size_t kCodeFontData_size;

namespace looplab::web {

namespace {

// The Unicode ranges the embedded fonts were subset to (LOOPLAB_GLYPH_RANGES in web/CMakeLists.txt).
constexpr ImWchar kGlyphRanges[] = {LOOPLAB_GLYPH_RANGES};

ImFont* add_font(const unsigned char* data, std::size_t size, float pixels) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the data is static; ImGui must not free it
  config.OversampleH = 2;
  config.OversampleV = 1;
  // ImGui only reads the data; the API is not const-correct.
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                                    pixels, &config, kGlyphRanges);
}

}  // namespace

float font_ratio_for(float device_pixel_ratio) {
  return std::clamp(device_pixel_ratio, 0.5f, 4.0f);
}

Fonts build_fonts(float dpr) {
  dpr = font_ratio_for(dpr);
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();

  Fonts fonts;
  fonts.dpr = dpr;
  fonts.ui_px = std::round(kUiFontCssPx * dpr);
  fonts.ui = add_font(kUiFontData, kUiFontData_size, fonts.ui_px);
  fonts.code = add_font(kCodeFontData, kCodeFontData_size, std::round(kCodeFontCssPx * dpr));
  io.Fonts->Build();
  io.FontDefault = fonts.ui;
  io.FontGlobalScale = 1.0f / dpr;
  return fonts;
}

}  // namespace looplab::web
