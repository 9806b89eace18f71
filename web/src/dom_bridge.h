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

}  // namespace looplab::web
