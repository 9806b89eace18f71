#include "core/trace/export.h"

#include <cstdio>

namespace looplab {

namespace {

// Microseconds with three decimals, from integer nanoseconds (no floating point: same digits
// everywhere).
std::string micros(Nanos time) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%lld.%03lld", static_cast<long long>(time / 1000),
                static_cast<long long>(time % 1000));
  return buffer;
}

}  // namespace

std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x",
                        static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += escape;
        } else {
          out += c;  // UTF-8 passes through unchanged
        }
    }
  }
  out += '"';
  return out;
}

std::string to_json(const Trace& trace) {
  std::string out = "{\"format\":\"looplab-trace\",\"version\":" + std::to_string(kTraceFormatVersion);
  out += ",\"threads\":[";
  for (std::size_t i = 0; i < trace.thread_names().size(); ++i) {
    if (i > 0) out += ',';
    out += json_quote(trace.thread_names()[i]);
  }
  out += "],\"events\":[";
  bool first = true;
  for (const TraceEvent& event : trace.events()) {
    if (!first) out += ',';
    first = false;
    out += "{\"time_ns\":" + std::to_string(event.time) + ",\"thread\":" + std::to_string(event.thread) +
           ",\"kind\":" + json_quote(to_string(event.kind)) + ",\"text\":" + json_quote(event.text);
    if (has_value(event.kind)) out += ",\"value\":" + std::to_string(event.value);
    if (event.source != 0) out += ",\"source\":" + std::to_string(event.source);
    out += "}";
  }
  out += "]}\n";
  return out;
}

std::string to_chrome_trace(const Trace& trace) {
  std::string out = "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[";
  bool first = true;
  auto begin_event = [&]() {
    if (!first) out += ',';
    first = false;
  };
  for (std::size_t i = 0; i < trace.thread_names().size(); ++i) {
    begin_event();
    out += "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(i) +
           ",\"args\":{\"name\":" + json_quote(trace.thread_names()[i]) + "}}";
  }
  for (const TraceEvent& event : trace.events()) {
    begin_event();
    const std::string common =
        ",\"ts\":" + micros(event.time) + ",\"pid\":1,\"tid\":" + std::to_string(event.thread) + "}";
    switch (event.kind) {
      // Slices: phases enclose the callbacks they run, and pool tasks run on their own threads.
      case TraceKind::kPhase:
      case TraceKind::kPhaseEnd:
      case TraceKind::kCallbackStart:
      case TraceKind::kCallbackEnd:
      case TraceKind::kPoolStarted:
      case TraceKind::kPoolFinished: {
        const bool begins = event.kind == TraceKind::kPhase || event.kind == TraceKind::kCallbackStart ||
                            event.kind == TraceKind::kPoolStarted;
        const char* category =
            event.kind == TraceKind::kPhase || event.kind == TraceKind::kPhaseEnd             ? "phase"
            : event.kind == TraceKind::kPoolStarted || event.kind == TraceKind::kPoolFinished ? "pool"
                                                                                              : "callback";
        out += "{\"name\":" + json_quote(event.text) + ",\"cat\":\"" + category + "\",\"ph\":\"" +
               (begins ? "B" : "E") + "\"" + common;
        break;
      }
      case TraceKind::kCpuContention:  // one counter track for the machine
        out += "{\"name\":\"CPU: busy threads\",\"ph\":\"C\",\"args\":{\"threads\":" +
               std::to_string(event.value) + "}" + common;
        break;
      case TraceKind::kQueueLength:  // a counter track per queue; Perfetto keys counters by name
                                     // and pid, so the thread's name keeps two processes apart
        out +=
            "{\"name\":" +
            json_quote((event.thread < trace.thread_names().size() ? trace.thread_names()[event.thread] + " "
                                                                   : std::string()) +
                       event.text) +
            ",\"ph\":\"C\",\"args\":{\"length\":" + std::to_string(event.value) + "}" + common;
        break;
      default:
        out += "{\"name\":" + json_quote(std::string(to_string(event.kind)) + ": " + event.text) +
               ",\"cat\":" + json_quote(to_string(event.kind)) + ",\"ph\":\"i\",\"s\":\"t\"" + common;
        break;
    }
  }
  out += "]}\n";
  return out;
}

}  // namespace looplab
