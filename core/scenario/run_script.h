// Runs one scenario script from start to end: a simulated machine with one Node process whose
// JS thread runs the script on the engine, with the Node API bound. Front-ends (the CLI, the
// playground) call this and read the result; nothing here does I/O.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/js/runtime/engine.h"
#include "core/node/node_process.h"
#include "core/trace/trace.h"

namespace looplab::scenario {

struct ScriptRunOptions {
  std::string filename = "/app/main.js";                 // absolute path the script believes it has
  std::vector<std::string> args;                         // process.argv.slice(2)
  std::vector<std::pair<std::string, std::string>> env;  // process.env (UV_THREADPOOL_SIZE is read)
  std::optional<int> threadpool_size;                    // wins over UV_THREADPOOL_SIZE
  std::optional<int> cores;  // the machine's CPU cores (default Machine::kDefaultCores)
  node::Profile profile;
  js::EngineOptions engine;
  // The machine's disk besides the script itself (which is at `filename`): files with contents,
  // files known only by size, and directories.
  struct File {
    std::string path;
    std::string contents;
    std::optional<std::int64_t> size;  // set: a file of this many bytes, contents not stored
    // Set: the contents come from here when the script first reads or writes the file (`size` is
    // its size until then); a front-end mirroring a real folder reads only what is used.
    std::function<std::string()> load;
  };
  std::vector<File> files;
  std::vector<std::string> directories;
  std::vector<std::pair<std::string, std::string>> hosts;  // dns: host name -> IPv4 address
  // What real machines vary, for exploring possible orders (core/scenario/orders.h):
  std::optional<Nanos> clock_offset;     // hrtime at virtual time 0 (ProcessOptions::clock_offset)
  std::optional<Nanos> bootstrap;        // CPU spent before the main script starts (default 0)
  std::uint64_t pool_tiebreak_seed = 0;  // 0: FIFO; else pool jobs finishing at one instant, seeded
  std::string node_version = "20";       // "20", or "10" for Node <= 10 microtask batching
  // A scenario is a lesson-sized script: 10 million events (seconds of real time) is a runaway,
  // such as an endless chain of ticks or microtasks that starves the loop.
  RunLimits limits{10'000'000, 3600 * kNanosPerSecond};
  bool record_trace = true;
};

struct ScriptRunResult {
  std::vector<node::OutputLine> output;  // stdout and stderr lines in the order written
  int exit_code = 0;
  bool exited = false;    // the process ended (false: stopped by a guard, or still waiting)
  std::string diagnosis;  // why the simulation stopped early, if it did
  std::optional<js::CompileError> syntax_error;
  Trace trace;
  Nanos end_time = 0;
  // The code ranges trace events name in their source slot (TraceEvent::source - 1 indexes it):
  // the file, byte offsets [start, end), line and column of a callback's function.
  std::vector<js::Engine::SourceInfo> sources;
};

// An engine bootstrapped (realm, Node API, library modules) for one set of options, waiting for
// its script. Building it is most of a short run's cost and does not depend on the script, so the
// playground prepares the next run's engine while the learner is still typing.
class PreparedRun {
 public:
  explicit PreparedRun(const ScriptRunOptions& options);
  ~PreparedRun();
  PreparedRun(const PreparedRun&) = delete;
  PreparedRun& operator=(const PreparedRun&) = delete;

  // Whether a run with `options` may use it: everything the bootstrap saw agrees (the script's
  // text is not part of it). Options with files loaded on read never match (their loaders cannot
  // be compared).
  bool matches(const ScriptRunOptions& options) const;

 private:
  friend ScriptRunResult run_script(std::string, const ScriptRunOptions&, std::unique_ptr<PreparedRun>,
                                    std::unique_ptr<PreparedRun>*);
  struct State;
  std::unique_ptr<State> m_state;
};

// `prepared`: an engine made for these options (used only when it matches them; otherwise, and
// when null, one is made here). The result is the same either way. `spent`, when given, receives
// the engine the run used instead of destroying it here: freeing a big heap takes a while, and the
// playground does it in a frame with time to spare.
ScriptRunResult run_script(std::string source, const ScriptRunOptions& options = {},
                           std::unique_ptr<PreparedRun> prepared = nullptr,
                           std::unique_ptr<PreparedRun>* spent = nullptr);

}  // namespace looplab::scenario
