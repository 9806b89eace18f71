// Runs a script on a simulated machine whose disk a test describes: the set-up of
// scenario::run_script, with the node::FileSystem and the machine's cores in the test's hands.
#pragma once

#include <memory>
#include <string>

#include "core/binding/binding.h"
#include "core/node/file_system.h"
#include "core/node/node_process.h"
#include "core/sim/machine.h"
#include "core/sim/simulation.h"
#include "doctest/doctest.h"

namespace looplab::testing {

constexpr const char* kScript = "/app/main.js";

struct Run {
  std::string out;
  Nanos end = 0;
};

// Runs `source` as /app/main.js on a machine whose disk is `disk` (the script is added to it).
inline Run run_with_disk(node::FileSystem& disk, const std::string& source, int threadpool_size = 4,
                         int cores = 4) {
  disk.add_file(kScript, source);
  Simulation simulation;
  Machine machine(simulation, cores);
  Trace trace;
  auto engine = std::make_unique<js::Engine>();
  binding::ScriptContext context;
  context.filename = kScript;
  context.argv = {"/usr/local/bin/node", kScript};
  context.cores = cores;
  context.threadpool_size = threadpool_size;
  context.files = &disk;
  binding::install_node_globals(*engine, context);
  REQUIRE(binding::bootstrap_error(*engine).empty());
  js::CompileResult compiled = engine->compile(source, kScript);
  REQUIRE_FALSE(compiled.error);
  Run result;
  {
    node::ProcessOptions options;
    options.threadpool_size = threadpool_size;
    options.next_unhandled_rejection = binding::unhandled_rejections(*engine);
    node::NodeProcess process(simulation, machine, trace, options);
    process.start(engine->main(*compiled.script, binding::main_module_arguments(*engine)));
    result.end = simulation.run().end_time;
    for (const auto& line : process.output()) result.out += line.text + "\n";
  }
  return result;
}

}  // namespace looplab::testing
