#include <string_view>
#include <vector>

#include "core/base/version.h"
#include "core/cli/args.h"
#include "doctest/doctest.h"

using looplab::cli::Action;
using looplab::cli::parse_args;

namespace {
looplab::cli::Invocation parse(std::vector<std::string_view> args) {
  return parse_args(args);
}
}  // namespace

TEST_CASE("help and version flags") {
  CHECK(parse({"--help"}).action == Action::kHelp);
  CHECK(parse({"-h"}).action == Action::kHelp);
  CHECK(parse({"--version"}).action == Action::kVersion);
  CHECK(parse({"-v"}).action == Action::kVersion);
  // As in node, the version wins whatever the order.
  CHECK(parse({"--version", "--help"}).action == Action::kVersion);
  CHECK(parse({"--help", "--version"}).action == Action::kVersion);
}

TEST_CASE("options stop at the command or at --") {
  // Flags after the script belong to the script.
  auto after_script = parse({"run", "app.js", "--help"});
  REQUIRE(after_script.action == Action::kRun);
  CHECK(after_script.run.script == "app.js");
  CHECK(after_script.run.script_args == std::vector<std::string>{"--help"});

  auto dashed = parse({"run", "--", "--cores"});
  REQUIRE(dashed.action == Action::kRun);
  CHECK(dashed.run.script == "--cores");

  auto only_dashes = parse({"--"});
  CHECK(only_dashes.action == Action::kUsageError);
  CHECK(only_dashes.message == "no command given");

  CHECK(parse({"--bogus", "run", "app.js"}).message == "unknown option '--bogus'");
}

TEST_CASE("run takes the machine's knobs before the script") {
  auto run = parse({"run", "--threadpool", "2", "--cores=8", "app.js", "a", "b"});
  REQUIRE(run.action == Action::kRun);
  CHECK(run.run.threadpool_size == 2);
  CHECK(run.run.cores == 8);
  CHECK(run.run.script == "app.js");
  CHECK(run.run.script_args == std::vector<std::string>{"a", "b"});

  auto defaults = parse({"run", "app.js"});
  REQUIRE(defaults.action == Action::kRun);
  CHECK_FALSE(defaults.run.threadpool_size.has_value());
  CHECK_FALSE(defaults.run.cores.has_value());
}

TEST_CASE("usage errors name what was wrong") {
  auto none = parse({});
  CHECK(none.action == Action::kUsageError);
  CHECK(none.message == "no command given");

  auto unknown = parse({"--frobnicate"});
  CHECK(unknown.action == Action::kUsageError);
  CHECK(unknown.message == "unknown option '--frobnicate'");

  auto script = parse({"app.js"});
  CHECK(script.action == Action::kUsageError);
  CHECK(script.message == "unknown command 'app.js' (to run a script: looplab run app.js)");

  CHECK(parse({"run"}).message == "run: no script given");
  CHECK(parse({"run", "--cores"}).message == "--cores needs a whole number from 1 to 1024");
  CHECK(parse({"run", "--cores", "0", "a.js"}).message == "--cores needs a whole number from 1 to 1024");
  CHECK(parse({"run", "--threadpool=x", "a.js"}).message ==
        "--threadpool needs a whole number from 1 to 1024");
  CHECK(parse({"run", "--threadpool=1025", "a.js"}).action == Action::kUsageError);
  CHECK(parse({"run", "--fast", "a.js"}).message == "unknown option '--fast' for run");
}

TEST_CASE("help text starts with the version banner and lists every flag") {
  const std::string help = looplab::cli::help_text();
  CHECK(help.rfind(looplab::version_banner(), 0) == 0);
  for (const char* flag : {"-h, --help", "-v, --version", "--threadpool N", "--cores N"}) {
    CAPTURE(flag);
    CHECK(help.find(flag) != std::string::npos);
  }
}
