// Command-line parsing for the `looplab` tool, kept apart from main() so it is unit-tested.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/cli/disk.h"
#include "core/node/node_process.h"
#include "core/sim/duration.h"

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
  std::string script;                               // the script's path, as given
  std::vector<std::string> script_args;             // what follows the script (process.argv.slice(2))
  std::optional<int> threadpool_size;               // --threadpool N (wins over UV_THREADPOOL_SIZE)
  std::optional<int> cores;                         // --cores N
  std::string node_version = "20";                  // --node-version 20|10
  node::Profile profile;                            // --profile name=value, over the defaults
  std::optional<std::int64_t> instruction_cost_ps;  // --instruction-cost PS
  // The disk and dns table: the script's folder is mirrored unless --isolated.
  std::vector<FileOption> files;                           // --file PATH[=SIZE], repeatable
  std::vector<std::pair<std::string, std::string>> hosts;  // --host NAME=ADDRESS, repeatable
  bool isolated = false;                                   // --isolated: no mirror of the folder
  // What real machines vary (the perturbations --orders explores), to reproduce one run:
  std::optional<Nanos> clock_offset;  // --clock-offset D
  std::optional<Nanos> bootstrap;     // --bootstrap D
  std::uint64_t pool_seed = 0;        // --pool-seed N
  // What to print instead of (or beside) the script's own output:
  bool explain = false;                          // --explain: the annotated timeline on stdout
  bool orders = false;                           // --orders: every output the perturbations give
  std::optional<std::string> trace_path;         // --trace FILE: the trace as JSON
  std::optional<std::string> chrome_trace_path;  // --chrome-trace FILE: Chrome Trace Event Format
};

// The Node versions --node-version accepts.
inline constexpr const char* kNodeVersions[] = {"20", "10"};

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
