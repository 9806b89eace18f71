// The module loader of the library: lib/ID.js is compiled the first time it is required, as the
// body of `function (exports, require, module, binding)`, run once, and its module.exports cached.
// `require` here is the library's own (it reaches internal/ modules); scripts get theirs from
// lib/internal/bootstrap.js. `binding(name)` hands out the C++ natives of natives/registry.cpp.
#include "core/binding/modules.h"

#include <algorithm>

#include "core/binding/binding_state.h"
#include "core/binding/lib_sources.h"
#include "core/binding/natives/natives.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

std::optional<std::string_view> find_source(std::string_view id) {
  for (const LibSource& source : lib_sources()) {
    if (source.id == id) return source.source;
  }
  return std::nullopt;
}

Value lib_require(Vm& vm, Value, ArgList args) {
  if (!args[0].is_string()) return vm.throw_type_error("require: the module id must be a string");
  return load_library_module(vm, args[0].as_string()->to_utf8());
}

Value lib_binding(Vm& vm, Value, ArgList args) {
  if (!args[0].is_string()) return vm.throw_type_error("binding: the name must be a string");
  const std::string name = args[0].as_string()->to_utf8();
  BindingState& s = state(vm);
  if (auto cached = s.natives.find(name); cached != s.natives.end()) return cached->second.get();
  for (const NativeModule& module : native_modules()) {
    if (module.name != name) continue;
    js::Object* natives = module.make(vm.engine());
    s.natives.emplace(name, js::Persistent(vm.heap(), Value(natives)));
    return Value(natives);
  }
  return vm.throw_error(js::ErrorType::kError, "no natives named '" + name + "'");
}

}  // namespace

bool is_library_module(std::string_view id) {
  return find_source(id).has_value();
}

std::vector<std::string> public_library_modules() {
  std::vector<std::string> ids;
  for (const LibSource& source : lib_sources()) {
    if (!source.id.starts_with("internal/")) ids.emplace_back(source.id);
  }
  return ids;
}

namespace {

// The body becomes a function on the wrapper's first line, so line numbers in stacks are the
// file's own.
std::string wrapped_source(std::string_view body) {
  std::string wrapped = "return function (exports, require, module, binding) {";
  wrapped += body;
  wrapped += "\n};";
  return wrapped;
}

}  // namespace

bool precompile_library_module(js::Engine& engine, std::string_view id) {
  const std::optional<std::string_view> source = find_source(id);
  if (!source) return false;
  return !engine.compile(wrapped_source(*source), "node:" + std::string(id)).error.has_value();
}

std::vector<std::string> all_library_modules() {
  std::vector<std::string> ids;
  for (const LibSource& source : lib_sources()) ids.emplace_back(source.id);
  return ids;
}

Value load_library_module(Vm& vm, std::string id) {
  if (id.starts_with("node:")) id.erase(0, 5);
  BindingState& s = state(vm);
  if (auto cached = s.modules.find(id); cached != s.modules.end()) {
    // module.exports as it is now (a module may replace it while it loads: cycles see the first).
    return vm.get(cached->second.get(), "exports");
  }
  const std::optional<std::string_view> source = find_source(id);
  if (!source) return vm.throw_error(js::ErrorType::kError, "no library module named '" + id + "'");

  js::Engine& engine = vm.engine();
  js::CompileResult compiled = engine.compile(wrapped_source(*source), "node:" + id);
  if (compiled.error) {
    return vm.throw_syntax_error("library module " + id + ": " + compiled.error->formatted);
  }
  const Value factory = vm.call(compiled.script->function.get(), Value::undefined(), ArgList());
  if (factory.is_exception()) return factory;

  js::Object* module = vm.new_object();
  js::Object* exports = vm.new_object();
  module->define(vm.key("exports"), Value(exports), js::kDefaultAttrs);
  module->define(vm.key("id"), Value(vm.string(id)), js::kDefaultAttrs);
  s.modules.emplace(id, js::Persistent(vm.heap(), Value(module)));

  js::Object* require = vm.new_native("require", 1, lib_require);
  js::Object* binding = vm.new_native("binding", 1, lib_binding);
  const Value result =
      vm.call(factory, Value(exports), {Value(exports), Value(require), Value(module), Value(binding)});
  if (result.is_exception()) {
    s.modules.erase(id);
    return result;
  }
  return vm.get(Value(module), "exports");
}

}  // namespace looplab::binding
