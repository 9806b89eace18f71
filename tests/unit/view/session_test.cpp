// The playground's session (re-runs on edits, keeps the last good run through syntax errors) and
// the Execution order panel's model.
#include "core/view/session.h"

#include "core/view/console_model.h"
#include "doctest/doctest.h"

using looplab::view::Cursor;
using looplab::view::Session;

TEST_CASE("a session runs the script and keeps the last good run through a syntax error") {
  Session session;
  CHECK(session.dirty());
  CHECK(session.shown() == nullptr);
  session.set_source("console.log('one');\n");
  CHECK(session.run());
  REQUIRE(session.shown() != nullptr);
  CHECK(session.shown()->output.front().text == "one");
  CHECK_FALSE(session.stale());
  const auto generation = session.generation();

  session.set_source("console.log('two';\n");
  CHECK(session.dirty());
  CHECK_FALSE(session.run());
  CHECK(session.stale());
  REQUIRE(session.syntax_error());
  CHECK(session.syntax_error()->line == 1);
  CHECK(session.syntax_error()->column == 13);           // node's caret: under 'two'
  CHECK(session.shown()->output.front().text == "one");  // the last good run stays
  CHECK(session.generation() == generation);

  session.set_source("console.log('three');\n");
  CHECK(session.run());
  CHECK_FALSE(session.stale());
  CHECK(session.shown()->output.front().text == "three");
  CHECK(session.generation() == generation + 1);
}

TEST_CASE("a session whose first script does not parse shows node's syntax error report") {
  Session session;
  session.set_source("let = ;\n");
  CHECK(session.run());
  CHECK(session.stale());
  REQUIRE(session.shown() != nullptr);
  CHECK(session.shown()->exit_code == 1);
}

TEST_CASE("the knobs reach the run: a smaller thread pool delays the fifth pbkdf2") {
  const std::string script =
      "const crypto = require('crypto');\n"
      "const start = Date.now();\n"
      "for (let i = 1; i <= 6; i++) crypto.pbkdf2('k', 's', 10000, 32, 'sha512', () => console.log(i));\n";
  Session session;
  session.set_source(script);
  session.run();
  const auto four = session.shown()->end_time;
  looplab::view::Knobs knobs = session.knobs();
  knobs.threadpool_size = 2;
  session.set_knobs(knobs);
  CHECK(session.dirty());
  session.run();
  CHECK(session.shown()->end_time > four);
  // Out-of-range knobs are clamped, not trusted.
  knobs.threadpool_size = 100000;
  knobs.cores = 0;
  session.set_knobs(knobs);
  CHECK(session.knobs().threadpool_size == looplab::view::kMaxThreadpool);
  CHECK(session.knobs().cores == 1);
}

TEST_CASE("a runaway script is stopped quickly with a diagnosis") {
  Session session;
  session.set_source("console.log('before');\nwhile (true) {}\n");
  CHECK(session.run());
  // The playground's guard (50 million instructions), not the CLI's 500 million.
  CHECK(session.shown()->diagnosis.find("50000000 JavaScript instructions") != std::string::npos);
  session.set_source("function again() { process.nextTick(again); }\nagain();\n");
  session.run();
  CHECK_FALSE(session.shown()->diagnosis.empty());
}

TEST_CASE("console lines carry their time, phase, callback and the cursor of the moment") {
  Session session;
  session.set_source(
      "console.log('main');\n"
      "setTimeout(function later() { console.log('timer'); }, 5);\n"
      "setImmediate(() => console.error('immediate'));\n");
  session.run();
  const looplab::view::ConsoleModel console = looplab::view::build_console(*session.shown());
  REQUIRE(console.lines.size() == 3);
  CHECK(console.lines[0].phase == "main script");
  CHECK(console.lines[1].text == "immediate");
  CHECK(console.lines[1].stream == looplab::node::Stream::kStderr);
  CHECK(console.lines[1].phase == "check");
  CHECK(console.lines[2].phase == "timers");
  CHECK(console.lines[2].callback.find("later") != std::string::npos);
  CHECK(console.lines[2].time >= 5'000'000);
  CHECK(console.lines[2].source != 0);
  CHECK(console.exited);
  CHECK(console.exit_code == 0);
  // Cursors grow with the lines, and each line is the last one written at its own cursor.
  CHECK(console.lines[0].cursor.event < console.lines[1].cursor.event);
  CHECK(looplab::view::line_at(console, console.lines[1].cursor) == 1);
  CHECK(looplab::view::line_at(console, Cursor{0}) == -1);
  const auto& event = session.shown()->trace.events()[console.lines[2].cursor.event - 1];
  CHECK(event.kind == looplab::TraceKind::kOutput);
}

TEST_CASE("a session's prepared engine gives the same run, and a knob change is not fooled by it") {
  const std::string script =
      "const crypto = require('crypto');\n"
      "for (let i = 0; i < 4; i++) crypto.pbkdf2('a', 'b', 1000, 16, 'sha256', () => console.log('hash', "
      "i));\n"
      "setTimeout(() => console.log('timer'), 0);\n";
  Session plain;
  plain.set_source(script);
  REQUIRE(plain.run());
  Session prepared;
  prepared.set_source(script);
  prepared.prepare_next_run();
  CHECK(prepared.next_run_prepared());
  REQUIRE(prepared.run());
  CHECK_FALSE(prepared.next_run_prepared());  // used up by the run
  REQUIRE(plain.shown()->output.size() == prepared.shown()->output.size());
  for (std::size_t i = 0; i < plain.shown()->output.size(); ++i) {
    CHECK(plain.shown()->output[i].text == prepared.shown()->output[i].text);
  }
  CHECK(plain.shown()->trace.events().size() == prepared.shown()->trace.events().size());

  // Prepared for 4 pool threads, then the knob goes to 1: the run must be the 1-thread run.
  prepared.prepare_next_run();
  auto knobs = prepared.knobs();
  knobs.threadpool_size = 1;
  prepared.set_knobs(knobs);
  plain.set_knobs(knobs);
  REQUIRE(prepared.run());
  REQUIRE(plain.run());
  REQUIRE(plain.shown()->output.size() == prepared.shown()->output.size());
  for (std::size_t i = 0; i < plain.shown()->output.size(); ++i) {
    CHECK(plain.shown()->output[i].text == prepared.shown()->output[i].text);
  }
  CHECK(plain.shown()->end_time == prepared.shown()->end_time);
}

TEST_CASE("a session's warm-up compiles every library module into the cache, one per step") {
  looplab::js::CompileCache::process().clear();
  Session session;
  int steps = 0;
  while (session.warm_up_step()) ++steps;
  CHECK(session.warmed_up());
  CHECK_FALSE(session.warm_up_step());
  CHECK(steps >= 10);
  // The modules a script requires are now found, not compiled.
  const auto before = looplab::js::CompileCache::process().stats();
  session.set_source("require('fs'); require('crypto'); require('events'); console.log('ok');\n");
  REQUIRE(session.run());
  CHECK(session.shown()->output.front().text == "ok");
  CHECK(looplab::js::CompileCache::process().stats().misses == before.misses + 1);  // the script only
}
