#include "core/trace/trace.h"

#include <cstdio>
#include <utility>

namespace looplab {

const char* to_string(TraceKind kind) {
  switch (kind) {
    case TraceKind::kPhase:
      return "phase";
    case TraceKind::kPhaseEnd:
      return "phase end";
    case TraceKind::kCallbackStart:
      return "callback start";
    case TraceKind::kCallbackEnd:
      return "callback end";
    case TraceKind::kQueuePush:
      return "queue push";
    case TraceKind::kQueuePop:
      return "queue pop";
    case TraceKind::kTimerArmed:
      return "timer armed";
    case TraceKind::kTimerCleared:
      return "timer cleared";
    case TraceKind::kTimerFired:
      return "timer fired";
    case TraceKind::kPoolQueued:
      return "pool queued";
    case TraceKind::kPoolStarted:
      return "pool started";
    case TraceKind::kPoolFinished:
      return "pool finished";
    case TraceKind::kHandleOpen:
      return "handle open";
    case TraceKind::kHandleClose:
      return "handle close";
    case TraceKind::kHandleRef:
      return "handle ref";
    case TraceKind::kPollWait:
      return "poll wait";
    case TraceKind::kOutput:
      return "output";
    case TraceKind::kProcessExit:
      return "process exit";
    case TraceKind::kQueueLength:
      return "queue length";
    case TraceKind::kCpuContention:
      return "cpu contention";
  }
  return "?";
}

bool has_value(TraceKind kind) {
  switch (kind) {
    case TraceKind::kQueueLength:
    case TraceKind::kHandleOpen:
    case TraceKind::kHandleRef:
    case TraceKind::kCpuContention:
      return true;
    default:
      return false;
  }
}

void Trace::set_thread_name(ThreadId thread, std::string name) {
  if (m_thread_names.size() <= thread) m_thread_names.resize(thread + 1);
  m_thread_names[thread] = std::move(name);
}

std::string Trace::to_text() const {
  std::string text;
  char time[32];
  char line[64];
  for (const TraceEvent& event : m_events) {
    // Milliseconds with microsecond precision (truncated), in integers so that every platform
    // prints the same digits; aligned columns keep diffs readable.
    std::snprintf(time, sizeof time, "%7lld.%03lld ms", static_cast<long long>(event.time / kNanosPerMilli),
                  static_cast<long long>(event.time % kNanosPerMilli / kNanosPerMicro));
    const std::string& thread =
        event.thread < m_thread_names.size() ? m_thread_names[event.thread] : std::string("?");
    std::snprintf(line, sizeof line, "%s  %-6s %-15s", time, thread.c_str(), to_string(event.kind));
    text += line;
    text += event.text;
    if (has_value(event.kind)) text += " = " + std::to_string(event.value);
    text += '\n';
  }
  return text;
}

}  // namespace looplab
