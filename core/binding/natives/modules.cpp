// The natives of the script's own modules (require('./lib.js') in lib/internal/bootstrap.js): what
// the resolver asks the virtual disk, and compiling a module's source as node's CommonJS wrapper
// does (a function of exports, require, module, __filename, __dirname; line and column numbers are
// the file's own). Library modules (lib/*.js) load through modules.cpp instead.
#include "core/binding/natives/native_helpers.h"
#include "core/binding/natives/natives.h"
#include "core/node/file_system.h"
#include "core/node/pool_requests.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

std::string text_of(Value value) {
  return value.is_string() ? value.as_string()->to_utf8() : std::string();
}

// kind(path): 'file', 'directory', or undefined when nothing is there (or there is no disk).
Value kind(Vm& vm, Value, ArgList args) {
  const node::FileSystem* files = state(vm).script.files;
  charge(vm, state(vm).script.profile.pool.fs_op);  // a stat(2), as node's loader makes
  if (files == nullptr) return Value::undefined();
  const auto stat = files->stat(text_of(args[0]));
  if (!stat.ok()) return Value::undefined();
  return Value(vm.string(stat.value.kind == node::FsKind::kDirectory ? "directory" : "file"));
}

// readSource(path): the file's text, as fs.readFileSync(path, 'utf8') would give it.
Value read_source(Vm& vm, Value, ArgList args) {
  const node::FileSystem* files = state(vm).script.files;
  const std::string path = text_of(args[0]);
  const auto read =
      files != nullptr ? files->read_file(path) : node::FsResult<std::string>{node::FsErrc::kENOENT};
  if (!read.ok()) {
    return vm.throw_error(js::ErrorType::kError, std::string(node::fs_error_code(read.error)) + ": " +
                                                     std::string(node::fs_error_description(read.error)) +
                                                     ", open '" + path + "'");
  }
  return Value(vm.string(read.value));
}

// compile(path, source): the module function. A syntax error is thrown as node throws it, its
// uncaught header ("path:line", the source line, the caret) pointing into the module's file.
Value compile(Vm& vm, Value, ArgList args) {
  const std::string path = text_of(args[0]);
  js::CompileResult compiled = vm.engine().compile(text_of(args[1]), path);
  if (!compiled.error) return compiled.script->function.get();
  const js::CompileError& error = *compiled.error;
  Vm::ThrowSite site;
  site.file = path;
  site.line = error.line;
  site.column = error.column;
  // formatted is "path:line\n<source line>\n<caret>\n\nSyntaxError: ...": take the source line.
  const std::size_t first = error.formatted.find('\n');
  if (first != std::string::npos) {
    const std::size_t second = error.formatted.find('\n', first + 1);
    site.source_line = error.formatted.substr(
        first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
  }
  js::ErrorObject* exception = vm.make_error(js::ErrorType::kSyntaxError, error.message);
  return vm.throw_value_at(Value(exception), std::move(site));
}

}  // namespace

js::Object* make_modules_natives(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  vm.define_method(natives, "kind", kind, 1);
  vm.define_method(natives, "readSource", read_source, 1);
  vm.define_method(natives, "compile", compile, 2);
  return natives;
}

}  // namespace looplab::binding
