#include "core/cli/explain.h"

#include <cstdio>
#include <string_view>

namespace looplab::cli {

namespace {

// "   12.345 ms  main        " : the time and thread columns of a line.
std::string columns(Nanos time, const std::string& thread) {
  char text[96];
  std::snprintf(text, sizeof text, "%8lld.%03lld ms  %-11s ", static_cast<long long>(time / kNanosPerMilli),
                static_cast<long long>(time % kNanosPerMilli / kNanosPerMicro), thread.c_str());
  return text;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Node's own handles open and close with every run: not worth a line.
bool is_internal_handle(std::string_view label) {
  return label == "timers" || label == "immediates" || starts_with(label, "event loop delay");
}

// "immediates -> immediate (line 2)" -> ("immediates", "immediate (line 2)").
std::pair<std::string, std::string> split_queue(const std::string& text, std::string_view arrow) {
  const std::size_t at = text.find(arrow);
  if (at == std::string::npos) return {text, {}};
  return {text.substr(0, at), text.substr(at + arrow.size())};
}

// What each loop phase is, for the phase lines.
std::string phase_title(const std::string& phase) {
  if (phase == "main") return "main script (the main module runs, then its ticks and microtasks)";
  if (phase == "timers") return "timers phase (due setTimeout/setInterval callbacks)";
  if (phase == "poll") return "poll phase (I/O and thread-pool completions)";
  if (phase == "check") return "check phase (setImmediate callbacks)";
  if (phase == "close") return "close callbacks phase";
  if (phase == "beforeExit") return "beforeExit (the loop ran out of work)";
  if (phase == "exit") return "exit (process 'exit' listeners)";
  return phase + " phase";
}

class Explainer {
 public:
  explicit Explainer(const Trace& trace) : m_trace(trace) {}

  std::string run() {
    const std::vector<TraceEvent>& events = m_trace.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
      // The next event that gets a line (queue lengths and handle refs come between), for folding.
      std::size_t next = i + 1;
      while (next < events.size() && is_noise(events[next])) ++next;
      line_for(events[i], i, next < events.size() ? &events[next] : nullptr, next);
    }
    return std::move(m_text);
  }

 private:
  const std::string& thread_name(ThreadId thread) const {
    static const std::string unknown = "?";
    const auto& names = m_trace.thread_names();
    return thread < names.size() && !names[thread].empty() ? names[thread] : unknown;
  }

  // One line; a text of several lines (an error's report) continues below, aligned after its
  // first word ("stderr: ").
  void emit(const TraceEvent& event, int depth, const std::string& text) {
    const std::string head = columns(event.time, thread_name(event.thread));
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    const std::size_t space = text.find(' ');
    const std::string hang(head.size() + indent.size() + (space == std::string::npos ? 0 : space + 1), ' ');
    m_text += head + indent;
    bool line_start = false;
    for (const char c : text) {
      if (line_start && c != '\n') m_text += hang;  // no trailing blanks on an empty line
      m_text += c;
      line_start = c == '\n';
    }
    m_text += '\n';
  }

  // Depth of what a callback does: one deeper than the callback, on the JS thread.
  int inside() const { return m_in_callback ? 2 : 1; }

  static bool is_noise(const TraceEvent& event) {
    return event.kind == TraceKind::kQueueLength || event.kind == TraceKind::kHandleRef ||
           (event.kind == TraceKind::kHandleOpen && is_internal_handle(event.text));
  }

  // `event` is at `index`; `next` is the next event that is not noise, at `next_index`.
  void line_for(const TraceEvent& event, std::size_t index, const TraceEvent* next, std::size_t next_index) {
    switch (event.kind) {
      case TraceKind::kPhase:
        m_in_callback = false;
        emit(event, 0, phase_title(event.text));
        break;
      case TraceKind::kPhaseEnd:
        m_in_callback = false;
        break;
      case TraceKind::kQueuePop: {
        // Folded into the callback it starts (the next event), when it does.
        const auto [queue, label] = split_queue(event.text, " -> ");
        if (next != nullptr && next->kind == TraceKind::kCallbackStart && next->text == label) {
          m_pending_from = "from the " + queue + " queue";
          m_fold_index = next_index;
        } else {
          emit(event, 1, "take " + label + " from the " + queue + " queue");
        }
        break;
      }
      case TraceKind::kTimerFired: {
        // "timeout (line 2) (due at 5 ms, late by 12.866 µs)" -> "timer due at 5 ms, late by ...".
        const std::size_t due = event.text.find(" (due at ");
        m_pending_from = due == std::string::npos ? "timer fired" : "timer " + event.text.substr(due + 2);
        if (due != std::string::npos && m_pending_from.back() == ')') m_pending_from.pop_back();
        m_fold_index = next_index;
        break;
      }
      case TraceKind::kCallbackStart: {
        std::string text = "run " + event.text;
        if (m_fold_index == index && !m_pending_from.empty()) text += "  [" + m_pending_from + "]";
        m_pending_from.clear();
        m_in_callback = false;
        emit(event, 1, text);
        m_in_callback = true;
        break;
      }
      case TraceKind::kCallbackEnd: {
        // A plain return is the norm; a throw or a stop is news (the error itself is reported on
        // stderr, shown where it is written).
        const std::size_t threw = event.text.find(" threw: ");
        if (threw != std::string::npos) {
          emit(event, 2, "throws: " + event.text.substr(0, threw) + " ends with an exception");
        } else if (event.text.find(" (stopped)") != std::string::npos) {
          emit(event, 2, "stopped: " + event.text);
        }
        m_in_callback = false;
        break;
      }
      case TraceKind::kQueuePush: {
        const auto [queue, label] = split_queue(event.text, " <- ");
        if (queue == "completed") {
          emit(event, 1, "done: " + label + " (its callback waits for the poll phase)");
        } else if (queue == "awaiting I/O") {
          emit(event, inside(), "wait for I/O: " + label);
        } else {
          emit(event, inside(), "queue " + label + " on the " + queue + " queue");
        }
        break;
      }
      case TraceKind::kTimerArmed:
        emit(event, inside(), "arm " + event.text);
        break;
      case TraceKind::kTimerCleared:
        emit(event, inside(), "clear " + event.text);
        break;
      case TraceKind::kPoolQueued:
        emit(event, inside(), "submit " + event.text + " to the thread pool");
        break;
      case TraceKind::kPoolStarted:
        emit(event, 1, "start " + event.text);
        break;
      case TraceKind::kPoolFinished:
        emit(event, 1, "finish " + event.text);
        break;
      case TraceKind::kHandleOpen:
        if (!is_internal_handle(event.text)) emit(event, inside(), "open handle " + event.text);
        break;
      case TraceKind::kHandleClose:
        if (!is_internal_handle(event.text)) emit(event, 1, "close handle " + event.text);
        break;
      case TraceKind::kPollWait:
        emit(event, 1, "wait " + event.text);
        break;
      case TraceKind::kOutput:
        emit(event, inside(), event.text);
        break;
      case TraceKind::kProcessExit:
        m_in_callback = false;
        emit(event, 0, "process exits: " + event.text);
        break;
      case TraceKind::kCpuContention: {
        // The value is the number of busy threads; it is recorded while they outnumber the cores.
        const std::string threads = std::to_string(event.value) + (event.value == 1 ? " thread" : " threads");
        emit(event, 0,
             event.value > m_busy_threads ? "CPU: " + threads + " busy, more than the cores: they share them"
                                          : "CPU: " + threads + " busy now");
        m_busy_threads = event.value;
        break;
      }
      case TraceKind::kHandleRef:
      case TraceKind::kQueueLength:
        break;  // folded: queue lengths follow from the pushes and pops shown
    }
  }

  const Trace& m_trace;
  std::string m_text;
  bool m_in_callback = false;       // a callback on the JS thread has started and not returned
  std::string m_pending_from;       // why the next callback runs (its queue or its timer)
  std::size_t m_fold_index = 0;     // the event index m_pending_from belongs to
  std::int64_t m_busy_threads = 0;  // at the last CPU contention event
};

}  // namespace

std::string explain(const scenario::ScriptRunResult& result) {
  std::string text =
      "Timeline (virtual time, thread; a phase, the callbacks it runs, what each does)\n"
      "\n";
  if (result.trace.events().empty()) {
    // Nothing ran (a syntax error): the output alone.
    for (const node::OutputLine& line : result.output) {
      text += columns(line.time, "main");
      text += (line.stream == node::Stream::kStdout ? "stdout: " : "stderr: ") + line.text + "\n";
    }
  } else {
    text += Explainer(result.trace).run();
  }
  text += "\n";
  if (!result.diagnosis.empty() || !result.exited) {
    text += "stopped by the simulator: " +
            (result.diagnosis.empty() ? std::string("the event loop waits for ever") : result.diagnosis) +
            "\n";
  } else {
    text += "exit code " + std::to_string(result.exit_code) + "\n";
  }
  return text;
}

}  // namespace looplab::cli
