// `process`: the object and the natives behind lib/internal/bootstrap.js, which makes it an
// EventEmitter and adds exit, exitCode, hrtime, memoryUsage, ... on top. Here: what must be C++ —
// nextTick (a host call queueing on the runtime), the facts of the run (argv, env, versions), and
// the runtime's side of exit, events, clocks and figures.
#include <cmath>

#include "core/base/version.h"
#include "core/binding/binding.h"
#include "core/binding/errors.h"
#include "core/binding/modules.h"
#include "core/binding/natives/native_helpers.h"
#include "core/binding/natives/natives.h"
#include "core/js/runtime/conversions.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

Value next_tick(Vm& vm, Value, ArgList args) {
  const Value callback = args[0];
  if (!Vm::is_callable(callback)) return throw_invalid_arg_type(vm, "callback", "function", callback);
  std::vector<Value> rest(args.begin() + std::min<std::size_t>(1, args.size()), args.end());
  vm.host()->next_tick(vm.engine().make_callable(callback, Value::undefined(), std::move(rest),
                                                 "tick " + js::describe_function(callback)));
  return Value::undefined();
}

int to_exit_code(Value value) {
  if (!value.is_number() || !std::isfinite(value.as_number())) return 0;
  return static_cast<int>(static_cast<std::int64_t>(value.as_number()) & 0xff);
}

// process.reallyExit(code): the callback stops here; the runtime ends the process.
Value really_exit(Vm& vm, Value, ArgList args) {
  vm.engine().request_exit(to_exit_code(args[0]));
  return vm.throw_value(Value::undefined());
}

Value begin_exit(Vm& vm, Value, ArgList) {
  vm.host()->begin_exit();
  return Value::undefined();
}

Value set_exit_code(Vm& vm, Value, ArgList args) {
  vm.host()->set_exit_code(to_exit_code(args[0]));
  return Value::undefined();
}

Value current_exit_code(Vm& vm, Value, ArgList) {
  return Value(static_cast<double>(vm.host()->current_exit_code()));
}

// The process's clocks, in nanoseconds as numbers (exact below 2^53 ns, about 104 days).
// Clock reads do not yield (see Engine::pending_cost_ns), so busy-wait loops stay fast.
Nanos clock_now(Vm& vm) {
  return vm.host()->hrtime() + vm.engine().pending_cost_ns();
}

Value hrtime_ns(Vm& vm, Value, ArgList) {
  return Value(static_cast<double>(clock_now(vm)));
}

Value uptime_ns(Vm& vm, Value, ArgList) {
  return Value(static_cast<double>(clock_now(vm) - vm.host()->started_at()));
}

Value cpu_time_ns(Vm& vm, Value, ArgList) {
  return Value(static_cast<double>(vm.host()->cpu_time()));
}

// [idle ns, active ns] of the loop so far (performance.eventLoopUtilization()).
Value loop_times(Vm& vm, Value, ArgList) {
  node::JsHost& host = *vm.host();
  const Nanos started = host.loop_started_at();
  const Nanos idle = host.idle_time();
  const Nanos active = started < 0 ? 0 : std::max<Nanos>(0, host.hrtime() - started - idle);
  return Value(
      vm.new_array({Value(static_cast<double>(started < 0 ? 0 : idle)), Value(static_cast<double>(active))}));
}

// The engine's heap accounting, as process.memoryUsage() reports it: heapUsed is what is live;
// heapTotal the space V8 would hold for it; rss adds a node process's fixed ~40 MB.
Value memory_usage(Vm& vm, Value, ArgList) {
  const js::HeapStats& stats = vm.heap().stats();
  const double used = static_cast<double>(stats.total_live_bytes) + 3.5 * 1024 * 1024;
  const double total = std::ceil((used * 1.25) / (256 * 1024)) * 256 * 1024;
  const double rss = total + 40.0 * 1024 * 1024;
  return Value(
      vm.new_array({Value(rss), Value(total), Value(used), Value(1.2 * 1024 * 1024), Value(17.0 * 1024)}));
}

// setEventWanted(name, wanted, emit): the runtime calls `emit` when it emits 'exit',
// 'beforeExit' or 'uncaughtException' — registered while the process has listeners for it, so
// that "no listener" keeps its meaning (no beforeExit phase, an uncaught error is fatal).
Value set_event_wanted(Vm& vm, Value, ArgList args) {
  if (!args[0].is_string()) return Value::undefined();
  const std::string name = args[0].as_string()->to_utf8();
  const bool wanted = js::to_boolean(args[1]);
  BindingState& s = state(vm);
  auto found = s.event_emitters.find(name);
  if (!wanted) {
    if (found != s.event_emitters.end()) {
      vm.host()->remove_process_listener(found->second);
      s.event_emitters.erase(found);
    }
    return Value::undefined();
  }
  if (found != s.event_emitters.end() || !Vm::is_callable(args[2])) return Value::undefined();
  node::CallbackRef emitter =
      vm.engine().make_callable(args[2], Value::undefined(), {}, "process.emit('" + name + "')");
  if (name == "exit") {
    vm.host()->add_exit_listener(emitter);
  } else if (name == "beforeExit") {
    vm.host()->add_before_exit_listener(emitter);
  } else if (name == "uncaughtException") {
    vm.host()->add_uncaught_exception_listener(emitter);
  } else {
    return Value::undefined();
  }
  s.event_emitters.emplace(name, std::move(emitter));
  return Value::undefined();
}

Value last_uncaught(Vm& vm, Value, ArgList) {
  return vm.engine().last_uncaught();
}

Value uncaught_origin(Vm& vm, Value, ArgList) {
  return Value(vm.string(state(vm).uncaught_origin));
}

Value set_uncaught_origin(Vm& vm, Value, ArgList args) {
  state(vm).uncaught_origin = args[0].is_string() ? args[0].as_string()->to_utf8() : "uncaughtException";
  return Value::undefined();
}

// Partial lines of process.stdout.write / process.stderr.write wait here for their newline.
Value write_stream(Vm& vm, Value, ArgList args) {
  const bool to_stderr = js::to_boolean(args[0]);
  if (!args[1].is_string()) return Value::undefined();
  std::string& pending = to_stderr ? state(vm).pending_stderr : state(vm).pending_stdout;
  pending += args[1].as_string()->to_utf8();
  std::size_t start = 0;
  for (std::size_t end; (end = pending.find('\n', start)) != std::string::npos; start = end + 1) {
    vm.host()->write(to_stderr ? node::Stream::kStderr : node::Stream::kStdout,
                     std::string_view(pending).substr(start, end - start));
  }
  pending.erase(0, start);
  return Value::undefined();
}

Value monitor_delay(Vm& vm, Value, ArgList args) {
  if (js::to_boolean(args[0])) {
    const double resolution = args[1].is_number() ? args[1].as_number() : 10;
    vm.host()->monitor_event_loop_delay(static_cast<std::int64_t>(std::max(1.0, resolution)));
  } else {
    vm.host()->stop_monitoring_event_loop_delay();
  }
  return Value::undefined();
}

// [count, min, max, mean, p50, p99] in nanoseconds.
Value delay_figures(Vm& vm, Value, ArgList) {
  const node::EventLoopDelay d = vm.host()->current_event_loop_delay();
  std::vector<Value> items;
  for (const double value :
       {static_cast<double>(d.count), static_cast<double>(d.min), static_cast<double>(d.max),
        static_cast<double>(d.mean), static_cast<double>(d.p50), static_cast<double>(d.p99)}) {
    items.emplace_back(value);
  }
  return Value(vm.new_array(items));
}

Value public_modules(Vm& vm, Value, ArgList) {
  std::vector<Value> ids;
  for (const std::string& id : public_library_modules()) ids.emplace_back(vm.string(id));
  return Value(vm.new_array(ids));
}

// throwFromOrigin(reason): throws an unhandled rejection's reason as node reports it: an Error's
// header points where it was made (V8 keeps that location with the error), not at this rethrow.
Value throw_from_origin(Vm& vm, Value, ArgList args) {
  const Value reason = args[0];
  if (reason.is_object() && reason.as_object()->object_class() == js::ObjectClass::kError) {
    const auto& origin = static_cast<js::ErrorObject*>(reason.as_object())->origin();
    if (origin.source) return vm.throw_value_at(reason, Vm::site_of(origin));
  }
  return vm.throw_value(reason);
}

Value load_module(Vm& vm, Value, ArgList args) {
  if (!args[0].is_string()) return vm.throw_type_error("loadModule: the id must be a string");
  return load_library_module(vm, args[0].as_string()->to_utf8());
}

}  // namespace

js::Object* make_process_natives(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  struct Native {
    std::string_view name;
    js::NativeFn fn;
    int length;
  };
  // Host calls: each reads or changes the runtime at its moment of the callback.
  for (const Native& native :
       {Native{"reallyExit", really_exit, 1}, Native{"beginExit", begin_exit, 0},
        Native{"setExitCode", set_exit_code, 1}, Native{"currentExitCode", current_exit_code, 0},
        Native{"cpuTimeNs", cpu_time_ns, 0}, Native{"loopTimes", loop_times, 0},
        Native{"setEventWanted", set_event_wanted, 3}, Native{"writeStream", write_stream, 2},
        Native{"monitorDelay", monitor_delay, 2}, Native{"delayFigures", delay_figures, 0}}) {
    natives->define(vm.key(native.name), Value(vm.new_native(native.name, native.length, native.fn, true)),
                    js::kDefaultAttrs);
  }
  vm.define_method(natives, "memoryUsage", memory_usage, 0);
  vm.define_method(natives, "hrtimeNs", hrtime_ns, 0);
  vm.define_method(natives, "uptimeNs", uptime_ns, 0);
  vm.define_method(natives, "lastUncaught", last_uncaught, 0);
  vm.define_method(natives, "uncaughtOrigin", uncaught_origin, 0);
  vm.define_method(natives, "setUncaughtOrigin", set_uncaught_origin, 1);
  vm.define_method(natives, "publicModules", public_modules, 0);
  vm.define_method(natives, "loadModule", load_module, 1);
  vm.define_method(natives, "throwFromOrigin", throw_from_origin, 1);
  return natives;
}

void install_process(js::Engine& engine, const ScriptContext& context) {
  Vm& vm = engine.vm();
  js::Object* process = vm.new_object();
  // A host call: the tick is queued at its moment of the callback.
  process->define(vm.key("nextTick"), Value(vm.new_native("nextTick", 1, next_tick, true)),
                  js::kDefaultAttrs);

  std::vector<Value> argv;
  for (const std::string& arg : context.argv) argv.emplace_back(vm.string(arg));
  process->define(vm.key("argv"), Value(vm.new_array(argv)), js::kDefaultAttrs);

  js::Object* env = vm.new_object();
  env->set_string_values();  // process.env.X = 42 stores '42'
  for (const auto& [name, value] : context.env)
    env->define(vm.key(name), Value(vm.string(value)), js::kDefaultAttrs);
  process->define(vm.key("env"), Value(env), js::kDefaultAttrs);

  process->define(vm.key("platform"), Value(vm.string("linux")), js::kDefaultAttrs);
  std::string version = "v";
  version += simulated_node_release();
  process->define(vm.key("version"), Value(vm.string(version)), js::kDefaultAttrs);
  js::Object* versions = vm.new_object();
  versions->define(vm.key("node"), Value(vm.string(version.substr(1))), js::kDefaultAttrs);
  versions->define(vm.key("uv"), Value(vm.string("1.46.0")), js::kDefaultAttrs);
  versions->define(vm.key("v8"), Value(vm.string("11.3.244.8-node.33")), js::kDefaultAttrs);
  process->define(vm.key("versions"), Value(versions), js::kDefaultAttrs);

  engine.realm().define_global("process", Value(process));
}

}  // namespace looplab::binding
