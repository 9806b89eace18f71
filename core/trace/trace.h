// The trace: the versioned record of everything that happened in a run, and the only thing the
// front-ends (CLI, playground) read. Models append; nothing is ever changed afterwards.
//
// Each event has the virtual time, the thread, a kind, a short text, a number where the kind has
// one (a queue length, whether a handle keeps the loop alive, busy threads) and a source slot (the
// code range a callback comes from, filled by the engine). to_text() renders one readable line per
// event, the form golden tests compare.
//
// Version 2 added: phase end, queue pops, thread-pool task queued/started/finished, handle
// open/close/ref, CPU contention, the source slot.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/sim/duration.h"
#include "core/sim/thread_id.h"

namespace looplab {

inline constexpr int kTraceFormatVersion = 2;

enum class TraceKind : std::uint8_t {
  kPhase,          // the loop entered a phase ("timers", "poll", ...)
  kPhaseEnd,       // ... and left it
  kCallbackStart,  // a callback began running on the JS thread (source: where its code is)
  kCallbackEnd,    // ... and returned
  kQueuePush,      // something was queued: a tick, a microtask, an immediate, an I/O wait
  kQueuePop,       // ... and taken off its queue to run
  kTimerArmed,     // setTimeout/setInterval (or an interval re-armed)
  kTimerCleared,   // clearTimeout/clearInterval
  kTimerFired,     // a timer's callback is about to run, and how late it is
  kPoolQueued,     // a request joined the thread pool's queue (on the JS thread)
  kPoolStarted,    // a pool thread took it (on that thread)
  kPoolFinished,   // ... and finished it
  kHandleOpen,     // a libuv handle was opened (value 1 if it keeps the loop alive)
  kHandleClose,    // ... closed
  kHandleRef,      // ... started or stopped keeping the loop alive (value 1 or 0)
  kPollWait,       // poll blocks until a deadline (or would block forever)
  kOutput,         // the program wrote a line to stdout or stderr
  kProcessExit,    // the process finished, with its exit code
  kQueueLength,    // a queue's length changed: text names the queue, value is the new length
  kCpuContention,  // more threads want CPU than there are cores, or no longer: value = busy threads
};

const char* to_string(TraceKind kind);

struct TraceEvent {
  Nanos time = 0;
  ThreadId thread = 0;
  TraceKind kind = TraceKind::kPhase;
  std::string text;
  std::int64_t value = 0;    // the number an event carries (see TraceKind), 0 otherwise
  std::uint32_t source = 0;  // source slot: the engine's id of a code range, 0 for none
};

// Whether a kind carries a number worth printing.
bool has_value(TraceKind kind);

class Trace {
 public:
  void add(Nanos time, ThreadId thread, TraceKind kind, std::string text, std::int64_t value = 0,
           std::uint32_t source = 0) {
    ++m_count;
    if (m_enabled) m_events.push_back(TraceEvent{time, thread, kind, std::move(text), value, source});
  }
  // The same, with the text made only when it is recorded: `make_text()` returns a std::string.
  template <typename MakeText>
  void add_lazy(Nanos time, ThreadId thread, TraceKind kind, MakeText&& make_text, std::int64_t value = 0,
                std::uint32_t source = 0) {
    ++m_count;
    if (m_enabled) m_events.push_back(TraceEvent{time, thread, kind, make_text(), value, source});
  }

  // A disabled trace records nothing (for benchmarks of the model itself), but still counts.
  bool enabled() const { return m_enabled; }
  void set_enabled(bool enabled) { m_enabled = enabled; }
  // Events produced so far, recorded or not: the same number either way.
  std::uint64_t count() const { return m_count; }

  const std::vector<TraceEvent>& events() const { return m_events; }

  // Thread names for rendering (index = ThreadId).
  void set_thread_name(ThreadId thread, std::string name);
  const std::vector<std::string>& thread_names() const { return m_thread_names; }

  // One line per event: "   12.345 ms  main   callback start   timeout #1".
  std::string to_text() const;

 private:
  std::vector<TraceEvent> m_events;
  std::vector<std::string> m_thread_names;
  std::uint64_t m_count = 0;
  bool m_enabled = true;
};

}  // namespace looplab
