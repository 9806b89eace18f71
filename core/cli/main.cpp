// The `looplab` command-line tool: parses the command line (args.h), runs the script and prints
// what was asked: the script's own output, the explained timeline, the possible orders, trace files.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>
#include <vector>

#include "core/base/version.h"
#include "core/cli/args.h"
#include "core/cli/disk.h"
#include "core/cli/explain.h"
#include "core/cli/orders_text.h"
#include "core/scenario/orders.h"
#include "core/scenario/run_script.h"
#include "core/trace/export.h"

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

// The simulated machine the command line describes.
looplab::scenario::ScriptRunOptions run_options_for(const looplab::cli::RunOptions& options,
                                                    const std::filesystem::path& path) {
  looplab::scenario::ScriptRunOptions run_options;
  run_options.filename = path.lexically_normal().string();
  run_options.args = options.script_args;
  run_options.threadpool_size = options.threadpool_size;
  run_options.cores = options.cores;
  run_options.profile = options.profile;
  if (options.instruction_cost_ps) run_options.engine.instruction_cost_ps = *options.instruction_cost_ps;
  run_options.clock_offset = options.clock_offset;
  run_options.bootstrap = options.bootstrap;
  run_options.pool_tiebreak_seed = options.pool_seed;
  run_options.node_version = options.node_version;
  run_options.record_trace = options.explain || options.trace_path || options.chrome_trace_path;
  if (const char* pool = std::getenv("UV_THREADPOOL_SIZE"))
    run_options.env.emplace_back("UV_THREADPOOL_SIZE", pool);
  return run_options;
}

// The disk and dns table: the script's folder mirrored (unless --isolated), then --file and
// --host. False (with the reason on stderr) when a --file cannot be read.
bool describe_disk(const looplab::cli::RunOptions& options,
                   looplab::scenario::ScriptRunOptions& run_options) {
  looplab::cli::DiskReport report;
  if (!options.isolated) {
    const std::filesystem::path folder = std::filesystem::path(run_options.filename).parent_path();
    report = looplab::cli::mirror_folder(folder.string(), run_options);
    // run_script adds the script itself, with the text it runs.
    std::erase_if(run_options.files, [&](const auto& file) { return file.path == run_options.filename; });
  }
  std::error_code ignored;
  const std::string error = looplab::cli::add_file_options(
      options.files, std::filesystem::current_path(ignored).string(), run_options, report);
  if (!error.empty()) {
    std::fprintf(stderr, "looplab: %s\n", error.c_str());
    return false;
  }
  run_options.hosts = options.hosts;
  if (report.skipped > 0) {
    std::fprintf(stderr,
                 "looplab: note: %zu entries of the script's folder were left out of the simulated disk "
                 "(past %zu files or %d folders deep, or unreadable); --isolated with --file "
                 "picks what to copy\n",
                 report.skipped, looplab::cli::MirrorLimits{}.max_files,
                 looplab::cli::MirrorLimits{}.max_depth);
  }
  return true;
}

// Writes `text` to `path`; false (with the reason on stderr) when it cannot.
bool write_file(const std::string& path, const std::string& text, const char* what) {
  errno = 0;
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (file) file.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (file) file.close();
  if (file) return true;
  const int error = errno;
  std::error_code ignored;
  const std::string reason = std::filesystem::is_directory(path, ignored) ? "it is a folder"
                             : error != 0                                 ? std::strerror(error)
                                                                          : "the write failed";
  std::fflush(stdout);  // the script's output first, then why the file is missing
  std::fprintf(stderr, "looplab: cannot write the %s to '%s': %s\n", what, path.c_str(), reason.c_str());
  return false;
}

void print_output(const std::vector<looplab::node::OutputLine>& output) {
  std::FILE* previous = stdout;
  for (const looplab::node::OutputLine& line : output) {
    std::FILE* stream = line.stream == looplab::node::Stream::kStdout ? stdout : stderr;
    // Keep the order of lines across the two streams when both go to one terminal or file.
    if (stream != previous) std::fflush(previous);
    previous = stream;
    std::fwrite(line.text.data(), 1, line.text.size(), stream);
    std::fputc('\n', stream);
  }
}

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
  looplab::scenario::ScriptRunOptions run_options = run_options_for(options, path);
  if (!describe_disk(options, run_options)) return 1;

  if (options.orders) {
    const looplab::scenario::OrdersReport report = looplab::scenario::explore_orders(text.str(), run_options);
    std::fputs(looplab::cli::orders_text(report).c_str(), stdout);
    return finish_output(0);
  }

  const looplab::scenario::ScriptRunResult result = looplab::scenario::run_script(text.str(), run_options);
  const bool stopped = !result.diagnosis.empty() || !result.exited;
  if (options.explain) {
    std::fputs(looplab::cli::explain(result).c_str(), stdout);
  } else {
    print_output(result.output);
    if (stopped) {
      std::fflush(stdout);
      std::fprintf(stderr, "looplab: stopped: %s\n",
                   result.diagnosis.empty() ? "the process never exits: its event loop waits for ever"
                                            : result.diagnosis.c_str());
    }
  }
  bool written = true;
  if (options.trace_path)
    written = write_file(*options.trace_path, looplab::to_json(result.trace), "trace") && written;
  if (options.chrome_trace_path) {
    written =
        write_file(*options.chrome_trace_path, looplab::to_chrome_trace(result.trace), "Chrome trace") &&
        written;
  }
  if (!written) {
    finish_output(1);
    return 1;
  }
  return finish_output(stopped ? kStoppedExitCode : result.exit_code);
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
