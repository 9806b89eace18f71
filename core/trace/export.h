// Trace exports: a JSON record of the run (Looplab's own format, versioned) and the Chrome Trace
// Event Format, so any run opens in Perfetto (ui.perfetto.dev) or chrome://tracing.
#pragma once

#include <string>
#include <string_view>

#include "core/trace/trace.h"

namespace looplab {

// {"format":"looplab-trace","version":1,"threads":[...],"events":[{"time_ns":..,"thread":..,
// "kind":"..","text":".."}, ...]}
std::string to_json(const Trace& trace);

// {"traceEvents":[...]}: callbacks become duration slices (B/E) on their thread, everything else an
// instant event; thread names come as metadata. Timestamps are microseconds, exact to the ns.
std::string to_chrome_trace(const Trace& trace);

// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

}  // namespace looplab
