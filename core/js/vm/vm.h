// The virtual machine: runs compiled code, calls functions, raises exceptions. One per engine.
//
// Conventions for native (C++) functions and runtime helpers
// - A native is `Value fn(Vm& vm, Value this_value, ArgList args)`, made with vm.new_native() or
//   installed with vm.define_method(). vm.current_native() is the function object being called
//   (its slots() hold data), vm.new_target() is new.target (undefined for a plain call).
// - To throw: `return vm.throw_type_error("x is not a function");` — every throw_* stores the
//   exception on the VM and returns Value::exception(). C++ exceptions are never used for JS throws.
// - Anything that may run JavaScript or throw returns Value::exception() (or nullptr /
//   std::nullopt for pointer / optional results) when it threw; check and propagate:
//       Value v = obj->get(vm, key);
//       if (v.is_exception()) return v;
// - Natives may keep raw Cell pointers in C++ locals: the GC never runs while a native is on the
//   C++ stack (collections happen only at interpreter safe points of the outermost run).
// - vm.call(fn, this, args) runs a JavaScript function to completion in a nested interpreter loop.
//   Inside it host calls are made immediately, without yielding to the runtime, so their virtual
//   time is the time of the last yield plus nothing: prefer self-hosted JavaScript (the prelude)
//   for callbacks that may call console.log and friends.
// - Host calls: natives made with host_call=true (console.log, setTimeout, ...). Before calling
//   one, the interpreter yields to the runtime with the CPU cost counted so far (JsStep), and the
//   runtime resumes it at the right virtual time; vm.host() is the JsHost during a run.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/js/runtime/object.h"
#include "core/js/runtime/realm.h"

namespace looplab::node {
class JsHost;
}

namespace looplab::js {

class Code;
class Environment;
class Engine;

enum class ErrorType : std::uint8_t {
  kError,
  kTypeError,
  kRangeError,
  kReferenceError,
  kSyntaxError,
  kEvalError,
  kURIError,
  kAggregateError,
};

// One frame of the JavaScript call stack, for Error.stack and the UI.
struct StackFrameInfo {
  std::string function_name;  // "" for top-level code and anonymous functions
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  bool is_native = false;
  bool is_constructor = false;  // `new Foo` frames print "new Foo"
  bool is_async = false;        // resumed async function ("at async f")
  std::string receiver_type;    // "Foo" in "Foo.method" (V8's method frames), "" otherwise
};

class Interpreter;

class Vm {
 public:
  Vm(Heap& heap, Engine& engine);
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  Heap& heap() { return m_heap; }
  Realm& realm() { return *m_realm; }
  Engine& engine() { return m_engine; }
  // The runtime's host during a run (nullptr outside of one).
  node::JsHost* host() const { return m_host; }

  // ---- Exceptions ----
  Value throw_value(Value exception);
  Value throw_error(ErrorType type, std::string_view message);
  Value throw_type_error(std::string_view message) { return throw_error(ErrorType::kTypeError, message); }
  Value throw_range_error(std::string_view message) { return throw_error(ErrorType::kRangeError, message); }
  Value throw_reference_error(std::string_view message) {
    return throw_error(ErrorType::kReferenceError, message);
  }
  Value throw_syntax_error(std::string_view message) { return throw_error(ErrorType::kSyntaxError, message); }
  bool has_exception() const { return m_has_exception; }
  Value pending_exception() const { return m_exception; }
  Value take_exception();  // returns the pending exception and clears it
  // A new error object (not thrown) with message and stack, as `new TypeError(msg)` makes it.
  ErrorObject* make_error(ErrorType type, std::string_view message);
  Object* error_prototype(ErrorType type);
  // Sets err.stack from the current call stack ("Name: message\n    at f (file:1:2)...").
  void capture_stack(Object* error);

  // ---- Calls ----
  static bool is_callable(Value v) { return v.is_object() && v.as_object()->is_function(); }
  static bool is_constructor(Value v) {
    return is_callable(v) && static_cast<FunctionObject*>(v.as_object())->is_constructor();
  }
  Value call(Value fn, Value this_value, ArgList args);
  Value call(Value fn, Value this_value, std::initializer_list<Value> args) {
    return call(fn, this_value, ArgList(args.begin(), args.size()));
  }
  // `new fn(...args)`; new_target defaults to fn.
  Value construct(Value fn, ArgList args, Value new_target = Value::undefined());
  NativeFunction* current_native() const { return m_current_native; }
  Value new_target() const { return m_native_new_target; }
  // The prototype for an object `new new_target()` makes: new_target.prototype when it is an
  // object, else `fallback` (GetPrototypeFromConstructor).
  Object* prototype_from_constructor(Value new_target, Object* fallback);

  // ---- Making values ----
  String* string(std::string_view utf8);
  String* string(std::u16string text);
  String* atom(std::string_view utf8) { return m_heap.intern_utf8(utf8); }
  PropKey key(std::string_view utf8) { return PropKey(m_heap.intern_utf8(utf8)); }
  PropKey index_key(std::uint32_t index);
  // ToPropertyKey: may call toString/valueOf/Symbol.toPrimitive (nullopt: threw).
  std::optional<PropKey> to_property_key(Value v);
  Object* new_object() { return new_object(m_realm->object_prototype); }
  Object* new_object(Object* prototype);
  ArrayObject* new_array(const std::vector<Value>& values = {});
  NativeFunction* new_native(std::string_view name, int length, NativeFn fn, bool host_call = false);
  // A constructor native: `new F()` calls it with vm.new_target() set; it makes its object itself.
  NativeFunction* new_native_constructor(std::string_view name, int length, NativeFn fn, Object* prototype);
  // Installs a builtin method (writable, configurable, not enumerable); returns the function.
  NativeFunction* define_method(Object* target, std::string_view name, NativeFn fn, int length);
  NativeFunction* define_method(Object* target, PropKey key, std::string_view name, NativeFn fn, int length);
  // Installs a getter (and optional setter) named "get <name>" / "set <name>".
  void define_getter(Object* target, std::string_view name, NativeFn getter, NativeFn setter = nullptr);
  void define_getter(Object* target, PropKey key, std::string_view name, NativeFn getter,
                     NativeFn setter = nullptr);
  // Sets a function's "name" and "length" own properties (V8's order: length, then name).
  void set_function_name_length(FunctionObject* fn, Value name, double length);

  // ---- Property access on any value (primitives use their prototype) ----
  Value get(Value target, PropKey key);
  Value get(Value target, std::string_view name) { return get(target, key(name)); }
  // Throws a TypeError in strict code when the assignment fails; returns undefined or exception.
  Value set(Value target, PropKey key, Value value, bool strict = true);
  // The object whose properties a primitive sees (String.prototype for a string, ...); nullptr
  // for undefined and null.
  Object* prototype_for_primitive(Value v);
  // GetMethod: undefined when absent, exception when present but not callable.
  Value get_method(Value target, PropKey key);

  // The name of the constructor an object was made by, as util.inspect prints it before `{`:
  // the first `constructor` data property on the prototype chain (own included), its "name";
  // "" when there is none (Object.create(null)). Runs no getter.
  std::string constructor_name(Object* o);

  // Where the pending exception was thrown (the innermost JavaScript frame at the time), for
  // node's uncaught-exception header "file:line\n<source line>\n<caret>".
  struct ThrowSite {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string source_line;
  };
  const ThrowSite& throw_site() const { return m_throw_site; }
  // A script position as a header: the file, and the source line's text.
  static ThrowSite site_of(const ErrorObject::Origin& origin);
  // Throws `exception` as if from `site` (a SyntaxError in a module the binding compiled: node
  // points its header at the bad source, not at the require call).
  Value throw_value_at(Value exception, ThrowSite site);
  // Throws `exception` again from where it was first thrown (a finally block's implicit rethrow:
  // V8 keeps the original message location).
  Value rethrow_value(Value exception);

  // ---- Call stack ----
  std::vector<StackFrameInfo> stack_trace(std::size_t max_frames = 10) const;

  // ---- Running (used by Engine) ----
  Interpreter& interpreter() { return *m_interpreter; }
  void set_host(node::JsHost* host) { m_host = host; }
  void set_realm(Realm* realm) { m_realm = realm; }

  // Internal: set around native calls by the interpreter.
  void enter_native(NativeFunction* fn, Value new_target) {
    m_current_native = fn;
    m_native_new_target = new_target;
  }

 private:
  Heap& m_heap;
  Engine& m_engine;
  Realm* m_realm = nullptr;
  node::JsHost* m_host = nullptr;
  Value m_exception;
  bool m_has_exception = false;
  ThrowSite m_throw_site;
  NativeFunction* m_current_native = nullptr;
  Value m_native_new_target;
  std::unique_ptr<Interpreter> m_interpreter;
  std::size_t m_root_id = 0;
  static constexpr std::uint32_t kIndexKeyCacheSize = 4096;
  std::vector<String*> m_index_keys;  // index_key's cache of "0".."4095" (kept alive by the realm)
};

}  // namespace looplab::js
