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

TEST_CASE("options stop at the script or at --") {
  // Flags after the script belong to the script.
  auto after_script = parse({"app.js", "--help"});
  CHECK(after_script.action == Action::kUsageError);
  CHECK(after_script.message.find("'app.js'") != std::string::npos);

  auto port = parse({"app.js", "--port", "3000"});
  CHECK(port.action == Action::kUsageError);
  CHECK(port.message.find("unknown option") == std::string::npos);

  auto dashed = parse({"--", "--version"});
  CHECK(dashed.action == Action::kUsageError);
  CHECK(dashed.message.find("'--version'") != std::string::npos);

  auto only_dashes = parse({"--"});
  CHECK(only_dashes.action == Action::kUsageError);
  CHECK(only_dashes.message == "no script given");

  CHECK(parse({"--bogus", "app.js"}).message == "unknown option '--bogus'");
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
  for (const char* flag : {"-h, --help", "-v, --version"}) {
    CAPTURE(flag);
    CHECK(help.find(flag) != std::string::npos);
  }
}
