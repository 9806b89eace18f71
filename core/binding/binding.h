// The binding: the Node API surface that scenario scripts see (globals, `process`, and later
// `require`'s modules), defined on the engine's realm and mapped onto the runtime model through
// the JsHost of the process that runs the script.
//
// One file per part of the surface (console.cpp, timers.cpp, process.cpp, ...), each with an
// install function. Natives whose effect depends on the virtual time (writing output, arming a
// timer, queueing a tick) are host calls: the engine yields to the runtime before making them,
// so they happen at the right moment of the callback (core/js/vm/vm.h).
#pragma once

#include <string>
#include <vector>

#include "core/js/runtime/engine.h"

namespace looplab::binding {

struct ScriptContext {
  std::string filename;           // absolute path of the main script (__filename)
  std::vector<std::string> argv;  // process.argv: node's path, the script, its arguments
  std::vector<std::pair<std::string, std::string>> env;  // process.env, in order
};

// Installs everything below on the engine's realm.
void install_node_globals(js::Engine& engine, const ScriptContext& context);

void install_console(js::Engine& engine);
void install_timers(js::Engine& engine);
void install_process(js::Engine& engine, const ScriptContext& context);

}  // namespace looplab::binding
