// What the binding keeps per engine (one simulated JS thread): the script's context, the module
// cache, the process object, and the promises rejected with no handler yet. It is the engine's
// extension (js::Engine::Extension), so it lives exactly as long as the engine and the values it
// holds stay rooted.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>

#include "core/binding/binding.h"
#include "core/js/runtime/heap.h"

namespace looplab::binding {

struct BindingState final : js::Engine::Extension {
  ScriptContext script;
  std::map<std::string, js::Persistent, std::less<>> modules;  // module id -> module.exports
  std::map<std::string, js::Persistent, std::less<>> natives;  // binding(name) -> natives object
  js::Persistent process;                                      // the `process` object
  js::Persistent internals;  // lib/internal/bootstrap's hooks: emitProcessEvent, reportRejection

  // Promises rejected with no handler, in the order V8's tracker reported them
  // (lib/internal/process/promises.js pendingUnhandledRejections), and whether each is still
  // unhandled (maybeUnhandledPromises). A handler added later takes a promise off.
  struct Rejection {
    js::Persistent promise;
    std::uint64_t id = 0;
  };
  std::deque<Rejection> pending_rejections;
  std::map<const js::PromiseObject*, std::uint64_t> unhandled;  // promise -> its rejection id
  std::uint64_t next_rejection = 1;
  // The origin passed with 'uncaughtException': "uncaughtException" or "unhandledRejection".
  std::string uncaught_origin = "uncaughtException";
  // The runtime's listener for each process event the script listens to (process.cpp).
  std::map<std::string, node::CallbackRef, std::less<>> event_emitters;
  // process.stdout.write / stderr.write text after the last newline.
  std::string pending_stdout, pending_stderr;
  std::map<std::int64_t, std::uint64_t> timers_by_number;  // +timeout -> its TimerId
  std::int64_t next_timer_number = 2;
  int console_indent = 0;       // console.group's indentation, in spaces
  std::string bootstrap_error;  // non-empty: lib/internal/bootstrap.js failed (a Looplab bug)
};

// The binding's state of the engine running the current native.
BindingState& state(js::Vm& vm);
BindingState& state(js::Engine& engine);

}  // namespace looplab::binding
