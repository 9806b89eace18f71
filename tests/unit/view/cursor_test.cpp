// The cursor: a position in a run's trace, and its virtual time.
#include "core/view/cursor.h"

#include "core/scenario/run_script.h"
#include "doctest/doctest.h"

using looplab::Nanos;
using looplab::view::Cursor;

TEST_CASE("a cursor's time is its last event's, and a time maps back to the cursor after it") {
  looplab::Trace trace;
  trace.add(0, 0, looplab::TraceKind::kPhase, "main");
  trace.add(5, 0, looplab::TraceKind::kCallbackStart, "a");
  trace.add(5, 0, looplab::TraceKind::kCallbackEnd, "a");
  trace.add(9, 0, looplab::TraceKind::kPhase, "timers");
  CHECK(looplab::view::time_at(trace, Cursor{0}) == 0);
  CHECK(looplab::view::time_at(trace, Cursor{2}) == 5);
  CHECK(looplab::view::time_at(trace, Cursor{4}) == 9);
  CHECK(looplab::view::time_at(trace, Cursor{99}) == 9);
  CHECK(looplab::view::cursor_at_time(trace, -1) == Cursor{0});
  CHECK(looplab::view::cursor_at_time(trace, 0) == Cursor{1});
  CHECK(looplab::view::cursor_at_time(trace, 4) == Cursor{1});
  CHECK(looplab::view::cursor_at_time(trace, 5) == Cursor{3});  // both events at 5 happened
  CHECK(looplab::view::cursor_at_time(trace, 100) == looplab::view::end_of(trace));
}

TEST_CASE("a run's source table names the code of the callbacks its trace mentions") {
  const auto result = looplab::scenario::run_script("setTimeout(function later() {}, 1);\n");
  bool found = false;
  for (const looplab::TraceEvent& event : result.trace.events()) {
    if (event.kind != looplab::TraceKind::kCallbackStart || event.source == 0) continue;
    REQUIRE(event.source <= result.sources.size());
    const auto& source = result.sources[event.source - 1];
    if (source.line == 1 && source.column == 12) found = true;
  }
  CHECK(found);
}
