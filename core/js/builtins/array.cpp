// Array and the Array.prototype methods that take no callback (push, splice, join, indexOf, ...).
// The callback-taking ones (map, forEach, sort, Array.from, ...) are JavaScript, in the prelude
// (prelude_array.cpp), so their callbacks run as ordinary VM frames.
//
// Every method is generic (works on any array-like `this`) as the spec says; "simple" arrays
// (dense, extensible, no holes, no indexed properties in the table) take a fast path over the
// element vector.
#include <algorithm>
#include <cmath>

#include "core/js/builtins/builtin_helpers.h"
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

using builtins::get_index;
using builtins::index_key;
using builtins::length_of;
using builtins::relative_index;

namespace {

constexpr double kMaxSafe = 9007199254740991.0;

// A dense array whose element vector is the whole truth: no holes, nothing indexed in the table,
// extensible with a writable length.
bool is_simple(Object* o) {
  if (!o->is_array() || !o->is_extensible()) return false;
  auto* a = static_cast<ArrayObject*>(o);
  if (!a->length_writable() || a->elements().size() != a->length()) return false;
  for (const auto& s : a->slots()) {
    if (s.key.is_array_index()) return false;
  }
  for (Value v : a->elements()) {
    if (v.is_hole()) return false;
  }
  return true;
}

bool has_index(Vm& vm, Object* o, double i) {
  if (o->is_array() && i < 4294967295.0) {
    if (!static_cast<ArrayObject*>(o)->element(static_cast<std::uint32_t>(i)).is_hole()) return true;
  }
  return o->has_property(index_key(vm, i));
}

bool set_index(Vm& vm, Object* o, double i, Value v) {
  if (o->is_array()) {
    auto* a = static_cast<ArrayObject*>(o);
    if (!a->is_extensible() && !a->has_own_property(index_key(vm, i))) {
      vm.throw_type_error("Cannot add property " + number_to_string(i) + ", object is not extensible");
      return false;
    }
    if (!a->length_writable() && i >= a->length()) {
      vm.throw_type_error("Cannot assign to read only property 'length' of object '[object Array]'");
      return false;
    }
  }
  return !vm.set(Value(o), index_key(vm, i), v).is_exception();
}

std::string key_string(PropKey k) {
  return k.is_symbol() ? k.as_symbol()->descriptive_string() : k.as_string()->to_utf8();
}

bool delete_index(Vm& vm, Object* o, double i) {
  PropKey k = index_key(vm, i);
  if (!o->delete_property(k)) {
    vm.throw_type_error("Cannot delete property '" + key_string(k) + "' of [object Array]");
    return false;
  }
  return true;
}

bool set_length(Vm& vm, Object* o, double n) {
  if (o->is_array()) {
    auto* a = static_cast<ArrayObject*>(o);
    if (!a->length_writable()) {
      if (n == a->length()) return true;
      vm.throw_type_error("Cannot assign to read only property 'length' of object '[object Array]'");
      return false;
    }
    if (n > 4294967295.0) {
      vm.throw_range_error("Invalid array length");
      return false;
    }
    a->set_length(static_cast<std::uint32_t>(n));
    return true;
  }
  return !vm.set(Value(o), vm.key("length"), Value(n)).is_exception();
}

Object* this_object(Vm& vm, Value this_value) {
  return to_object(vm, this_value);
}

// A well-known symbol of the realm's Symbol constructor (Symbol.species, ...), or nullptr when
// the realm does not define it.
Symbol* well_known(Vm& vm, const char* name) {
  if (vm.realm().symbol_constructor == nullptr) return nullptr;
  auto d = vm.realm().symbol_constructor->get_own_property(vm.key(name));
  if (!d || d->is_accessor() || !d->value.is_symbol()) return nullptr;
  return d->value.as_symbol();
}

// 10.4.2.3 ArraySpeciesCreate: for an array made by a subclass of Array, `new C(length)` where C
// is o.constructor[Symbol.species] (o.constructor when the realm has no Symbol.species);
// otherwise a plain array.
ArrayObject* species_create(Vm& vm, Object* o, double length) {
  if (!o->is_array()) return vm.new_array();
  Value c = o->get(vm, vm.key("constructor"));
  if (c.is_exception()) return nullptr;
  if (Symbol* species = well_known(vm, "species"); species != nullptr && c.is_object()) {
    c = c.as_object()->get(vm, PropKey(species));
    if (c.is_exception()) return nullptr;
    if (c.is_null()) c = Value::undefined();
  }
  if (c.is_undefined() || (c.is_object() && c.as_object() == vm.realm().array_constructor))
    return vm.new_array();
  if (!Vm::is_constructor(c)) {
    vm.throw_type_error("object.constructor[Symbol.species] is not a constructor");
    return nullptr;
  }
  Value len = Value(length);
  Value made = vm.construct(c, ArgList(&len, 1));
  if (made.is_exception()) return nullptr;
  if (made.is_object() && made.as_object()->is_array()) {
    auto* a = static_cast<ArrayObject*>(made.as_object());
    a->set_length(0);
    return a;
  }
  return vm.new_array();
}

// ---- Array, Array.isArray, Array.of ----

Value array_ctor(Vm& vm, Value, ArgList args) {
  Object* proto = vm.prototype_from_constructor(vm.new_target(), vm.realm().array_prototype);
  ArrayObject* a = vm.new_array();
  a->set_prototype(proto);
  if (args.size() == 1 && args[0].is_number()) {
    double n = args[0].as_number();
    if (n < 0 || n > 4294967295.0 || n != std::floor(n)) return vm.throw_range_error("Invalid array length");
    a->set_length(static_cast<std::uint32_t>(n));
    return Value(a);
  }
  for (Value v : args) a->push(v);
  return Value(a);
}

Value array_is_array(Vm&, Value, ArgList args) {
  return Value::boolean(args[0].is_object() && args[0].as_object()->is_array());
}

// 23.1.2.3 Array.of: `this` is the constructor (so Subclass.of makes a Subclass).
Value array_of(Vm& vm, Value this_value, ArgList args) {
  if (Vm::is_constructor(this_value) && this_value.as_object() != vm.realm().array_constructor) {
    Value len = Value(static_cast<double>(args.size()));
    Value made = vm.construct(this_value, ArgList(&len, 1));
    if (made.is_exception()) return made;
    if (!made.is_object()) return vm.throw_type_error("Array.of: constructor did not return an object");
    Object* o = made.as_object();
    for (std::size_t i = 0; i < args.size(); ++i) {
      o->define_own_property(vm.index_key(static_cast<std::uint32_t>(i)),
                             PropertyDescriptor{args[i], Value::undefined(), kDefaultAttrs});
    }
    if (!set_length(vm, o, static_cast<double>(args.size()))) return Value::exception();
    return made;
  }
  ArrayObject* a = vm.new_array();
  for (Value v : args) a->push(v);
  return Value(a);
}

// ---- Mutators ----

Value array_push(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  if (o->is_array() && o->is_extensible() && static_cast<ArrayObject*>(o)->length_writable()) {
    auto* a = static_cast<ArrayObject*>(o);
    if (static_cast<double>(a->length()) + static_cast<double>(args.size()) > 4294967295.0) {
      return vm.throw_type_error("Pushing " + std::to_string(args.size()) +
                                 " elements on an array-like of length " + std::to_string(a->length()) +
                                 " is disallowed, as the total surpasses 2**53-1");
    }
    for (Value v : args) a->push(v);
    return Value(static_cast<double>(a->length()));
  }
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  double n = *len;
  for (Value v : args) {
    if (!set_index(vm, o, n, v)) return Value::exception();
    n += 1;
  }
  if (!set_length(vm, o, n)) return Value::exception();
  return Value(n);
}

Value array_pop(Vm& vm, Value this_value, ArgList) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  if (*len == 0) {
    if (!set_length(vm, o, 0)) return Value::exception();
    return Value::undefined();
  }
  double i = *len - 1;
  Value v = get_index(vm, o, i);
  if (v.is_exception()) return v;
  if (!delete_index(vm, o, i) || !set_length(vm, o, i)) return Value::exception();
  return v;
}

Value array_shift(Vm& vm, Value this_value, ArgList) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  if (is_simple(o)) {
    auto* a = static_cast<ArrayObject*>(o);
    if (a->length() == 0) return Value::undefined();
    Value first = a->elements().front();
    a->elements().erase(a->elements().begin());
    a->set_length(a->length() - 1);
    return first;
  }
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  if (*len == 0) {
    if (!set_length(vm, o, 0)) return Value::exception();
    return Value::undefined();
  }
  Value first = get_index(vm, o, 0);
  if (first.is_exception()) return first;
  for (double k = 1; k < *len; ++k) {
    if (has_index(vm, o, k)) {
      Value v = get_index(vm, o, k);
      if (v.is_exception() || !set_index(vm, o, k - 1, v)) return Value::exception();
    } else if (!delete_index(vm, o, k - 1)) {
      return Value::exception();
    }
  }
  if (!delete_index(vm, o, *len - 1) || !set_length(vm, o, *len - 1)) return Value::exception();
  return first;
}

Value array_unshift(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  if (is_simple(o)) {
    auto* a = static_cast<ArrayObject*>(o);
    a->elements().insert(a->elements().begin(), args.begin(), args.end());
    a->set_length(static_cast<std::uint32_t>(a->elements().size()));
    return Value(static_cast<double>(a->length()));
  }
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  double n = static_cast<double>(args.size());
  if (n > 0) {
    if (*len + n > kMaxSafe) return vm.throw_type_error("Invalid array length");
    for (double k = *len; k > 0; --k) {
      if (has_index(vm, o, k - 1)) {
        Value v = get_index(vm, o, k - 1);
        if (v.is_exception() || !set_index(vm, o, k - 1 + n, v)) return Value::exception();
      } else if (!delete_index(vm, o, k - 1 + n)) {
        return Value::exception();
      }
    }
    for (std::size_t j = 0; j < args.size(); ++j) {
      if (!set_index(vm, o, static_cast<double>(j), args[j])) return Value::exception();
    }
  }
  if (!set_length(vm, o, *len + n)) return Value::exception();
  return Value(*len + n);
}

Value array_slice(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  auto start = relative_index(vm, args[0], *len, 0);
  if (!start) return Value::exception();
  auto end = relative_index(vm, args[1], *len, *len);
  if (!end) return Value::exception();
  ArrayObject* out = species_create(vm, o, std::max(0.0, *end - *start));
  if (out == nullptr) return Value::exception();
  if (is_simple(o)) {
    auto& e = static_cast<ArrayObject*>(o)->elements();
    if (*end > *start) {
      out->elements().assign(e.begin() + static_cast<std::ptrdiff_t>(*start),
                             e.begin() + static_cast<std::ptrdiff_t>(*end));
      out->set_length(static_cast<std::uint32_t>(out->elements().size()));
    }
    return Value(out);
  }
  double n = 0;
  for (double k = *start; k < *end; ++k, ++n) {
    if (!has_index(vm, o, k)) continue;
    Value v = get_index(vm, o, k);
    if (v.is_exception()) return v;
    out->set_element(static_cast<std::uint32_t>(n), v);
  }
  out->set_length(static_cast<std::uint32_t>(n));
  return Value(out);
}

Value array_splice(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  auto start = relative_index(vm, args[0], *len, 0);
  if (!start) return Value::exception();
  double delete_count = 0;
  if (args.size() == 0) {
    delete_count = 0;
  } else if (args.size() == 1) {
    delete_count = *len - *start;
  } else {
    auto dc = to_integer_or_infinity(vm, args[1]);
    if (!dc) return Value::exception();
    delete_count = std::min(std::max(*dc, 0.0), *len - *start);
  }
  ArgList items = args.drop(2);
  double item_count = static_cast<double>(items.size());
  ArrayObject* removed = species_create(vm, o, delete_count);
  if (removed == nullptr) return Value::exception();
  if (is_simple(o)) {
    auto& e = static_cast<ArrayObject*>(o)->elements();
    auto first = e.begin() + static_cast<std::ptrdiff_t>(*start);
    auto last = first + static_cast<std::ptrdiff_t>(delete_count);
    removed->elements().assign(first, last);
    removed->set_length(static_cast<std::uint32_t>(delete_count));
    auto pos = e.erase(first, last);
    e.insert(pos, items.begin(), items.end());
    static_cast<ArrayObject*>(o)->set_length(static_cast<std::uint32_t>(e.size()));
    return Value(removed);
  }
  for (double k = 0; k < delete_count; ++k) {
    if (!has_index(vm, o, *start + k)) continue;
    Value v = get_index(vm, o, *start + k);
    if (v.is_exception()) return v;
    removed->set_element(static_cast<std::uint32_t>(k), v);
  }
  removed->set_length(static_cast<std::uint32_t>(delete_count));
  auto move = [&](double from, double to) -> bool {
    if (has_index(vm, o, from)) {
      Value v = get_index(vm, o, from);
      return !v.is_exception() && set_index(vm, o, to, v);
    }
    return delete_index(vm, o, to);
  };
  if (item_count < delete_count) {
    for (double k = *start; k < *len - delete_count; ++k) {
      if (!move(k + delete_count, k + item_count)) return Value::exception();
    }
    for (double k = *len; k > *len - delete_count + item_count; --k) {
      if (!delete_index(vm, o, k - 1)) return Value::exception();
    }
  } else if (item_count > delete_count) {
    for (double k = *len - delete_count; k > *start; --k) {
      if (!move(k + delete_count - 1, k + item_count - 1)) return Value::exception();
    }
  }
  for (std::size_t j = 0; j < items.size(); ++j) {
    if (!set_index(vm, o, *start + static_cast<double>(j), items[j])) return Value::exception();
  }
  if (!set_length(vm, o, *len - delete_count + item_count)) return Value::exception();
  return Value(removed);
}

Value array_concat(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  ArrayObject* out = species_create(vm, o, 0);
  if (out == nullptr) return Value::exception();
  double n = 0;
  // 23.1.3.1.1 IsConcatSpreadable: Symbol.isConcatSpreadable when the realm has it, else IsArray.
  Symbol* spreadable = well_known(vm, "isConcatSpreadable");
  Value spreadable_symbol = spreadable != nullptr ? Value(spreadable) : Value::undefined();
  auto append = [&](Value item) -> bool {
    bool spread = item.is_object() && item.as_object()->is_array();
    if (item.is_object() && spreadable_symbol.is_symbol()) {
      Value flag = item.as_object()->get(vm, PropKey(spreadable_symbol.as_symbol()));
      if (flag.is_exception()) return false;
      if (!flag.is_undefined()) spread = to_boolean(flag);
    }
    if (spread) {
      Object* e = item.as_object();
      auto len = length_of(vm, e);
      if (!len) return false;
      for (double k = 0; k < *len; ++k, ++n) {
        if (!has_index(vm, e, k)) continue;
        Value v = get_index(vm, e, k);
        if (v.is_exception()) return false;
        out->set_element(static_cast<std::uint32_t>(n), v);
      }
      return true;
    }
    out->set_element(static_cast<std::uint32_t>(n), item);
    n += 1;
    return true;
  };
  if (!append(Value(o))) return Value::exception();
  for (Value v : args) {
    if (!append(v)) return Value::exception();
  }
  out->set_length(static_cast<std::uint32_t>(n));
  return Value(out);
}

// join keeps the arrays being joined in its own slots: a cycle joins as "" (as V8 does).
Value array_join(Vm& vm, Value this_value, ArgList args) {
  NativeFunction* self = vm.current_native();
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  std::u16string sep = u",";
  if (!args[0].is_undefined()) {
    String* s = to_string(vm, args[0]);
    if (s == nullptr) return Value::exception();
    sep = s->text();
  }
  for (Value v : self->slots()) {
    if (v == Value(o)) return Value(vm.atom(""));
  }
  self->slots().push_back(Value(o));
  std::u16string out;
  Value result = Value::undefined();
  for (double k = 0; k < *len; ++k) {
    if (k > 0) out += sep;
    Value v = get_index(vm, o, k);
    if (v.is_exception()) {
      result = v;
      break;
    }
    if (v.is_nullish()) continue;
    String* s = to_string(vm, v);
    if (s == nullptr) {
      result = Value::exception();
      break;
    }
    out += s->text();
  }
  self->slots().pop_back();
  if (result.is_exception()) return result;
  return Value(vm.string(std::move(out)));
}

Value array_to_string(Vm& vm, Value this_value, ArgList) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  Value join = o->get(vm, vm.key("join"));
  if (join.is_exception()) return join;
  if (!Vm::is_callable(join)) {
    Value f = vm.realm().object_prototype->get(vm, vm.key("toString"));
    if (f.is_exception()) return f;
    return vm.call(f, Value(o), ArgList());
  }
  return vm.call(join, Value(o), ArgList());
}

Value array_to_locale_string(Vm& vm, Value this_value, ArgList) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  std::u16string out;
  for (double k = 0; k < *len; ++k) {
    if (k > 0) out += u",";
    Value v = get_index(vm, o, k);
    if (v.is_exception()) return v;
    if (v.is_nullish()) continue;
    Value f = vm.get(v, "toLocaleString");
    if (f.is_exception()) return f;
    Value r = vm.call(f, v, ArgList());
    if (r.is_exception()) return r;
    String* s = to_string(vm, r);
    if (s == nullptr) return Value::exception();
    out += s->text();
  }
  return Value(vm.string(std::move(out)));
}

Value array_reverse(Vm& vm, Value this_value, ArgList) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  if (is_simple(o)) {
    auto& e = static_cast<ArrayObject*>(o)->elements();
    std::reverse(e.begin(), e.end());
    return Value(o);
  }
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  double middle = std::floor(*len / 2);
  for (double lower = 0; lower != middle; ++lower) {
    double upper = *len - lower - 1;
    bool lower_exists = has_index(vm, o, lower);
    Value lv = lower_exists ? get_index(vm, o, lower) : Value::undefined();
    if (lv.is_exception()) return lv;
    bool upper_exists = has_index(vm, o, upper);
    Value uv = upper_exists ? get_index(vm, o, upper) : Value::undefined();
    if (uv.is_exception()) return uv;
    if (upper_exists) {
      if (!set_index(vm, o, lower, uv)) return Value::exception();
    } else if (lower_exists && !delete_index(vm, o, lower)) {
      return Value::exception();
    }
    if (lower_exists) {
      if (!set_index(vm, o, upper, lv)) return Value::exception();
    } else if (upper_exists && !delete_index(vm, o, upper)) {
      return Value::exception();
    }
  }
  return Value(o);
}

Value array_index_of(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  if (*len == 0) return Value(-1);
  auto from = relative_index(vm, args[1], *len, 0);
  if (!from) return Value::exception();
  for (double k = *from; k < *len; ++k) {
    if (!has_index(vm, o, k)) continue;
    Value v = get_index(vm, o, k);
    if (v.is_exception()) return v;
    if (strict_equals(v, args[0])) return Value(k);
  }
  return Value(-1);
}

Value array_last_index_of(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  if (*len == 0) return Value(-1);
  double from = *len - 1;
  if (args.size() > 1) {
    auto n = to_integer_or_infinity(vm, args[1]);
    if (!n) return Value::exception();
    from = *n >= 0 ? std::min(*n, *len - 1) : *len + *n;
  }
  for (double k = from; k >= 0; --k) {
    if (!has_index(vm, o, k)) continue;
    Value v = get_index(vm, o, k);
    if (v.is_exception()) return v;
    if (strict_equals(v, args[0])) return Value(k);
  }
  return Value(-1);
}

Value array_includes(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  if (*len == 0) return Value::boolean(false);
  auto from = relative_index(vm, args[1], *len, 0);
  if (!from) return Value::exception();
  for (double k = *from; k < *len; ++k) {
    Value v = get_index(vm, o, k);
    if (v.is_exception()) return v;
    if (same_value_zero(v, args[0])) return Value::boolean(true);
  }
  return Value::boolean(false);
}

bool flatten_into(Vm& vm, ArrayObject* out, double& n, Object* source, double depth) {
  auto len = length_of(vm, source);
  if (!len) return false;
  for (double k = 0; k < *len; ++k) {
    if (!has_index(vm, source, k)) continue;
    Value v = get_index(vm, source, k);
    if (v.is_exception()) return false;
    if (depth > 0 && v.is_object() && v.as_object()->is_array()) {
      if (!flatten_into(vm, out, n, v.as_object(), depth - 1)) return false;
      continue;
    }
    out->set_element(static_cast<std::uint32_t>(n), v);
    n += 1;
  }
  return true;
}

Value array_flat(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  double depth = 1;
  if (!args[0].is_undefined()) {
    auto d = to_integer_or_infinity(vm, args[0]);
    if (!d) return Value::exception();
    depth = *d < 0 ? 0 : *d;
  }
  ArrayObject* out = species_create(vm, o, 0);
  if (out == nullptr) return Value::exception();
  double n = 0;
  if (!flatten_into(vm, out, n, o, depth)) return Value::exception();
  return Value(out);
}

Value array_fill(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  auto start = relative_index(vm, args[1], *len, 0);
  if (!start) return Value::exception();
  auto end = relative_index(vm, args[2], *len, *len);
  if (!end) return Value::exception();
  for (double k = *start; k < *end; ++k) {
    if (!set_index(vm, o, k, args[0])) return Value::exception();
  }
  return Value(o);
}

Value array_copy_within(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  auto to = relative_index(vm, args[0], *len, 0);
  if (!to) return Value::exception();
  auto from = relative_index(vm, args[1], *len, 0);
  if (!from) return Value::exception();
  auto end = relative_index(vm, args[2], *len, *len);
  if (!end) return Value::exception();
  double count = std::min(*end - *from, *len - *to);
  double dir = 1, f = *from, t = *to;
  if (f < t && t < f + count) {
    dir = -1;
    f += count - 1;
    t += count - 1;
  }
  for (; count > 0; --count, f += dir, t += dir) {
    if (has_index(vm, o, f)) {
      Value v = get_index(vm, o, f);
      if (v.is_exception() || !set_index(vm, o, t, v)) return Value::exception();
    } else if (!delete_index(vm, o, t)) {
      return Value::exception();
    }
  }
  return Value(o);
}

Value array_at(Vm& vm, Value this_value, ArgList args) {
  Object* o = this_object(vm, this_value);
  if (o == nullptr) return Value::exception();
  auto len = length_of(vm, o);
  if (!len) return Value::exception();
  auto rel = to_integer_or_infinity(vm, args[0]);
  if (!rel) return Value::exception();
  double k = *rel >= 0 ? *rel : *len + *rel;
  if (k < 0 || k >= *len) return Value::undefined();
  return get_index(vm, o, k);
}

}  // namespace

void install_array(Realm& realm) {
  Vm& vm = realm.vm();
  Object* proto = realm.array_prototype;
  NativeFunction* ctor = vm.new_native_constructor("Array", 1, array_ctor, proto);
  realm.array_constructor = ctor;
  realm.define_global("Array", Value(ctor));
  vm.define_method(ctor, "isArray", array_is_array, 1);
  vm.define_method(ctor, "of", array_of, 0);
  define_species_getter(realm, ctor);

  vm.define_method(proto, "at", array_at, 1);
  vm.define_method(proto, "concat", array_concat, 1);
  vm.define_method(proto, "copyWithin", array_copy_within, 2);
  vm.define_method(proto, "fill", array_fill, 1);
  vm.define_method(proto, "lastIndexOf", array_last_index_of, 1);
  vm.define_method(proto, "pop", array_pop, 0);
  vm.define_method(proto, "push", array_push, 1);
  vm.define_method(proto, "reverse", array_reverse, 0);
  vm.define_method(proto, "shift", array_shift, 0);
  vm.define_method(proto, "unshift", array_unshift, 1);
  vm.define_method(proto, "slice", array_slice, 2);
  vm.define_method(proto, "splice", array_splice, 2);
  vm.define_method(proto, "includes", array_includes, 1);
  vm.define_method(proto, "indexOf", array_index_of, 1);
  vm.define_method(proto, "join", array_join, 1);
  vm.define_method(proto, "flat", array_flat, 0);
  vm.define_method(proto, "toLocaleString", array_to_locale_string, 0);
  vm.define_method(proto, "toString", array_to_string, 0);
}

}  // namespace looplab::js
