#include "core/scenario/run_script.h"

#include <memory>

#include "core/base/version.h"
#include "core/binding/binding.h"
#include "core/node/thread_pool.h"
#include "core/sim/machine.h"
#include "core/sim/simulation.h"

namespace looplab::scenario {

namespace {

// Splits text into lines as console output records them (a trailing newline ends the last).
void add_lines(std::vector<node::OutputLine>& output, node::Stream stream, const std::string& text) {
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      if (start < text.size()) output.push_back({0, stream, text.substr(start)});
      break;
    }
    output.push_back({0, stream, text.substr(start, end - start)});
    start = end + 1;
  }
}

}  // namespace

ScriptRunResult run_script(std::string source, const ScriptRunOptions& options) {
  ScriptRunResult result;
  result.trace.set_enabled(options.record_trace);

  node::ProcessOptions process_options;
  process_options.profile = options.profile;
  // As node does at startup: UV_THREADPOOL_SIZE from the environment, unless a knob overrides it.
  process_options.threadpool_size = node::ThreadPool::kDefaultSize;
  for (const auto& [name, value] : options.env) {
    if (name == "UV_THREADPOOL_SIZE")
      process_options.threadpool_size = node::ThreadPool::size_from_env(value.c_str());
  }
  if (options.threadpool_size) process_options.threadpool_size = *options.threadpool_size;

  Simulation simulation;
  Machine machine(simulation, options.cores.value_or(Machine::kDefaultCores));
  // The engine lives longer than the process: callbacks the process still holds refer to it.
  auto engine = std::make_unique<js::Engine>(options.engine);
  binding::ScriptContext context;
  context.filename = options.filename;
  context.argv = {"/usr/local/bin/node", options.filename};
  context.argv.insert(context.argv.end(), options.args.begin(), options.args.end());
  context.env = options.env;
  binding::install_node_globals(*engine, context);

  js::CompileResult compiled = engine->compile(std::move(source), options.filename);
  if (compiled.error) {
    // node prints the excerpt and the error, then its version, and exits with 1.
    add_lines(result.output, node::Stream::kStderr, compiled.error->formatted);
    result.output.push_back({0, node::Stream::kStderr, ""});
    result.output.push_back({0, node::Stream::kStderr, "Node.js v" + simulated_node_release()});
    result.exit_code = 1;
    result.exited = true;
    result.syntax_error = std::move(compiled.error);
    return result;
  }

  {
    node::NodeProcess process(simulation, machine, result.trace, process_options);
    process.start(engine->main(*compiled.script));
    const RunResult run = simulation.run(options.limits);
    result.output = process.output();
    result.exit_code = process.exit_code();
    result.exited = process.exited();
    result.diagnosis = run.diagnosis;
    result.end_time = run.end_time;
  }
  return result;
}

}  // namespace looplab::scenario
