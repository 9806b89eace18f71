// The Event loop panel's model: queues, phase, running callback and thread pool at a cursor,
// from real runs.
#include "core/view/loop_state.h"

#include <optional>
#include <string>
#include <vector>

#include "core/scenario/run_script.h"
#include "core/view/steps.h"
#include "doctest/doctest.h"

using looplab::Nanos;
using looplab::Trace;
using looplab::TraceEvent;
using looplab::TraceKind;
using looplab::view::Cursor;
using looplab::view::LoopPhase;
using looplab::view::LoopSnapshot;
using looplab::view::LoopStateIndex;

namespace {

// The cursor just before the first event of this kind whose text starts with `prefix`.
Cursor before(const Trace& trace, TraceKind kind, const std::string& prefix, std::size_t from = 0) {
  for (std::size_t k = from; k < trace.events().size(); ++k) {
    const TraceEvent& event = trace.events()[k];
    if (event.kind == kind && event.text.starts_with(prefix)) return Cursor{k};
  }
  FAIL("no such event: " << prefix);
  return Cursor{0};
}

std::vector<std::string> labels(const looplab::view::QueueView& queue) {
  std::vector<std::string> out;
  for (const auto& item : queue.items) out.push_back(item.label);
  return out;
}

looplab::scenario::ScriptRunResult run(const char* script, int pool = 4) {
  looplab::scenario::ScriptRunOptions options;
  options.threadpool_size = pool;
  return looplab::scenario::run_script(script, options);
}

}  // namespace

TEST_CASE("ticks and microtasks queued by the main script wait until it ends") {
  const auto result = run(R"(process.nextTick(function first() {});
Promise.resolve().then(function second() {});
process.nextTick(function third() {});
)");
  const LoopStateIndex index(result.trace);
  const LoopSnapshot end_of_main = index.at(before(result.trace, TraceKind::kCallbackEnd, "main script"));
  CHECK(end_of_main.phase == LoopPhase::kMainScript);
  CHECK(end_of_main.phase_name == "main script");
  CHECK_FALSE(end_of_main.in_loop);
  REQUIRE(end_of_main.running);
  CHECK(end_of_main.running->label == "main script");
  CHECK(labels(end_of_main.ticks) == std::vector<std::string>{"tick first (line 1)", "tick third (line 3)"});
  CHECK(end_of_main.ticks.size == 2);
  REQUIRE(end_of_main.microtasks.size == 1);
  CHECK(end_of_main.microtasks.items[0].kind == looplab::view::ItemKind::kMicrotask);

  // The first tick leaves its queue and runs.
  const LoopSnapshot first = index.at(before(result.trace, TraceKind::kCallbackEnd, "tick first"));
  REQUIRE(first.running);
  CHECK(first.running->label == "tick first (line 1)");
  CHECK(first.running->kind == looplab::view::ItemKind::kTick);
  CHECK(labels(first.ticks) == std::vector<std::string>{"tick third (line 3)"});
  CHECK(first.microtasks.size == 1);  // microtasks wait until every tick ran
}

TEST_CASE("a queued item carries the source slot its callback runs with") {
  const auto result = run("setImmediate(function later() {});\n");
  const LoopStateIndex index(result.trace);
  const Cursor start = before(result.trace, TraceKind::kCallbackStart, "immediate later");
  const std::uint32_t source = result.trace.events()[start.event].source;
  REQUIRE(source != 0);
  CHECK(result.sources[source - 1].line == 1);
  const LoopSnapshot queued = index.at(before(result.trace, TraceKind::kCallbackEnd, "main script"));
  REQUIRE(queued.immediates.size == 1);
  CHECK(queued.immediates.items[0].source == source);
  CHECK(queued.immediates.items[0].label == "immediate later (line 1)");
}

TEST_CASE("timers are listed by due time, leave when cleared or fired, and intervals come back") {
  const auto result = run(R"(setTimeout(function late() {}, 10);
const early = setTimeout(function early() {}, 5);
let n = 0;
const every = setInterval(function every3() { if (++n === 2) clearInterval(every); }, 3);
clearTimeout(early);
)");
  const LoopStateIndex index(result.trace);
  const LoopSnapshot main_end = index.at(before(result.trace, TraceKind::kCallbackEnd, "main script"));
  CHECK(labels(main_end.timers) ==
        std::vector<std::string>{"interval every3 (line 4)", "timeout late (line 1)"});
  REQUIRE(main_end.timers.size == 2);
  CHECK(main_end.timers.items[0].due == 3 * looplab::kNanosPerMilli);
  CHECK(main_end.timers.items[1].due == 10 * looplab::kNanosPerMilli);

  // While the interval runs it is off the list; re-armed, it is due again 3 ms after it started.
  const Cursor running = before(result.trace, TraceKind::kCallbackEnd, "interval every3");
  const LoopSnapshot in_interval = index.at(running);
  REQUIRE(in_interval.running);
  CHECK(in_interval.running->kind == looplab::view::ItemKind::kTimer);
  CHECK(in_interval.phase == LoopPhase::kTimers);
  CHECK(in_interval.in_loop);
  CHECK(labels(in_interval.timers) == std::vector<std::string>{"timeout late (line 1)"});
  const LoopSnapshot rearmed = index.at(looplab::view::next_step(result.trace, running));
  REQUIRE(rearmed.timers.size == 2);
  CHECK(rearmed.timers.items[0].label == "interval every3 (line 4)");
  CHECK(rearmed.timers.items[0].due == 6 * looplab::kNanosPerMilli);
  CHECK(rearmed.timers.items[0].changed);
  CHECK_FALSE(rearmed.timers.items[1].changed);

  const LoopSnapshot end = index.at(looplab::view::end_of(result.trace));
  CHECK(end.timers.size == 0);
  CHECK(end.exited);
  CHECK(end.phase == LoopPhase::kExited);
  CHECK(end.exit_code == 0);
}

TEST_CASE("six pbkdf2 calls on a pool of four: four threads busy, two waiting, progress over time") {
  const auto result = run(R"(const crypto = require('crypto');
for (let i = 0; i < 6; i++) crypto.pbkdf2('pw', 'salt', 1000, 64, 'sha512', () => {});
)");
  const LoopStateIndex index(result.trace);
  const Cursor main_end = before(result.trace, TraceKind::kCallbackEnd, "main script");
  const LoopSnapshot queued = index.at(main_end);
  REQUIRE(queued.pool.size() == 4);
  for (const auto& thread : queued.pool) {
    CHECK(thread.busy);
    CHECK(thread.task.label == "crypto.pbkdf2 -> arrow function (line 2)");
    CHECK(thread.task.kind == looplab::view::ItemKind::kPool);
    CHECK(thread.finishes > thread.started);
    CHECK(thread.progress >= 0.0);
    CHECK(thread.progress < 0.1);
  }
  CHECK(queued.pool[0].name == "main:pool1");
  CHECK(queued.pool_queue.size == 2);

  // Halfway through the first task, it is about half done.
  const auto& first = queued.pool[0];
  const Nanos half = first.started + (first.finishes - first.started) / 2;
  const LoopSnapshot midway = index.at_time(half);
  CHECK(midway.pool[0].progress > 0.3);
  CHECK(midway.pool[0].progress < 0.7);

  // When the first finishes, the freed thread takes a waiting task and the completion waits for poll.
  const Cursor finished = before(result.trace, TraceKind::kPoolFinished, "crypto.pbkdf2");
  const LoopSnapshot handed = index.at(looplab::view::next_step(result.trace, finished));
  CHECK(handed.pool_queue.size == 1);
  CHECK(handed.pool[0].busy);
  CHECK(handed.pool[0].changed);
  CHECK(handed.pool[0].progress == 0.0);
  REQUIRE(handed.pending_io.size == 1);
  CHECK(handed.pending_io.items[0].ready);
  CHECK(handed.pending_io.items[0].changed);
  CHECK(handed.pending_io.items[0].label == "crypto.pbkdf2 -> arrow function (line 2)");
}

TEST_CASE("a smaller pool keeps more tasks waiting") {
  const auto result = run(R"(const crypto = require('crypto');
for (let i = 0; i < 6; i++) crypto.pbkdf2('pw', 'salt', 1000, 64, 'sha512', () => {});
)",
                          2);
  const LoopStateIndex index(result.trace);
  const LoopSnapshot queued = index.at(before(result.trace, TraceKind::kCallbackEnd, "main script"));
  CHECK(queued.pool.size() == 2);
  CHECK(queued.pool_queue.size == 4);
}

TEST_CASE("awaited I/O is pending, then ready for poll, then runs") {
  const auto result = run(R"(const dns = require('dns');
dns.resolve4('localhost', function answered() {});
)");
  const LoopStateIndex index(result.trace);
  const LoopSnapshot waiting = index.at(before(result.trace, TraceKind::kCallbackEnd, "main script"));
  REQUIRE(waiting.pending_io.size == 1);
  // The binding's own callback wraps the script's: the label names the request and that.
  CHECK(waiting.pending_io.items[0].label.starts_with("dns.resolve4 localhost -> "));
  CHECK_FALSE(waiting.pending_io.items[0].ready);
  const Cursor pushed = before(result.trace, TraceKind::kQueuePush, "completed <- dns.resolve4");
  const LoopSnapshot ready = index.at(looplab::view::next_step(result.trace, pushed));
  REQUIRE(ready.pending_io.size == 1);
  CHECK(ready.pending_io.items[0].ready);
  CHECK(ready.pending_io.items[0].changed);
  CHECK(ready.waiting == "until a request completes");  // woken, poll has not run it yet
  CHECK(waiting.waiting.empty());
  const LoopSnapshot ran = index.at(before(result.trace, TraceKind::kCallbackEnd, "dns.resolve4"));
  CHECK(ran.pending_io.size == 0);
  REQUIRE(ran.running);
  CHECK(ran.running->label == waiting.pending_io.items[0].label);
  CHECK(ran.phase == LoopPhase::kPoll);
}

TEST_CASE("a cleared immediate leaves the immediates queue and the rest run in the check phase") {
  const auto result = run(R"(setImmediate(function kept() {});
const gone = setImmediate(function cleared() {});
clearImmediate(gone);
)");
  const LoopStateIndex index(result.trace);
  const LoopSnapshot main_end = index.at(before(result.trace, TraceKind::kCallbackEnd, "main script"));
  CHECK(labels(main_end.immediates) == std::vector<std::string>{"immediate kept (line 1)"});
  const LoopSnapshot check = index.at(before(result.trace, TraceKind::kCallbackEnd, "immediate kept"));
  CHECK(check.phase == LoopPhase::kCheck);
  CHECK(check.phase_name == "check");
  CHECK(check.immediates.size == 0);
}

TEST_CASE("an uncaught exception exits with code 1") {
  const auto result = run("setTimeout(() => { throw new Error('boom'); }, 1);\n");
  const LoopStateIndex index(result.trace);
  const LoopSnapshot end = index.at(looplab::view::end_of(result.trace));
  CHECK(end.exited);
  CHECK_FALSE(end.in_loop);
  CHECK(end.exit_code == 1);
  CHECK(end.exit_text.find("uncaught exception") != std::string::npos);
  CHECK_FALSE(end.running);
}

TEST_CASE("only what moved in the last step is marked changed") {
  const auto result = run(R"(process.nextTick(function a() {});
process.nextTick(function b() {});
)");
  const LoopStateIndex index(result.trace);
  const Cursor second_push = before(result.trace, TraceKind::kQueuePush, "nextTick <- tick b");
  const LoopSnapshot snapshot = index.at(looplab::view::next_step(result.trace, second_push));
  CHECK(snapshot.step_begin == second_push);
  REQUIRE(snapshot.ticks.size == 2);
  CHECK_FALSE(snapshot.ticks.items[0].changed);
  CHECK(snapshot.ticks.items[1].changed);
  CHECK_FALSE(snapshot.running->changed);
  CHECK_FALSE(snapshot.phase_changed);
  const Cursor main_phase = before(result.trace, TraceKind::kPhase, "main");
  const LoopSnapshot start = index.at(looplab::view::next_step(result.trace, main_phase));
  CHECK(start.phase_changed);
  CHECK(start.phase == LoopPhase::kMainScript);
}

TEST_CASE("a long queue shows its first items and its full length") {
  const auto result = run("for (let i = 0; i < 300; i++) process.nextTick(() => {});\n");
  const LoopStateIndex index(result.trace);
  const LoopSnapshot main_end = index.at(before(result.trace, TraceKind::kCallbackEnd, "main script"));
  CHECK(main_end.ticks.size == 300);
  CHECK(main_end.ticks.items.size() == looplab::view::QueueView::kMaxShown);
}

TEST_CASE("checkpoints do not change what the index answers at any cursor") {
  const char* const scripts[] = {
      R"(const fs = require('fs');
const crypto = require('crypto');
for (let i = 0; i < 6; i++) crypto.pbkdf2('pw', 'salt', 100, 64, 'sha512', () => process.nextTick(() => {}));
fs.readFile(__filename, () => setImmediate(() => {}));
const t = setInterval(() => { Promise.resolve().then(() => clearInterval(t)); }, 1);
setTimeout(() => {}, 4);
)",
      R"(for (let i = 0; i < 40; i++) setTimeout(() => Promise.resolve(i).then(() => {}), i % 7);
)",
  };
  for (const char* script : scripts) {
    const auto result = run(script, 2);
    const Trace& trace = result.trace;
    const LoopStateIndex plain(trace, trace.events().size() + 1);  // replays from the start
    const LoopStateIndex every7(trace, 7);
    const LoopStateIndex standard(trace);
    REQUIRE(trace.events().size() > 100);
    for (std::size_t k = 0; k <= trace.events().size(); ++k) {
      const LoopSnapshot expected = plain.at(Cursor{k});
      CHECK(expected.step_begin == (k == 0 ? Cursor{0} : looplab::view::previous_step(trace, Cursor{k})));
      CHECK(every7.at(Cursor{k}) == expected);
      CHECK(standard.at(Cursor{k}) == expected);
    }
  }
}

TEST_CASE("the index keeps what it needs: the run may go away") {
  std::optional<LoopStateIndex> index;
  Cursor end;
  {
    const auto result = run("setTimeout(function soon() {}, 1);\n");
    index.emplace(result.trace);
    end = looplab::view::end_of(result.trace);
  }
  const LoopSnapshot last = index->at(end);
  CHECK(last.exited);
  CHECK(last.exit_text == "code 0");
  CHECK(last.phase_name == "exited");
  CHECK(index->at(Cursor{end.event + 10}) == last);  // clamped to the end
  CHECK(index->at_time(1'000 * looplab::kNanosPerSecond).cursor == end);
  const LoopStateIndex empty{Trace{}};
  CHECK(empty.at(Cursor{0}).phase == LoopPhase::kStarting);
  CHECK(empty.at(Cursor{0}).pool.empty());
}

TEST_CASE("a refreshed timer is due again a full delay after the refresh") {
  const auto result = run(R"(const t = setTimeout(function later() {}, 5);
setTimeout(function refresh() { t.refresh(); }, 2);
)");
  const LoopStateIndex index(result.trace);
  const Cursor refreshed = before(result.trace, TraceKind::kTimerArmed, "timeout later (line 1) refreshed");
  const LoopSnapshot after = index.at(looplab::view::next_step(result.trace, refreshed));
  REQUIRE(after.timers.size == 1);
  CHECK(after.timers.items[0].label == "timeout later (line 1)");
  CHECK(after.timers.items[0].due == 7 * looplab::kNanosPerMilli);
  CHECK(after.timers.items[0].changed);
}

TEST_CASE("an unhandled rejection is reported by a callback of its own") {
  const auto result = run("Promise.reject(new Error('x'));\n");
  const LoopStateIndex index(result.trace);
  const LoopSnapshot reporting =
      index.at(before(result.trace, TraceKind::kCallbackEnd, "unhandled rejection"));
  REQUIRE(reporting.running);
  CHECK(reporting.running->kind == looplab::view::ItemKind::kRejection);
  CHECK(reporting.running->changed);
  const LoopSnapshot end = index.at(looplab::view::end_of(result.trace));
  CHECK(end.exit_code == 1);
}
