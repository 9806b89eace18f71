// Runs JavaScript snippets through the engine inside a real NodeProcess, for the engine's tests.
//
// The script sees `print(...args)`: a host call that writes its arguments, each converted with
// ToString, joined by spaces, as one stdout line (node: console.log(args.map(String).join(' '))).
// Promise jobs go through the runtime's microtask queue, so orderings are the runtime's.
#pragma once

#include <string>
#include <vector>

#include "core/js/runtime/conversions.h"
#include "core/js/runtime/engine.h"
#include "core/node/node_process.h"

namespace looplab::js::testing {

inline Value print_native(Vm& vm, Value, ArgList args) {
  std::string line;
  for (std::size_t i = 0; i < args.size(); ++i) {
    String* s =
        args[i].is_symbol() ? vm.string(args[i].as_symbol()->descriptive_string()) : to_string(vm, args[i]);
    if (s == nullptr) return Value::exception();
    if (i > 0) line += " ";
    line += s->to_utf8();
  }
  if (vm.host() != nullptr) vm.host()->write(node::Stream::kStdout, line);
  return Value::undefined();
}

// Test-only stand-ins for the Node bindings the lead writes: setTimeout(fn, ms, ...args),
// setImmediate(fn), queueMicrotask(fn) and nextTick(fn) (process.nextTick).
inline Value schedule_native(Vm& vm, ArgList args, int which) {
  if (!Vm::is_callable(args[0])) return vm.throw_type_error("callback is not a function");
  std::vector<Value> extra;
  for (std::size_t i = 2; i < args.size(); ++i) extra.push_back(args[i]);
  node::CallbackRef cb =
      vm.engine().make_callable(args[0], Value::undefined(), which == 0 ? extra : std::vector<Value>{}, "");
  node::JsHost* host = vm.host();
  if (host == nullptr) return Value::undefined();
  switch (which) {
    case 0: {
      auto d = to_number(vm, args[1]);
      host->set_timer(cb, d ? *d : 0, false);
      break;
    }
    case 1:
      host->set_immediate(cb);
      break;
    case 2:
      host->queue_microtask(cb);
      break;
    default:
      host->next_tick(cb);
      break;
  }
  return Value::undefined();
}
inline Value set_timeout_native(Vm& vm, Value, ArgList args) {
  return schedule_native(vm, args, 0);
}
inline Value set_immediate_native(Vm& vm, Value, ArgList args) {
  return schedule_native(vm, args, 1);
}
inline Value queue_microtask_native(Vm& vm, Value, ArgList args) {
  return schedule_native(vm, args, 2);
}
inline Value next_tick_native(Vm& vm, Value, ArgList args) {
  return schedule_native(vm, args, 3);
}

struct JsResult {
  std::vector<std::string> out;  // stdout lines
  std::vector<std::string> err;  // stderr lines
  std::string compile_error;     // formatted, when the script did not compile
  std::string text() const {
    std::string t;
    for (const auto& l : out) t += l + "\n";
    return t;
  }
};

inline void install_test_globals(Engine& engine) {
  Vm& vm = engine.vm();
  engine.realm().define_global("print", Value(vm.new_native("print", 0, print_native, true)));
  engine.realm().define_global("setTimeout", Value(vm.new_native("setTimeout", 2, set_timeout_native, true)));
  engine.realm().define_global("setImmediate",
                               Value(vm.new_native("setImmediate", 1, set_immediate_native, true)));
  engine.realm().define_global("queueMicrotask",
                               Value(vm.new_native("queueMicrotask", 1, queue_microtask_native, true)));
  engine.realm().define_global("nextTick", Value(vm.new_native("nextTick", 1, next_tick_native, true)));
}

inline JsResult run_js(const std::string& source, EngineOptions options = {}) {
  JsResult result;
  Engine engine(options);
  install_test_globals(engine);
  CompileResult compiled = engine.compile(source, "/test/main.js");
  if (compiled.error) {
    result.compile_error = compiled.error->formatted;
    return result;
  }
  {
    Simulation sim;
    Machine machine{sim, 4};
    Trace trace;
    node::NodeProcess process(sim, machine, trace);
    process.start(engine.main(*compiled.script));
    sim.run();
    for (const auto& line : process.output()) {
      (line.stream == node::Stream::kStdout ? result.out : result.err).push_back(line.text);
    }
  }
  return result;
}

// stdout as one string ("a\nb\n"), or the compile error / stderr when there is one.
inline std::string run(const std::string& source) {
  JsResult r = run_js(source);
  if (!r.compile_error.empty()) return "COMPILE: " + r.compile_error;
  std::string t = r.text();
  for (const auto& l : r.err) t += "ERR: " + l + "\n";
  return t;
}

}  // namespace looplab::js::testing
