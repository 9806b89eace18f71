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

}  // namespace looplab::web
