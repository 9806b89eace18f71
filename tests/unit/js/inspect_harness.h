// Runs JavaScript snippets whose `console.log` is util.format (core/js/inspect/format.h), for the
// inspect and format tests; and builds an Engine for tests that make values from C++.
#pragma once

#include <string>

#include "core/js/inspect/format.h"
#include "core/js/inspect/inspect.h"
#include "core/js/runtime/engine.h"
#include "core/node/node_process.h"

namespace looplab::js::testing {

inline Value inspect_test_log(Vm& vm, Value, ArgList args) {
  auto line = format_log_args(vm, args);
  if (!line) return Value::exception();
  if (vm.host() != nullptr) vm.host()->write(node::Stream::kStdout, *line);
  return Value::undefined();
}

// The lines `source` prints with console.log, each followed by "\n"; an uncaught error or a
// compile error is appended after "ERR: ". The script also sees `util` with inspect and format
// (node's snippets get it from require('util')).
inline std::string console_output(const std::string& source) {
  Engine engine;
  Vm& vm = engine.vm();
  Object* console = vm.new_object();
  console->define(vm.key("log"), Value(vm.new_native("log", 0, inspect_test_log, true)), kMethodAttrs);
  engine.realm().define_global("console", Value(console));
  Object* util = vm.new_object();
  util->define(vm.key("inspect"), make_util_inspect_function(vm), kMethodAttrs);
  util->define(vm.key("format"), Value(vm.new_native("format", 0, util_format_native)), kMethodAttrs);
  engine.realm().define_global("util", Value(util));
  CompileResult compiled = engine.compile(source, "/test/main.js");
  if (compiled.error) return "ERR: " + compiled.error->formatted;
  std::string text;
  {
    Simulation sim;
    Machine machine{sim, 4};
    Trace trace;
    node::NodeProcess process(sim, machine, trace);
    process.start(engine.main(*compiled.script));
    sim.run();
    for (const auto& line : process.output()) {
      text += (line.stream == node::Stream::kStdout ? "" : "ERR: ") + line.text + "\n";
    }
  }
  return text;
}

}  // namespace looplab::js::testing
