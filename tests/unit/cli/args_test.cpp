// `looplab run`'s flags beyond the machine size: output modes, trace files, Node version, profile
// costs and the perturbations --orders explores (tests/unit/cli_args_test.cpp has the basics).
#include "core/cli/args.h"

#include <string>
#include <string_view>
#include <vector>

#include "doctest/doctest.h"

using looplab::cli::Action;
using looplab::cli::Invocation;
using looplab::cli::parse_args;

namespace {

Invocation parse(std::vector<std::string_view> args) {
  return parse_args(args);
}

}  // namespace

TEST_CASE("run --explain and --orders are flags without a value") {
  const Invocation explain = parse({"run", "--explain", "app.js"});
  REQUIRE(explain.action == Action::kRun);
  CHECK(explain.run.explain);
  CHECK_FALSE(explain.run.orders);
  CHECK(explain.run.script == "app.js");

  const Invocation orders = parse({"run", "--orders", "app.js"});
  REQUIRE(orders.action == Action::kRun);
  CHECK(orders.run.orders);
  CHECK_FALSE(orders.run.explain);

  CHECK(parse({"run", "--explain=yes", "app.js"}).message == "unknown option '--explain=yes' for run");
}

TEST_CASE("run --trace and --chrome-trace take a file name") {
  const Invocation both = parse({"run", "--trace", "out.json", "--chrome-trace=chrome.json", "app.js"});
  REQUIRE(both.action == Action::kRun);
  CHECK(both.run.trace_path == "out.json");
  CHECK(both.run.chrome_trace_path == "chrome.json");
  CHECK(both.run.script == "app.js");

  CHECK(parse({"run", "--trace"}).message == "--trace needs a file name to write the trace to");
  CHECK(parse({"run", "--chrome-trace="}).message ==
        "--chrome-trace needs a file name to write the trace to");
}

TEST_CASE("run --orders cannot be combined with a single-run output") {
  for (const std::vector<std::string_view>& args :
       {std::vector<std::string_view>{"run", "--orders", "--explain", "a.js"},
        std::vector<std::string_view>{"run", "--trace", "t.json", "--orders", "a.js"},
        std::vector<std::string_view>{"run", "--orders", "--chrome-trace", "t.json", "a.js"}}) {
    const Invocation invocation = parse(args);
    CHECK(invocation.action == Action::kUsageError);
    CHECK(invocation.message ==
          "--orders runs the script many times: it cannot be combined with --explain, --trace or "
          "--chrome-trace");
  }
}

TEST_CASE("run --node-version accepts the simulated versions only") {
  CHECK(parse({"run", "app.js"}).run.node_version == "20");
  CHECK(parse({"run", "--node-version", "10", "app.js"}).run.node_version == "10");
  CHECK(parse({"run", "--node-version=20", "app.js"}).run.node_version == "20");
  const Invocation bad = parse({"run", "--node-version", "18", "app.js"});
  CHECK(bad.action == Action::kUsageError);
  CHECK(bad.message == "--node-version '18' is not supported: the simulated versions are 20 or 10");
  CHECK(parse({"run", "--node-version"}).message ==
        "--node-version needs a value: the simulated versions are 20 or 10");
}

TEST_CASE("run --profile sets a named cost and is repeatable") {
  const Invocation run = parse({"run", "--profile", "callback_entry=2us", "--profile=fs_op=10us", "--profile",
                                "pbkdf2_sha512_per_iteration=1045ns", "app.js"});
  REQUIRE(run.action == Action::kRun);
  CHECK(run.run.profile.callback_entry == 2'000);
  CHECK(run.run.profile.pool.fs_op == 10'000);
  CHECK(run.run.profile.pool.pbkdf2_sha512_per_iteration == 1'045);
  // The others keep the defaults.
  CHECK(run.run.profile.tick_entry == looplab::node::Profile{}.tick_entry);
}

TEST_CASE("run --profile errors name what was wrong") {
  const Invocation unknown = parse({"run", "--profile", "speed=2us", "app.js"});
  CHECK(unknown.action == Action::kUsageError);
  CHECK(unknown.message.rfind("--profile: unknown name 'speed' (known: callback_entry, tick_entry, ", 0) ==
        0);
  CHECK(unknown.message.find("gunzip_per_kb)") != std::string::npos);

  const Invocation no_unit = parse({"run", "--profile", "fs_op=10", "app.js"});
  CHECK(no_unit.action == Action::kUsageError);
  CHECK(no_unit.message ==
        "--profile fs_op needs a duration with its unit (ns, us, ms or s), such as 2us, not '10'");

  const Invocation no_equals = parse({"run", "--profile", "fs_op", "app.js"});
  CHECK(no_equals.message == "--profile needs name=value (for example callback_entry=2us), not 'fs_op'");
}

TEST_CASE("run --instruction-cost takes picoseconds") {
  CHECK(parse({"run", "--instruction-cost", "2500", "a.js"}).run.instruction_cost_ps == 2500);
  CHECK_FALSE(parse({"run", "a.js"}).run.instruction_cost_ps.has_value());
  for (const std::string_view bad :
       {"--instruction-cost=-1", "--instruction-cost=1.5", "--instruction-cost=ps"}) {
    CAPTURE(bad);
    const Invocation invocation = parse({"run", bad, "a.js"});
    CHECK(invocation.action == Action::kUsageError);
    CHECK(invocation.message.rfind("--instruction-cost needs picoseconds per instruction", 0) == 0);
  }
}

TEST_CASE("run takes the perturbations --orders reports, to reproduce one") {
  const Invocation run =
      parse({"run", "--clock-offset", "999us", "--bootstrap=30ms", "--pool-seed", "7", "app.js"});
  REQUIRE(run.action == Action::kRun);
  CHECK(run.run.clock_offset == 999'000);
  CHECK(run.run.bootstrap == 30'000'000);
  CHECK(run.run.pool_seed == 7);
  CHECK(parse({"run", "--clock-offset", "5", "a.js"}).message ==
        "--clock-offset needs a duration with its unit (ns, us, ms or s), such as 250us");
  CHECK(parse({"run", "--pool-seed", "-1", "a.js"}).action == Action::kUsageError);
}

TEST_CASE("help text documents every run flag") {
  const std::string help = looplab::cli::help_text();
  for (const char* flag : {"--explain", "--orders", "--trace FILE", "--chrome-trace FILE", "--node-version V",
                           "--profile NAME=D", "--instruction-cost PS", "--clock-offset D", "--bootstrap D",
                           "--pool-seed N", "callback_entry", "gunzip_per_kb"}) {
    CAPTURE(flag);
    CHECK(help.find(flag) != std::string::npos);
  }
}
