// Stepping: where step, step back, step over and step back over put the cursor, on real runs.
#include "core/view/steps.h"

#include <string>
#include <vector>

#include "core/scenario/run_script.h"
#include "core/view/loop_state.h"
#include "doctest/doctest.h"

using looplab::Trace;
using looplab::TraceEvent;
using looplab::TraceKind;
using looplab::view::Cursor;

namespace {

const char* const kScript = R"(const fs = require('fs');
setTimeout(() => console.log('timeout'), 2);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
fs.readFile(__filename, () => console.log('read'));
)";

std::vector<Cursor> all_steps(const Trace& trace) {
  std::vector<Cursor> steps{Cursor{0}};
  while (steps.back() != looplab::view::end_of(trace))
    steps.push_back(looplab::view::next_step(trace, steps.back()));
  return steps;
}

bool bookkeeping(TraceKind kind) {
  return kind == TraceKind::kQueueLength || kind == TraceKind::kHandleOpen || kind == TraceKind::kHandleRef ||
         kind == TraceKind::kCpuContention;
}

// The last event before the cursor that is not bookkeeping.
const TraceEvent* last_significant(const Trace& trace, Cursor cursor) {
  for (std::size_t k = cursor.event; k > 0; --k) {
    if (!bookkeeping(trace.events()[k - 1].kind)) return &trace.events()[k - 1];
  }
  return nullptr;
}

}  // namespace

TEST_CASE("step walks forward through step positions and step back retraces them") {
  const auto result = looplab::scenario::run_script(kScript);
  const Trace& trace = result.trace;
  const auto steps = all_steps(trace);
  REQUIRE(steps.size() > 10);
  CHECK(steps.size() < trace.events().size());  // bookkeeping never makes a step
  for (std::size_t k = 1; k < steps.size(); ++k) {
    CHECK(steps[k].event > steps[k - 1].event);
    CHECK(looplab::view::is_step(trace, steps[k]));
    CHECK(looplab::view::previous_step(trace, steps[k]) == steps[k - 1]);
  }
  // Between two step positions, step back goes to the start of the step the cursor is in.
  for (std::size_t k = 1; k < steps.size(); ++k) {
    for (std::size_t e = steps[k - 1].event + 1; e < steps[k].event; ++e) {
      CHECK_FALSE(looplab::view::is_step(trace, Cursor{e}));
      CHECK(looplab::view::previous_step(trace, Cursor{e}) == steps[k - 1]);
      CHECK(looplab::view::next_step(trace, Cursor{e}) == steps[k]);
    }
  }
}

TEST_CASE("stepping is clamped at the start and the end of the run") {
  const auto result = looplab::scenario::run_script("console.log('hi');\n");
  const Trace& trace = result.trace;
  const Cursor end = looplab::view::end_of(trace);
  CHECK(looplab::view::next_step(trace, end) == end);
  CHECK(looplab::view::next_step(trace, Cursor{end.event + 5}) == end);
  CHECK(looplab::view::previous_step(trace, Cursor{0}) == Cursor{0});
  CHECK(looplab::view::next_callback_end(trace, end) == end);
  CHECK(looplab::view::previous_callback_start(trace, Cursor{0}) == Cursor{0});
  const Trace empty;
  CHECK(looplab::view::next_step(empty, Cursor{0}) == Cursor{0});
  CHECK(looplab::view::previous_step(empty, Cursor{0}) == Cursor{0});
}

TEST_CASE("a callback leaving its queue and starting to run is one step") {
  const auto result = looplab::scenario::run_script(kScript);
  const Trace& trace = result.trace;
  int starts = 0;
  for (std::size_t k = 0; k < trace.events().size(); ++k) {
    const TraceEvent& event = trace.events()[k];
    if (event.kind != TraceKind::kCallbackStart) continue;
    const TraceEvent* before = last_significant(trace, Cursor{k});
    REQUIRE(before != nullptr);
    if (before->kind != TraceKind::kQueuePop && before->kind != TraceKind::kTimerFired) continue;
    ++starts;
    CHECK_FALSE(looplab::view::is_step(trace, Cursor{k}));
  }
  CHECK(starts >= 5);  // tick, microtask, immediate, the file's completions, the timeout
}

TEST_CASE("at every step position the loop is in a phase, never between two") {
  const auto result = looplab::scenario::run_script(kScript);
  const looplab::view::LoopStateIndex index(result.trace);
  for (const Cursor step : all_steps(result.trace)) {
    CHECK(index.at(step).phase != looplab::view::LoopPhase::kBetween);
  }
}

TEST_CASE("step over runs one whole callback and step back over returns to before it") {
  const auto result = looplab::scenario::run_script(kScript);
  const Trace& trace = result.trace;
  int callbacks = 0;
  for (const Cursor step : all_steps(trace)) {
    if (step.event >= trace.events().size() || !looplab::view::is_step(trace, step)) continue;
    const TraceEvent& next = trace.events()[step.event];
    if (next.kind != TraceKind::kQueuePop && next.kind != TraceKind::kTimerFired) continue;
    const Cursor after = looplab::view::next_callback_end(trace, step);
    const TraceEvent* ended = last_significant(trace, after);
    REQUIRE(ended != nullptr);
    CHECK(ended->kind == TraceKind::kCallbackEnd);
    CHECK(looplab::view::is_step(trace, after));
    CHECK(looplab::view::previous_callback_start(trace, after) == step);
    ++callbacks;
  }
  CHECK(callbacks >= 5);
}

TEST_CASE("step over from inside a callback goes to its end") {
  const auto result =
      looplab::scenario::run_script("setTimeout(() => { console.log('a'); console.log('b'); }, 1);\n");
  const Trace& trace = result.trace;
  std::size_t output = 0;
  while (trace.events()[output].kind != TraceKind::kOutput || trace.events()[output].text != "stdout: a")
    ++output;
  const Cursor inside{output + 1};
  const Cursor after = looplab::view::next_callback_end(trace, inside);
  const TraceEvent* ended = last_significant(trace, after);
  REQUIRE(ended != nullptr);
  CHECK(ended->kind == TraceKind::kCallbackEnd);
  CHECK(ended->text.find("line 1") != std::string::npos);
  // Back over from inside the callback: before the timer fired.
  const Cursor before = looplab::view::previous_callback_start(trace, inside);
  REQUIRE(before.event < trace.events().size());
  CHECK(trace.events()[before.event].kind == TraceKind::kTimerFired);
}
