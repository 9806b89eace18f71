// The `looplab` command-line tool.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

#include "core/base/version.h"
#include "core/cli/args.h"
#include "core/scenario/run_script.h"

namespace {

// A tool whose output went nowhere must not report success (`looplab --help > /dev/full`).
int finish_output(int status) {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "looplab: cannot write to standard output\n");
    return 1;
  }
  return status;
}

// `looplab run FILE.js`: what node prints, on the same streams, and node's exit code. A run the
// simulator had to stop (a runaway script, a loop waiting forever) says why on stderr and exits
// with kStoppedExitCode, since node itself would never have finished.
constexpr int kStoppedExitCode = 3;

int run(const looplab::cli::RunOptions& options) {
  std::error_code error;
  const std::filesystem::path path = std::filesystem::absolute(options.script, error);
  std::ifstream file(path, std::ios::binary);
  if (error || !file) {
    std::fprintf(stderr, "looplab: cannot read '%s': %s\n", options.script.c_str(),
                 std::filesystem::exists(path) ? "permission denied or not a file" : "no such file");
    return 1;
  }
  std::ostringstream text;
  text << file.rdbuf();

  looplab::scenario::ScriptRunOptions run_options;
  run_options.filename = path.lexically_normal().string();
  run_options.args = options.script_args;
  run_options.threadpool_size = options.threadpool_size;
  run_options.cores = options.cores;
  run_options.record_trace = false;
  if (const char* pool = std::getenv("UV_THREADPOOL_SIZE"))
    run_options.env.emplace_back("UV_THREADPOOL_SIZE", pool);

  const looplab::scenario::ScriptRunResult result = looplab::scenario::run_script(text.str(), run_options);
  std::FILE* previous = stdout;
  for (const looplab::node::OutputLine& line : result.output) {
    std::FILE* stream = line.stream == looplab::node::Stream::kStdout ? stdout : stderr;
    // Keep the order of lines across the two streams when both go to one terminal or file.
    if (stream != previous) std::fflush(previous);
    previous = stream;
    std::fwrite(line.text.data(), 1, line.text.size(), stream);
    std::fputc('\n', stream);
  }
  if (!result.diagnosis.empty() || !result.exited) {
    std::fflush(stdout);
    std::fprintf(stderr, "looplab: stopped: %s\n",
                 result.diagnosis.empty() ? "the process never exits: its event loop waits for ever"
                                          : result.diagnosis.c_str());
    return finish_output(kStoppedExitCode);
  }
  return finish_output(result.exit_code);
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
    case looplab::cli::Action::kRun:
      return run(invocation.run);
    case looplab::cli::Action::kUsageError:
      std::fprintf(stderr, "looplab: %s\nTry 'looplab --help' for more information.\n",
                   invocation.message.c_str());
      return looplab::cli::kUsageExitCode;
  }
  return 1;
}
