// `process`: the part of it scenarios of the engine issue need — nextTick, argv, env, platform,
// version. The rest (exit, exitCode, events, hrtime, memoryUsage, ...) arrives with the Node API
// issue and goes here.
#include "core/base/version.h"
#include "core/binding/binding.h"
#include "core/binding/errors.h"

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

}  // namespace

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
  for (const auto& [name, value] : context.env)
    env->define(vm.key(name), Value(vm.string(value)), js::kDefaultAttrs);
  process->define(vm.key("env"), Value(env), js::kDefaultAttrs);

  process->define(vm.key("platform"), Value(vm.string("linux")), js::kDefaultAttrs);
  std::string version = "v";
  version += simulated_node_release();
  process->define(vm.key("version"), Value(vm.string(version)), js::kDefaultAttrs);
  js::Object* versions = vm.new_object();
  versions->define(vm.key("node"), Value(vm.string(version.substr(1))), js::kDefaultAttrs);
  process->define(vm.key("versions"), Value(versions), js::kDefaultAttrs);

  engine.realm().define_global("process", Value(process));
}

}  // namespace looplab::binding
