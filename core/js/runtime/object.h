// Objects: a prototype, an ordered property table, and a class tag saying which exotic kind it is.
//
// Property order is JavaScript's OwnPropertyKeys order: array indices ascending, then string keys
// in insertion order, then symbols in insertion order. Small tables are searched linearly; from
// kIndexThreshold properties on, a hash index (lookups only: order comes from the vector) is kept.
//
// Arrays keep their elements in a dense vector (holes are Value::hole()); an index far beyond the
// end (more than kMaxDenseGap past it) goes to the property table instead, so `a[1e9] = 1` does not
// allocate a billion slots.
//
// Every operation that may run JavaScript (getters, setters, proxies we do not have) takes the Vm
// and can fail: it then returns Value::exception() (or nullptr / std::nullopt) with the exception
// pending on the Vm. See vm/vm.h for the convention.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/js/runtime/heap.h"
#include "core/js/runtime/string.h"

namespace looplab::js {

class Vm;
class Code;
class Environment;
struct SourceText;

// An atom (interned String) or a Symbol. Compare with ==.
class PropKey {
 public:
  PropKey() = default;
  PropKey(String* atom) : m_cell(atom) {}      // NOLINT: must be an atom (Heap::intern)
  PropKey(Symbol* symbol) : m_cell(symbol) {}  // NOLINT
  bool is_symbol() const { return m_cell->cell_kind() == CellKind::kSymbol; }
  bool is_string() const { return !is_symbol(); }
  String* as_string() const { return static_cast<String*>(m_cell); }
  Symbol* as_symbol() const { return static_cast<Symbol*>(m_cell); }
  bool is_array_index() const { return is_string() && as_string()->is_array_index(); }
  std::uint32_t array_index() const { return as_string()->array_index(); }
  Value to_value() const { return is_symbol() ? Value(as_symbol()) : Value(as_string()); }
  Cell* cell() const { return m_cell; }
  bool valid() const { return m_cell != nullptr; }
  friend bool operator==(PropKey a, PropKey b) { return a.m_cell == b.m_cell; }

 private:
  Cell* m_cell = nullptr;
};

// Property attribute bits.
enum : std::uint8_t {
  kWritable = 1,
  kEnumerable = 2,
  kConfigurable = 4,
  kAccessor = 8,  // value is the getter, setter the setter (undefined when absent)
};
constexpr std::uint8_t kDefaultAttrs = kWritable | kEnumerable | kConfigurable;  // `o.x = 1`
constexpr std::uint8_t kMethodAttrs = kWritable | kConfigurable;                 // builtins' methods

struct PropertyDescriptor {
  Value value;   // data: the value; accessor: the getter (undefined if none)
  Value setter;  // accessor only
  std::uint8_t attrs = kDefaultAttrs;
  bool is_accessor() const { return (attrs & kAccessor) != 0; }
  bool enumerable() const { return (attrs & kEnumerable) != 0; }
  bool writable() const { return (attrs & kWritable) != 0; }
  bool configurable() const { return (attrs & kConfigurable) != 0; }
};

enum class ObjectClass : std::uint8_t {
  kOrdinary,
  kArray,
  kFunction,
  kError,
  kBoolean,  // new Boolean(...)
  kNumber,   // new Number(...)
  kString,   // new String(...)
  kSymbol,   // Object(Symbol())
  kDate,
  kMap,
  kSet,
  kWeakMap,
  kWeakSet,
  kPromise,
  kArguments,
  kArrayIterator,
  kMapIterator,
  kSetIterator,
  kStringIterator,
  kAsyncFunctionState,  // internal: a suspended async function (vm)
  kArrayBuffer,         // runtime/typed_array.h
  kTypedArray,          // runtime/typed_array.h: Uint8Array, Float64Array, ...
};

class Object : public Cell {
 public:
  static constexpr std::size_t kIndexThreshold = 8;

  explicit Object(Object* prototype, ObjectClass cls = ObjectClass::kOrdinary)
      : Cell(CellKind::kObject), m_prototype(prototype), m_class(cls) {}

  ObjectClass object_class() const { return m_class; }
  // An object whose assigned values are converted to strings, as node's process.env is (an
  // embedder's exotic object; defineProperty is not converted).
  void set_string_values() { m_string_values = true; }
  Object* prototype() const { return m_prototype; }
  void set_prototype(Object* proto) { m_prototype = proto; }
  bool is_extensible() const { return m_extensible; }
  void prevent_extensions() { m_extensible = false; }
  // The function whose `new` made this object (new.target), as V8's map remembers it: inspect
  // names `[Foo: null prototype]` with it once the prototype is gone. nullptr when unknown.
  Object* creator() const { return m_creator; }
  void set_creator(Object* constructor) { m_creator = constructor; }
  bool is_array() const { return m_class == ObjectClass::kArray; }
  bool is_function() const { return m_class == ObjectClass::kFunction; }

  // ---- Own properties (no JavaScript runs) ----
  virtual std::optional<PropertyDescriptor> get_own_property(PropKey key) const;
  // Adds or replaces an own property without any check (for building objects and builtins).
  virtual void define(PropKey key, Value value, std::uint8_t attrs = kDefaultAttrs);
  void define_accessor(PropKey key, Value getter, Value setter, std::uint8_t attrs = kConfigurable);
  // [[DefineOwnProperty]] with the spec's validation (used by Object.defineProperty): false when
  // the property is non-configurable and the change is not allowed, or the object is not
  // extensible.
  virtual bool define_own_property(PropKey key, const PropertyDescriptor& desc);
  virtual bool delete_property(PropKey key);  // false: non-configurable
  // Keys in OwnPropertyKeys order (indices, strings, symbols); include_symbols=false drops them.
  virtual std::vector<PropKey> own_keys(Heap& heap, bool include_symbols = true) const;
  // Walks the prototype chain (no getter is called).
  std::optional<PropertyDescriptor> find_property(PropKey key, Object** holder = nullptr) const;
  bool has_property(PropKey key) const { return find_property(key).has_value(); }
  bool has_own_property(PropKey key) const { return own_property_attrs(key).has_value(); }
  // The attributes of an own property without producing its value (an error's lazy "stack"
  // stays unformatted): for enumerability checks (Object.keys, hasOwnProperty...).
  virtual std::optional<std::uint8_t> own_property_attrs(PropKey key) const;

  // ---- [[Get]] / [[Set]] (may call getters and setters: may throw) ----
  Value get(Vm& vm, PropKey key, Value receiver);
  Value get(Vm& vm, PropKey key) { return get(vm, key, Value(this)); }
  // Returns true, false (a non-writable property or a non-extensible object: the caller throws
  // in strict code) or exception.
  Value set(Vm& vm, PropKey key, Value value, Value receiver);

  // The ordinary table, for fast paths in the VM.
  struct Slot {
    PropKey key;
    Value value;
    Value setter;
    std::uint8_t attrs;
  };
  const std::vector<Slot>& slots() const { return m_slots; }
  int find_slot(PropKey key) const;
  Slot& slot(int i) { return m_slots[static_cast<std::size_t>(i)]; }

  void trace(Tracer& t) override;
  std::size_t byte_size() const override { return sizeof(Object) + m_slots.capacity() * sizeof(Slot); }

 protected:
  void remove_slot(int i);

 private:
  Object* m_prototype;
  Object* m_creator = nullptr;
  ObjectClass m_class;
  bool m_extensible = true;
  bool m_string_values = false;  // set_string_values(): every value set here becomes a string
  std::vector<Slot> m_slots;
  std::unique_ptr<std::unordered_map<Cell*, std::uint32_t>> m_index;
};

class ArrayObject final : public Object {
 public:
  static constexpr std::uint32_t kMaxDenseGap = 1u << 20;

  ArrayObject(Heap& heap, Object* prototype) : Object(prototype, ObjectClass::kArray), m_heap(&heap) {}

  std::uint32_t length() const { return m_length; }
  // Sets `length` (truncating or growing with holes); false when too big for dense storage is
  // not an issue: elements past the dense part live in the property table.
  void set_length(std::uint32_t length);
  std::vector<Value>& elements() { return m_elements; }
  const std::vector<Value>& elements() const { return m_elements; }
  // Element i or the hole (reads the dense part, then the table). No prototype lookup.
  Value element(std::uint32_t i) const;
  void set_element(std::uint32_t i, Value v);  // plain data element (creates it)
  void push(Value v) { set_element(m_length, v); }
  bool length_writable() const { return m_length_writable; }
  void freeze_length() { m_length_writable = false; }

  std::optional<PropertyDescriptor> get_own_property(PropKey key) const override;
  void define(PropKey key, Value value, std::uint8_t attrs = kDefaultAttrs) override;
  bool define_own_property(PropKey key, const PropertyDescriptor& desc) override;
  bool delete_property(PropKey key) override;
  std::vector<PropKey> own_keys(Heap& heap, bool include_symbols = true) const override;

  void trace(Tracer& t) override;
  std::size_t byte_size() const override {
    return Object::byte_size() + m_elements.capacity() * sizeof(Value);
  }

 private:
  Heap* m_heap;
  std::vector<Value> m_elements;
  std::uint32_t m_length = 0;
  bool m_length_writable = true;
};

// ---- Functions ----

using NativeFn = Value (*)(Vm& vm, Value this_value, ArgList args);

enum class FunctionFlavor : std::uint8_t { kClosure, kNative, kBound };

class FunctionObject : public Object {
 public:
  FunctionObject(Object* prototype, FunctionFlavor flavor)
      : Object(prototype, ObjectClass::kFunction), m_flavor(flavor) {}
  FunctionFlavor flavor() const { return m_flavor; }
  bool is_constructor() const { return m_constructor; }
  void set_constructor(bool c) { m_constructor = c; }
  // The function's own "name" data property as UTF-8 ("" when absent or not a string).
  std::string name_utf8() const;

 private:
  FunctionFlavor m_flavor;
  bool m_constructor = false;
};

// A function written in JavaScript: compiled code plus the environment it closes over.
class ClosureFunction final : public FunctionObject {
 public:
  ClosureFunction(Object* prototype, Code* code, Environment* env)
      : FunctionObject(prototype, FunctionFlavor::kClosure), m_code(code), m_env(env) {}
  Code* code() const { return m_code; }
  Environment* environment() const { return m_env; }
  // Arrows: the `this` and new.target of the scope that created them.
  Value bound_this() const { return m_bound_this; }
  Value bound_new_target() const { return m_bound_new_target; }
  void set_lexical_this(Value this_value, Value new_target) {
    m_bound_this = this_value;
    m_bound_new_target = new_target;
  }
  // Methods: the object whose prototype `super.x` reads ([[HomeObject]]).
  Object* home_object() const { return m_home; }
  void set_home_object(Object* home) { m_home = home; }
  // Classes: the instance fields initialiser (a method run with `this` = the new instance).
  Value fields_initializer() const { return m_fields; }
  void set_fields_initializer(Value f) { m_fields = f; }
  bool is_class_constructor() const;
  bool is_derived_constructor() const;
  bool is_async() const;
  bool is_arrow() const;
  // Source text as Function.prototype.toString prints it.
  std::string source_text() const;

  void trace(Tracer& t) override;

 private:
  Code* m_code;
  Environment* m_env;
  Value m_bound_this;
  Value m_bound_new_target;
  Object* m_home = nullptr;
  Value m_fields;
};

class NativeFunction final : public FunctionObject {
 public:
  NativeFunction(Object* prototype, NativeFn fn, bool host_call)
      : FunctionObject(prototype, FunctionFlavor::kNative), m_fn(fn), m_host_call(host_call) {}
  NativeFn fn() const { return m_fn; }
  // A host call: the interpreter yields to the runtime before calling it (see vm.h).
  bool is_host_call() const { return m_host_call; }
  // Data the native keeps (promise resolving functions keep their promise, ...).
  std::vector<Value>& slots() { return m_slots; }
  Value slot(std::size_t i) const { return i < m_slots.size() ? m_slots[i] : Value::undefined(); }
  // Opaque C++ data for natives made by the bindings (not traced).
  void* host_data() const { return m_host_data; }
  void set_host_data(void* data) { m_host_data = data; }

  void trace(Tracer& t) override;

 private:
  NativeFn m_fn;
  bool m_host_call;
  std::vector<Value> m_slots;
  void* m_host_data = nullptr;
};

class BoundFunction final : public FunctionObject {
 public:
  BoundFunction(Object* prototype, Object* target, Value this_value, std::vector<Value> args)
      : FunctionObject(prototype, FunctionFlavor::kBound),
        m_target(target),
        m_this(this_value),
        m_args(std::move(args)) {}
  Object* target() const { return m_target; }
  Value bound_this() const { return m_this; }
  const std::vector<Value>& bound_args() const { return m_args; }
  void trace(Tracer& t) override;

 private:
  Object* m_target;
  Value m_this;
  std::vector<Value> m_args;
};

// ---- Other exotic kinds ----

// new Boolean / Number / String, Object(Symbol()): the wrapped primitive. A String object also
// exposes its code units as index properties and a `length`.
class PrimitiveObject final : public Object {
 public:
  PrimitiveObject(Heap& heap, Object* prototype, ObjectClass cls, Value primitive)
      : Object(prototype, cls), m_heap(&heap), m_primitive(primitive) {}
  Value primitive() const { return m_primitive; }
  std::optional<PropertyDescriptor> get_own_property(PropKey key) const override;
  std::vector<PropKey> own_keys(Heap& heap, bool include_symbols = true) const override;
  bool delete_property(PropKey key) override;  // a String object's indices and length: false
  void trace(Tracer& t) override;

 private:
  Heap* m_heap;
  Value m_primitive;
};

// An error's "stack" is made lazily, as V8 does: the frames are captured at construction, and the
// text ("Name: message\n    at ...") is made from the error's name and message the first time the
// property is read, so `this.name = 'MyError'` in a subclass constructor shows in the stack.
class ErrorObject final : public Object {
 public:
  explicit ErrorObject(Object* prototype) : Object(prototype, ObjectClass::kError) {}
  // Called by Vm::capture_stack: the "stack" slot exists (keeping its place in key order) and its
  // text is made on first read from `frames` (the "\n    at ..." lines).
  void set_pending_stack(Vm* vm, std::string frames);

  // Where the error was made: the innermost script position when its stack was captured. node's
  // header for an unhandled rejection (file:line, source line, caret) points there.
  struct Origin {
    std::shared_ptr<const SourceText> source;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
  };
  void set_origin(Origin origin) { m_origin = std::move(origin); }
  const Origin& origin() const { return m_origin; }

  std::optional<PropertyDescriptor> get_own_property(PropKey key) const override;
  std::optional<std::uint8_t> own_property_attrs(PropKey key) const override;
  void define(PropKey key, Value value, std::uint8_t attrs = kDefaultAttrs) override;
  bool define_own_property(PropKey key, const PropertyDescriptor& desc) override;
  bool delete_property(PropKey key) override;

 private:
  void materialize() const;
  mutable Vm* m_vm = nullptr;
  mutable std::string m_frames;
  mutable bool m_pending = false;
  Origin m_origin;
};

class DateObject final : public Object {
 public:
  DateObject(Object* prototype, double time) : Object(prototype, ObjectClass::kDate), m_time(time) {}
  double time() const { return m_time; }  // ms since the epoch, NaN for an invalid date
  void set_time(double t) { m_time = t; }

 private:
  double m_time;
};

// The ordered table behind Map and Set: insertion order, deleted entries left as tombstones (so
// live iterators keep their place) and compacted when no iterator could notice; SameValueZero
// keys.
class OrderedTable {
 public:
  struct Entry {
    Value key;
    Value value;
    bool deleted = false;
  };
  std::optional<std::size_t> find(Value key) const;
  void set(Value key, Value value);  // adds at the end or updates in place
  bool remove(Value key);
  void clear();
  std::size_t size() const { return m_live; }
  // Iteration: entries()[i] for i < entries().size(), skipping deleted ones.
  const std::vector<Entry>& entries() const { return m_entries; }
  void trace(Tracer& t) const;

 private:
  static std::uint64_t hash(Value key);
  static Value normalize(Value key);
  std::vector<Entry> m_entries;
  std::unordered_multimap<std::uint64_t, std::size_t> m_index;
  std::size_t m_live = 0;
};

class MapObject final : public Object {
 public:
  MapObject(Object* prototype, ObjectClass cls) : Object(prototype, cls) {}  // kMap or kSet
  OrderedTable& table() { return m_table; }
  const OrderedTable& table() const { return m_table; }
  void trace(Tracer& t) override;
  std::size_t byte_size() const override {
    return Object::byte_size() + m_table.entries().capacity() * sizeof(OrderedTable::Entry);
  }

 private:
  OrderedTable m_table;
};

// WeakMap / WeakSet: keys are objects (or non-registered symbols), held weakly.
class WeakMapObject final : public Object {
 public:
  // kWeakMap or kWeakSet; registers itself with the heap as an ephemeron table.
  WeakMapObject(Heap& heap, Object* prototype, ObjectClass cls) : Object(prototype, cls) {
    heap.register_weak_container(this);
  }
  std::optional<Value> get_entry(Cell* key) const;
  void set_entry(Cell* key, Value value) { m_entries[key] = value; }
  bool remove_entry(Cell* key) { return m_entries.erase(key) > 0; }
  std::size_t entry_count() const { return m_entries.size(); }
  bool trace_ephemerons(Tracer& t) override;
  void clear_dead_entries() override;

 private:
  std::unordered_map<Cell*, Value> m_entries;  // lookups only: WeakMaps are not iterable
};

enum class PromiseState : std::uint8_t { kPending, kFulfilled, kRejected };

struct PromiseReaction {
  enum class Type : std::uint8_t { kFulfill, kReject };
  Type type = Type::kFulfill;
  Value capability;  // the derived promise (or undefined: await, internal reactions)
  Value resolve;     // the derived promise's resolving functions (undefined for built-ins)
  Value reject;
  Value handler;  // a callable, or undefined (identity / thrower)
};

class PromiseObject final : public Object {
 public:
  explicit PromiseObject(Object* prototype) : Object(prototype, ObjectClass::kPromise) {}
  PromiseState state() const { return m_state; }
  Value result() const { return m_result; }  // the value or the reason once settled
  bool is_handled() const { return m_handled; }

  // Internal state, driven by runtime/promise.cpp.
  void settle(PromiseState state, Value result) {
    m_state = state;
    m_result = result;
  }
  void set_handled() { m_handled = true; }
  std::vector<PromiseReaction>& fulfill_reactions() { return m_fulfill; }
  std::vector<PromiseReaction>& reject_reactions() { return m_reject; }
  // Set while a resolve function of this promise has been used ([[AlreadyResolved]] is kept per
  // pair of resolving functions; this flag serves the VM's internal resolves).
  void trace(Tracer& t) override;

 private:
  PromiseState m_state = PromiseState::kPending;
  Value m_result;
  bool m_handled = false;
  std::vector<PromiseReaction> m_fulfill;
  std::vector<PromiseReaction> m_reject;
};

// Array / Map / Set / String iterators (%ArrayIteratorPrototype%.next and friends).
class IteratorObject final : public Object {
 public:
  enum class Mode : std::uint8_t { kKeys, kValues, kEntries };
  IteratorObject(Object* prototype, ObjectClass cls, Value target, Mode mode)
      : Object(prototype, cls), m_target(target), m_mode(mode) {}
  Value target() const { return m_target; }
  void finish() { m_target = Value::undefined(); }
  Mode mode() const { return m_mode; }
  std::size_t position() const { return m_position; }
  void set_position(std::size_t p) { m_position = p; }
  void trace(Tracer& t) override;

 private:
  Value m_target;  // undefined once exhausted
  Mode m_mode;
  std::size_t m_position = 0;
};

}  // namespace looplab::js
