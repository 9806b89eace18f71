// Uncaught exceptions: Node's rules for what still runs, and in which order (node v20.20.2 output
// quoted above each test).
#include <string>
#include <vector>

#include "core/node/node_process.h"
#include "core/node/script.h"
#include "doctest/doctest.h"
#include "oracle.h"

using looplab::kNanosPerMilli;
using looplab::Machine;
using looplab::Simulation;
using looplab::Trace;
using looplab::node::NodeProcess;
using looplab::node::Script;
using looplab::node::Stream;

namespace {

// Stdout lines only, as the oracle files hold node's stdout.
std::vector<std::string> stdout_only(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines) {
    if (line.rfind("stderr: ", 0) != 0) out.push_back(line);
  }
  return out;
}

struct Run {
  std::vector<std::string> main(Script::Body body) {
    process.start(Script::callback("main script", std::move(body)));
    sim.run();
    std::vector<std::string> lines;
    for (const auto& line : process.output()) {
      lines.push_back((line.stream == Stream::kStderr ? "stderr: " : "") + line.text);
    }
    return lines;
  }
  Simulation sim;
  Machine machine{sim, 4};
  Trace trace;
  NodeProcess process{sim, machine, trace};
};

void log_caught(Script& s) {
  s.log_current_error("caught ");
}

}  // namespace

// tests/oracle/throw_in_timer.js:
//   process.on('uncaughtException', (e) => console.log('caught', e.message));
//   setTimeout(() => { process.nextTick(() => console.log('tick from t1')); throw new Error('t1'); }, 1);
//   setTimeout(() => console.log('t2'), 1);
//   const s = performance.now(); while (performance.now() - s < 5) {}
// prints: caught t1, t2, tick from t1 — RunTimers calls processTimers again at once, no drain between
TEST_CASE("after a timer throws, the other due timers run before the thrower's tick") {
  Run run;
  const auto out = run.main([](Script& s) {
    s.on_uncaught_exception("log", log_caught);
    s.set_timeout("t1", 1, [](Script& s) {
      s.next_tick("from t1", [](Script& s) { s.log("tick from t1"); });
      s.throw_error("t1");
    });
    s.set_timeout("t2", 1, [](Script& s) { s.log("t2"); });
    s.spend(5 * kNanosPerMilli);
  });
  CHECK(out == oracle_lines("throw_in_timer"));
  CHECK(run.process.exit_code() == 0);
}

// tests/oracle/throw_in_immediate.js:
//   process.on('uncaughtException', (e) => console.log('caught', e.message));
//   setImmediate(() => { process.nextTick(() => console.log('tick from i1')); throw new Error('i1'); });
//   setImmediate(() => console.log('i2'));
//   setImmediate(() => console.log('i3'));
// prints: caught i1, i2, tick from i1, i3 — CheckImmediate re-enters processImmediate, whose first
// immediate runs without a drain before it
TEST_CASE("after an immediate throws, the next immediate runs before the thrower's tick") {
  Run run;
  const auto out = run.main([](Script& s) {
    s.on_uncaught_exception("log", log_caught);
    s.set_immediate("i1", [](Script& s) {
      s.next_tick("from i1", [](Script& s) { s.log("tick from i1"); });
      s.throw_error("i1");
    });
    s.set_immediate("i2", [](Script& s) { s.log("i2"); });
    s.set_immediate("i3", [](Script& s) { s.log("i3"); });
  });
  CHECK(out == oracle_lines("throw_in_immediate"));
}

// tests/oracle/throw_without_listener.js:
//   setTimeout(() => { throw new Error('boom'); }, 1);
//   setTimeout(() => console.log('never'), 1);
//   process.on('exit', (c) => console.log('exit', c));
// prints "exit 1" on stdout, then the error and its stack on stderr; exit code 1
TEST_CASE("an uncaught exception without a listener: exit listeners with code 1, then the error") {
  Run run;
  const auto out = run.main([](Script& s) {
    s.set_timeout("boom", 1, [](Script& s) { s.throw_error("Error: boom"); });
    s.set_timeout("never", 1, [](Script& s) { s.log("never"); });
    s.on_exit("log", [](Script& s) { s.log("exit 1"); });
  });
  CHECK(out == std::vector<std::string>{"exit 1", "stderr: Error: boom"});
  CHECK(stdout_only(out) == oracle_lines("throw_without_listener"));
  CHECK(run.process.exited());
  CHECK(run.process.exit_code() == 1);
}

// tests/oracle/throw_in_tick.js:
//   process.on('uncaughtException', (e) => console.log('caught', e.message));
//   process.nextTick(() => { throw new Error('tick1'); });
//   process.nextTick(() => console.log('tick2'));
//   Promise.resolve().then(() => console.log('promise'));
//   setTimeout(() => console.log('timeout'), 0);
// prints: caught tick1, timeout, tick2, promise — the throw leaves processTicksAndRejections; the
// rest waits for the next callback scope to close, after the timer
TEST_CASE("after a tick throws, the remaining ticks and microtasks wait for the next callback") {
  Run run;
  const auto out = run.main([](Script& s) {
    s.on_uncaught_exception("log", log_caught);
    s.next_tick("1", [](Script& s) { s.throw_error("tick1"); });
    s.next_tick("2", [](Script& s) { s.log("tick2"); });
    s.queue_microtask("then", [](Script& s) { s.log("promise"); });
    s.set_timeout("t", 0, [](Script& s) { s.log("timeout"); });
  });
  CHECK(out == oracle_lines("throw_in_tick"));
}

// tests/oracle/throw_in_exit_listener.js:
//   process.on('exit', () => { console.log('x'); throw new Error('e'); });
//   process.on('exit', () => console.log('2'));
// prints x (and the error on stderr); exit code 1; the second listener never runs
TEST_CASE("a throw inside an exit listener ends the emit and the process") {
  Run run;
  const auto out = run.main([](Script& s) {
    s.on_exit("1", [](Script& s) {
      s.log("x");
      s.throw_error("Error: e");
    });
    s.on_exit("2", [](Script& s) { s.log("2"); });
  });
  CHECK(out == std::vector<std::string>{"x", "stderr: Error: e"});
  CHECK(stdout_only(out) == oracle_lines("throw_in_exit_listener"));
  CHECK(run.process.exit_code() == 1);
}

// tests/oracle/throw_in_uncaught_listener.js:
//   process.on('exit', (c) => console.log('exit', c));
//   process.on('uncaughtException', () => { throw new Error('again'); });
//   setTimeout(() => { throw new Error('x'); }, 1);
// prints nothing on stdout (the error goes to stderr); exit code 7, and no 'exit' event
TEST_CASE("a throwing uncaughtException listener is fatal with exit code 7") {
  Run run;
  const auto out = run.main([](Script& s) {
    s.on_exit("log", [](Script& s) { s.log("exit"); });
    s.on_uncaught_exception("rethrow", [](Script& s) { s.throw_error("Error: again"); });
    s.set_timeout("x", 1, [](Script& s) { s.throw_error("Error: x"); });
  });
  CHECK(out == std::vector<std::string>{"stderr: Error: again"});
  CHECK(stdout_only(out) == oracle_lines("throw_in_uncaught_listener"));
  CHECK(run.process.exit_code() == 7);
}

// tests/oracle/throw_in_last_immediate.js:
//   process.on('uncaughtException', (e) => console.log('caught', e.message));
//   setImmediate(() => { console.log('i1'); setImmediate(() => console.log('i2'));
//                        setTimeout(() => console.log('timeout'), 1); busy(5); throw new Error('i1'); });
// prints: i1, caught i1, i2, timeout — the thrower was the last of its batch, so CheckImmediate's
// next processImmediate takes the newly queued immediate in the same check phase, before timers
TEST_CASE("when the last immediate throws, immediates queued meanwhile run in the same check phase") {
  Run run;
  const auto out = run.main([](Script& s) {
    s.on_uncaught_exception("log", log_caught);
    s.set_immediate("i1", [](Script& s) {
      s.log("i1");
      s.set_immediate("i2", [](Script& s) { s.log("i2"); });
      s.set_timeout("t", 1, [](Script& s) { s.log("timeout"); });
      s.spend(5 * kNanosPerMilli);
      s.throw_error("i1");
    });
  });
  CHECK(out == oracle_lines("throw_in_last_immediate"));
}
