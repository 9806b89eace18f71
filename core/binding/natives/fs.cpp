// The natives of lib/fs.js: one native per uv_fs request (open, read, write, close, stat, ...),
// each working on the simulated disk (node::FileSystem, ScriptContext::files).
//
// Every native takes the request's arguments, then `callback` and `ctx`:
// - callback is a function: the asynchronous form. The operation takes effect now, when the request
//   is submitted, and its CPU cost is queued on the thread pool; when the pool is done,
//   callback(error, result) runs in the poll phase. Doing the effect at submit time keeps the disk
//   deterministic and simple; what a script observes through callbacks is the same, because node
//   only tells it about a request in its completion.
// - otherwise the synchronous form: the JS thread is charged the same cost (a blocking syscall),
//   the result is returned, and an error is stored as ctx.error.
// An error is the array [code, -errno, description] ("ENOENT", -2, "no such file or directory");
// lib/fs.js makes node's Error from it, naming the syscall and path as node does.
//
// Data crosses as Uint8Array (lib/fs.js turns them into Buffers) or, with an encoding the natives
// know (utf8, latin1), as strings.
#include <cmath>
#include <optional>
#include <string>

#include "core/binding/natives/native_helpers.h"
#include "core/binding/natives/natives.h"
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/string.h"
#include "core/js/runtime/typed_array.h"
#include "core/node/file_system.h"
#include "core/node/pool_requests.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;
using node::FsErrc;

// The engine's Date epoch (core/js/builtins/date.cpp): Date.now() is this plus the process's
// hrtime, so file times agree with Date.now().
constexpr Nanos kEpochNs = 1'704'067'200'000LL * kNanosPerMilli;

// Every native checks has_disk() first (no_disk() is its answer when there is none).
node::FileSystem& disk(Vm& vm) {
  return *state(vm).script.files;
}

bool has_disk(Vm& vm) {
  return state(vm).script.files != nullptr;
}

// A run whose scenario gave the machine no disk (ScriptContext::files unset) gets a clear error
// instead of a crash.
Value no_disk(Vm& vm) {
  return vm.throw_error(js::ErrorType::kError, "Looplab: this simulated machine has no file system");
}

Nanos now(Vm& vm) {
  return vm.host() != nullptr ? kEpochNs + vm.host()->hrtime() : kEpochNs;
}

std::string text_of(Value value) {
  return value.is_string() ? value.as_string()->to_utf8() : std::string();
}

// The script's directory: process.cwd(), which relative paths start from.
std::string script_dir(Vm& vm) {
  const std::string& script = state(vm).script.filename;
  const std::size_t slash = script.rfind('/');
  return slash == std::string::npos || slash == 0 ? "/" : script.substr(0, slash);
}

// A path as the script wrote it, made absolute against the script's directory. The empty path stays
// empty, so it fails with ENOENT as it does in node.
std::string path_of(Vm& vm, Value value) {
  std::string path = text_of(value);
  if (path.empty() || path.front() == '/') return path;
  return script_dir(vm) + "/" + path;
}

double number_of(Value value, double fallback = 0) {
  return value.is_number() ? value.as_number() : fallback;
}

std::optional<std::int64_t> position_of(Value value) {
  if (!value.is_number() || value.as_number() < 0 || !std::isfinite(value.as_number())) return std::nullopt;
  return static_cast<std::int64_t>(value.as_number());
}

Value error_value(Vm& vm, FsErrc error) {
  return Value(vm.new_array({Value(vm.string(node::fs_error_code(error))),
                             Value(-static_cast<double>(node::fs_error_errno(error))),
                             Value(vm.string(node::fs_error_description(error)))}));
}

// Ends a request: queues the completion (asynchronous form) or charges the JS thread and returns
// the result (synchronous form).
Value finish(Vm& vm, ArgList args, std::size_t callback_index, node::PoolWork work, FsErrc error,
             Value result = Value::undefined()) {
  const Value callback = args[callback_index];
  if (Vm::is_callable(callback)) {
    const Value error_arg = error == FsErrc::kOk ? Value::undefined() : error_value(vm, error);
    submit_pool_work(vm, std::move(work), callback, {error_arg, result});
    return Value::undefined();
  }
  charge(vm, work.cpu + work.latency);
  if (error != FsErrc::kOk) {
    const Value ctx = args[callback_index + 1];
    if (ctx.is_object()) ctx.as_object()->define(vm.key("error"), error_value(vm, error));
    return Value::undefined();
  }
  return result;
}

node::PoolWork request(Vm& vm, const char* label, std::int64_t bytes = 0) {
  return node::fs_request(state(vm).script.profile.pool, label, bytes);
}

Value bytes_to_value(Vm& vm, const std::string& bytes, const std::string& encoding) {
  if (encoding == "utf8") return Value(vm.string(bytes));
  if (encoding == "latin1") {
    std::u16string text(bytes.size(), u'\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) text[i] = static_cast<unsigned char>(bytes[i]);
    return Value(vm.string(std::move(text)));
  }
  js::TypedArrayObject* array =
      js::make_typed_array(vm, js::TypedArrayKind::kUint8, static_cast<double>(bytes.size()));
  if (array == nullptr) return Value::exception();
  std::copy(bytes.begin(), bytes.end(), array->bytes());
  return Value(array);
}

// The bytes of `data`: a typed array's (from `offset`, `length` of them), or a string encoded as
// `encoding` (utf8 or latin1).
std::string bytes_of(Value data, std::int64_t offset, std::int64_t length, const std::string& encoding) {
  if (js::is_typed_array(data)) {
    auto* array = static_cast<js::TypedArrayObject*>(data.as_object());
    const auto size = static_cast<std::int64_t>(array->byte_length());
    const std::int64_t start = std::clamp<std::int64_t>(offset, 0, size);
    const std::int64_t count = std::clamp<std::int64_t>(length < 0 ? size - start : length, 0, size - start);
    const auto* bytes = reinterpret_cast<const char*>(array->bytes());
    return std::string(bytes + start, static_cast<std::size_t>(count));
  }
  if (!data.is_string()) return {};
  if (encoding == "latin1") {
    const std::u16string& text = data.as_string()->text();
    std::string out(text.size(), '\0');
    for (std::size_t i = 0; i < text.size(); ++i) out[i] = static_cast<char>(text[i] & 0xff);
    return out;
  }
  return data.as_string()->to_utf8();
}

Value stat_value(Vm& vm, const node::FsStat& stat) {
  auto ms = [](Nanos time) { return static_cast<double>(time) / 1e6; };
  return Value(vm.new_array({
      Value(static_cast<double>(stat.dev)),
      Value(static_cast<double>(stat.mode)),
      Value(static_cast<double>(stat.nlink)),
      Value(static_cast<double>(stat.uid)),
      Value(static_cast<double>(stat.gid)),
      Value(0),  // rdev
      Value(static_cast<double>(stat.blksize)),
      Value(static_cast<double>(stat.ino)),
      Value(static_cast<double>(stat.size)),
      Value(static_cast<double>(stat.blocks)),
      Value(ms(stat.atime)),
      Value(ms(stat.mtime)),
      Value(ms(stat.ctime)),
      Value(ms(stat.birthtime)),
  }));
}

// ---- by path ----

// open(path, flags, mode, callback, ctx) -> fd
Value fs_open(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const auto flags = static_cast<int>(number_of(args[1]));
  const auto mode = static_cast<std::uint32_t>(number_of(args[2], 0666));
  auto opened = disk(vm).open(path_of(vm, args[0]), flags, mode, now(vm));
  return finish(vm, args, 3, request(vm, "fs.open"), opened.error, Value(static_cast<double>(opened.value)));
}

// stat(path, callback, ctx) -> the 14 numbers of a Stats object (lib/fs.js)
Value fs_stat(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  auto found = disk(vm).stat(path_of(vm, args[0]));
  return finish(vm, args, 1, request(vm, "fs.stat"), found.error,
                found.ok() ? stat_value(vm, found.value) : Value());
}

Value fs_lstat(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  auto found = disk(vm).lstat(path_of(vm, args[0]));
  return finish(vm, args, 1, request(vm, "fs.lstat"), found.error,
                found.ok() ? stat_value(vm, found.value) : Value());
}

// access(path, mode, callback, ctx)
Value fs_access(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const FsErrc error = disk(vm).access(path_of(vm, args[0]), static_cast<int>(number_of(args[1])));
  return finish(vm, args, 2, request(vm, "fs.access"), error);
}

// readdir(path, withFileTypes, callback, ctx) -> names, or [names, isDirectory flags]
Value fs_readdir(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  auto listed = disk(vm).readdir(path_of(vm, args[0]));
  Value result;
  if (listed.ok()) {
    std::vector<Value> names;
    std::vector<Value> directories;
    for (const auto& entry : listed.value) {
      names.emplace_back(vm.string(entry.name));
      directories.push_back(Value::boolean(entry.kind == node::FsKind::kDirectory));
    }
    result = Value(vm.new_array(names));
    if (js::to_boolean(args[1])) result = Value(vm.new_array({result, Value(vm.new_array(directories))}));
  }
  return finish(vm, args, 2, request(vm, "fs.readdir"), listed.error, result);
}

// mkdir(path, recursive, mode, callback, ctx) -> the first directory made (recursive) or undefined
Value fs_mkdir(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const std::string path = text_of(args[0]);
  const auto mode = static_cast<std::uint32_t>(number_of(args[2], 0777));
  if (js::to_boolean(args[1])) {
    // Walks the path as written, so the first directory made is named in the caller's form.
    auto& files = disk(vm);
    const std::string previous = files.cwd();
    files.set_cwd(script_dir(vm));
    auto made = files.mkdir_recursive(path, mode, now(vm));
    files.set_cwd(previous);
    const Value first = made.ok() && made.value ? Value(vm.string(*made.value)) : Value::undefined();
    return finish(vm, args, 3, request(vm, "fs.mkdir"), made.error, first);
  }
  const FsErrc error = disk(vm).mkdir(path_of(vm, args[0]), mode, now(vm));
  return finish(vm, args, 3, request(vm, "fs.mkdir"), error);
}

// rmdir(path, callback, ctx)
Value fs_rmdir(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const FsErrc error = disk(vm).rmdir(path_of(vm, args[0]), now(vm));
  return finish(vm, args, 1, request(vm, "fs.rmdir"), error);
}

// unlink(path, callback, ctx)
Value fs_unlink(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const FsErrc error = disk(vm).unlink(path_of(vm, args[0]), now(vm));
  return finish(vm, args, 1, request(vm, "fs.unlink"), error);
}

// removeTree(path, callback, ctx): rm -r (fs.rm with recursive: true, after its lstat)
Value fs_remove_tree(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const FsErrc error = disk(vm).remove_recursive(path_of(vm, args[0]), now(vm));
  return finish(vm, args, 1, request(vm, "fs.rm"), error);
}

// rename(from, to, callback, ctx)
Value fs_rename(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const FsErrc error = disk(vm).rename(path_of(vm, args[0]), path_of(vm, args[1]), now(vm));
  return finish(vm, args, 2, request(vm, "fs.rename"), error);
}

// copyFile(from, to, exclusive, callback, ctx)
Value fs_copy_file(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const std::string from = path_of(vm, args[0]);
  auto source = disk(vm).stat(from);
  const std::int64_t bytes = source.ok() ? source.value.size : 0;
  const FsErrc error = disk(vm).copy_file(from, path_of(vm, args[1]), js::to_boolean(args[2]), now(vm));
  return finish(vm, args, 3, request(vm, "fs.copyFile", bytes), error);
}

// truncate(path, length, callback, ctx)
Value fs_truncate(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const auto length = static_cast<std::int64_t>(number_of(args[1]));
  const FsErrc error = disk(vm).truncate(path_of(vm, args[0]), length, now(vm));
  return finish(vm, args, 2, request(vm, "fs.truncate"), error);
}

// chmod(path, mode, callback, ctx)
Value fs_chmod(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const auto mode = static_cast<std::uint32_t>(number_of(args[1]));
  const FsErrc error = disk(vm).chmod(path_of(vm, args[0]), mode, now(vm));
  return finish(vm, args, 2, request(vm, "fs.chmod"), error);
}

// ---- by file descriptor ----

// close(fd, callback, ctx)
Value fs_close(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const FsErrc error = disk(vm).close(static_cast<int>(number_of(args[0], -1)));
  return finish(vm, args, 1, request(vm, "fs.close"), error);
}

// fstat(fd, callback, ctx) -> the numbers of a Stats object
Value fs_fstat(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  auto found = disk(vm).fstat(static_cast<int>(number_of(args[0], -1)));
  return finish(vm, args, 1, request(vm, "fs.fstat"), found.error,
                found.ok() ? stat_value(vm, found.value) : Value());
}

// read(fd, target, offset, length, position, callback, ctx) -> bytes read, copied into the
// Uint8Array `target` at `offset` (position < 0 or null: the fd's own position).
Value fs_read(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const int fd = static_cast<int>(number_of(args[0], -1));
  std::int64_t length = static_cast<std::int64_t>(number_of(args[3]));
  std::int64_t offset = static_cast<std::int64_t>(number_of(args[2]));
  js::TypedArrayObject* target = nullptr;
  if (js::is_typed_array(args[1])) {
    target = static_cast<js::TypedArrayObject*>(args[1].as_object());
    const auto size = static_cast<std::int64_t>(target->byte_length());
    offset = std::clamp<std::int64_t>(offset, 0, size);
    length = std::clamp<std::int64_t>(length, 0, size - offset);
  } else {
    length = 0;
  }
  auto got = disk(vm).read(fd, length, position_of(args[4]), now(vm));
  if (got.ok() && target != nullptr) std::copy(got.value.begin(), got.value.end(), target->bytes() + offset);
  const auto count = static_cast<double>(got.value.size());
  return finish(vm, args, 5, request(vm, "fs.read", static_cast<std::int64_t>(got.value.size())), got.error,
                Value(count));
}

// readChunk(fd, length, position, encoding, callback, ctx) -> up to `length` bytes as a string
// ("utf8", "latin1") or a new Uint8Array: readFile's reads, which own their buffer.
Value fs_read_chunk(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const int fd = static_cast<int>(number_of(args[0], -1));
  const auto length = static_cast<std::int64_t>(std::max(0.0, number_of(args[1])));
  auto got = disk(vm).read(fd, length, position_of(args[2]), now(vm));
  Value result;
  if (got.ok()) {
    result = bytes_to_value(vm, got.value, text_of(args[3]));
    if (result.is_exception()) return result;
  }
  return finish(vm, args, 4, request(vm, "fs.read", static_cast<std::int64_t>(got.value.size())), got.error,
                result);
}

// write(fd, data, offset, length, position, encoding, callback, ctx) -> bytes written. `data` is a
// typed array (offset, length select its bytes) or a string (encoded as `encoding`).
Value fs_write(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const int fd = static_cast<int>(number_of(args[0], -1));
  const std::string bytes = bytes_of(args[1], static_cast<std::int64_t>(number_of(args[2])),
                                     static_cast<std::int64_t>(number_of(args[3], -1)), text_of(args[5]));
  auto written = disk(vm).write(fd, bytes, position_of(args[4]), now(vm));
  return finish(vm, args, 6, request(vm, "fs.write", static_cast<std::int64_t>(bytes.size())), written.error,
                Value(static_cast<double>(written.value)));
}

// ftruncate(fd, length, callback, ctx)
Value fs_ftruncate(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  const FsErrc error = disk(vm).ftruncate(static_cast<int>(number_of(args[0], -1)),
                                          static_cast<std::int64_t>(number_of(args[1])), now(vm));
  return finish(vm, args, 2, request(vm, "fs.ftruncate"), error);
}

// fsync(fd, callback, ctx): the disk is always in sync; only the request's cost and EBADF remain.
Value fs_fsync(Vm& vm, Value, ArgList args) {
  if (!has_disk(vm)) return no_disk(vm);
  auto found = disk(vm).fstat(static_cast<int>(number_of(args[0], -1)));
  return finish(vm, args, 1, request(vm, "fs.fsync"), found.error);
}

// ---- conversions lib/fs.js needs before Buffer is there ----

// decode(uint8array, encoding) -> string ("utf8" or "latin1")
Value fs_decode(Vm& vm, Value, ArgList args) {
  return bytes_to_value(vm, bytes_of(args[0], 0, -1, ""), text_of(args[1]) == "latin1" ? "latin1" : "utf8");
}

// encode(string, encoding) -> Uint8Array ("utf8" or "latin1")
Value fs_encode(Vm& vm, Value, ArgList args) {
  return bytes_to_value(vm, bytes_of(args[0], 0, -1, text_of(args[1])), "");
}

}  // namespace

js::Object* make_fs_natives(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  struct Entry {
    const char* name;
    int length;
    js::NativeFn fn;
  };
  const Entry host_calls[] = {
      {"open", 5, fs_open},
      {"stat", 3, fs_stat},
      {"lstat", 3, fs_lstat},
      {"access", 4, fs_access},
      {"readdir", 4, fs_readdir},
      {"mkdir", 5, fs_mkdir},
      {"rmdir", 3, fs_rmdir},
      {"unlink", 3, fs_unlink},
      {"removeTree", 3, fs_remove_tree},
      {"rename", 4, fs_rename},
      {"copyFile", 5, fs_copy_file},
      {"truncate", 4, fs_truncate},
      {"close", 3, fs_close},
      {"fstat", 3, fs_fstat},
      {"read", 7, fs_read},
      {"readChunk", 6, fs_read_chunk},
      {"write", 8, fs_write},
      {"ftruncate", 4, fs_ftruncate},
      {"fsync", 3, fs_fsync},
      {"chmod", 4, fs_chmod},
  };
  for (const Entry& entry : host_calls) {
    natives->define(vm.key(entry.name), Value(vm.new_native(entry.name, entry.length, entry.fn, true)),
                    js::kDefaultAttrs);
  }
  vm.define_method(natives, "decode", fs_decode, 2);
  vm.define_method(natives, "encode", fs_encode, 2);
  return natives;
}

}  // namespace looplab::binding
