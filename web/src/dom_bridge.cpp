#include "dom_bridge.h"

#include <emscripten.h>

// EM_JS rather than EM_ASM: EM_ASM's macro arguments break on top-level commas and quotes.
// The bodies are JavaScript, which clang-format would mangle (=== becomes == =).
// clang-format off
EM_JS(void, looplab_js_publish_state, (const char* json), {
  var element = document.getElementById('looplab-state');
  if (element) element.textContent = UTF8ToString(json);
});

EM_JS(void, looplab_js_show_fatal, (const char* message), {
  if (typeof window.looplabShowMessage === 'function') {
    window.looplabShowMessage(UTF8ToString(message));
  }
});

EM_JS(double, looplab_js_page_time_ms, (), { return performance.now(); });

EM_JS(double, looplab_js_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });

EM_JS(void, looplab_js_dispatch_resize_event, (), { window.dispatchEvent(new Event('resize')); });
// clang-format on

namespace looplab::web {

void publish_state(const std::string& json) {
  looplab_js_publish_state(json.c_str());
}

void show_fatal(const std::string& message) {
  looplab_js_show_fatal(message.c_str());
}

double page_time_ms() {
  return looplab_js_page_time_ms();
}

double device_pixel_ratio() {
  return looplab_js_device_pixel_ratio();
}

void dispatch_resize_event() {
  looplab_js_dispatch_resize_event();
}

}  // namespace looplab::web
