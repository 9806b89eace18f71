// The realm: the intrinsic objects (%Object.prototype%, %Array%, ...) and the global object.
//
// Creation order: every intrinsic prototype listed here is created first, empty and with the
// right class and prototype; then each builtins file's install_<name>(Realm&) (builtins/builtins.h)
// fills its prototypes and constructors and defines its globals; last, the JavaScript prelude
// (builtins/prelude_array.cpp) runs. So an install function never needs another to run first.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/js/runtime/object.h"

namespace looplab::js {

class Vm;

class Realm {
 public:
  Realm(Heap& heap, Vm& vm);
  Realm(const Realm&) = delete;
  Realm& operator=(const Realm&) = delete;

  // Runs every install_* function and the prelude (Engine does this once the VM exists).
  void initialize();

  Heap& heap() { return m_heap; }
  Vm& vm() { return m_vm; }
  Object* global() const { return global_object; }

  // An atom for a UTF-8 name (interned: cheap to call repeatedly, but cache hot ones).
  PropKey key(std::string_view name) { return PropKey(m_heap.intern_utf8(name)); }

  // Defines a global (writable, configurable, not enumerable, as builtins are).
  void define_global(std::string_view name, Value value);

  void trace(Tracer& t);

  // ---- Intrinsics (public fields: install functions set and read them) ----
  Object* global_object = nullptr;

  Object* object_prototype = nullptr;
  Object* function_prototype = nullptr;  // a native function returning undefined
  ArrayObject* array_prototype = nullptr;
  Object* string_prototype = nullptr;
  Object* number_prototype = nullptr;
  Object* boolean_prototype = nullptr;
  Object* symbol_prototype = nullptr;
  Object* date_prototype = nullptr;
  Object* map_prototype = nullptr;
  Object* set_prototype = nullptr;
  Object* weakmap_prototype = nullptr;
  Object* weakset_prototype = nullptr;
  Object* promise_prototype = nullptr;
  Object* iterator_prototype = nullptr;        // %IteratorPrototype% ([Symbol.iterator]() { return this })
  Object* async_iterator_prototype = nullptr;  // %AsyncIteratorPrototype%
  Object* array_iterator_prototype = nullptr;
  Object* map_iterator_prototype = nullptr;
  Object* set_iterator_prototype = nullptr;
  Object* string_iterator_prototype = nullptr;
  Object* async_function_prototype = nullptr;  // %AsyncFunction.prototype%
  Object* array_buffer_prototype = nullptr;
  Object* typed_array_prototype = nullptr;  // %TypedArray.prototype%
  // Uint8Array.prototype, ... indexed by TypedArrayKind (runtime/typed_array.h).
  std::array<Object*, 9> typed_array_prototypes{};

  Object* error_prototype = nullptr;
  Object* type_error_prototype = nullptr;
  Object* range_error_prototype = nullptr;
  Object* reference_error_prototype = nullptr;
  Object* syntax_error_prototype = nullptr;
  Object* eval_error_prototype = nullptr;
  Object* uri_error_prototype = nullptr;
  Object* aggregate_error_prototype = nullptr;

  // Constructors (set by their install function).
  Object* object_constructor = nullptr;
  Object* function_constructor = nullptr;
  Object* array_constructor = nullptr;
  Object* promise_constructor = nullptr;
  Object* error_constructor = nullptr;
  Object* symbol_constructor = nullptr;
  Object* typed_array_constructor = nullptr;          // %TypedArray%
  std::array<Object*, 9> typed_array_constructors{};  // by TypedArrayKind

  // Well-known symbols.
  Symbol* symbol_iterator = nullptr;
  Symbol* symbol_async_iterator = nullptr;
  Symbol* symbol_has_instance = nullptr;
  Symbol* symbol_to_primitive = nullptr;
  Symbol* symbol_to_string_tag = nullptr;

  // Functions the VM calls directly (set by install functions or the prelude), or undefined.
  Value array_values_function;  // %Array.prototype.values%
  Value promise_then_function;  // %Promise.prototype.then%
  Value throw_type_error_function;

  // Symbol.for registry: description -> symbol, in registration order.
  std::vector<std::pair<String*, Symbol*>> symbol_registry;

  // What went wrong compiling or running the prelude ("" when it ran): a bug in prelude_array.cpp.
  const std::string& prelude_error() const { return m_prelude_error; }

  // Keeps a value alive as long as the realm (intrinsics the builtins make and keep in C++).
  void keep_alive(Value v) { m_extra_roots.push_back(v); }

 private:
  Heap& m_heap;
  Vm& m_vm;
  std::vector<Value> m_extra_roots;
  std::string m_prelude_error;

  void run_prelude();
  bool run_prelude_source(std::string_view body, Object* internals);
};

}  // namespace looplab::js
