// The trace: the versioned record of everything that happened in a run, and the only thing the
// front-ends (CLI, playground) read. Models append; nothing is ever changed afterwards.
//
// This first version records the JS thread's loop: phases, callbacks, queue pushes, timers and
// output. Each event has the virtual time, the thread, a kind and a short text; to_text() renders
// one readable line per event, the form golden tests compare.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/sim/duration.h"
#include "core/sim/machine.h"

namespace looplab {

inline constexpr int kTraceFormatVersion = 1;

enum class TraceKind : std::uint8_t {
  kPhase,          // the loop entered a phase ("timers", "poll", ...)
  kCallbackStart,  // a callback began running on the JS thread
  kCallbackEnd,    // ... and returned
  kQueuePush,      // something was queued: a tick, a microtask, an immediate
  kTimerArmed,     // setTimeout/setInterval (or an interval re-armed)
  kTimerCleared,   // clearTimeout/clearInterval
  kTimerFired,     // a timer's callback is about to run, and how late it is
  kPollWait,       // poll blocks until a deadline (or would block forever)
  kOutput,         // the program wrote a line to stdout or stderr
  kProcessExit,    // the process finished, with its exit code
  kQueueLength,    // a queue's length changed: text names the queue, value is the new length
};

const char* to_string(TraceKind kind);

struct TraceEvent {
  Nanos time = 0;
  ThreadId thread = 0;
  TraceKind kind = TraceKind::kPhase;
  std::string text;
  std::int64_t value = 0;  // the number an event carries (a queue length), 0 otherwise
};

class Trace {
 public:
  void add(Nanos time, ThreadId thread, TraceKind kind, std::string text, std::int64_t value = 0);

  // A disabled trace records nothing (for benchmarks of the model itself).
  bool enabled() const { return m_enabled; }
  void set_enabled(bool enabled) { m_enabled = enabled; }

  const std::vector<TraceEvent>& events() const { return m_events; }

  // Thread names for rendering (index = ThreadId).
  void set_thread_name(ThreadId thread, std::string name);
  const std::vector<std::string>& thread_names() const { return m_thread_names; }

  // One line per event: "   12.345 ms  main   callback start   timeout #1".
  std::string to_text() const;

 private:
  std::vector<TraceEvent> m_events;
  std::vector<std::string> m_thread_names;
  bool m_enabled = true;
};

}  // namespace looplab
