// The `looplab` command-line tool.
#include <cstdio>
#include <string_view>
#include <vector>

#include "core/base/version.h"
#include "core/cli/args.h"

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  const looplab::cli::Invocation invocation = looplab::cli::parse_args(args);
  switch (invocation.action) {
    case looplab::cli::Action::kHelp:
      std::fputs(looplab::cli::help_text().c_str(), stdout);
      return 0;
    case looplab::cli::Action::kVersion:
      std::printf("%s\n", looplab::version_banner().c_str());
      return 0;
    case looplab::cli::Action::kUsageError:
      std::fprintf(stderr, "looplab: %s\nTry 'looplab --help' for more information.\n",
                   invocation.message.c_str());
      return looplab::cli::kUsageExitCode;
  }
  return 1;
}
