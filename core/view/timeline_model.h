// The timeline panel's model: a run's trace laid out as bars on rows over virtual time.
//
// Rows. Each JS thread (a process's main thread, later each worker) gets two rows: its loop's
// phases, then the callbacks it ran. Every other thread (the thread pool's "main:pool1"...) gets
// one row of the tasks it ran. Rows follow ThreadId order and take their names from the trace, so a
// thread the runtime adds later just appears.
//
//   main loop   [main      ][poll][check][poll | idle ........][timers]...
//   main        [main script][tick][micro][I/O ]  [immediate]   [timeout]
//   main:pool1      [fs.open][crypto.pbkdf2 ...........]
//
// Bars. On a JS thread, a callback (callback start .. end), coloured by where it came from: the
// event just before it says so (the queue it was popped from, or the timer that fired), and failing
// that, the phase it runs in. Blocking work is simply a long callback. On the loop row, each phase
// (phase .. phase end), with poll's wait cut out as an idle bar that lasts until the loop wakes.
// On a pool thread, each task (pool started .. finished). A bar that never ended (a stopped run)
// ends with the run.
//
// Speed (Tracy's way): bars on a row never overlap and are stored in start order, so the bars in a
// time range are found by binary search, and bars narrower than a few pixels are folded into one
// "N items" bar with galloping searches, so a query costs about the pixels drawn, not the events.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/scenario/run_script.h"
#include "core/sim/duration.h"
#include "core/sim/thread_id.h"
#include "core/trace/trace.h"

namespace looplab::view {

// What a bar is: picks its colour and its tooltip's wording.
enum class BarCategory : std::uint8_t {
  kMainScript,  // the main module (and the "main" pseudo-phase)
  kTimer,       // a setTimeout/setInterval callback (and the timers phase)
  kImmediate,   // a setImmediate callback (and the check phase)
  kIo,          // an I/O or thread-pool completion (and the poll phase)
  kTick,        // a process.nextTick callback
  kMicrotask,   // a promise job or queueMicrotask callback
  kClose,       // a close callback (and the close phase)
  kOther,       // anything else: other phases, rejection reports, listeners
  kPoolTask,    // work on a thread-pool thread
  kIdle,        // the loop waiting in poll
};

const char* to_string(BarCategory category);

enum class RowKind : std::uint8_t {
  kLoop,    // the phases of a JS thread's event loop
  kJs,      // the callbacks a JS thread ran
  kWorker,  // any other thread: tasks it ran (the thread pool)
};

struct TimelineBar {
  Nanos start = 0;
  Nanos end = 0;
  std::uint32_t event = 0;   // the trace event that opened it (its text is the label)
  std::uint32_t source = 0;  // source slot of its code (0: none); source - 1 indexes the run's sources
  std::uint32_t line = 0;    // line of that code, 0 when unknown
  BarCategory category = BarCategory::kOther;
};

struct TimelineRow {
  RowKind kind = RowKind::kJs;
  ThreadId thread = 0;
  std::string name;               // "main loop", "main", "main:pool1"
  std::vector<TimelineBar> bars;  // in start order, never overlapping
  std::vector<Nanos> max_end;     // max_end[i]: the latest end among bars[0..i] (for searches)
};

// One thing to draw: a bar, or several bars folded into one because each is too narrow to see.
struct VisibleItem {
  Nanos start = 0;
  Nanos end = 0;
  std::uint32_t bar = 0;    // the (first) bar's index in its row
  std::uint32_t count = 1;  // bars folded into this item; 1 for a plain bar
};

struct VisibleRow {
  std::size_t row = 0;
  std::vector<VisibleItem> items;  // in time order
};

// Bars narrower than this many pixels are folded with their narrow neighbours.
inline constexpr double kFoldPixels = 3.0;

class TimelineModel {
 public:
  static TimelineModel build(const scenario::ScriptRunResult& run);
  static TimelineModel build(const Trace& trace, Nanos end_time,
                             const std::vector<js::Engine::SourceInfo>& sources = {});

  const std::vector<TimelineRow>& rows() const { return m_rows; }
  // The whole run, for zoom-to-fit: the first event's time and the last moment anything ended.
  Nanos start() const { return m_start; }
  Nanos end() const { return m_end; }

  // Per row, what overlaps [t0, t1] at `ns_per_pixel`, narrow bars folded. `out` is reused across
  // frames to avoid allocating; it holds one entry per row (rows with nothing visible are empty).
  void visible(Nanos t0, Nanos t1, double ns_per_pixel, std::vector<VisibleRow>& out) const;
  std::vector<VisibleRow> visible(Nanos t0, Nanos t1, double ns_per_pixel) const;

  // The bar on `row` under `time`, or the nearest within `slack` (half a few pixels when hovering
  // thin bars); nullopt when none.
  std::optional<std::size_t> bar_at(std::size_t row, Nanos time, Nanos slack = 0) const;

  // The label of a bar: the text of the event that opened it ("timeout arrow function (line 3)",
  // "poll", "crypto.pbkdf2"; for idle, poll's wait: "for 1 ms").
  static std::string_view label(const Trace& trace, const TimelineBar& bar);

 private:
  std::vector<TimelineRow> m_rows;
  Nanos m_start = 0;
  Nanos m_end = 0;
};

}  // namespace looplab::view
