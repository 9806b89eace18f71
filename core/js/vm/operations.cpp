// Slow paths of the instructions: ECMA-262 13.15 (operators), 7.3 (object operations), 7.4
// (iterators), 14.7.5 (for-in).
#include "core/js/vm/operations.h"

#include <cmath>

#include "core/js/runtime/conversions.h"
#include "core/js/vm/bytecode.h"

namespace looplab::js::ops {

namespace {

std::string key_text(PropKey key) {
  return key.is_symbol() ? key.as_symbol()->descriptive_string() : key.as_string()->to_utf8();
}

// Short description of a value for error messages, as V8 prints it.
std::string describe(Vm& vm, Value v) {
  if (v.is_string()) return "\"" + v.as_string()->to_utf8() + "\"";
  if (v.is_symbol()) return v.as_symbol()->descriptive_string();
  if (v.is_object()) {
    if (v.as_object()->is_function()) {
      // V8 shows a function by its source text, as Function.prototype.toString does.
      auto* f = static_cast<FunctionObject*>(v.as_object());
      if (f->flavor() == FunctionFlavor::kClosure) return static_cast<ClosureFunction*>(f)->source_text();
      std::string name = f->flavor() == FunctionFlavor::kBound ? "" : f->name_utf8();
      return "function " + name + "() { [native code] }";
    }
    std::string name = vm.constructor_name(v.as_object());
    return "#<" + (name.empty() ? std::string("Object") : name) + ">";
  }
  return primitive_to_string(vm, v)->to_utf8();
}

}  // namespace

Value add(Vm& vm, Value a, Value b) {
  if (a.is_string() && b.is_string()) {
    if (a.as_string()->length() == 0) return b;
    if (b.as_string()->length() == 0) return a;
    std::u16string s = a.as_string()->text();
    s += b.as_string()->text();
    if (s.size() > (1u << 29)) return vm.throw_range_error("Invalid string length");
    return Value(vm.string(std::move(s)));
  }
  Value pa = to_primitive(vm, a);
  if (pa.is_exception()) return pa;
  Value pb = to_primitive(vm, b);
  if (pb.is_exception()) return pb;
  if (pa.is_string() || pb.is_string()) {
    String* sa = to_string(vm, pa);
    if (sa == nullptr) return Value::exception();
    String* sb = to_string(vm, pb);
    if (sb == nullptr) return Value::exception();
    return add(vm, Value(sa), Value(sb));
  }
  auto x = to_number(vm, pa);
  if (!x) return Value::exception();
  auto y = to_number(vm, pb);
  if (!y) return Value::exception();
  return Value(*x + *y);
}

Value arithmetic(Vm& vm, int op_int, Value a, Value b) {
  auto op = static_cast<Op>(op_int);
  auto x = to_number(vm, a);
  if (!x) return Value::exception();
  auto y = to_number(vm, b);
  if (!y) return Value::exception();
  double l = *x, r = *y;
  switch (op) {
    case Op::kSub:
      return Value(l - r);
    case Op::kMul:
      return Value(l * r);
    case Op::kDiv:
      return Value(l / r);
    case Op::kMod: {
      if (std::isinf(r) && std::isfinite(l)) return Value(l);
      return Value(std::fmod(l, r));
    }
    case Op::kExp: {
      if (std::isnan(r)) return Value(NAN);
      if ((l == 1 || l == -1) && std::isinf(r)) return Value(NAN);
      return Value(std::pow(l, r));
    }
    case Op::kShl:
      return Value(static_cast<double>(
          static_cast<std::int32_t>(static_cast<std::uint32_t>(double_to_int32(l))
                                    << (static_cast<std::uint32_t>(double_to_int32(r)) & 31))));
    case Op::kSar:
      return Value(
          static_cast<double>(double_to_int32(l) >> (static_cast<std::uint32_t>(double_to_int32(r)) & 31)));
    case Op::kShr:
      return Value(static_cast<double>(static_cast<std::uint32_t>(double_to_int32(l)) >>
                                       (static_cast<std::uint32_t>(double_to_int32(r)) & 31)));
    case Op::kBitAnd:
      return Value(static_cast<double>(double_to_int32(l) & double_to_int32(r)));
    case Op::kBitOr:
      return Value(static_cast<double>(double_to_int32(l) | double_to_int32(r)));
    case Op::kBitXor:
      return Value(static_cast<double>(double_to_int32(l) ^ double_to_int32(r)));
    default:
      return Value(NAN);
  }
}

Value compare(Vm& vm, int op_int, Value a, Value b) {
  auto op = static_cast<Op>(op_int);
  // a op b; `>` and `<=` swap the operands (LeftFirst kept by converting in source order).
  Value pa = to_primitive(vm, a, PreferredType::kNumber);
  if (pa.is_exception()) return pa;
  Value pb = to_primitive(vm, b, PreferredType::kNumber);
  if (pb.is_exception()) return pb;
  if (pa.is_string() && pb.is_string()) {
    const auto& x = pa.as_string()->text();
    const auto& y = pb.as_string()->text();
    switch (op) {
      case Op::kLt:
        return Value::boolean(x < y);
      case Op::kLe:
        return Value::boolean(x <= y);
      case Op::kGt:
        return Value::boolean(x > y);
      default:
        return Value::boolean(x >= y);
    }
  }
  auto x = to_number(vm, pa);
  if (!x) return Value::exception();
  auto y = to_number(vm, pb);
  if (!y) return Value::exception();
  switch (op) {
    case Op::kLt:
      return Value::boolean(*x < *y);
    case Op::kLe:
      return Value::boolean(*x <= *y);
    case Op::kGt:
      return Value::boolean(*x > *y);
    default:
      return Value::boolean(*x >= *y);
  }
}

Value instance_of(Vm& vm, Value v, Value target) {
  // 13.10.2 InstanceofOperator.
  if (!target.is_object()) return vm.throw_type_error("Right-hand side of 'instanceof' is not an object");
  Value method = vm.get_method(target, PropKey(vm.realm().symbol_has_instance));
  if (method.is_exception()) return method;
  if (!method.is_undefined()) {
    Value r = vm.call(method, target, {v});
    if (r.is_exception()) return r;
    return Value::boolean(to_boolean(r));
  }
  if (!Vm::is_callable(target)) return vm.throw_type_error("Right-hand side of 'instanceof' is not callable");
  Value proto = vm.get(target, "prototype");
  if (proto.is_exception()) return proto;
  if (!v.is_object()) return Value::boolean(false);
  for (Object* p = v.as_object()->prototype(); p != nullptr; p = p->prototype()) {
    if (proto.is_object() && p == proto.as_object()) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value has_property(Vm& vm, Value key, Value target) {
  if (!target.is_object()) {
    String* k = to_string(vm, key.is_symbol() ? Value(vm.atom("Symbol()")) : key);
    return vm.throw_type_error("Cannot use 'in' operator to search for '" +
                               (k != nullptr ? k->to_utf8() : "") + "' in " +
                               (target.is_string() ? target.as_string()->to_utf8() : describe(vm, target)));
  }
  auto k = vm.to_property_key(key);
  if (!k) return Value::exception();
  return Value::boolean(target.as_object()->has_property(*k));
}

Value type_of(Vm& vm, Value v) {
  return Value(vm.atom(js::type_of(v)));
}

Value get_named(Vm& vm, Value target, PropKey key) {
  if (target.is_nullish()) {
    return vm.throw_type_error(std::string("Cannot read properties of ") +
                               (target.is_null() ? "null" : "undefined") + " (reading '" + key_text(key) +
                               "')");
  }
  return vm.get(target, key);
}

Value get_by_value(Vm& vm, Value target, Value key) {
  if (target.is_nullish()) {
    if (key.is_symbol() && key.as_symbol() == vm.realm().symbol_iterator) {
      // V8 words a read of [Symbol.iterator] from null or undefined as an iteration failure.
      return vm.throw_type_error(std::string(target.is_null() ? "object null" : "undefined") +
                                 " is not iterable (cannot read property Symbol(Symbol.iterator))");
    }
    String* k = key.is_symbol() ? vm.string(key.as_symbol()->descriptive_string()) : to_string(vm, key);
    if (k == nullptr) return Value::exception();
    return vm.throw_type_error(std::string("Cannot read properties of ") +
                               (target.is_null() ? "null" : "undefined") + " (reading '" + k->to_utf8() +
                               "')");
  }
  if (target.is_string() && key.is_number()) {
    double d = key.as_number();
    const auto& text = target.as_string()->text();
    if (d >= 0 && d < static_cast<double>(text.size()) && d == std::floor(d)) {
      return Value(vm.string(std::u16string(1, text[static_cast<std::size_t>(d)])));
    }
  }
  auto k = vm.to_property_key(key);
  if (!k) return Value::exception();
  return vm.get(target, *k);
}

Value set_named(Vm& vm, Value target, PropKey key, Value value, bool sloppy) {
  if (target.is_nullish()) {
    return vm.throw_type_error(std::string("Cannot set properties of ") +
                               (target.is_null() ? "null" : "undefined") + " (setting '" + key_text(key) +
                               "')");
  }
  if (!target.is_object()) {
    if (sloppy) return Value::undefined();
    if (target.is_string() && key.is_string()) {
      // A string's indices and length are its own read-only properties.
      const auto& text = target.as_string()->text();
      if ((key.is_array_index() && key.array_index() < text.size()) || key.as_string()->text() == u"length") {
        return vm.throw_type_error("Cannot assign to read only property '" + key_text(key) + "' of string '" +
                                   target.as_string()->to_utf8() + "'");
      }
    }
    Object* proto = vm.prototype_for_primitive(target);
    auto d = proto->find_property(key);
    if (d && d->is_accessor() && !d->setter.is_undefined()) return vm.call(d->setter, target, {value});
    std::string shown = target.is_symbol() ? target.as_symbol()->descriptive_string()
                                           : primitive_to_string(vm, target)->to_utf8();
    return vm.throw_type_error("Cannot create property '" + key_text(key) + "' on " + js::type_of(target) +
                               " '" + shown + "'");
  }
  Value ok = target.as_object()->set(vm, key, value, target);
  if (ok.is_exception()) return ok;
  if (!ok.as_boolean() && !sloppy) {
    Object* o = target.as_object();
    auto d = o->find_property(key);
    if (d && d->is_accessor()) {
      return vm.throw_type_error("Cannot set property " + key_text(key) + " of " + describe(vm, target) +
                                 " which has only a getter");
    }
    if (d && !d->writable()) {
      std::string kind = o->is_function() ? "function" : "object";
      return vm.throw_type_error("Cannot assign to read only property '" + key_text(key) + "' of " + kind +
                                 " '" + describe(vm, target) + "'");
    }
    return vm.throw_type_error("Cannot add property " + key_text(key) + ", object is not extensible");
  }
  return Value::undefined();
}

Value set_by_value(Vm& vm, Value target, Value key, Value value, bool sloppy) {
  if (target.is_nullish()) {
    String* k = key.is_symbol() ? vm.string(key.as_symbol()->descriptive_string()) : to_string(vm, key);
    if (k == nullptr) return Value::exception();
    return vm.throw_type_error(std::string("Cannot set properties of ") +
                               (target.is_null() ? "null" : "undefined") + " (setting '" + k->to_utf8() +
                               "')");
  }
  auto k = vm.to_property_key(key);
  if (!k) return Value::exception();
  return set_named(vm, target, *k, value, sloppy);
}

Value delete_by_key(Vm& vm, Value target, Value key, bool strict) {
  if (target.is_nullish()) {
    return vm.throw_type_error(std::string("Cannot convert undefined or null to object"));
  }
  auto k = vm.to_property_key(key);
  if (!k) return Value::exception();
  Object* o = target.is_object() ? target.as_object() : to_object(vm, target);
  bool ok = o->delete_property(*k);
  if (!ok && strict) {
    return vm.throw_type_error("Cannot delete property '" + key_text(*k) + "' of " + describe(vm, target));
  }
  return Value::boolean(ok);
}

namespace {

// "X is not iterable (cannot read property Symbol(Symbol.iterator))" named from the value.
std::string describe_not_iterable(Vm& vm, Value iterable) {
  const char* kSuffix = " is not iterable (cannot read property Symbol(Symbol.iterator))";
  if (iterable.is_undefined()) return std::string("undefined") + kSuffix;
  if (iterable.is_object()) return std::string("object") + kSuffix;
  if (iterable.is_symbol()) return iterable.as_symbol()->descriptive_string() + kSuffix;
  String* s = to_string(vm, iterable);
  return std::string(js::type_of(iterable)) + " " + (s != nullptr ? s->to_utf8() : "") + kSuffix;
}

}  // namespace

bool get_iterator(Vm& vm, Value iterable, bool is_async, Value& iterator, Value& next, std::string_view text,
                  bool* is_sync) {
  Value method;
  if (is_sync != nullptr) *is_sync = true;
  if (is_async && !iterable.is_nullish()) {
    method = vm.get_method(iterable, PropKey(vm.realm().symbol_async_iterator));
    if (method.is_exception()) return false;
    if (!method.is_undefined() && is_sync != nullptr) *is_sync = false;
  }
  if (method.is_undefined() && !iterable.is_nullish()) {
    method = vm.get_method(iterable, PropKey(vm.realm().symbol_iterator));
    if (method.is_exception()) return false;
  }
  if (method.is_undefined()) {
    if (!text.empty() && text[0] == '\x01') {
      // A spread argument: V8 names the source only for null and undefined.
      if (iterable.is_nullish()) {
        std::string what = iterable.is_null() ? "null" : "undefined";
        vm.throw_type_error(std::string(text.substr(1)) + " is not iterable (cannot read property " + what +
                            ")");
      } else {
        vm.throw_type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function");
      }
    } else if (!text.empty() && text[0] == '\x02') {
      // Destructuring a property load: V8 words it from the value, as below.
      vm.throw_type_error(describe_not_iterable(vm, iterable));
    } else if (!text.empty()) {
      vm.throw_type_error(std::string(text) + " is not iterable");
    } else {
      vm.throw_type_error(describe_not_iterable(vm, iterable));
    }
    return false;
  }
  iterator = vm.call(method, iterable, ArgList());
  if (iterator.is_exception()) return false;
  if (!iterator.is_object()) {
    vm.throw_type_error("Result of the Symbol.iterator method is not an object");
    return false;
  }
  next = vm.get(iterator, "next");
  return !next.is_exception();
}

bool spread_into(Vm& vm, ArrayObject* array, Value iterable, std::string_view text) {
  // Arrays whose iteration is the built-in one are copied directly.
  if (iterable.is_object() && iterable.as_object()->is_array()) {
    auto* source = static_cast<ArrayObject*>(iterable.as_object());
    auto d = source->find_property(PropKey(vm.realm().symbol_iterator));
    Object* proto = vm.realm().array_prototype;
    auto next = proto->get_own_property(vm.key("next"));
    (void)next;
    if (d && !d->is_accessor() && d->value == vm.realm().array_values_function) {
      auto it_next = vm.realm().array_iterator_prototype->get_own_property(vm.key("next"));
      if (it_next && !it_next->is_accessor()) {
        for (std::uint32_t i = 0; i < source->length(); ++i) {
          Value e = source->element(i);
          if (e.is_hole()) {
            e = source->get(vm, vm.index_key(i));
            if (e.is_exception()) return false;
          }
          array->push(e);
        }
        return true;
      }
    }
  }
  Value iterator, next;
  if (!get_iterator(vm, iterable, false, iterator, next, text)) return false;
  for (;;) {
    Value r = vm.call(next, iterator, ArgList());
    if (r.is_exception()) return false;
    if (!r.is_object()) {
      vm.throw_type_error("Iterator result is not an object");
      return false;
    }
    Value done = vm.get(r, "done");
    if (done.is_exception()) return false;
    if (to_boolean(done)) return true;
    Value v = vm.get(r, "value");
    if (v.is_exception()) return false;
    array->push(v);
  }
}

bool iterator_close(Vm& vm, Value iterator) {
  // Exceptions while closing after a throw are dropped by the caller's rethrow; here the
  // pending exception (if any) is kept aside and restored.
  bool had = vm.has_exception();
  Value saved = had ? vm.take_exception() : Value::undefined();
  Value ret = vm.get_method(iterator, vm.key("return"));
  if (ret.is_exception()) {
    if (had) {
      vm.take_exception();
      vm.throw_value(saved);
    }
    return had ? true : false;
  }
  if (!ret.is_undefined()) {
    Value r = vm.call(ret, iterator, ArgList());
    if (r.is_exception()) return had ? (vm.take_exception(), vm.throw_value(saved), true) : false;
    if (!r.is_object() && !had) {
      vm.throw_type_error("Iterator result " + primitive_to_string(vm, r)->to_utf8() + " is not an object");
      return false;
    }
  }
  if (had) vm.throw_value(saved);
  return true;
}

Value for_in_prepare(Vm& vm, Value target) {
  ArrayObject* keys = vm.new_array();
  if (!target.is_nullish()) {
    Object* o = to_object(vm, target);
    std::vector<PropKey> seen;
    for (Object* p = o; p != nullptr; p = p->prototype()) {
      for (PropKey k : p->own_keys(vm.heap(), false)) {
        bool dup = false;
        for (PropKey s : seen) dup |= s == k;
        if (dup) continue;
        seen.push_back(k);
        auto d = p->get_own_property(k);
        if (d && d->enumerable()) keys->push(k.to_value());
      }
    }
    Object* it = vm.new_object(nullptr);
    it->define(vm.key("keys"), Value(static_cast<Object*>(keys)), 0);
    it->define(vm.key("object"), Value(o), 0);
    it->define(vm.key("i"), Value(0), kWritable);
    return Value(it);
  }
  Object* it = vm.new_object(nullptr);
  it->define(vm.key("keys"), Value(static_cast<Object*>(keys)), 0);
  it->define(vm.key("object"), Value::null(), 0);
  it->define(vm.key("i"), Value(0), kWritable);
  return Value(it);
}

Value for_in_next(Vm& vm, Value iterator) {
  Object* it = iterator.as_object();
  auto* keys = static_cast<ArrayObject*>(it->get_own_property(vm.key("keys"))->value.as_object());
  Value object = it->get_own_property(vm.key("object"))->value;
  auto i = static_cast<std::uint32_t>(it->get_own_property(vm.key("i"))->value.as_number());
  while (i < keys->length()) {
    Value k = keys->element(i++);
    it->define(vm.key("i"), Value(static_cast<double>(i)), kWritable);
    // A key deleted during the loop is skipped.
    if (object.is_object() && !object.as_object()->has_property(*vm.to_property_key(k))) continue;
    return k;
  }
  return Value::hole();
}

bool copy_data_properties(Vm& vm, Object* target, Value source, const std::vector<PropKey>& excluded) {
  if (source.is_nullish()) return true;
  if (source.is_string()) {
    const auto& text = source.as_string()->text();
    for (std::size_t i = 0; i < text.size(); ++i) {
      PropKey k = vm.index_key(static_cast<std::uint32_t>(i));
      bool skip = false;
      for (PropKey e : excluded) skip |= e == k;
      if (!skip) target->define(k, Value(vm.string(std::u16string(1, text[i]))));
    }
    return true;
  }
  if (!source.is_object()) return true;
  Object* from = source.as_object();
  for (PropKey k : from->own_keys(vm.heap())) {
    bool skip = false;
    for (PropKey e : excluded) skip |= e == k;
    if (skip) continue;
    auto d = from->get_own_property(k);
    if (!d || !d->enumerable()) continue;
    Value v = d->is_accessor() ? from->get(vm, k, source) : d->value;
    if (v.is_exception()) return false;
    target->define(k, v);
  }
  return true;
}

Object* make_arguments(Vm& vm, ArgList args) {
  Object* o = vm.heap().make<Object>(vm.realm().object_prototype, ObjectClass::kArguments);
  for (std::size_t i = 0; i < args.size(); ++i)
    o->define(vm.index_key(static_cast<std::uint32_t>(i)), args[i]);
  o->define(vm.key("length"), Value(static_cast<double>(args.size())), kMethodAttrs);
  o->define(PropKey(vm.realm().symbol_iterator), vm.realm().array_values_function, kMethodAttrs);
  return o;
}

}  // namespace looplab::js::ops
