// Shared helpers of the builtins helper's files: the iteration protocol driven from C++ and the
// receiver descriptions V8 puts in its error messages.
#include "core/js/builtins/builtin_helpers.h"

namespace looplab::js::builtins {

std::string describe_for_error(Vm& vm, Value v) {
  if (v.is_string()) return v.as_string()->to_utf8();
  if (v.is_symbol()) return v.as_symbol()->descriptive_string();
  if (v.is_object()) {
    Object* o = v.as_object();
    if (o->is_function()) {
      std::string name = static_cast<FunctionObject*>(o)->name_utf8();
      return name.empty() ? "function (anonymous)" : name;  // approximation of V8's source print
    }
    if (o->is_array()) return "";
    std::string name = vm.constructor_name(o);
    return "#<" + (name.empty() ? std::string("Object") : name) + ">";
  }
  String* s = primitive_to_string(vm, v);
  return s->to_utf8();
}

Value not_iterable(Vm& vm, Value v) {
  std::string what;
  if (v.is_object()) {
    what = "object";
  } else if (v.is_undefined()) {
    what = "undefined";
  } else if (v.is_null()) {
    what = "object null";
  } else {
    what = std::string(type_of(v)) + " " + describe_for_error(vm, v);
  }
  return vm.throw_type_error(what + " is not iterable (cannot read property Symbol(Symbol.iterator))");
}

// 7.4.1 GetIterator / 7.4.6 IteratorStep / 7.4.8 IteratorClose, with a C++ body per value.
Value iterate(Vm& vm, Value iterable, const std::function<Value(Value)>& body) {
  if (iterable.is_nullish()) return not_iterable(vm, iterable);
  Value method = vm.get(iterable, PropKey(vm.realm().symbol_iterator));
  if (method.is_exception()) return method;
  if (!Vm::is_callable(method)) return not_iterable(vm, iterable);
  Value iterator = vm.call(method, iterable, ArgList());
  if (iterator.is_exception()) return iterator;
  if (!iterator.is_object())
    return vm.throw_type_error("Result of the Symbol.iterator method is not an object");
  Value next = vm.get(iterator, "next");
  if (next.is_exception()) return next;
  for (;;) {
    Value result = vm.call(next, iterator, ArgList());
    if (result.is_exception()) return result;
    if (!result.is_object()) {
      return vm.throw_type_error("Iterator result " + describe_for_error(vm, result) + " is not an object");
    }
    Value done = vm.get(result, "done");
    if (done.is_exception()) return done;
    if (to_boolean(done)) return Value::undefined();
    Value value = vm.get(result, "value");
    if (value.is_exception()) return value;
    Value r = body(value);
    if (r.is_exception()) {
      // IteratorClose with a throw completion: the body's exception wins.
      Value pending = vm.take_exception();
      Value ret = vm.get(iterator, "return");
      if (!ret.is_exception() && Vm::is_callable(ret)) (void)vm.call(ret, iterator, ArgList());
      if (vm.has_exception()) vm.take_exception();
      return vm.throw_value(pending);
    }
  }
}

}  // namespace looplab::js::builtins
