// The playground's few calls out to the page (JavaScript), in one place.
//
// Tests and the page read the app through a hidden element, #looplab-state, whose text is a JSON
// object rewritten every frame (see publish_state). That is the contract with tests/e2e: keep the
// keys stable, add new ones freely.
#pragma once

#include <string>

namespace looplab::web {

// Replaces the text of #looplab-state with `json`.
void publish_state(const std::string& json);

// Shows a readable message over the canvas and hides it: the app cannot run.
void show_fatal(const std::string& message);

// Milliseconds since navigation start (performance.now()). Only for measuring the page itself
// (first frame time); the simulation never reads any clock.
double page_time_ms();

// window.devicePixelRatio, as the page sees it now.
double device_pixel_ratio();

// Fires a 'resize' event on the window. SDL re-reads devicePixelRatio and resizes the canvas's
// backing store only in its resize handler, and browsers change the ratio without a resize (a
// window dragged to another monitor, an emulated device): this hands SDL the change.
void dispatch_resize_event();

// The accessible mirror of what the canvas shows (issue 6 item 12): #looplab-output is an
// aria-live region; the text replaces its contents (only when it changed, so screen readers
// announce a new result once).
void mirror_output(const std::string& text);

// The browser's localStorage, for autosaving the script and knobs. Reading a missing key (or
// storage the browser refuses, e.g. private mode) gives "" and `found` false; writing never throws.
std::string storage_read(const std::string& key, bool* found = nullptr);
void storage_write(const std::string& key, const std::string& value);

// The system clipboard (navigator.clipboard, or a hidden textarea where that is refused).
void copy_to_clipboard(const std::string& text);

// Connects ImGui's clipboard to the system's: a copy goes to the system clipboard; a paste reads
// what the browser's last 'paste' event carried (browsers only hand clipboard text to pages that
// way), falling back to the last copy made in the app.
void install_clipboard();
// True once after the browser pasted text (Ctrl/Cmd+V): it is on ImGui's clipboard now, and the
// focused editor should insert it.
bool take_pasted_text();

// Offers `text` as a file download named `filename`.
void download_text(const std::string& filename, const std::string& text, const std::string& mime);

}  // namespace looplab::web
