// Symbol: Symbol(), description, toString, the well-known symbols, Symbol.for / keyFor.
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

Symbol* this_symbol(Value v) {
  if (v.is_symbol()) return v.as_symbol();
  if (v.is_object() && v.as_object()->object_class() == ObjectClass::kSymbol) {
    return static_cast<PrimitiveObject*>(v.as_object())->primitive().as_symbol();
  }
  return nullptr;
}

Value symbol_call(Vm& vm, Value, ArgList args) {
  if (!vm.new_target().is_undefined()) return vm.throw_type_error("Symbol is not a constructor");
  Value description;
  if (!args[0].is_undefined()) {
    String* s = to_string(vm, args[0]);
    if (s == nullptr) return Value::exception();
    description = Value(s);
  }
  return Value(vm.heap().make<Symbol>(description));
}

Value symbol_to_string(Vm& vm, Value this_value, ArgList) {
  Symbol* s = this_symbol(this_value);
  if (s == nullptr) return vm.throw_type_error("Symbol.prototype.toString requires that 'this' be a Symbol");
  return Value(vm.string(s->descriptive_string()));
}

Value symbol_value_of(Vm& vm, Value this_value, ArgList) {
  Symbol* s = this_symbol(this_value);
  if (s == nullptr) return vm.throw_type_error("Symbol.prototype.valueOf requires that 'this' be a Symbol");
  return Value(s);
}

Value symbol_description(Vm& vm, Value this_value, ArgList) {
  Symbol* s = this_symbol(this_value);
  if (s == nullptr)
    return vm.throw_type_error("Symbol.prototype.description requires that 'this' be a Symbol");
  return s->description();
}

Value symbol_for(Vm& vm, Value, ArgList args) {
  String* key = to_string(vm, args[0]);
  if (key == nullptr) return Value::exception();
  Realm& realm = vm.realm();
  for (auto& entry : realm.symbol_registry) {
    if (entry.first->text() == key->text()) return Value(entry.second);
  }
  auto* s = vm.heap().make<Symbol>(Value(key), true);
  realm.symbol_registry.emplace_back(key, s);
  return Value(s);
}

Value symbol_key_for(Vm& vm, Value, ArgList args) {
  if (!args[0].is_symbol()) {
    String* s = to_string(vm, args[0]);
    return vm.throw_type_error((s != nullptr ? s->to_utf8() : std::string("value")) + " is not a symbol");
  }
  for (auto& entry : vm.realm().symbol_registry) {
    if (entry.second == args[0].as_symbol()) return Value(entry.first);
  }
  return Value::undefined();
}

Value symbol_to_primitive(Vm& vm, Value this_value, ArgList args) {
  return symbol_value_of(vm, this_value, args);
}

// get [Symbol.species]() { return this; } (Array, Map, Set, Promise...).
Value species_getter(Vm&, Value this_value, ArgList) {
  return this_value;
}

}  // namespace

// The well-known symbols the realm has no field for live only as (non-writable,
// non-configurable) properties of the Symbol constructor, which keeps them alive.
Symbol* well_known_symbol(Realm& realm, std::string_view name) {
  if (realm.symbol_constructor == nullptr) return nullptr;
  auto d = realm.symbol_constructor->get_own_property(realm.vm().key(name));
  if (!d || d->is_accessor() || !d->value.is_symbol()) return nullptr;
  return d->value.as_symbol();
}

void define_species_getter(Realm& realm, Object* constructor) {
  Symbol* species = well_known_symbol(realm, "species");
  if (species == nullptr || constructor == nullptr) return;
  realm.vm().define_getter(constructor, PropKey(species), "[Symbol.species]", species_getter);
}

void install_symbol(Realm& realm) {
  Vm& vm = realm.vm();
  Object* proto = realm.symbol_prototype;
  NativeFunction* ctor = vm.new_native_constructor("Symbol", 0, symbol_call, proto);
  realm.symbol_constructor = ctor;
  vm.define_method(proto, "toString", symbol_to_string, 0);
  vm.define_method(proto, "valueOf", symbol_value_of, 0);
  vm.define_getter(proto, "description", symbol_description);
  proto->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("Symbol")), kConfigurable);
  NativeFunction* to_prim = vm.new_native("[Symbol.toPrimitive]", 1, symbol_to_primitive);
  proto->define(PropKey(realm.symbol_to_primitive), Value(to_prim), kConfigurable);
  vm.define_method(ctor, "for", symbol_for, 1);
  vm.define_method(ctor, "keyFor", symbol_key_for, 1);
  ctor->define(vm.key("iterator"), Value(realm.symbol_iterator), 0);
  ctor->define(vm.key("asyncIterator"), Value(realm.symbol_async_iterator), 0);
  ctor->define(vm.key("hasInstance"), Value(realm.symbol_has_instance), 0);
  ctor->define(vm.key("toPrimitive"), Value(realm.symbol_to_primitive), 0);
  ctor->define(vm.key("toStringTag"), Value(realm.symbol_to_string_tag), 0);
  // Well-known symbols without a realm field (see well_known_symbol).
  for (const char* name :
       {"isConcatSpreadable", "match", "matchAll", "replace", "search", "species", "split", "unscopables"}) {
    Value description = Value(vm.string(std::string("Symbol.") + name));
    ctor->define(vm.key(name), Value(vm.heap().make<Symbol>(description)), 0);
  }
  realm.define_global("Symbol", Value(ctor));
}

}  // namespace looplab::js
