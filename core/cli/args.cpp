#include "core/cli/args.h"

#include <charconv>
#include <cstdint>
#include <utility>

#include "core/base/version.h"
#include "core/cli/profile_knobs.h"
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

// A whole decimal number in [low, high] (64-bit), or nothing.
std::optional<std::uint64_t> parse_u64(std::string_view text, std::uint64_t low, std::uint64_t high) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < low ||
      value > high) {
    return std::nullopt;
  }
  return value;
}

std::string node_version_list() {
  std::string list;
  for (const char* version : kNodeVersions) list += (list.empty() ? "" : " or ") + std::string(version);
  return list;
}

// The profile's knob names as help-text lines, indented under their option.
std::string wrapped_knob_names() {
  constexpr std::size_t kIndent = 21;
  constexpr std::size_t kWidth = 96;
  std::string text;
  std::string line(kIndent, ' ');
  for (const ProfileKnob& knob : profile_knobs()) {
    const std::string item = std::string(knob.name) + ",";
    if (line.size() > kIndent && line.size() + 1 + item.size() > kWidth) {
      text += line + "\n";
      line = std::string(kIndent, ' ');
    }
    line += (line.size() > kIndent ? " " : "") + item;
  }
  line.pop_back();  // the last comma
  return text + line + "\n";
}

constexpr std::int64_t kMaxInstructionCostPs = 1'000'000'000;  // 1 ms per instruction

// `looplab run [options] FILE.js [args]`: `args` starts after "run".
Invocation parse_run(std::span<const std::string_view> args) {
  Invocation invocation;
  invocation.action = Action::kRun;
  RunOptions& run = invocation.run;
  auto usage = [](std::string message) { return Invocation{Action::kUsageError, std::move(message), {}}; };
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
  // A duration knob (--clock-offset, --bootstrap): the value with its unit.
  auto duration_of = [&](std::string_view arg, std::string_view name) -> std::optional<Nanos> {
    const auto text = value_of(arg, name);
    return text ? parse_duration(*text) : std::nullopt;
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
        return usage("--threadpool needs a whole number from 1 to " +
                     std::to_string(node::ThreadPool::kMaxSize));
      }
      run.threadpool_size = size;
    } else if (is_option(arg, "--cores")) {
      const auto text = value_of(arg, "--cores");
      const auto cores = text ? parse_count(*text, 1, Machine::kMaxCores) : std::nullopt;
      if (!cores)
        return usage("--cores needs a whole number from 1 to " + std::to_string(Machine::kMaxCores));
      run.cores = cores;
    } else if (is_option(arg, "--node-version")) {
      const auto text = value_of(arg, "--node-version");
      bool known = false;
      for (const char* version : kNodeVersions) known = known || (text && *text == version);
      if (!known) {
        return usage("--node-version " +
                     (text ? "'" + std::string(*text) + "' is not supported" : "needs a value") +
                     ": the simulated versions are " + node_version_list());
      }
      run.node_version = std::string(*text);
    } else if (is_option(arg, "--profile")) {
      const auto text = value_of(arg, "--profile");
      if (!text) return usage("--profile needs name=value (known names: " + profile_knob_names() + ")");
      std::string error = apply_profile_setting(run.profile, *text);
      if (!error.empty()) return usage(std::move(error));
    } else if (is_option(arg, "--instruction-cost")) {
      const auto text = value_of(arg, "--instruction-cost");
      const auto cost = text ? parse_u64(*text, 0, kMaxInstructionCostPs) : std::nullopt;
      if (!cost) {
        return usage("--instruction-cost needs picoseconds per instruction, a whole number from 0 to " +
                     std::to_string(kMaxInstructionCostPs));
      }
      run.instruction_cost_ps = static_cast<std::int64_t>(*cost);
    } else if (is_option(arg, "--clock-offset")) {
      run.clock_offset = duration_of(arg, "--clock-offset");
      if (!run.clock_offset)
        return usage("--clock-offset needs a duration with its unit (ns, us, ms or s), such as 250us");
    } else if (is_option(arg, "--bootstrap")) {
      run.bootstrap = duration_of(arg, "--bootstrap");
      if (!run.bootstrap)
        return usage("--bootstrap needs a duration with its unit (ns, us, ms or s), such as 30ms");
    } else if (is_option(arg, "--pool-seed")) {
      const auto text = value_of(arg, "--pool-seed");
      const auto seed = text ? parse_u64(*text, 0, UINT64_MAX) : std::nullopt;
      if (!seed)
        return usage("--pool-seed needs a whole number (0: jobs finishing together report in FIFO order)");
      run.pool_seed = *seed;
    } else if (is_option(arg, "--trace")) {
      const auto text = value_of(arg, "--trace");
      if (!text || text->empty()) return usage("--trace needs a file name to write the trace to");
      run.trace_path = std::string(*text);
    } else if (is_option(arg, "--chrome-trace")) {
      const auto text = value_of(arg, "--chrome-trace");
      if (!text || text->empty()) return usage("--chrome-trace needs a file name to write the trace to");
      run.chrome_trace_path = std::string(*text);
    } else if (is_option(arg, "--file")) {
      const auto text = value_of(arg, "--file");
      if (!text || text->empty())
        return usage("--file needs a path (a real file or folder), or PATH=SIZE such as data.bin=10MB");
      FileOption file;
      const std::size_t equals = text->rfind('=');
      file.path = std::string(text->substr(0, equals));
      if (equals != std::string_view::npos) {
        file.size = parse_size(text->substr(equals + 1));
        if (!file.size || file.path.empty()) {
          return usage("--file " + std::string(*text) +
                       ": the size needs a whole number with B, KB, MB or GB (up to 1024GB), such as 10MB");
        }
      }
      run.files.push_back(std::move(file));
    } else if (is_option(arg, "--host")) {
      const auto text = value_of(arg, "--host");
      std::pair<std::string, std::string> host;
      std::string error = text ? parse_host(*text, host) : parse_host("", host);
      if (!error.empty()) return usage(std::move(error));
      run.hosts.push_back(std::move(host));
    } else if (arg == "--isolated") {
      run.isolated = true;
    } else if (arg == "--explain") {
      run.explain = true;
    } else if (arg == "--orders") {
      run.orders = true;
    } else {
      return usage("unknown option '" + std::string(arg) + "' for run");
    }
  }
  if (run.orders && (run.explain || run.trace_path || run.chrome_trace_path)) {
    return usage(
        "--orders runs the script many times: it cannot be combined with --explain, --trace or "
        "--chrome-trace");
  }
  if (index == args.size()) return usage("run: no script given");
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
         "What run prints (default: what `node FILE.js` prints, stdout and stderr, in order):\n"
         "  --explain          an annotated timeline on stdout: virtual time, thread, loop phase,\n"
         "                     queue movements, each callback with its source line, the output in place\n"
         "  --orders           run under what real machines vary (where a millisecond boundary falls,\n"
         "                     CPU speed, which of the pool jobs finishing together is reported first,\n"
         "                     how soon the loop wakes for a completion)\n"
         "                     and print every distinct output, each with how it arises\n"
         "  --trace FILE       also write the trace as JSON (Looplab's format) to FILE\n"
         "  --chrome-trace FILE\n"
         "                     also write the trace in Chrome's Trace Event Format to FILE (opens in\n"
         "                     ui.perfetto.dev or chrome://tracing)\n"
         "\n"
         "The simulated disk and network (the script's folder is mirrored: its files, recursively,\n"
         "without hidden files; node_modules and hidden folders are there but empty; a file is read\n"
         "when the script reads it; writes stay in the simulation):\n"
         "  --file PATH        copy a real file or folder into the simulated disk (repeatable)\n"
         "  --file PATH=SIZE   a file of SIZE bytes (B, KB, MB, GB) whose bytes are filler\n"
         "  --host NAME=ADDR   an IPv4 address dns.lookup and dns.resolve4 answer for NAME (repeatable;\n"
         "                     localhost is 127.0.0.1)\n"
         "  --isolated         do not mirror the script's folder: the disk holds the script and --file\n"
         "\n"
         "Run options (the simulated machine):\n"
         "  --threadpool N     libuv thread pool size, 1 to 1024 (default: UV_THREADPOOL_SIZE, else 4)\n"
         "  --cores N          CPU cores, 1 to 1024 (default 4)\n"
         "  --node-version V   Node.js behaviour: 20 (default) or 10 (ticks and microtasks drain once\n"
         "                     per timer list and per check phase, as before Node 11)\n"
         "  --profile NAME=D   a cost of the machine profile, with its unit (ns, us, ms, s), e.g.\n"
         "                     --profile fs_op=10us; repeatable. Names:\n" +
         wrapped_knob_names() +
         "  --instruction-cost PS\n"
         "                     CPU per executed JavaScript instruction, in picoseconds (default 1000)\n"
         "  --clock-offset D   the process clock's reading at virtual time 0, e.g. 999us: where the\n"
         "                     loop's millisecond boundaries fall (default 0)\n"
         "  --bootstrap D      CPU node spends before the main script starts (default 0)\n"
         "  --pool-seed N      order of thread-pool jobs that finish at the same instant: 0 (default)\n"
         "                     reports them in the order they started, any other N a shuffle\n"
         "\n"
         "Exit status: the script's exit code for run (0 for --orders when its runs finished); 3 when\n"
         "the simulation had to stop the script; 0 for --help and --version; 1 when a file cannot be\n"
         "read or written; 2 on a usage error.\n";
}

}  // namespace looplab::cli
