#include "dom_bridge.h"

#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "imgui.h"

namespace {
std::string g_clipboard;       // the page has one clipboard: the last text copied or pasted
bool g_paste_pending = false;  // a paste arrived that nothing has inserted yet
}  // namespace

// Called by the paste listener below.
extern "C" EMSCRIPTEN_KEEPALIVE void looplab_pasted_text(const char* text) {
  g_clipboard = text;
  g_paste_pending = true;
}

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

EM_JS(void, looplab_js_mirror_output, (const char* text), {
  var element = document.getElementById('looplab-output');
  var value = UTF8ToString(text);
  if (element && element.textContent !== value) element.textContent = value;
});

// Returns a malloc'd UTF-8 copy (the caller frees it), or 0 when the key is missing.
EM_JS(char*, looplab_js_storage_read, (const char* key), {
  try {
    var value = window.localStorage.getItem(UTF8ToString(key));
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var pointer = _malloc(size);
    stringToUTF8(value, pointer, size);
    return pointer;
  } catch (e) {
    return 0;
  }
});

EM_JS(void, looplab_js_storage_write, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
  } catch (e) {
    console.warn('Looplab could not autosave: ' + e);
  }
});

EM_JS(void, looplab_js_copy_to_clipboard, (const char* text), {
  var value = UTF8ToString(text);
  function fallback() {
    var area = document.createElement('textarea');
    area.value = value;
    area.setAttribute("readonly", "");
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) {}
    document.body.removeChild(area);
    var canvas = document.getElementById('canvas');
    if (canvas) canvas.focus();
  }
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(value).catch(fallback);
  } else {
    fallback();
  }
});

// Browsers hand clipboard text to a page only in a 'paste' event, and only when Ctrl+V's keydown
// was not cancelled; SDL cancels every Ctrl key. So Ctrl/Cmd+V is kept from SDL (a capture
// listener on window runs before SDL's), the browser pastes, and the text goes to the app, which
// inserts it (take_pasted_text).
EM_JS(void, looplab_js_install_paste_listener, (), {
  window.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'v' || event.key === 'V')) {
      event.stopImmediatePropagation();
    }
  }, true);
  document.addEventListener('paste', function (event) {
    var text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
    if (!text) return;
    Module.ccall('looplab_pasted_text', null, ['string'], [text]);
    event.preventDefault();
  });
});

EM_JS(void, looplab_js_download_text, (const char* filename, const char* text, const char* mime), {
  var blob = new Blob([UTF8ToString(text)], { type: UTF8ToString(mime) });
  var link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = UTF8ToString(filename);
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
});
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

void mirror_output(const std::string& text) {
  looplab_js_mirror_output(text.c_str());
}

std::string storage_read(const std::string& key, bool* found) {
  char* value = looplab_js_storage_read(key.c_str());
  if (found != nullptr) *found = value != nullptr;
  if (value == nullptr) return "";
  std::string text(value);
  std::free(value);
  return text;
}

void storage_write(const std::string& key, const std::string& value) {
  looplab_js_storage_write(key.c_str(), value.c_str());
}

bool take_pasted_text() {
  const bool pending = g_paste_pending;
  g_paste_pending = false;
  return pending;
}

void copy_to_clipboard(const std::string& text) {
  looplab_js_copy_to_clipboard(text.c_str());
}

void install_clipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = [](void*, const char* text) {
    g_clipboard = text;
    copy_to_clipboard(g_clipboard);
  };
  io.GetClipboardTextFn = [](void*) -> const char* { return g_clipboard.c_str(); };
  io.ClipboardUserData = nullptr;
  looplab_js_install_paste_listener();
}

void download_text(const std::string& filename, const std::string& text, const std::string& mime) {
  looplab_js_download_text(filename.c_str(), text.c_str(), mime.c_str());
}

}  // namespace looplab::web
