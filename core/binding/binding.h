// The binding: the Node API surface that scenario scripts see (globals, `process`, and later
// `require`'s modules), defined on the engine's realm and mapped onto the runtime model through
// the JsHost of the process that runs the script.
//
// One file per part of the surface (console.cpp, timers.cpp, process.cpp, ...), each with an
// install function. Natives whose effect depends on the virtual time (writing output, arming a
// timer, queueing a tick) are host calls: the engine yields to the runtime before making them,
// so they happen at the right moment of the callback (core/js/vm/vm.h).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/js/runtime/engine.h"
#include "core/node/node_process.h"

namespace looplab::node {
class FileSystem;
}

namespace looplab::binding {

struct ScriptContext {
  std::string filename;           // absolute path of the main script (__filename)
  std::vector<std::string> argv;  // process.argv: node's path, the script, its arguments
  std::vector<std::pair<std::string, std::string>> env;  // process.env, in order
  node::Profile profile;                                 // what the APIs cost (pool work, sync calls)
  int cores = 1;                                         // the machine's CPU cores (os.cpus())
  int threadpool_size = 4;                               // libuv's pool size, as the process uses it
  node::FileSystem* files = nullptr;  // the machine's disk (fs); outlives the engine's use of it
  std::vector<std::pair<std::string, std::string>> hosts;  // dns: host name -> address, in order
};

// Installs the Node API on the engine's realm: the globals below, `require` for the main module
// (main_module_arguments), and the binding's state (binding_state.h) as the engine's extension.
void install_node_globals(js::Engine& engine, const ScriptContext& context);

// The arguments the main module's function is called with: (exports, require, module,
// __filename, __dirname), for Engine::main.
std::vector<js::Value> main_module_arguments(js::Engine& engine);

// Non-empty when the binding's JavaScript set-up failed (a bug in Looplab, reported as such).
const std::string& bootstrap_error(js::Engine& engine);

// processPromiseRejections' source for the process (ProcessOptions::next_unhandled_rejection).
std::function<node::CallbackRef()> unhandled_rejections(js::Engine& engine);

void install_console(js::Engine& engine);
void install_timers(js::Engine& engine);
void install_process(js::Engine& engine, const ScriptContext& context);

}  // namespace looplab::binding
