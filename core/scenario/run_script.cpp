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

int threadpool_size_of(const ScriptRunOptions& options) {
  // As node does at startup: UV_THREADPOOL_SIZE from the environment, unless a knob overrides it.
  int size = node::ThreadPool::kDefaultSize;
  for (const auto& [name, value] : options.env) {
    if (name == "UV_THREADPOOL_SIZE") size = node::ThreadPool::size_from_env(value.c_str());
  }
  if (options.threadpool_size) size = *options.threadpool_size;
  return size;
}

bool same_files(const std::vector<ScriptRunOptions::File>& a, const std::vector<ScriptRunOptions::File>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].load || b[i].load) return false;
    if (a[i].path != b[i].path || a[i].contents != b[i].contents || a[i].size != b[i].size) return false;
  }
  return true;
}

}  // namespace

// What the bootstrap saw, and what it made.
struct PreparedRun::State {
  ScriptRunOptions options;  // the fields matches() compares (files without loaders)
  // The engine lives longer than the process: callbacks the process still holds refer to it.
  std::unique_ptr<js::Engine> engine;
  std::unique_ptr<node::FileSystem> files;
  binding::ScriptContext context;
  std::uint64_t script_ino = 0;  // the script's placeholder file, filled when the run starts
};

PreparedRun::PreparedRun(const ScriptRunOptions& options) : m_state(std::make_unique<State>()) {
  State& s = *m_state;
  s.options.filename = options.filename;
  s.options.args = options.args;
  s.options.env = options.env;
  s.options.threadpool_size = options.threadpool_size;
  s.options.cores = options.cores;
  s.options.profile = options.profile;
  s.options.engine = options.engine;
  s.options.files = options.files;
  s.options.directories = options.directories;
  s.options.hosts = options.hosts;
  s.engine = std::make_unique<js::Engine>(options.engine);
  // The disk: the script first (its text comes with the run; the file's place in the tree, and so
  // its inode number, is the same as if it had been there from the start), then the scenario's.
  s.files = std::make_unique<node::FileSystem>();
  s.files->add_file(options.filename, "");
  if (const auto st = s.files->stat(options.filename); st.ok()) s.script_ino = st.value.ino;
  for (const std::string& directory : options.directories) s.files->add_directory(directory);
  for (const ScriptRunOptions::File& file : options.files) {
    if (file.load) {
      s.files->add_file_loaded_on_read(file.path, file.size.value_or(0), file.load);
    } else if (file.size) {
      s.files->add_file_of_size(file.path, *file.size);
    } else {
      s.files->add_file(file.path, file.contents);
    }
  }
  binding::ScriptContext& context = s.context;
  context.files = s.files.get();
  context.hosts = options.hosts;
  context.filename = options.filename;
  context.argv = {"/usr/local/bin/node", options.filename};
  context.argv.insert(context.argv.end(), options.args.begin(), options.args.end());
  context.env = options.env;
  context.profile = options.profile;
  context.cores = options.cores.value_or(Machine::kDefaultCores);
  context.threadpool_size = threadpool_size_of(options);
  binding::install_node_globals(*s.engine, context);
}

PreparedRun::~PreparedRun() = default;

bool PreparedRun::matches(const ScriptRunOptions& options) const {
  const ScriptRunOptions& o = m_state->options;
  return o.filename == options.filename && o.args == options.args && o.env == options.env &&
         o.threadpool_size == options.threadpool_size && o.cores == options.cores &&
         o.profile == options.profile && o.engine == options.engine && same_files(o.files, options.files) &&
         o.directories == options.directories && o.hosts == options.hosts;
}

ScriptRunResult run_script(std::string source, const ScriptRunOptions& options,
                           std::unique_ptr<PreparedRun> prepared, std::unique_ptr<PreparedRun>* spent) {
  ScriptRunResult result;
  result.trace.set_enabled(options.record_trace);

  node::ProcessOptions process_options;
  process_options.profile = options.profile;
  process_options.threadpool_size = threadpool_size_of(options);
  if (options.clock_offset) process_options.clock_offset = *options.clock_offset;
  if (options.bootstrap) process_options.bootstrap = *options.bootstrap;
  process_options.pool_tiebreak_seed = options.pool_tiebreak_seed;
  if (options.node_version == "10") process_options.behaviour = node::NodeBehaviour::kNode10Batching;

  Simulation simulation;
  Machine machine(simulation, options.cores.value_or(Machine::kDefaultCores));
  if (!prepared || !prepared->matches(options)) prepared = std::make_unique<PreparedRun>(options);
  PreparedRun::State& ready = *prepared->m_state;
  js::Engine* engine = ready.engine.get();
  if (const auto st = ready.files->stat(options.filename); st.ok() && st.value.ino == ready.script_ino) {
    ready.files->set_file_contents(options.filename, source);
  }
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
  if (spent != nullptr) *spent = std::move(prepared);
  return result;
}

}  // namespace looplab::scenario
