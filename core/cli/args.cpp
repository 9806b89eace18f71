#include "core/cli/args.h"

#include "core/base/version.h"

namespace looplab::cli {

Invocation parse_args(std::span<const std::string_view> args) {
  if (args.empty()) {
    return {Action::kUsageError, "no script given"};
  }
  // The first help or version flag wins, as in node: `looplab --version --help` prints the version.
  for (std::string_view arg : args) {
    if (arg == "-h" || arg == "--help") return {Action::kHelp, {}};
    if (arg == "-v" || arg == "--version") return {Action::kVersion, {}};
  }
  for (std::string_view arg : args) {
    if (arg.size() > 1 && arg.front() == '-') {
      return {Action::kUsageError, "unknown option '" + std::string(arg) + "'"};
    }
  }
  // Running scenario scripts arrives with the JavaScript engine and the Node API binding.
  return {Action::kUsageError,
          "cannot run '" + std::string(args.front()) +
              "': running scripts is not in this version yet (only --help and --version)"};
}

std::string help_text() {
  return version_banner() +
         "\n"
         "A deterministic simulation of the Node.js runtime, for learning how Node runs code.\n"
         "\n"
         "Usage: looplab [options]\n"
         "\n"
         "Options:\n"
         "  -h, --help       print this help and exit\n"
         "  -v, --version    print the version and the simulated Node.js release, and exit\n"
         "\n"
         "Exit status: 0 on success, 2 on a usage error.\n";
}

}  // namespace looplab::cli
