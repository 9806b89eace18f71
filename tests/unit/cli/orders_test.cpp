// --orders: the perturbations find every output real node can print, and say why.
#include "core/scenario/orders.h"

#include <algorithm>
#include <string>

#include "doctest/doctest.h"

using looplab::scenario::explore_orders;
using looplab::scenario::OrdersReport;
using looplab::scenario::PossibleOutput;

namespace {

bool lists(const OrdersReport& report, const std::string& text) {
  return std::any_of(report.outputs.begin(), report.outputs.end(),
                     [&](const PossibleOutput& output) { return output.stdout_text == text; });
}

}  // namespace

// node prints both orders over many runs of this script (13 and 17 of 30 here).
TEST_CASE("orders of setTimeout 0 against setImmediate in the main module") {
  const std::string script =
      "setTimeout(() => console.log('timeout'), 0);\n"
      "setImmediate(() => console.log('immediate'));\n";
  const OrdersReport report = explore_orders(script);
  REQUIRE(report.outputs.size() == 2);
  CHECK(lists(report, "timeout\nimmediate\n"));
  CHECK(lists(report, "immediate\ntimeout\n"));
  CHECK_FALSE(report.capped);
  CHECK(report.runs <= looplab::scenario::kMaxOrderRuns);
  for (const PossibleOutput& output : report.outputs) {
    CAPTURE(output.stdout_text);
    CHECK(output.exit_code == 0);
    CHECK_FALSE(output.produced_by.empty());
    // The reason names the race: whether the timer was due when the loop started.
    CHECK(output.reason.find("when the loop starts") != std::string::npos);
  }
}

TEST_CASE("the first listed output is the default run's and the report is the same every time") {
  const std::string script =
      "setTimeout(() => console.log('timeout'), 0);\n"
      "setImmediate(() => console.log('immediate'));\n";
  const OrdersReport first = explore_orders(script);
  const OrdersReport again = explore_orders(script);
  REQUIRE(first.outputs.size() == again.outputs.size());
  for (std::size_t i = 0; i < first.outputs.size(); ++i) {
    CHECK(first.outputs[i].stdout_text == again.outputs[i].stdout_text);
    CHECK(first.outputs[i].reason == again.outputs[i].reason);
    CHECK(first.outputs[i].produced_by.size() == again.outputs[i].produced_by.size());
  }
  REQUIRE_FALSE(first.outputs.empty());
  CHECK(first.outputs.front().produced_by.front().kind == looplab::scenario::Perturbation::Kind::kNone);
  CHECK(first.outputs.front().stdout_text ==
        looplab::scenario::run_script(script).output.front().text + "\n" +
            looplab::scenario::run_script(script).output.back().text + "\n");
}

TEST_CASE("a deterministic script has one possible output") {
  // node: always "main", "tick", "promise", "timeout".
  const OrdersReport report = explore_orders(
      "setTimeout(() => console.log('timeout'), 10);\n"
      "Promise.resolve().then(() => console.log('promise'));\n"
      "process.nextTick(() => console.log('tick'));\n"
      "console.log('main');\n");
  REQUIRE(report.outputs.size() == 1);
  CHECK(report.outputs.front().stdout_text == "main\ntick\npromise\ntimeout\n");
  CHECK(report.outputs.front().produced_by.size() == static_cast<std::size_t>(report.runs));
}

TEST_CASE("runs are capped and the report says so") {
  const OrdersReport report = explore_orders("setTimeout(() => console.log('t'), 0);\n", {}, 3);
  CHECK(report.runs == 3);
  CHECK(report.capped);
  CHECK(report.planned > 3);
}

TEST_CASE("a script that does not compile is run once") {
  const OrdersReport report = explore_orders("let x = ;\n");
  CHECK(report.runs == 1);
  REQUIRE(report.outputs.size() == 1);
  CHECK(report.outputs.front().exit_code == 1);
  CHECK(report.note == "the script does not compile: nothing to vary");
}

// node prints several orders of three equal pbkdf2 jobs on a 4-thread pool (6 in 20 runs here).
TEST_CASE("thread-pool jobs finishing together can be reported in any order") {
  const std::string script =
      "const crypto = require('crypto');\n"
      "crypto.pbkdf2('secret', 'salt', 10000, 32, 'sha512', () => console.log('a'));\n"
      "crypto.pbkdf2('secret', 'salt', 10000, 32, 'sha512', () => console.log('b'));\n"
      "crypto.pbkdf2('secret', 'salt', 10000, 32, 'sha512', () => console.log('c'));\n";
  const OrdersReport report = explore_orders(script);
  CHECK(report.outputs.size() >= 3);
  REQUIRE_FALSE(report.outputs.empty());
  CHECK(report.outputs.front().stdout_text == "a\nb\nc\n");
  CHECK(lists(report, "c\nb\na\n"));
  const auto shuffled =
      std::find_if(report.outputs.begin(), report.outputs.end(), [](const PossibleOutput& o) {
        return o.reason.find("which one finishes first varies") != std::string::npos;
      });
  CHECK(shuffled != report.outputs.end());
}

// node v20 here, 60 runs: both callbacks in one poll phase 55 times, the other three orders 2, 2
// and 1 times (tests/oracle/pool_completions_one_poll.js).
TEST_CASE("orders of two pool jobs finishing together: one poll phase or two, either first") {
  const std::string script =
      "const fs = require('fs');\n"
      "fs.stat(__filename, () => { console.log('stat 1'); setImmediate(() => console.log('imm 1')); });\n"
      "fs.stat(__filename, () => { console.log('stat 2'); setImmediate(() => console.log('imm 2')); });\n";
  const OrdersReport report = explore_orders(script);
  REQUIRE_FALSE(report.outputs.empty());
  // The default: the loop wakes after both finished, so both run in one poll phase.
  CHECK(report.outputs.front().stdout_text == "stat 1\nstat 2\nimm 1\nimm 2\n");
  CHECK(lists(report, "stat 2\nstat 1\nimm 2\nimm 1\n"));
  CHECK(lists(report, "stat 1\nimm 1\nstat 2\nimm 2\n"));
  CHECK(lists(report, "stat 2\nimm 2\nstat 1\nimm 1\n"));
  bool wakeup_reason = false;
  for (const PossibleOutput& output : report.outputs) {
    wakeup_reason = wakeup_reason || output.reason.find("the moment it is signalled") != std::string::npos;
  }
  CHECK(wakeup_reason);
}

TEST_CASE("poll's wake-up latency decides whether completions a moment apart share a poll phase") {
  const std::string script =
      "const fs = require('fs');\n"
      "fs.stat(__filename, () => { console.log('a'); setImmediate(() => console.log('imm a')); });\n"
      "fs.stat(__filename, () => { console.log('b'); setImmediate(() => console.log('imm b')); });\n";
  auto output_with = [&](looplab::Nanos wakeup) {
    looplab::scenario::ScriptRunOptions options;
    options.profile.poll_wakeup = wakeup;
    std::string text;
    for (const auto& line : looplab::scenario::run_script(script, options).output) text += line.text + " ";
    return text;
  };
  CHECK(output_with(0) == "a imm a b imm b ");
  CHECK(output_with(15'000) == "a b imm a imm b ");
  // A wake-up slower than the second job's cost does not change which poll phase it joins.
  CHECK(output_with(2'000'000) == "a b imm a imm b ");
}

TEST_CASE("the explorer one run at a time gives the same report as explore_orders") {
  const std::string script =
      "setTimeout(() => console.log('timeout'), 0);\n"
      "setImmediate(() => console.log('immediate'));\n";
  looplab::scenario::OrdersExplorer explorer(script, {});
  CHECK(explorer.runs_done() == 1);  // the default run, made at once
  CHECK_FALSE(explorer.done());
  CHECK(explorer.report().outputs.size() == 1);  // readable part way
  int steps = 0;
  while (!explorer.done()) {
    explorer.step();
    ++steps;
  }
  CHECK(explorer.runs_done() == steps + 1);
  CHECK(explorer.runs_done() == explorer.runs_planned());
  const OrdersReport stepped = explorer.report();
  const OrdersReport whole = explore_orders(script);
  REQUIRE(stepped.outputs.size() == whole.outputs.size());
  for (std::size_t i = 0; i < whole.outputs.size(); ++i) {
    CHECK(stepped.outputs[i].stdout_text == whole.outputs[i].stdout_text);
    CHECK(stepped.outputs[i].reason == whole.outputs[i].reason);
  }
  CHECK(stepped.runs == whole.runs);
}
