// Command-line parsing for the `looplab` tool, kept apart from main() so it is unit-tested.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace looplab::cli {

enum class Action {
  kHelp,        // print help_text() to stdout, exit 0
  kVersion,     // print version_banner() to stdout, exit 0
  kUsageError,  // print the message and a hint to stderr, exit kUsageExitCode
};

inline constexpr int kUsageExitCode = 2;

struct Invocation {
  Action action = Action::kHelp;
  std::string message;  // for kUsageError: what was wrong, in one line
};

// `args` excludes the program name. Options must come before the script, as in node; "--" ends
// them. An unknown option is a usage error; --version wins over --help, as in node.
Invocation parse_args(std::span<const std::string_view> args);

std::string help_text();

}  // namespace looplab::cli
