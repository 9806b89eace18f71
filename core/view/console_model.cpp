#include "core/view/console_model.h"

namespace looplab::view {

namespace {

// "main script" for the phase the main module runs in; the loop's phases keep their libuv names.
std::string phase_name(const std::string& text) {
  return text == "main" ? "main script" : text;
}

}  // namespace

ConsoleModel build_console(const scenario::ScriptRunResult& run) {
  ConsoleModel model;
  model.exited = run.exited;
  model.exit_code = run.exit_code;
  model.diagnosis = run.diagnosis;
  const auto& events = run.trace.events();
  const auto& names = run.trace.thread_names();
  // Walk the trace once: the phase and callback current on each thread when an output event comes.
  struct ThreadNow {
    std::string phase;
    std::string callback;
    std::uint32_t source = 0;
  };
  std::vector<ThreadNow> now;
  std::size_t next_line = 0;
  for (std::size_t i = 0; i < events.size() && next_line < run.output.size(); ++i) {
    const TraceEvent& event = events[i];
    if (event.thread >= now.size()) now.resize(event.thread + 1);
    ThreadNow& thread = now[event.thread];
    switch (event.kind) {
      case TraceKind::kPhase:
        thread.phase = phase_name(event.text);
        break;
      case TraceKind::kCallbackStart:
        thread.callback = event.text;
        thread.source = event.source;
        break;
      case TraceKind::kCallbackEnd:
        thread.callback.clear();
        thread.source = 0;
        break;
      case TraceKind::kOutput: {
        const node::OutputLine& line = run.output[next_line++];
        ConsoleLine out;
        out.text = line.text;
        out.stream = line.stream;
        out.time = event.time;
        out.thread = event.thread < names.size() ? names[event.thread] : "main";
        out.phase = thread.phase;
        out.callback = thread.callback;
        out.source = thread.source;
        out.cursor = Cursor{i + 1};
        model.lines.push_back(std::move(out));
        break;
      }
      default:
        break;
    }
  }
  // Lines with no trace event (a syntax error report, a partial line flushed at exit): at the end.
  for (; next_line < run.output.size(); ++next_line) {
    const node::OutputLine& line = run.output[next_line];
    ConsoleLine out;
    out.text = line.text;
    out.stream = line.stream;
    out.time = line.time;
    out.thread = "main";
    out.cursor = end_of(run.trace);
    model.lines.push_back(std::move(out));
  }
  return model;
}

int line_at(const ConsoleModel& console, Cursor cursor) {
  int found = -1;
  for (std::size_t i = 0; i < console.lines.size(); ++i) {
    if (console.lines[i].cursor.event > cursor.event) break;
    found = static_cast<int>(i);
  }
  return found;
}

}  // namespace looplab::view
