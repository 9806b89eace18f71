#include "core/cli/args.h"

#include "core/base/version.h"

namespace looplab::cli {

Invocation parse_args(std::span<const std::string_view> args) {
  // As in node, options come before the script: everything from the script on (or after "--")
  // belongs to the script, so `looplab app.js --help` passes --help to app.js.
  bool help = false;
  bool version = false;
  std::size_t index = 0;
  for (; index < args.size(); ++index) {
    const std::string_view arg = args[index];
    if (arg == "--") {
      ++index;
      break;
    }
    if (arg.size() < 2 || arg.front() != '-') break;  // the script ("-" alone would be stdin)
    if (arg == "-h" || arg == "--help") {
      help = true;
    } else if (arg == "-v" || arg == "--version") {
      version = true;
    } else {
      return {Action::kUsageError, "unknown option '" + std::string(arg) + "'"};
    }
  }
  // node prints its version for `--version --help` and `--help --version` alike.
  if (version) return {Action::kVersion, {}};
  if (help) return {Action::kHelp, {}};
  if (index == args.size()) return {Action::kUsageError, "no script given"};
  // Running scenario scripts arrives with the JavaScript engine and the Node API binding.
  return {Action::kUsageError,
          "cannot run '" + std::string(args[index]) +
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
