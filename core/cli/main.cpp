// The `looplab` command-line tool.
#include <cstdio>
#include <string_view>
#include <vector>

#include "core/base/version.h"
#include "core/cli/args.h"

namespace {

// A tool whose output went nowhere must not report success (`looplab --help > /dev/full`).
int finish_output(int status) {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "looplab: cannot write to standard output\n");
    return 1;
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  const looplab::cli::Invocation invocation = looplab::cli::parse_args(args);
  switch (invocation.action) {
    case looplab::cli::Action::kHelp:
      std::fputs(looplab::cli::help_text().c_str(), stdout);
      return finish_output(0);
    case looplab::cli::Action::kVersion:
      std::printf("%s\n", looplab::version_banner().c_str());
      return finish_output(0);
    case looplab::cli::Action::kUsageError:
      std::fprintf(stderr, "looplab: %s\nTry 'looplab --help' for more information.\n",
                   invocation.message.c_str());
      return looplab::cli::kUsageExitCode;
  }
  return 1;
}
