// Promise: the constructor, then/catch/finally, resolve/reject and the combinators
// (all, allSettled, race, any). The state machine and the jobs are in runtime/promise.cpp.
//
// Promise.resolve/reject honour a subclass receiver (NewPromiseCapability(this)); then and the
// combinators do not use @@species: their derived promises are always %Promise% instances.
// `then` is looked up and called as the spec's Invoke does wherever that is observable (catch,
// finally, the combinators), so user-visible hop counts match V8's.
#include "core/js/runtime/promise.h"

#include <array>
#include <optional>

#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

PromiseObject* this_promise(Value v) {
  if (v.is_object() && v.as_object()->object_class() == ObjectClass::kPromise) {
    return static_cast<PromiseObject*>(v.as_object());
  }
  return nullptr;
}

std::string describe_receiver(Vm& vm, Value v) {
  if (v.is_object()) {
    std::string name = vm.constructor_name(v.as_object());
    return "#<" + (name.empty() ? std::string("Object") : name) + ">";
  }
  if (v.is_string()) return v.as_string()->to_utf8();
  if (v.is_symbol()) return v.as_symbol()->descriptive_string();
  return primitive_to_string(vm, v)->to_utf8();
}

// 27.2.3.1 Promise ( executor )
Value promise_constructor(Vm& vm, Value, ArgList args) {
  if (vm.new_target().is_undefined()) {
    return vm.throw_type_error("Promise constructor cannot be invoked without 'new'");
  }
  Value executor = args[0];
  if (!Vm::is_callable(executor)) {
    return vm.throw_type_error("Promise resolver " + describe_receiver(vm, executor) + " is not a function");
  }
  PromiseObject* promise =
      new_promise(vm, vm.prototype_from_constructor(vm.new_target(), vm.realm().promise_prototype));
  auto [resolve, reject] = create_resolving_functions(vm, promise);
  Value r = vm.call(executor, Value::undefined(),
                    {Value(static_cast<Object*>(resolve)), Value(static_cast<Object*>(reject))});
  if (r.is_exception()) {
    Value error = vm.take_exception();
    vm.call(Value(static_cast<Object*>(reject)), Value::undefined(), {error});
    if (vm.has_exception()) return Value::exception();
  }
  return Value(static_cast<Object*>(promise));
}

// 27.2.5.4 Promise.prototype.then
Value promise_then(Vm& vm, Value this_value, ArgList args) {
  PromiseObject* promise = this_promise(this_value);
  if (promise == nullptr) {
    return vm.throw_type_error("Method Promise.prototype.then called on incompatible receiver " +
                               describe_receiver(vm, this_value));
  }
  PromiseObject* derived = new_promise(vm);
  Value on_fulfilled = Vm::is_callable(args[0]) ? args[0] : Value::undefined();
  Value on_rejected = Vm::is_callable(args[1]) ? args[1] : Value::undefined();
  perform_promise_then(vm, promise, on_fulfilled, on_rejected, derived);
  return Value(static_cast<Object*>(derived));
}

Value invoke_then(Vm& vm, Value target, Value on_fulfilled, Value on_rejected) {
  Value then = vm.get(target, "then");
  if (then.is_exception()) return then;
  if (!Vm::is_callable(then)) return vm.throw_type_error("then is not a function");
  return vm.call(then, target, {on_fulfilled, on_rejected});
}

// 27.2.5.1 Promise.prototype.catch
Value promise_catch(Vm& vm, Value this_value, ArgList args) {
  return invoke_then(vm, this_value, Value::undefined(), args[0]);
}

// The closures of 27.2.5.3 Promise.prototype.finally: slot 0 holds onFinally (or the value /
// reason for the thunks).
Value value_thunk(Vm& vm, Value, ArgList) {
  return vm.current_native()->slot(0);
}
Value thrower(Vm& vm, Value, ArgList) {
  return vm.throw_value(vm.current_native()->slot(0));
}

Value finally_step(Vm& vm, Value value, bool rejected) {
  Value on_finally = vm.current_native()->slot(0);
  Value result = vm.call(on_finally, Value::undefined(), ArgList());
  if (result.is_exception()) return result;
  PromiseObject* p = promise_resolve(vm, result);
  if (p == nullptr) return Value::exception();
  NativeFunction* thunk = vm.new_native("", 0, rejected ? thrower : value_thunk);
  thunk->slots().push_back(value);
  return invoke_then(vm, Value(static_cast<Object*>(p)), Value(static_cast<Object*>(thunk)),
                     Value::undefined());
}
Value then_finally(Vm& vm, Value, ArgList args) {
  return finally_step(vm, args[0], false);
}
Value catch_finally(Vm& vm, Value, ArgList args) {
  return finally_step(vm, args[0], true);
}

Value promise_finally(Vm& vm, Value this_value, ArgList args) {
  if (!this_value.is_object()) {
    return vm.throw_type_error("Method Promise.prototype.finally called on incompatible receiver " +
                               describe_receiver(vm, this_value));
  }
  Value on_finally = args[0];
  if (!Vm::is_callable(on_finally)) return invoke_then(vm, this_value, on_finally, on_finally);
  NativeFunction* a = vm.new_native("", 1, then_finally);
  NativeFunction* b = vm.new_native("", 1, catch_finally);
  a->slots().push_back(on_finally);
  b->slots().push_back(on_finally);
  return invoke_then(vm, this_value, Value(static_cast<Object*>(a)), Value(static_cast<Object*>(b)));
}

// The executor of 27.2.1.5 NewPromiseCapability: keeps resolve and reject in slots 0 and 1.
Value capability_executor(Vm& vm, Value, ArgList args) {
  NativeFunction* self = vm.current_native();
  if (!self->slot(0).is_undefined() || !self->slot(1).is_undefined()) {
    return vm.throw_type_error("Promise executor has already been invoked with non-undefined arguments");
  }
  self->slots()[0] = args[0];
  self->slots()[1] = args[1];
  return Value::undefined();
}

// 27.2.1.5 NewPromiseCapability(C) for a constructor other than %Promise% (a subclass): returns
// [promise, resolve, reject], or nullopt when it threw.
std::optional<std::array<Value, 3>> new_promise_capability(Vm& vm, Value c) {
  if (!Vm::is_constructor(c)) {
    vm.throw_type_error(describe_receiver(vm, c) + " is not a constructor");
    return std::nullopt;
  }
  NativeFunction* executor = vm.new_native("", 2, capability_executor);
  executor->slots() = {Value::undefined(), Value::undefined()};
  Value arg(static_cast<Object*>(executor));
  Value promise = vm.construct(c, ArgList(&arg, 1));
  if (promise.is_exception()) return std::nullopt;
  Value resolve = executor->slot(0);
  Value reject = executor->slot(1);
  if (!Vm::is_callable(resolve) || !Vm::is_callable(reject)) {
    vm.throw_type_error("Promise resolve or reject function is not callable");
    return std::nullopt;
  }
  return std::array<Value, 3>{promise, resolve, reject};
}

bool is_intrinsic_promise(Vm& vm, Value c) {
  return c.is_object() && c.as_object() == vm.realm().promise_constructor;
}

// 27.2.4.7 Promise.resolve: 27.2.4.7.1 PromiseResolve(C, x) with C = this.
Value promise_resolve_static(Vm& vm, Value this_value, ArgList args) {
  if (!this_value.is_object()) return vm.throw_type_error("PromiseResolve called on non-object");
  Value x = args[0];
  if (is_intrinsic_promise(vm, this_value)) {
    PromiseObject* p = promise_resolve(vm, x);
    if (p == nullptr) return Value::exception();
    return Value(static_cast<Object*>(p));
  }
  if (this_promise(x) != nullptr) {
    Value ctor = vm.get(x, "constructor");
    if (ctor.is_exception()) return ctor;
    if (ctor == this_value) return x;
  }
  auto capability = new_promise_capability(vm, this_value);
  if (!capability) return Value::exception();
  if (vm.call((*capability)[1], Value::undefined(), {x}).is_exception()) return Value::exception();
  return (*capability)[0];
}

// 27.2.4.6 Promise.reject
Value promise_reject_static(Vm& vm, Value this_value, ArgList args) {
  if (!this_value.is_object() || is_intrinsic_promise(vm, this_value)) {
    if (!this_value.is_object()) return vm.throw_type_error("PromiseReject called on non-object");
    PromiseObject* p = new_promise(vm);
    reject_promise(vm, p, args[0]);
    return Value(static_cast<Object*>(p));
  }
  auto capability = new_promise_capability(vm, this_value);
  if (!capability) return Value::exception();
  if (vm.call((*capability)[2], Value::undefined(), {args[0]}).is_exception()) return Value::exception();
  return (*capability)[0];
}

// ---- combinators ----

enum class Combinator : std::uint8_t { kAll, kAllSettled, kAny };

// Shared record of one combinator call: values array, remaining count, the result promise.
// Element functions keep [record, index, already-called marker].
Object* make_record(Vm& vm, ArrayObject* values, PromiseObject* result) {
  Object* record = vm.new_object(nullptr);
  record->define(vm.key("values"), Value(static_cast<Object*>(values)), kWritable);
  record->define(vm.key("remaining"), Value(1), kWritable);
  record->define(vm.key("promise"), Value(static_cast<Object*>(result)), kWritable);
  return record;
}

double remaining_add(Vm& vm, Object* record, double delta) {
  double n = record->get_own_property(vm.key("remaining"))->value.as_number() + delta;
  record->define(vm.key("remaining"), Value(n), kWritable);
  return n;
}

void combinator_finish(Vm& vm, Object* record, Combinator kind) {
  auto* values = static_cast<ArrayObject*>(record->get_own_property(vm.key("values"))->value.as_object());
  auto* promise = static_cast<PromiseObject*>(record->get_own_property(vm.key("promise"))->value.as_object());
  if (kind == Combinator::kAny) {
    ErrorObject* error = vm.make_error(ErrorType::kAggregateError, "All promises were rejected");
    error->define(vm.key("errors"), Value(static_cast<Object*>(values)), kMethodAttrs);
    reject_promise(vm, promise, Value(static_cast<Object*>(error)));
  } else {
    resolve_promise(vm, promise, Value(static_cast<Object*>(values)));
  }
}

// slots: 0 record, 1 index, 2 kind, 3 marker object (non-extensible once called), 4 settled kind
Value element_function(Vm& vm, Value, ArgList args) {
  NativeFunction* self = vm.current_native();
  Object* marker = self->slot(3).as_object();
  if (!marker->is_extensible()) return Value::undefined();
  marker->prevent_extensions();
  Object* record = self->slot(0).as_object();
  auto index = static_cast<std::uint32_t>(self->slot(1).as_number());
  auto kind = static_cast<Combinator>(static_cast<int>(self->slot(2).as_number()));
  Value value = args[0];
  if (kind == Combinator::kAllSettled) {
    bool fulfilled = self->slot(4).as_number() == 0;
    Object* entry = vm.new_object();
    entry->define(vm.key("status"), Value(vm.atom(fulfilled ? "fulfilled" : "rejected")));
    entry->define(vm.key(fulfilled ? "value" : "reason"), value);
    value = Value(entry);
  }
  auto* values = static_cast<ArrayObject*>(record->get_own_property(vm.key("values"))->value.as_object());
  values->set_element(index, value);
  if (remaining_add(vm, record, -1) == 0) combinator_finish(vm, record, kind);
  return Value::undefined();
}

NativeFunction* make_element_function(Vm& vm, Object* record, std::uint32_t index, Combinator kind,
                                      int settled_kind, Object* marker) {
  NativeFunction* f = vm.new_native("", 1, element_function);
  f->slots() = {Value(record), Value(static_cast<double>(index)),
                Value(static_cast<double>(static_cast<int>(kind))), Value(marker), Value(settled_kind)};
  return f;
}

// Iterates `iterable`, calling `each(next_promise, index)`; false when something threw.
template <class Each>
bool for_each_resolved(Vm& vm, Value iterable, Each each) {
  Value resolve = vm.get(Value(vm.realm().promise_constructor), "resolve");
  if (resolve.is_exception()) return false;
  if (!Vm::is_callable(resolve)) {
    vm.throw_type_error("Promise resolve or reject function is not callable");
    return false;
  }
  Value method = vm.get_method(iterable, PropKey(vm.realm().symbol_iterator));
  if (method.is_exception()) return false;
  if (method.is_undefined()) {
    std::string what;
    if (iterable.is_nullish()) {
      what = iterable.is_null() ? "object null" : "undefined";
    } else if (iterable.is_object()) {
      what = "object";
    } else {
      what = std::string(type_of(iterable)) + " " + describe_receiver(vm, iterable);
    }
    vm.throw_type_error(what + " is not iterable (cannot read property Symbol(Symbol.iterator))");
    return false;
  }
  Value iterator = vm.call(method, iterable, ArgList());
  if (iterator.is_exception()) return false;
  Value next = vm.get(iterator, "next");
  if (next.is_exception()) return false;
  for (std::uint32_t index = 0;; ++index) {
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
    Value p = vm.call(resolve, Value(vm.realm().promise_constructor), {v});
    if (p.is_exception()) return false;
    if (!each(p, index)) return false;
  }
}

Value combinator(Vm& vm, ArgList args, Combinator kind) {
  PromiseObject* result = new_promise(vm);
  auto functions = create_resolving_functions(vm, result);
  NativeFunction* res_fn = functions.first;
  Value reject_value(static_cast<Object*>(functions.second));
  ArrayObject* values = vm.new_array();
  Object* record = make_record(vm, values, result);
  bool ok = for_each_resolved(vm, args[0], [&](Value p, std::uint32_t index) {
    values->set_element(index, Value::undefined());
    remaining_add(vm, record, 1);
    Object* marker = vm.new_object(nullptr);
    Value on_fulfilled, on_rejected;
    switch (kind) {
      case Combinator::kAll:
        on_fulfilled = Value(static_cast<Object*>(make_element_function(vm, record, index, kind, 0, marker)));
        on_rejected = reject_value;
        break;
      case Combinator::kAllSettled:
        on_fulfilled = Value(static_cast<Object*>(make_element_function(vm, record, index, kind, 0, marker)));
        on_rejected = Value(static_cast<Object*>(make_element_function(vm, record, index, kind, 1, marker)));
        break;
      case Combinator::kAny:
        on_fulfilled = Value(static_cast<Object*>(res_fn));
        on_rejected = Value(static_cast<Object*>(make_element_function(vm, record, index, kind, 0, marker)));
        break;
    }
    return !invoke_then(vm, p, on_fulfilled, on_rejected).is_exception();
  });
  if (!ok) {
    Value error = vm.take_exception();
    reject_promise(vm, result, error);
    return Value(static_cast<Object*>(result));
  }
  if (remaining_add(vm, record, -1) == 0) combinator_finish(vm, record, kind);
  return Value(static_cast<Object*>(result));
}

Value promise_all(Vm& vm, Value, ArgList args) {
  return combinator(vm, args, Combinator::kAll);
}
Value promise_all_settled(Vm& vm, Value, ArgList args) {
  return combinator(vm, args, Combinator::kAllSettled);
}
Value promise_any(Vm& vm, Value, ArgList args) {
  return combinator(vm, args, Combinator::kAny);
}

Value promise_race(Vm& vm, Value, ArgList args) {
  PromiseObject* result = new_promise(vm);
  auto functions = create_resolving_functions(vm, result);
  Value on_fulfilled(static_cast<Object*>(functions.first));
  Value on_rejected(static_cast<Object*>(functions.second));
  bool ok = for_each_resolved(vm, args[0], [&](Value p, std::uint32_t) {
    return !invoke_then(vm, p, on_fulfilled, on_rejected).is_exception();
  });
  if (!ok) reject_promise(vm, result, vm.take_exception());
  return Value(static_cast<Object*>(result));
}

}  // namespace

void install_promise(Realm& realm) {
  Vm& vm = realm.vm();
  Object* proto = realm.promise_prototype;
  NativeFunction* ctor = vm.new_native_constructor("Promise", 1, promise_constructor, proto);
  realm.promise_constructor = ctor;
  NativeFunction* then = vm.define_method(proto, "then", promise_then, 2);
  realm.promise_then_function = Value(static_cast<Object*>(then));
  vm.define_method(proto, "catch", promise_catch, 1);
  vm.define_method(proto, "finally", promise_finally, 1);
  proto->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("Promise")), kConfigurable);
  vm.define_method(ctor, "resolve", promise_resolve_static, 1);
  vm.define_method(ctor, "reject", promise_reject_static, 1);
  vm.define_method(ctor, "all", promise_all, 1);
  vm.define_method(ctor, "allSettled", promise_all_settled, 1);
  vm.define_method(ctor, "any", promise_any, 1);
  vm.define_method(ctor, "race", promise_race, 1);
  define_species_getter(realm, ctor);
  realm.define_global("Promise", Value(static_cast<Object*>(ctor)));
}

}  // namespace looplab::js
