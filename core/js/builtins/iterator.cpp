// %IteratorPrototype% and the built-in iterators: arrays (values/keys/entries and
// [Symbol.iterator]), strings (by code point), Map and Set (their next(); map_set.cpp makes them
// with make_map_iterator-style IteratorObjects over realm.map_iterator_prototype /
// set_iterator_prototype).
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

Value iterator_self(Vm&, Value this_value, ArgList) {
  return this_value;
}

Object* iter_result(Vm& vm, Value value, bool done) {
  Object* r = vm.new_object();
  r->define(vm.key("value"), value);
  r->define(vm.key("done"), Value::boolean(done));
  return r;
}

IteratorObject* this_iterator(Value v, ObjectClass cls) {
  if (!v.is_object() || v.as_object()->object_class() != cls) return nullptr;
  return static_cast<IteratorObject*>(v.as_object());
}

Value array_iterator_next(Vm& vm, Value this_value, ArgList) {
  IteratorObject* it = this_iterator(this_value, ObjectClass::kArrayIterator);
  if (it == nullptr) return vm.throw_type_error("next method called on incompatible receiver");
  Value target = it->target();
  if (target.is_undefined()) return Value(iter_result(vm, Value::undefined(), true));
  std::size_t i = it->position();
  double length;
  if (target.as_object()->is_array()) {
    length = static_cast<ArrayObject*>(target.as_object())->length();
  } else {
    Value len = vm.get(target, "length");
    if (len.is_exception()) return len;
    auto n = to_length(vm, len);
    if (!n) return Value::exception();
    length = *n;
  }
  if (static_cast<double>(i) >= length) {
    it->finish();
    return Value(iter_result(vm, Value::undefined(), true));
  }
  it->set_position(i + 1);
  if (it->mode() == IteratorObject::Mode::kKeys)
    return Value(iter_result(vm, Value(static_cast<double>(i)), false));
  Value element;
  if (target.as_object()->is_array()) {
    element = static_cast<ArrayObject*>(target.as_object())->element(static_cast<std::uint32_t>(i));
    if (element.is_hole()) element = vm.get(target, vm.index_key(static_cast<std::uint32_t>(i)));
  } else {
    element = vm.get(target, vm.index_key(static_cast<std::uint32_t>(i)));
  }
  if (element.is_exception()) return element;
  if (it->mode() == IteratorObject::Mode::kValues) return Value(iter_result(vm, element, false));
  return Value(iter_result(vm, Value(vm.new_array({Value(static_cast<double>(i)), element})), false));
}

Value make_array_iterator(Vm& vm, Value this_value, IteratorObject::Mode mode) {
  Object* o = to_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  return Value(vm.heap().make<IteratorObject>(vm.realm().array_iterator_prototype,
                                              ObjectClass::kArrayIterator, Value(o), mode));
}

Value array_values(Vm& vm, Value this_value, ArgList) {
  return make_array_iterator(vm, this_value, IteratorObject::Mode::kValues);
}
Value array_keys(Vm& vm, Value this_value, ArgList) {
  return make_array_iterator(vm, this_value, IteratorObject::Mode::kKeys);
}
Value array_entries(Vm& vm, Value this_value, ArgList) {
  return make_array_iterator(vm, this_value, IteratorObject::Mode::kEntries);
}

Value string_iterator(Vm& vm, Value this_value, ArgList) {
  if (this_value.is_nullish()) {
    return vm.throw_type_error("String.prototype[Symbol.iterator] called on null or undefined");
  }
  String* s = to_string(vm, this_value);
  if (s == nullptr) return Value::exception();
  return Value(vm.heap().make<IteratorObject>(vm.realm().string_iterator_prototype,
                                              ObjectClass::kStringIterator, Value(s),
                                              IteratorObject::Mode::kValues));
}

Value string_iterator_next(Vm& vm, Value this_value, ArgList) {
  IteratorObject* it = this_iterator(this_value, ObjectClass::kStringIterator);
  if (it == nullptr) return vm.throw_type_error("next method called on incompatible receiver");
  if (it->target().is_undefined()) return Value(iter_result(vm, Value::undefined(), true));
  const std::u16string& text = it->target().as_string()->text();
  std::size_t i = it->position();
  if (i >= text.size()) {
    it->finish();
    return Value(iter_result(vm, Value::undefined(), true));
  }
  std::size_t n = 1;
  if (text[i] >= 0xD800 && text[i] <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
      text[i + 1] <= 0xDFFF) {
    n = 2;
  }
  it->set_position(i + n);
  return Value(iter_result(vm, Value(vm.string(text.substr(i, n))), false));
}

// Map and Set iterators walk the OrderedTable, skipping deleted entries.
Value table_iterator_next(Vm& vm, Value this_value, ObjectClass cls) {
  IteratorObject* it = this_iterator(this_value, cls);
  if (it == nullptr) return vm.throw_type_error("next method called on incompatible receiver");
  if (it->target().is_undefined()) return Value(iter_result(vm, Value::undefined(), true));
  const OrderedTable& table = static_cast<MapObject*>(it->target().as_object())->table();
  std::size_t i = it->position();
  while (i < table.entries().size() && table.entries()[i].deleted) ++i;
  if (i >= table.entries().size()) {
    it->finish();
    return Value(iter_result(vm, Value::undefined(), true));
  }
  it->set_position(i + 1);
  const OrderedTable::Entry& e = table.entries()[i];
  bool is_set = cls == ObjectClass::kSetIterator;
  switch (it->mode()) {
    case IteratorObject::Mode::kKeys:
      return Value(iter_result(vm, e.key, false));
    case IteratorObject::Mode::kValues:
      return Value(iter_result(vm, is_set ? e.key : e.value, false));
    case IteratorObject::Mode::kEntries:
      return Value(iter_result(vm, Value(vm.new_array({e.key, is_set ? e.key : e.value})), false));
  }
  return Value::undefined();
}

Value map_iterator_next(Vm& vm, Value this_value, ArgList) {
  return table_iterator_next(vm, this_value, ObjectClass::kMapIterator);
}
Value set_iterator_next(Vm& vm, Value this_value, ArgList) {
  return table_iterator_next(vm, this_value, ObjectClass::kSetIterator);
}

}  // namespace

void install_iterator(Realm& realm) {
  Vm& vm = realm.vm();
  PropKey iterator_key(realm.symbol_iterator);
  vm.define_method(realm.iterator_prototype, iterator_key, "[Symbol.iterator]", iterator_self, 0);
  vm.define_method(realm.async_iterator_prototype, PropKey(realm.symbol_async_iterator),
                   "[Symbol.asyncIterator]", iterator_self, 0);

  vm.define_method(realm.array_iterator_prototype, "next", array_iterator_next, 0);
  realm.array_iterator_prototype->define(PropKey(realm.symbol_to_string_tag),
                                         Value(vm.atom("Array Iterator")), kConfigurable);
  vm.define_method(realm.string_iterator_prototype, "next", string_iterator_next, 0);
  realm.string_iterator_prototype->define(PropKey(realm.symbol_to_string_tag),
                                          Value(vm.atom("String Iterator")), kConfigurable);
  vm.define_method(realm.map_iterator_prototype, "next", map_iterator_next, 0);
  realm.map_iterator_prototype->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("Map Iterator")),
                                       kConfigurable);
  vm.define_method(realm.set_iterator_prototype, "next", set_iterator_next, 0);
  realm.set_iterator_prototype->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("Set Iterator")),
                                       kConfigurable);

  // Array.prototype.values / keys / entries / [Symbol.iterator] (the same function as values).
  Object* ap = realm.array_prototype;
  NativeFunction* values = vm.define_method(ap, "values", array_values, 0);
  ap->define(iterator_key, Value(values), kMethodAttrs);
  realm.array_values_function = Value(values);
  vm.define_method(ap, "keys", array_keys, 0);
  vm.define_method(ap, "entries", array_entries, 0);
  vm.define_method(realm.string_prototype, iterator_key, "[Symbol.iterator]", string_iterator, 0);
}

}  // namespace looplab::js
