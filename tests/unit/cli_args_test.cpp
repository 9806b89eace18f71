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
  CHECK(parse({"--version", "--help"}).action == Action::kVersion);  // first one wins
}

TEST_CASE("usage errors name what was wrong") {
  auto none = parse({});
  CHECK(none.action == Action::kUsageError);
  CHECK(none.message == "no script given");

  auto unknown = parse({"--frobnicate"});
  CHECK(unknown.action == Action::kUsageError);
  CHECK(unknown.message == "unknown option '--frobnicate'");

  auto script = parse({"app.js"});
  CHECK(script.action == Action::kUsageError);
  CHECK(script.message.find("'app.js'") != std::string::npos);
  CHECK(script.message.find("not in this version yet") != std::string::npos);
}

TEST_CASE("help text starts with the version banner and lists every flag") {
  const std::string help = looplab::cli::help_text();
  CHECK(help.rfind(looplab::version_banner(), 0) == 0);
  for (const char* flag : {"--help", "--version", "-h", "-v"}) {
    CAPTURE(flag);
    CHECK(help.find(flag) != std::string::npos);
  }
}
