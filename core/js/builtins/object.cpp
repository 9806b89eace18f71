// Object, Object.prototype and Reflect: the reflective functions (keys, assign, freeze, defineProperty,
// ...) and the methods every object inherits (hasOwnProperty, toString, __proto__).
//
// Descriptors in the runtime are always complete (object.h), so Object.defineProperty merges a
// partial descriptor with the current property itself before handing it to
// [[DefineOwnProperty]] (10.1.6.3 ValidateAndApplyPropertyDescriptor does the rest).
#include <cmath>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

using builtins::describe_for_error;

namespace {

// A partial descriptor as ToPropertyDescriptor (6.2.6.5) reads it.
struct PartialDescriptor {
  std::optional<Value> value, get, set;
  std::optional<bool> writable, enumerable, configurable;
  bool is_accessor() const { return get.has_value() || set.has_value(); }
};

std::optional<PartialDescriptor> to_property_descriptor(Vm& vm, Value v) {
  if (!v.is_object()) {
    vm.throw_type_error("Property description must be an object: " + describe_for_error(vm, v));
    return std::nullopt;
  }
  Object* o = v.as_object();
  PartialDescriptor d;
  auto read = [&](const char* name, std::optional<Value>& out) -> bool {
    PropKey k = vm.key(name);
    if (!o->has_property(k)) return true;
    Value x = o->get(vm, k);
    if (x.is_exception()) return false;
    out = x;
    return true;
  };
  std::optional<Value> e, c, w;
  if (!read("enumerable", e) || !read("configurable", c) || !read("value", d.value) || !read("writable", w) ||
      !read("get", d.get) || !read("set", d.set)) {
    return std::nullopt;
  }
  if (e) d.enumerable = to_boolean(*e);
  if (c) d.configurable = to_boolean(*c);
  if (w) d.writable = to_boolean(*w);
  if (d.get && !d.get->is_undefined() && !Vm::is_callable(*d.get)) {
    vm.throw_type_error("Getter must be a function: " + describe_for_error(vm, *d.get));
    return std::nullopt;
  }
  if (d.set && !d.set->is_undefined() && !Vm::is_callable(*d.set)) {
    vm.throw_type_error("Setter must be a function: " + describe_for_error(vm, *d.set));
    return std::nullopt;
  }
  if (d.is_accessor() && (d.value || d.writable)) {
    vm.throw_type_error(
        "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, " +
        describe_for_error(vm, v));
    return std::nullopt;
  }
  return d;
}

std::string key_text(PropKey k) {
  return k.is_symbol() ? k.as_symbol()->descriptive_string() : k.as_string()->to_utf8();
}

// Applies a partial descriptor: merges with the current property, then validates.
bool define_from_partial(Vm& vm, Object* o, PropKey key, const PartialDescriptor& d) {
  auto current = o->get_own_property(key);
  PropertyDescriptor full;
  if (!current) {
    if (!o->is_extensible()) {
      vm.throw_type_error("Cannot define property " + key_text(key) + ", object is not extensible");
      return false;
    }
    full.attrs = 0;
    if (d.enumerable.value_or(false)) full.attrs |= kEnumerable;
    if (d.configurable.value_or(false)) full.attrs |= kConfigurable;
    if (d.is_accessor()) {
      full.attrs |= kAccessor;
      full.value = d.get.value_or(Value::undefined());
      full.setter = d.set.value_or(Value::undefined());
    } else {
      if (d.writable.value_or(false)) full.attrs |= kWritable;
      full.value = d.value.value_or(Value::undefined());
    }
  } else {
    full = *current;
    bool to_accessor = d.is_accessor();
    bool to_data = d.value.has_value() || d.writable.has_value();
    std::uint8_t keep = current->attrs & (kEnumerable | kConfigurable);
    if (to_accessor && !current->is_accessor()) {
      full = PropertyDescriptor{Value::undefined(), Value::undefined(),
                                static_cast<std::uint8_t>(keep | kAccessor)};
    } else if (to_data && current->is_accessor()) {
      full = PropertyDescriptor{Value::undefined(), Value::undefined(), keep};
    }
    if (d.enumerable)
      full.attrs =
          static_cast<std::uint8_t>(*d.enumerable ? full.attrs | kEnumerable : full.attrs & ~kEnumerable);
    if (d.configurable) {
      full.attrs = static_cast<std::uint8_t>(*d.configurable ? full.attrs | kConfigurable
                                                             : full.attrs & ~kConfigurable);
    }
    if (full.is_accessor()) {
      if (d.get) full.value = *d.get;
      if (d.set) full.setter = *d.set;
    } else {
      if (d.value) full.value = *d.value;
      if (d.writable)
        full.attrs =
            static_cast<std::uint8_t>(*d.writable ? full.attrs | kWritable : full.attrs & ~kWritable);
    }
  }
  if (!o->define_own_property(key, full)) {
    if (!current && !o->is_extensible()) {
      vm.throw_type_error("Cannot define property " + key_text(key) + ", object is not extensible");
    } else {
      vm.throw_type_error("Cannot redefine property: " + key_text(key));
    }
    return false;
  }
  return true;
}

Object* from_descriptor(Vm& vm, const PropertyDescriptor& d) {
  Object* r = vm.new_object();
  if (d.is_accessor()) {
    r->define(vm.key("get"), d.value);
    r->define(vm.key("set"), d.setter);
  } else {
    r->define(vm.key("value"), d.value);
    r->define(vm.key("writable"), Value::boolean(d.writable()));
  }
  r->define(vm.key("enumerable"), Value::boolean(d.enumerable()));
  r->define(vm.key("configurable"), Value::boolean(d.configurable()));
  return r;
}

Value object_ctor(Vm& vm, Value, ArgList args) {
  Value nt = vm.new_target();
  if (!nt.is_undefined() && nt.as_object() != vm.realm().object_constructor) {
    return Value(vm.new_object(vm.prototype_from_constructor(nt, vm.realm().object_prototype)));
  }
  if (args[0].is_nullish()) return Value(vm.new_object());
  Object* o = to_object(vm, args[0]);
  return o ? Value(o) : Value::exception();
}

enum class KeysKind { kKeys, kValues, kEntries };

Value enumerable_own(Vm& vm, Value target, KeysKind kind) {
  Object* o = to_object(vm, target);
  if (o == nullptr) return Value::exception();
  ArrayObject* out = vm.new_array();
  for (PropKey k : o->own_keys(vm.heap(), false)) {
    auto attrs = o->own_property_attrs(k);
    if (!attrs || (*attrs & kEnumerable) == 0) continue;
    if (kind == KeysKind::kKeys) {
      out->push(k.to_value());
      continue;
    }
    Value v = o->get(vm, k);
    if (v.is_exception()) return v;
    if (kind == KeysKind::kValues) {
      out->push(v);
    } else {
      out->push(Value(vm.new_array({k.to_value(), v})));
    }
  }
  return Value(out);
}

Value object_keys(Vm& vm, Value, ArgList args) {
  return enumerable_own(vm, args[0], KeysKind::kKeys);
}
Value object_values(Vm& vm, Value, ArgList args) {
  return enumerable_own(vm, args[0], KeysKind::kValues);
}
Value object_entries(Vm& vm, Value, ArgList args) {
  return enumerable_own(vm, args[0], KeysKind::kEntries);
}

Value object_from_entries(Vm& vm, Value, ArgList args) {
  if (args[0].is_nullish()) return builtins::not_iterable(vm, args[0]);
  Object* out = vm.new_object();
  Value r = builtins::iterate(vm, args[0], [&](Value entry) -> Value {
    if (!entry.is_object()) {
      return vm.throw_type_error("Iterator value " + describe_for_error(vm, entry) +
                                 " is not an entry object");
    }
    Value k = vm.get(entry, vm.index_key(0));
    if (k.is_exception()) return k;
    Value v = vm.get(entry, vm.index_key(1));
    if (v.is_exception()) return v;
    auto key = vm.to_property_key(k);
    if (!key) return Value::exception();
    out->define_own_property(*key, PropertyDescriptor{v, Value::undefined(), kDefaultAttrs});
    return Value::undefined();
  });
  if (r.is_exception()) return r;
  return Value(out);
}

Value object_assign(Vm& vm, Value, ArgList args) {
  Object* target = to_object(vm, args[0]);
  if (target == nullptr) return Value::exception();
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i].is_nullish()) continue;
    Object* from = to_object(vm, args[i]);
    for (PropKey k : from->own_keys(vm.heap())) {
      auto d = from->get_own_property(k);
      if (!d || !d->enumerable()) continue;
      Value v = from->get(vm, k);
      if (v.is_exception()) return v;
      if (vm.set(Value(target), k, v).is_exception()) return Value::exception();
    }
  }
  return Value(target);
}

// 20.1.2.6 / 20.1.2.20 SetIntegrityLevel.
void set_integrity(Vm& vm, Object* o, bool frozen) {
  o->prevent_extensions();
  for (PropKey k : o->own_keys(vm.heap())) {
    auto d = o->get_own_property(k);
    if (!d) continue;
    PropertyDescriptor nd = *d;
    nd.attrs &= static_cast<std::uint8_t>(~kConfigurable);
    if (frozen && !nd.is_accessor()) nd.attrs &= static_cast<std::uint8_t>(~kWritable);
    o->define_own_property(k, nd);
  }
  if (frozen && o->is_array()) static_cast<ArrayObject*>(o)->freeze_length();
}

bool test_integrity(Vm& vm, Object* o, bool frozen) {
  if (o->is_extensible()) return false;
  for (PropKey k : o->own_keys(vm.heap())) {
    auto d = o->get_own_property(k);
    if (!d) continue;
    if (d->configurable()) return false;
    if (frozen && !d->is_accessor() && d->writable()) return false;
  }
  return true;
}

Value object_freeze(Vm& vm, Value, ArgList args) {
  if (args[0].is_object()) set_integrity(vm, args[0].as_object(), true);
  return args[0];
}
Value object_seal(Vm& vm, Value, ArgList args) {
  if (args[0].is_object()) set_integrity(vm, args[0].as_object(), false);
  return args[0];
}
Value object_prevent_extensions(Vm&, Value, ArgList args) {
  if (args[0].is_object()) args[0].as_object()->prevent_extensions();
  return args[0];
}
Value object_is_frozen(Vm& vm, Value, ArgList args) {
  return Value::boolean(!args[0].is_object() || test_integrity(vm, args[0].as_object(), true));
}
Value object_is_sealed(Vm& vm, Value, ArgList args) {
  return Value::boolean(!args[0].is_object() || test_integrity(vm, args[0].as_object(), false));
}
Value object_is_extensible(Vm&, Value, ArgList args) {
  return Value::boolean(args[0].is_object() && args[0].as_object()->is_extensible());
}

Value define_properties(Vm& vm, Object* o, Value props) {
  Object* p = to_object(vm, props);
  if (p == nullptr) return Value::exception();
  std::vector<std::pair<PropKey, PartialDescriptor>> descriptors;
  for (PropKey k : p->own_keys(vm.heap())) {
    auto d = p->get_own_property(k);
    if (!d || !d->enumerable()) continue;
    Value dv = p->get(vm, k);
    if (dv.is_exception()) return dv;
    auto pd = to_property_descriptor(vm, dv);
    if (!pd) return Value::exception();
    descriptors.emplace_back(k, *pd);
  }
  for (auto& entry : descriptors) {
    if (!define_from_partial(vm, o, entry.first, entry.second)) return Value::exception();
  }
  return Value(o);
}

Value object_create(Vm& vm, Value, ArgList args) {
  if (!args[0].is_object() && !args[0].is_null()) {
    return vm.throw_type_error("Object prototype may only be an Object or null: " +
                               describe_for_error(vm, args[0]));
  }
  Object* o = vm.new_object(args[0].is_null() ? nullptr : args[0].as_object());
  if (!args[1].is_undefined()) return define_properties(vm, o, args[1]);
  return Value(o);
}

Value object_get_prototype_of(Vm& vm, Value, ArgList args) {
  Object* o = to_object(vm, args[0]);
  if (o == nullptr) return Value::exception();
  return o->prototype() ? Value(o->prototype()) : Value::null();
}

// 10.1.2 OrdinarySetPrototypeOf (with V8's messages); returns undefined or exception.
Value set_prototype(Vm& vm, Object* o, Value proto) {
  Object* p = proto.is_null() ? nullptr : proto.as_object();
  if (o->prototype() == p) return Value::undefined();
  if (o == vm.realm().object_prototype) {
    return vm.throw_type_error(
        "Immutable prototype object 'Object.prototype' cannot have their prototype set");
  }
  if (!o->is_extensible())
    return vm.throw_type_error(describe_for_error(vm, Value(o)) + " is not extensible");
  for (Object* q = p; q != nullptr; q = q->prototype()) {
    if (q == o) return vm.throw_type_error("Cyclic __proto__ value");
  }
  o->set_prototype(p);
  return Value::undefined();
}

Value object_set_prototype_of(Vm& vm, Value, ArgList args) {
  if (args[0].is_nullish()) return vm.throw_type_error("Object.setPrototypeOf called on null or undefined");
  if (!args[1].is_object() && !args[1].is_null()) {
    return vm.throw_type_error("Object prototype may only be an Object or null: " +
                               describe_for_error(vm, args[1]));
  }
  if (!args[0].is_object()) return args[0];
  Value r = set_prototype(vm, args[0].as_object(), args[1]);
  return r.is_exception() ? r : args[0];
}

Value object_define_property(Vm& vm, Value, ArgList args) {
  if (!args[0].is_object()) return vm.throw_type_error("Object.defineProperty called on non-object");
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  auto d = to_property_descriptor(vm, args[2]);
  if (!d) return Value::exception();
  if (!define_from_partial(vm, args[0].as_object(), *key, *d)) return Value::exception();
  return args[0];
}

Value object_define_properties(Vm& vm, Value, ArgList args) {
  if (!args[0].is_object()) return vm.throw_type_error("Object.defineProperties called on non-object");
  return define_properties(vm, args[0].as_object(), args[1]);
}

Value object_get_own_property_descriptor(Vm& vm, Value, ArgList args) {
  Object* o = to_object(vm, args[0]);
  if (o == nullptr) return Value::exception();
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  auto d = o->get_own_property(*key);
  if (!d) return Value::undefined();
  return Value(from_descriptor(vm, *d));
}

Value object_get_own_property_descriptors(Vm& vm, Value, ArgList args) {
  Object* o = to_object(vm, args[0]);
  if (o == nullptr) return Value::exception();
  Object* out = vm.new_object();
  for (PropKey k : o->own_keys(vm.heap())) {
    auto d = o->get_own_property(k);
    if (d) out->define(k, Value(from_descriptor(vm, *d)));
  }
  return Value(out);
}

Value object_get_own_property_names(Vm& vm, Value, ArgList args) {
  Object* o = to_object(vm, args[0]);
  if (o == nullptr) return Value::exception();
  ArrayObject* out = vm.new_array();
  for (PropKey k : o->own_keys(vm.heap(), false)) out->push(k.to_value());
  return Value(out);
}

Value object_get_own_property_symbols(Vm& vm, Value, ArgList args) {
  Object* o = to_object(vm, args[0]);
  if (o == nullptr) return Value::exception();
  ArrayObject* out = vm.new_array();
  for (PropKey k : o->own_keys(vm.heap())) {
    if (k.is_symbol()) out->push(k.to_value());
  }
  return Value(out);
}

Value object_is(Vm&, Value, ArgList args) {
  return Value::boolean(same_value(args[0], args[1]));
}

Value object_has_own(Vm& vm, Value, ArgList args) {
  Object* o = to_object(vm, args[0]);
  if (o == nullptr) return Value::exception();
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  return Value::boolean(o->has_own_property(*key));
}

// ---- Object.prototype ----

Value proto_has_own_property(Vm& vm, Value this_value, ArgList args) {
  auto key = vm.to_property_key(args[0]);
  if (!key) return Value::exception();
  Object* o = to_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  return Value::boolean(o->has_own_property(*key));
}

Value proto_is_prototype_of(Vm& vm, Value this_value, ArgList args) {
  if (!args[0].is_object()) return Value::boolean(false);
  Object* o = to_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  for (Object* p = args[0].as_object()->prototype(); p != nullptr; p = p->prototype()) {
    if (p == o) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value proto_property_is_enumerable(Vm& vm, Value this_value, ArgList args) {
  auto key = vm.to_property_key(args[0]);
  if (!key) return Value::exception();
  Object* o = to_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto d = o->get_own_property(*key);
  return Value::boolean(d && d->enumerable());
}

// 20.1.3.6 Object.prototype.toString.
Value proto_to_string(Vm& vm, Value this_value, ArgList) {
  if (this_value.is_undefined()) return Value(vm.string("[object Undefined]"));
  if (this_value.is_null()) return Value(vm.string("[object Null]"));
  Object* o = to_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  const char* builtin = "Object";
  switch (o->object_class()) {
    case ObjectClass::kArray:
      builtin = "Array";
      break;
    case ObjectClass::kFunction:
      builtin = "Function";
      break;
    case ObjectClass::kError:
      builtin = "Error";
      break;
    case ObjectClass::kBoolean:
      builtin = "Boolean";
      break;
    case ObjectClass::kNumber:
      builtin = "Number";
      break;
    case ObjectClass::kString:
      builtin = "String";
      break;
    case ObjectClass::kDate:
      builtin = "Date";
      break;
    case ObjectClass::kArguments:
      builtin = "Arguments";
      break;
    default:
      break;
  }
  Value tag = o->get(vm, PropKey(vm.realm().symbol_to_string_tag));
  if (tag.is_exception()) return tag;
  std::u16string text = u"[object ";
  if (tag.is_string()) {
    text += tag.as_string()->text();
  } else {
    text += builtins::to_u16(builtin);
  }
  text += u"]";
  return Value(vm.string(std::move(text)));
}

Value proto_to_locale_string(Vm& vm, Value this_value, ArgList) {
  Value f = vm.get(this_value, "toString");
  if (f.is_exception()) return f;
  if (!Vm::is_callable(f)) return vm.throw_type_error("toString is not a function");
  return vm.call(f, this_value, ArgList());
}

Value proto_value_of(Vm& vm, Value this_value, ArgList) {
  Object* o = to_object(vm, this_value);
  return o ? Value(o) : Value::exception();
}

Value proto_get_proto(Vm& vm, Value this_value, ArgList) {
  Object* o = to_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  return o->prototype() ? Value(o->prototype()) : Value::null();
}

Value proto_set_proto(Vm& vm, Value this_value, ArgList args) {
  if (this_value.is_nullish()) {
    return vm.throw_type_error("Object.prototype.__proto__ called on null or undefined");
  }
  if (!args[0].is_object() && !args[0].is_null()) return Value::undefined();
  if (!this_value.is_object()) return Value::undefined();
  return set_prototype(vm, this_value.as_object(), args[0]);
}

// ---- Reflect (28.1): the object operations as functions ----

bool require_object(Vm& vm, Value v, const char* method) {
  if (v.is_object()) return true;
  vm.throw_type_error(std::string("Reflect.") + method + " called on non-object");
  return false;
}

// CreateListFromArrayLike (7.3.18).
bool list_from(Vm& vm, Value v, std::vector<Value>& out) {
  if (!v.is_object()) {
    vm.throw_type_error("CreateListFromArrayLike called on non-object");
    return false;
  }
  Object* o = v.as_object();
  auto len = builtins::length_of(vm, o);
  if (!len) return false;
  for (double i = 0; i < *len; ++i) {
    Value e = builtins::get_index(vm, o, i);
    if (e.is_exception()) return false;
    out.push_back(e);
  }
  return true;
}

Value reflect_apply(Vm& vm, Value, ArgList args) {
  if (!Vm::is_callable(args[0])) {
    return vm.throw_type_error(
        "Function.prototype.apply was called on " + describe_for_error(vm, args[0]) + ", which is " +
        (args[0].is_object() ? "an object" : std::string("a ") + type_of(args[0])) + " and not a function");
  }
  std::vector<Value> list;
  if (!list_from(vm, args[2], list)) return Value::exception();
  return vm.call(args[0], args[1], ArgList(list.data(), list.size()));
}

Value reflect_construct(Vm& vm, Value, ArgList args) {
  if (!Vm::is_constructor(args[0])) {
    return vm.throw_type_error(describe_for_error(vm, args[0]) + " is not a constructor");
  }
  Value new_target = args.size() > 2 ? args[2] : args[0];
  if (!Vm::is_constructor(new_target)) {
    return vm.throw_type_error(describe_for_error(vm, new_target) + " is not a constructor");
  }
  std::vector<Value> list;
  if (!list_from(vm, args[1], list)) return Value::exception();
  return vm.construct(args[0], ArgList(list.data(), list.size()), new_target);
}

Value reflect_define_property(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "defineProperty")) return Value::exception();
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  auto d = to_property_descriptor(vm, args[2]);
  if (!d) return Value::exception();
  bool ok = define_from_partial(vm, args[0].as_object(), *key, *d);
  if (!ok) {
    // Reflect reports failure as false, not as an exception (only TypeErrors of validation).
    vm.take_exception();
  }
  return Value::boolean(ok);
}

Value reflect_delete_property(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "deleteProperty")) return Value::exception();
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  return Value::boolean(args[0].as_object()->delete_property(*key));
}

Value reflect_get(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "get")) return Value::exception();
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  return args[0].as_object()->get(vm, *key, args.size() > 2 ? args[2] : args[0]);
}

Value reflect_set(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "set")) return Value::exception();
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  return args[0].as_object()->set(vm, *key, args[2], args.size() > 3 ? args[3] : args[0]);
}

Value reflect_get_own_property_descriptor(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "getOwnPropertyDescriptor")) return Value::exception();
  return object_get_own_property_descriptor(vm, Value::undefined(), args);
}

Value reflect_get_prototype_of(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "getPrototypeOf")) return Value::exception();
  Object* p = args[0].as_object()->prototype();
  return p ? Value(p) : Value::null();
}

Value reflect_set_prototype_of(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "setPrototypeOf")) return Value::exception();
  if (!args[1].is_object() && !args[1].is_null()) {
    return vm.throw_type_error("Object prototype may only be an Object or null: " +
                               describe_for_error(vm, args[1]));
  }
  Value r = set_prototype(vm, args[0].as_object(), args[1]);
  if (r.is_exception()) {
    vm.take_exception();
    return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value reflect_has(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "has")) return Value::exception();
  auto key = vm.to_property_key(args[1]);
  if (!key) return Value::exception();
  return Value::boolean(args[0].as_object()->has_property(*key));
}

Value reflect_is_extensible(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "isExtensible")) return Value::exception();
  return Value::boolean(args[0].as_object()->is_extensible());
}

Value reflect_own_keys(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "ownKeys")) return Value::exception();
  ArrayObject* out = vm.new_array();
  for (PropKey k : args[0].as_object()->own_keys(vm.heap())) out->push(k.to_value());
  return Value(out);
}

Value reflect_prevent_extensions(Vm& vm, Value, ArgList args) {
  if (!require_object(vm, args[0], "preventExtensions")) return Value::exception();
  args[0].as_object()->prevent_extensions();
  return Value::boolean(true);
}

}  // namespace

void install_object(Realm& realm) {
  Vm& vm = realm.vm();
  Object* proto = realm.object_prototype;
  NativeFunction* ctor = vm.new_native_constructor("Object", 1, object_ctor, proto);
  realm.object_constructor = ctor;
  realm.define_global("Object", Value(ctor));

  vm.define_method(ctor, "assign", object_assign, 2);
  vm.define_method(ctor, "getOwnPropertyDescriptor", object_get_own_property_descriptor, 2);
  vm.define_method(ctor, "getOwnPropertyDescriptors", object_get_own_property_descriptors, 1);
  vm.define_method(ctor, "getOwnPropertyNames", object_get_own_property_names, 1);
  vm.define_method(ctor, "getOwnPropertySymbols", object_get_own_property_symbols, 1);
  vm.define_method(ctor, "hasOwn", object_has_own, 2);
  vm.define_method(ctor, "is", object_is, 2);
  vm.define_method(ctor, "preventExtensions", object_prevent_extensions, 1);
  vm.define_method(ctor, "seal", object_seal, 1);
  vm.define_method(ctor, "create", object_create, 2);
  vm.define_method(ctor, "defineProperties", object_define_properties, 2);
  vm.define_method(ctor, "defineProperty", object_define_property, 3);
  vm.define_method(ctor, "freeze", object_freeze, 1);
  vm.define_method(ctor, "getPrototypeOf", object_get_prototype_of, 1);
  vm.define_method(ctor, "setPrototypeOf", object_set_prototype_of, 2);
  vm.define_method(ctor, "isExtensible", object_is_extensible, 1);
  vm.define_method(ctor, "isFrozen", object_is_frozen, 1);
  vm.define_method(ctor, "isSealed", object_is_sealed, 1);
  vm.define_method(ctor, "keys", object_keys, 1);
  vm.define_method(ctor, "entries", object_entries, 1);
  vm.define_method(ctor, "fromEntries", object_from_entries, 1);
  vm.define_method(ctor, "values", object_values, 1);

  vm.define_getter(proto, "__proto__", proto_get_proto, proto_set_proto);
  vm.define_method(proto, "hasOwnProperty", proto_has_own_property, 1);
  vm.define_method(proto, "isPrototypeOf", proto_is_prototype_of, 1);
  vm.define_method(proto, "propertyIsEnumerable", proto_property_is_enumerable, 1);
  vm.define_method(proto, "toString", proto_to_string, 0);
  vm.define_method(proto, "valueOf", proto_value_of, 0);
  vm.define_method(proto, "toLocaleString", proto_to_locale_string, 0);

  Object* reflect = vm.new_object();
  realm.define_global("Reflect", Value(reflect));
  reflect->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("Reflect")), kConfigurable);
  vm.define_method(reflect, "defineProperty", reflect_define_property, 3);
  vm.define_method(reflect, "deleteProperty", reflect_delete_property, 2);
  vm.define_method(reflect, "apply", reflect_apply, 3);
  vm.define_method(reflect, "construct", reflect_construct, 2);
  vm.define_method(reflect, "get", reflect_get, 2);
  vm.define_method(reflect, "getOwnPropertyDescriptor", reflect_get_own_property_descriptor, 2);
  vm.define_method(reflect, "getPrototypeOf", reflect_get_prototype_of, 1);
  vm.define_method(reflect, "has", reflect_has, 2);
  vm.define_method(reflect, "isExtensible", reflect_is_extensible, 1);
  vm.define_method(reflect, "ownKeys", reflect_own_keys, 1);
  vm.define_method(reflect, "preventExtensions", reflect_prevent_extensions, 1);
  vm.define_method(reflect, "set", reflect_set, 3);
  vm.define_method(reflect, "setPrototypeOf", reflect_set_prototype_of, 2);
}

}  // namespace looplab::js
