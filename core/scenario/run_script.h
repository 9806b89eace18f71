// Runs one scenario script from start to end: a simulated machine with one Node process whose
// JS thread runs the script on the engine, with the Node API bound. Front-ends (the CLI, the
// playground) call this and read the result; nothing here does I/O.
#pragma once

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
};

ScriptRunResult run_script(std::string source, const ScriptRunOptions& options = {});

}  // namespace looplab::scenario
