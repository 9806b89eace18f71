#include "core/scenario/run_script.h"

#include <memory>

#include "core/base/version.h"
#include "core/binding/binding.h"
#include "core/binding/binding_state.h"
#include "core/node/file_system.h"
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
  if (options.clock_offset) process_options.clock_offset = *options.clock_offset;
  if (options.bootstrap) process_options.bootstrap = *options.bootstrap;
  process_options.pool_tiebreak_seed = options.pool_tiebreak_seed;
  if (options.node_version == "10") process_options.behaviour = node::NodeBehaviour::kNode10Batching;

  Simulation simulation;
  Machine machine(simulation, options.cores.value_or(Machine::kDefaultCores));
  // The engine lives longer than the process: callbacks the process still holds refer to it.
  auto engine = std::make_unique<js::Engine>(options.engine);
  // The disk: the script itself, then what the scenario describes.
  node::FileSystem files;
  files.add_file(options.filename, source);
  for (const std::string& directory : options.directories) files.add_directory(directory);
  for (const ScriptRunOptions::File& file : options.files) {
    if (file.load) {
      files.add_file_loaded_on_read(file.path, file.size.value_or(0), file.load);
    } else if (file.size) {
      files.add_file_of_size(file.path, *file.size);
    } else {
      files.add_file(file.path, file.contents);
    }
  }
  binding::ScriptContext context;
  context.files = &files;
  context.hosts = options.hosts;
  context.filename = options.filename;
  context.argv = {"/usr/local/bin/node", options.filename};
  context.argv.insert(context.argv.end(), options.args.begin(), options.args.end());
  context.env = options.env;
  context.profile = options.profile;
  context.cores = options.cores.value_or(Machine::kDefaultCores);
  context.threadpool_size = process_options.threadpool_size;
  binding::install_node_globals(*engine, context);
  if (!binding::bootstrap_error(*engine).empty()) {
    result.output.push_back({0, node::Stream::kStderr, "looplab: " + binding::bootstrap_error(*engine)});
    result.exit_code = 70;  // EX_SOFTWARE: Looplab's fault, not the script's
    result.exited = true;
    result.diagnosis = binding::bootstrap_error(*engine);
    return result;
  }

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
    process_options.next_unhandled_rejection = binding::unhandled_rejections(*engine);
    node::NodeProcess process(simulation, machine, result.trace, process_options);
    process.start(engine->main(*compiled.script, binding::main_module_arguments(*engine)));
    const RunResult run = simulation.run(options.limits);
    result.output = process.output();
    // process.stdout.write text never ended by a newline is printed at exit, as a last line.
    binding::BindingState& binding_state = binding::state(*engine);
    if (!binding_state.pending_stdout.empty())
      result.output.push_back({run.end_time, node::Stream::kStdout, binding_state.pending_stdout});
    if (!binding_state.pending_stderr.empty())
      result.output.push_back({run.end_time, node::Stream::kStderr, binding_state.pending_stderr});
    result.exit_code = process.exit_code();
    result.exited = process.exited();
    result.diagnosis = run.diagnosis;
    result.end_time = run.end_time;
  }
  result.sources = engine->sources();
  return result;
}

}  // namespace looplab::scenario
