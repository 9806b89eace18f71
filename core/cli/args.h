// Command-line parsing for the `looplab` tool, kept apart from main() so it is unit-tested.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace looplab::cli {

enum class Action {
  kHelp,        // print help_text() to stdout, exit 0
  kVersion,     // print version_banner() to stdout, exit 0
  kRun,         // run a script: `looplab run [options] FILE.js [args]`
  kUsageError,  // print the message and a hint to stderr, exit kUsageExitCode
};

inline constexpr int kUsageExitCode = 2;

// `looplab run`'s knobs. Unset ones take the simulated machine's defaults.
struct RunOptions {
  std::string script;                    // the script's path, as given
  std::vector<std::string> script_args;  // what follows the script (process.argv.slice(2))
  std::optional<int> threadpool_size;    // --threadpool N (wins over UV_THREADPOOL_SIZE)
  std::optional<int> cores;              // --cores N
};

struct Invocation {
  Action action = Action::kHelp;
  std::string message;  // for kUsageError: what was wrong, in one line
  RunOptions run;       // for kRun
};

// `args` excludes the program name. Options must come before the script, as in node; "--" ends
// them. An unknown option is a usage error; --version wins over --help, as in node.
Invocation parse_args(std::span<const std::string_view> args);

std::string help_text();

}  // namespace looplab::cli
