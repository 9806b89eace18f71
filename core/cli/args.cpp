#include "core/cli/args.h"

#include <charconv>

#include "core/base/version.h"
#include "core/node/thread_pool.h"
#include "core/sim/machine.h"

namespace looplab::cli {

namespace {

// A whole decimal number in [low, high], or nothing.
std::optional<int> parse_count(std::string_view text, int low, int high) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) {
    return std::nullopt;
  }
  return value;
}

// `looplab run [options] FILE.js [args]`: `args` starts after "run".
Invocation parse_run(std::span<const std::string_view> args) {
  Invocation invocation;
  invocation.action = Action::kRun;
  RunOptions& run = invocation.run;
  std::size_t index = 0;
  // Each knob takes its value as the next argument or after '=' (--cores=2).
  auto value_of = [&](std::string_view arg, std::string_view name) -> std::optional<std::string_view> {
    if (arg == name) {
      if (index + 1 >= args.size()) return std::nullopt;
      return args[++index];
    }
    return arg.substr(name.size() + 1);
  };
  auto is_option = [](std::string_view arg, std::string_view name) {
    return arg == name ||
           (arg.size() > name.size() && arg.substr(0, name.size()) == name && arg[name.size()] == '=');
  };
  for (; index < args.size(); ++index) {
    const std::string_view arg = args[index];
    if (arg == "--") {
      ++index;
      break;
    }
    if (arg.size() < 2 || arg.front() != '-') break;
    if (is_option(arg, "--threadpool")) {
      const auto text = value_of(arg, "--threadpool");
      const auto size = text ? parse_count(*text, 1, node::ThreadPool::kMaxSize) : std::nullopt;
      if (!size) {
        return {Action::kUsageError,
                "--threadpool needs a whole number from 1 to " + std::to_string(node::ThreadPool::kMaxSize),
                {}};
      }
      run.threadpool_size = size;
    } else if (is_option(arg, "--cores")) {
      const auto text = value_of(arg, "--cores");
      const auto cores = text ? parse_count(*text, 1, Machine::kMaxCores) : std::nullopt;
      if (!cores) {
        return {Action::kUsageError,
                "--cores needs a whole number from 1 to " + std::to_string(Machine::kMaxCores),
                {}};
      }
      run.cores = cores;
    } else {
      return {Action::kUsageError, "unknown option '" + std::string(arg) + "' for run", {}};
    }
  }
  if (index == args.size()) return {Action::kUsageError, "run: no script given", {}};
  run.script = std::string(args[index]);
  for (++index; index < args.size(); ++index) run.script_args.emplace_back(args[index]);
  return invocation;
}

}  // namespace

Invocation parse_args(std::span<const std::string_view> args) {
  // As in node, options come before the script: everything from the script on (or after "--")
  // belongs to the script, so `looplab run app.js --help` passes --help to app.js.
  bool help = false;
  bool version = false;
  std::size_t index = 0;
  for (; index < args.size(); ++index) {
    const std::string_view arg = args[index];
    if (arg == "--") {
      ++index;
      break;
    }
    if (arg.size() < 2 || arg.front() != '-') break;  // the command or script
    if (arg == "-h" || arg == "--help") {
      help = true;
    } else if (arg == "-v" || arg == "--version") {
      version = true;
    } else {
      return {Action::kUsageError, "unknown option '" + std::string(arg) + "'", {}};
    }
  }
  // node prints its version for `--version --help` and `--help --version` alike.
  if (version) return {Action::kVersion, {}, {}};
  if (help) return {Action::kHelp, {}, {}};
  if (index == args.size()) return {Action::kUsageError, "no command given", {}};
  if (args[index] == "run") return parse_run(args.subspan(index + 1));
  return {Action::kUsageError,
          "unknown command '" + std::string(args[index]) + "' (to run a script: looplab run " +
              std::string(args[index]) + ")",
          {}};
}

std::string help_text() {
  return version_banner() +
         "\n"
         "A deterministic simulation of the Node.js runtime, for learning how Node runs code.\n"
         "\n"
         "Usage: looplab [options]\n"
         "       looplab run [run options] FILE.js [arguments]\n"
         "\n"
         "Options:\n"
         "  -h, --help         print this help and exit\n"
         "  -v, --version      print the version and the simulated Node.js release, and exit\n"
         "\n"
         "Run options (the simulated machine):\n"
         "  --threadpool N     libuv thread pool size, 1 to 1024 (default: UV_THREADPOOL_SIZE, else 4)\n"
         "  --cores N          CPU cores, 1 to 1024 (default 4)\n"
         "\n"
         "`run` prints what `node FILE.js` prints: the script's stdout and stderr, in order.\n"
         "\n"
         "Exit status: the script's exit code for run; 0 for --help and --version; 2 on a usage\n"
         "error.\n";
}

}  // namespace looplab::cli
