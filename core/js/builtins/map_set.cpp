// Map, Set, WeakMap and WeakSet (24.1-24.4).
//
// Map and Set store their entries in the runtime's OrderedTable (insertion order, SameValueZero
// keys, -0 normalised to +0); their iterators are IteratorObjects whose next() is the core's
// (iterator.cpp): deleted entries stay as tombstones, so an iterator sees entries added during
// iteration and skips deleted ones. forEach is in the JavaScript prelude (prelude_array.cpp) so
// its callback runs as an ordinary VM frame. WeakMap/WeakSet entries are ephemerons the heap
// clears when their key dies (heap.h).
#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

MapObject* this_table(Vm& vm, Value this_value, ObjectClass cls, const char* method) {
  if (this_value.is_object() && this_value.as_object()->object_class() == cls) {
    return static_cast<MapObject*>(this_value.as_object());
  }
  vm.throw_type_error(std::string("Method ") + method + " called on incompatible receiver " +
                      builtins::describe_for_error(vm, this_value));
  return nullptr;
}

WeakMapObject* this_weak(Vm& vm, Value this_value, ObjectClass cls, const char* method) {
  if (this_value.is_object() && this_value.as_object()->object_class() == cls) {
    return static_cast<WeakMapObject*>(this_value.as_object());
  }
  vm.throw_type_error(std::string("Method ") + method + " called on incompatible receiver " +
                      builtins::describe_for_error(vm, this_value));
  return nullptr;
}

// Fills a new collection from an iterable by calling its own adder ("set" or "add"), as
// 24.1.1.2 AddEntriesFromIterable does.
Value fill_from_iterable(Vm& vm, Object* target, Value iterable, const char* adder_name, bool entries) {
  if (iterable.is_nullish()) return Value(target);
  Value adder = target->get(vm, vm.key(adder_name));
  if (adder.is_exception()) return adder;
  if (!Vm::is_callable(adder)) {
    return vm.throw_type_error("'" + builtins::describe_for_error(vm, adder) + "' returned for property '" +
                               adder_name + "' of object '" +
                               builtins::describe_for_error(vm, Value(target)) + "' is not a function");
  }
  Value r = builtins::iterate(vm, iterable, [&](Value item) -> Value {
    if (!entries) return vm.call(adder, Value(target), {item});
    if (!item.is_object()) {
      return vm.throw_type_error("Iterator value " + builtins::describe_for_error(vm, item) +
                                 " is not an entry object");
    }
    Value k = vm.get(item, vm.index_key(0));
    if (k.is_exception()) return k;
    Value v = vm.get(item, vm.index_key(1));
    if (v.is_exception()) return v;
    return vm.call(adder, Value(target), {k, v});
  });
  if (r.is_exception()) return r;
  return Value(target);
}

Value require_new(Vm& vm, const char* name) {
  return vm.throw_type_error(std::string("Constructor ") + name + " requires 'new'");
}

// ---- Map ----

Value map_ctor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) return require_new(vm, "Map");
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().map_prototype);
  auto* map = vm.heap().make<MapObject>(proto, ObjectClass::kMap);
  return fill_from_iterable(vm, map, args[0], "set", true);
}

Value map_get(Vm& vm, Value this_value, ArgList args) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "Map.prototype.get");
  if (m == nullptr) return Value::exception();
  auto i = m->table().find(args[0]);
  return i ? m->table().entries()[*i].value : Value::undefined();
}

Value map_set(Vm& vm, Value this_value, ArgList args) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "Map.prototype.set");
  if (m == nullptr) return Value::exception();
  m->table().set(args[0], args[1]);
  return this_value;
}

Value map_has(Vm& vm, Value this_value, ArgList args) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "Map.prototype.has");
  if (m == nullptr) return Value::exception();
  return Value::boolean(m->table().find(args[0]).has_value());
}

Value map_delete(Vm& vm, Value this_value, ArgList args) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "Map.prototype.delete");
  if (m == nullptr) return Value::exception();
  return Value::boolean(m->table().remove(args[0]));
}

Value map_clear(Vm& vm, Value this_value, ArgList) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "Map.prototype.clear");
  if (m == nullptr) return Value::exception();
  m->table().clear();
  return Value::undefined();
}

Value map_size(Vm& vm, Value this_value, ArgList) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "get Map.prototype.size");
  if (m == nullptr) return Value::exception();
  return Value(static_cast<double>(m->table().size()));
}

Value make_iterator(Vm& vm, MapObject* m, IteratorObject::Mode mode) {
  bool is_map = m->object_class() == ObjectClass::kMap;
  Realm& realm = vm.realm();
  return Value(vm.heap().make<IteratorObject>(
      is_map ? realm.map_iterator_prototype : realm.set_iterator_prototype,
      is_map ? ObjectClass::kMapIterator : ObjectClass::kSetIterator, Value(m), mode));
}

Value map_entries(Vm& vm, Value this_value, ArgList) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "Map.prototype.entries");
  if (m == nullptr) return Value::exception();
  return make_iterator(vm, m, IteratorObject::Mode::kEntries);
}
Value map_keys(Vm& vm, Value this_value, ArgList) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "Map.prototype.keys");
  if (m == nullptr) return Value::exception();
  return make_iterator(vm, m, IteratorObject::Mode::kKeys);
}
Value map_values(Vm& vm, Value this_value, ArgList) {
  MapObject* m = this_table(vm, this_value, ObjectClass::kMap, "Map.prototype.values");
  if (m == nullptr) return Value::exception();
  return make_iterator(vm, m, IteratorObject::Mode::kValues);
}

// ---- Set ----

Value set_ctor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) return require_new(vm, "Set");
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().set_prototype);
  auto* set = vm.heap().make<MapObject>(proto, ObjectClass::kSet);
  return fill_from_iterable(vm, set, args[0], "add", false);
}

Value set_add(Vm& vm, Value this_value, ArgList args) {
  MapObject* s = this_table(vm, this_value, ObjectClass::kSet, "Set.prototype.add");
  if (s == nullptr) return Value::exception();
  if (!s->table().find(args[0])) s->table().set(args[0], Value::undefined());
  return this_value;
}

Value set_has(Vm& vm, Value this_value, ArgList args) {
  MapObject* s = this_table(vm, this_value, ObjectClass::kSet, "Set.prototype.has");
  if (s == nullptr) return Value::exception();
  return Value::boolean(s->table().find(args[0]).has_value());
}

Value set_delete(Vm& vm, Value this_value, ArgList args) {
  MapObject* s = this_table(vm, this_value, ObjectClass::kSet, "Set.prototype.delete");
  if (s == nullptr) return Value::exception();
  return Value::boolean(s->table().remove(args[0]));
}

Value set_clear(Vm& vm, Value this_value, ArgList) {
  MapObject* s = this_table(vm, this_value, ObjectClass::kSet, "Set.prototype.clear");
  if (s == nullptr) return Value::exception();
  s->table().clear();
  return Value::undefined();
}

Value set_size(Vm& vm, Value this_value, ArgList) {
  MapObject* s = this_table(vm, this_value, ObjectClass::kSet, "get Set.prototype.size");
  if (s == nullptr) return Value::exception();
  return Value(static_cast<double>(s->table().size()));
}

Value set_values(Vm& vm, Value this_value, ArgList) {
  MapObject* s = this_table(vm, this_value, ObjectClass::kSet, "Set.prototype.values");
  if (s == nullptr) return Value::exception();
  return make_iterator(vm, s, IteratorObject::Mode::kValues);
}
Value set_entries(Vm& vm, Value this_value, ArgList) {
  MapObject* s = this_table(vm, this_value, ObjectClass::kSet, "Set.prototype.entries");
  if (s == nullptr) return Value::exception();
  return make_iterator(vm, s, IteratorObject::Mode::kEntries);
}

// ---- WeakMap / WeakSet ----

bool can_be_held_weakly(Value v) {
  return v.is_object() || (v.is_symbol() && !v.as_symbol()->is_registered());
}

Value weakmap_ctor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) return require_new(vm, "WeakMap");
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().weakmap_prototype);
  auto* map = vm.heap().make<WeakMapObject>(vm.heap(), proto, ObjectClass::kWeakMap);
  return fill_from_iterable(vm, map, args[0], "set", true);
}

Value weakmap_get(Vm& vm, Value this_value, ArgList args) {
  WeakMapObject* m = this_weak(vm, this_value, ObjectClass::kWeakMap, "WeakMap.prototype.get");
  if (m == nullptr) return Value::exception();
  if (!can_be_held_weakly(args[0])) return Value::undefined();
  auto v = m->get_entry(args[0].as_cell());
  return v ? *v : Value::undefined();
}

Value weakmap_set(Vm& vm, Value this_value, ArgList args) {
  WeakMapObject* m = this_weak(vm, this_value, ObjectClass::kWeakMap, "WeakMap.prototype.set");
  if (m == nullptr) return Value::exception();
  if (!can_be_held_weakly(args[0])) return vm.throw_type_error("Invalid value used as weak map key");
  m->set_entry(args[0].as_cell(), args[1]);
  return this_value;
}

Value weakmap_has(Vm& vm, Value this_value, ArgList args) {
  WeakMapObject* m = this_weak(vm, this_value, ObjectClass::kWeakMap, "WeakMap.prototype.has");
  if (m == nullptr) return Value::exception();
  return Value::boolean(can_be_held_weakly(args[0]) && m->get_entry(args[0].as_cell()).has_value());
}

Value weakmap_delete(Vm& vm, Value this_value, ArgList args) {
  WeakMapObject* m = this_weak(vm, this_value, ObjectClass::kWeakMap, "WeakMap.prototype.delete");
  if (m == nullptr) return Value::exception();
  return Value::boolean(can_be_held_weakly(args[0]) && m->remove_entry(args[0].as_cell()));
}

Value weakset_ctor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) return require_new(vm, "WeakSet");
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().weakset_prototype);
  auto* set = vm.heap().make<WeakMapObject>(vm.heap(), proto, ObjectClass::kWeakSet);
  return fill_from_iterable(vm, set, args[0], "add", false);
}

Value weakset_add(Vm& vm, Value this_value, ArgList args) {
  WeakMapObject* s = this_weak(vm, this_value, ObjectClass::kWeakSet, "WeakSet.prototype.add");
  if (s == nullptr) return Value::exception();
  if (!can_be_held_weakly(args[0])) return vm.throw_type_error("Invalid value used in weak set");
  s->set_entry(args[0].as_cell(), Value::boolean(true));
  return this_value;
}

Value weakset_has(Vm& vm, Value this_value, ArgList args) {
  WeakMapObject* s = this_weak(vm, this_value, ObjectClass::kWeakSet, "WeakSet.prototype.has");
  if (s == nullptr) return Value::exception();
  return Value::boolean(can_be_held_weakly(args[0]) && s->get_entry(args[0].as_cell()).has_value());
}

Value weakset_delete(Vm& vm, Value this_value, ArgList args) {
  WeakMapObject* s = this_weak(vm, this_value, ObjectClass::kWeakSet, "WeakSet.prototype.delete");
  if (s == nullptr) return Value::exception();
  return Value::boolean(can_be_held_weakly(args[0]) && s->remove_entry(args[0].as_cell()));
}

void tag(Vm& vm, Object* proto, const char* name) {
  proto->define(PropKey(vm.realm().symbol_to_string_tag), Value(vm.atom(name)), kConfigurable);
}

}  // namespace

void install_map_set(Realm& realm) {
  Vm& vm = realm.vm();
  PropKey iterator_key(realm.symbol_iterator);

  Object* mp = realm.map_prototype;
  NativeFunction* map_constructor = vm.new_native_constructor("Map", 0, map_ctor, mp);
  define_species_getter(realm, map_constructor);
  realm.define_global("Map", Value(map_constructor));
  vm.define_method(mp, "get", map_get, 1);
  vm.define_method(mp, "set", map_set, 2);
  vm.define_method(mp, "has", map_has, 1);
  vm.define_method(mp, "delete", map_delete, 1);
  vm.define_method(mp, "clear", map_clear, 0);
  NativeFunction* entries = vm.define_method(mp, "entries", map_entries, 0);
  vm.define_getter(mp, "size", map_size);
  vm.define_method(mp, "keys", map_keys, 0);
  vm.define_method(mp, "values", map_values, 0);
  tag(vm, mp, "Map");
  mp->define(iterator_key, Value(entries), kMethodAttrs);

  Object* sp = realm.set_prototype;
  NativeFunction* set_constructor = vm.new_native_constructor("Set", 0, set_ctor, sp);
  define_species_getter(realm, set_constructor);
  realm.define_global("Set", Value(set_constructor));
  vm.define_method(sp, "has", set_has, 1);
  vm.define_method(sp, "add", set_add, 1);
  vm.define_method(sp, "delete", set_delete, 1);
  vm.define_method(sp, "clear", set_clear, 0);
  vm.define_method(sp, "entries", set_entries, 0);
  vm.define_getter(sp, "size", set_size);
  NativeFunction* values = vm.define_method(sp, "values", set_values, 0);
  sp->define(vm.key("keys"), Value(values), kMethodAttrs);
  tag(vm, sp, "Set");
  sp->define(iterator_key, Value(values), kMethodAttrs);

  Object* wmp = realm.weakmap_prototype;
  realm.define_global("WeakMap", Value(vm.new_native_constructor("WeakMap", 0, weakmap_ctor, wmp)));
  vm.define_method(wmp, "delete", weakmap_delete, 1);
  vm.define_method(wmp, "get", weakmap_get, 1);
  vm.define_method(wmp, "set", weakmap_set, 2);
  vm.define_method(wmp, "has", weakmap_has, 1);
  tag(vm, wmp, "WeakMap");

  Object* wsp = realm.weakset_prototype;
  realm.define_global("WeakSet", Value(vm.new_native_constructor("WeakSet", 0, weakset_ctor, wsp)));
  vm.define_method(wsp, "delete", weakset_delete, 1);
  vm.define_method(wsp, "has", weakset_has, 1);
  vm.define_method(wsp, "add", weakset_add, 1);
  tag(vm, wsp, "WeakSet");
}

}  // namespace looplab::js
