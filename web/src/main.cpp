// The playground's platform layer: SDL2 window and WebGL2 context, Dear ImGui's backends, the
// browser-driven frame loop. Everything the learner sees is drawn by App; this file only wires the
// platform to it.
//
// Sizing: the canvas fills the page by CSS. SDL (created RESIZABLE | ALLOW_HIGHDPI on a canvas whose
// CSS size is set externally) sizes the canvas's backing store to CSS size × devicePixelRatio on
// every window resize, so the window size ImGui sees is in CSS pixels and the drawable is in
// device pixels. Fonts follow the ratio (see fonts.h).
#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "app.h"
#include "dom_bridge.h"
#include "fonts.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "mouse_tracker.h"
#include "theme.h"
#include "touch_gestures.h"

namespace {

struct Platform {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  looplab::web::App app;
  looplab::web::Fonts fonts;
  looplab::web::FrameInfo info;
  looplab::web::MouseTracker mouse;
  looplab::web::PinchTracker pinch;
  // Events not handed to ImGui yet. ImGui 1.86 reads a key's state once per frame, so a key
  // pressed and released within one frame (a fast typist, a test driver, a paste of Enter) would
  // never be seen: a release of a key pressed this frame waits, with everything after it, for the
  // next frame. A mouse press after a move waits too (see run_frame).
  std::deque<SDL_Event> pending;
};

void run_frame(void* user_data) {
  Platform& platform = *static_cast<Platform*>(user_data);
  const double frame_start = looplab::web::page_time_ms();
  const std::uint64_t generation = platform.app.generation();

  SDL_Event event;
  while (SDL_PollEvent(&event)) platform.pending.push_back(event);
  std::vector<SDL_Scancode> pressed;
  bool moved = false;
  while (!platform.pending.empty()) {
    const SDL_Event& next = platform.pending.front();
    const SDL_Scancode key = next.key.keysym.scancode;
    if (next.type == SDL_KEYUP && std::find(pressed.begin(), pressed.end(), key) != pressed.end()) break;
    // A press right after the pointer jumped (a tap: the finger lands somewhere new) waits a frame:
    // ImGui's tabs ignore a press on a frame where another item was hovered the frame before.
    if (next.type == SDL_MOUSEBUTTONDOWN && moved) break;
    if (next.type == SDL_KEYDOWN) pressed.push_back(key);
    if (next.type == SDL_MOUSEMOTION) moved = true;
    ImGui_ImplSDL2_ProcessEvent(&next);
    platform.mouse.on_event(next);
    platform.pinch.on_event(next, ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y);
    platform.pending.pop_front();
  }

  // The page's devicePixelRatio changed (zoom, another monitor): rasterize the fonts again and
  // upload the new atlas.
  const float dpr = static_cast<float>(looplab::web::device_pixel_ratio());
  if (dpr != platform.info.dpr && platform.info.frame > 0) looplab::web::dispatch_resize_event();
  if (looplab::web::font_ratio_for(dpr) != platform.fonts.dpr) {
    platform.fonts = looplab::web::build_fonts(dpr);
    ++platform.info.font_builds;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  platform.mouse.apply(ImGui::GetIO());
  ImGui::NewFrame();
  platform.app.set_pinch(platform.pinch.take());
  platform.app.draw(platform.fonts, looplab::web::page_time_ms());
  ImGui::Render();

  int framebuffer_w = 0, framebuffer_h = 0;
  SDL_GL_GetDrawableSize(platform.window, &framebuffer_w, &framebuffer_h);
  glViewport(0, 0, framebuffer_w, framebuffer_h);
  const ImVec4 background = looplab::web::palette().background;
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(platform.window);

  looplab::web::FrameInfo& info = platform.info;
  ++info.frame;
  // ImGui keeps a new auto-fitting window hidden for its first frame, so the first frame can be
  // background only: time the first frame that drew any vertex.
  if (info.first_frame_ms == 0 && ImGui::GetDrawData()->TotalVtxCount > 0) {
    info.first_frame_ms = looplab::web::page_time_ms();
  }
  const ImGuiIO& io = ImGui::GetIO();
  info.display_w = io.DisplaySize.x;
  info.display_h = io.DisplaySize.y;
  info.framebuffer_w = framebuffer_w;
  info.framebuffer_h = framebuffer_h;
  info.dpr = dpr;
  // A frame that re-simulated is the edit's cost (web_resim_ms), not drawing's.
  if (platform.app.generation() == generation) {
    info.frame_ms.push_back(looplab::web::page_time_ms() - frame_start);
    if (info.frame_ms.size() > 240) info.frame_ms.erase(info.frame_ms.begin());
  }
  looplab::web::publish_state(platform.app.state_json(info, platform.fonts));
}

bool start(Platform& platform) {
  // Keyboard events go to the canvas only, so the page around an embedded playground keeps its keys.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    looplab::web::show_fatal(std::string("Looplab could not start its window: ") + SDL_GetError());
    return false;
  }
  // WebGL2 is OpenGL ES 3.0.
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

  platform.window = SDL_CreateWindow("Looplab", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 720,
                                     SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (platform.window == nullptr) {
    looplab::web::show_fatal(std::string("Looplab could not create its window: ") + SDL_GetError());
    return false;
  }
  platform.gl = SDL_GL_CreateContext(platform.window);
  if (platform.gl == nullptr) {
    looplab::web::show_fatal(std::string("Looplab needs WebGL2, and this browser could not start it (") +
                             SDL_GetError() + ").");
    return false;
  }
  SDL_GL_MakeCurrent(platform.window, platform.gl);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no file system; layout state will live in the share link
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  looplab::web::apply_theme(looplab::web::ThemeKind::kDark);
  platform.fonts = looplab::web::build_fonts(static_cast<float>(looplab::web::device_pixel_ratio()));
  platform.info.font_builds = 1;

  ImGui_ImplSDL2_InitForOpenGL(platform.window, platform.gl);
  // Typed characters arrive as SDL_TEXTINPUT only while text input is on; without it SDL's
  // Emscripten keydown handler cancels the browser's keypress and nothing can be typed.
  SDL_StartTextInput();
  // After the SDL backend, which installs SDL's clipboard: the page's own wins.
  looplab::web::install_clipboard();
  ImGui_ImplOpenGL3_Init("#version 300 es");
  return true;
}

Platform* g_platform = nullptr;  // for the exports below, which the page calls between frames

}  // namespace

// Calls from the page (tests, benchmarks, an embedding course page), through Module.ccall.
extern "C" {

// Replaces the script as if the learner had typed it (the run follows after the debounce).
EMSCRIPTEN_KEEPALIVE void looplab_set_script(const char* text) {
  if (g_platform != nullptr) g_platform->app.set_script(text, looplab::web::page_time_ms());
}

// Loads example `index` of the Examples menu and re-runs it now; returns the milliseconds the
// re-simulation and view rebuild took (-1: no such example). For web_resim_ms.
EMSCRIPTEN_KEEPALIVE double looplab_run_example(int index) {
  if (g_platform == nullptr) return -1;
  return g_platform->app.run_example_now(index);
}

}  // extern "C"

int main() {
  // Static: emscripten_set_main_loop unwinds main() and the loop keeps using this object.
  static Platform platform;
  g_platform = &platform;
  if (!start(platform)) return 1;
  emscripten_set_main_loop_arg(run_frame, &platform, 0, true);
  return 0;
}
