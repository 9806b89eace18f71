// Function and Function.prototype: call, apply, bind, toString, [Symbol.hasInstance].
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

Value not_a_function(Vm& vm, Value v) {
  (void)v;
  return vm.throw_type_error("Function.prototype method called on incompatible receiver");
}

Value function_call(Vm& vm, Value this_value, ArgList args) {
  if (!Vm::is_callable(this_value)) return not_a_function(vm, this_value);
  return vm.call(this_value, args[0], args.drop(1));
}

// 7.3.18 CreateListFromArrayLike.
bool list_from_array_like(Vm& vm, Value v, std::vector<Value>& out) {
  if (v.is_nullish()) return true;
  if (!v.is_object()) {
    vm.throw_type_error("CreateListFromArrayLike called on non-object");
    return false;
  }
  Object* o = v.as_object();
  if (o->is_array()) {
    auto* a = static_cast<ArrayObject*>(o);
    for (std::uint32_t i = 0; i < a->length(); ++i) {
      Value e = a->element(i);
      if (e.is_hole()) e = o->get(vm, vm.index_key(i));
      if (e.is_exception()) return false;
      out.push_back(e);
    }
    return true;
  }
  Value len = o->get(vm, vm.key("length"));
  if (len.is_exception()) return false;
  auto n = to_length(vm, len);
  if (!n) return false;
  for (double i = 0; i < *n; ++i) {
    Value e = o->get(vm, vm.index_key(static_cast<std::uint32_t>(i)));
    if (e.is_exception()) return false;
    out.push_back(e);
  }
  return true;
}

Value function_apply(Vm& vm, Value this_value, ArgList args) {
  if (!Vm::is_callable(this_value)) return not_a_function(vm, this_value);
  std::vector<Value> list;
  if (!list_from_array_like(vm, args[1], list)) return Value::exception();
  return vm.call(this_value, args[0], ArgList(list.data(), list.size()));
}

Value function_bind(Vm& vm, Value this_value, ArgList args) {
  if (!Vm::is_callable(this_value)) return vm.throw_type_error("Bind must be called on a function");
  auto* target = static_cast<FunctionObject*>(this_value.as_object());
  std::vector<Value> bound(args.begin() + (args.size() > 0 ? 1 : 0), args.end());
  auto* f = vm.heap().make<BoundFunction>(target->prototype(), target, args[0], bound);
  f->set_constructor(target->is_constructor());
  double length = 0;
  auto len = target->get_own_property(vm.key("length"));
  if (len && !len->is_accessor() && len->value.is_number()) {
    length = std::max(0.0, len->value.as_number() - static_cast<double>(bound.size()));
  }
  Value name = target->get(vm, vm.key("name"));
  if (name.is_exception()) return name;
  std::u16string text = u"bound ";
  if (name.is_string()) text += name.as_string()->text();
  vm.set_function_name_length(f, Value(vm.string(text)), length);
  return Value(f);
}

Value function_to_string(Vm& vm, Value this_value, ArgList) {
  if (!Vm::is_callable(this_value)) {
    return vm.throw_type_error("Function.prototype.toString requires that 'this' be a Function");
  }
  auto* f = static_cast<FunctionObject*>(this_value.as_object());
  if (f->flavor() == FunctionFlavor::kClosure) {
    return Value(vm.string(static_cast<ClosureFunction*>(f)->source_text()));
  }
  std::string name = f->flavor() == FunctionFlavor::kBound ? "" : f->name_utf8();
  return Value(vm.string("function " + name + "() { [native code] }"));
}

// 7.3.21 OrdinaryHasInstance.
Value function_has_instance(Vm& vm, Value this_value, ArgList args) {
  Value c = this_value;
  if (!Vm::is_callable(c)) return Value::boolean(false);
  while (c.as_object()->is_function() &&
         static_cast<FunctionObject*>(c.as_object())->flavor() == FunctionFlavor::kBound) {
    c = Value(static_cast<BoundFunction*>(c.as_object())->target());
  }
  Value o = args[0];
  if (!o.is_object()) return Value::boolean(false);
  Value proto = c.as_object()->get(vm, vm.key("prototype"));
  if (proto.is_exception()) return proto;
  if (!proto.is_object()) {
    return vm.throw_type_error("Function has non-object prototype '" +
                               std::string(proto.is_undefined() ? "undefined" : "null") +
                               "' in instanceof check");
  }
  for (Object* p = o.as_object()->prototype(); p != nullptr; p = p->prototype()) {
    if (p == proto.as_object()) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value function_constructor(Vm& vm, Value, ArgList) {
  return vm.throw_error(ErrorType::kEvalError, "the Function constructor is not supported yet");
}

}  // namespace

void install_function(Realm& realm) {
  Vm& vm = realm.vm();
  Object* proto = realm.function_prototype;
  vm.define_method(proto, "apply", function_apply, 2);
  vm.define_method(proto, "bind", function_bind, 1);
  vm.define_method(proto, "call", function_call, 1);
  vm.define_method(proto, "toString", function_to_string, 0);
  NativeFunction* has_instance = vm.new_native("[Symbol.hasInstance]", 1, function_has_instance);
  proto->define(PropKey(realm.symbol_has_instance), Value(has_instance), 0);
  NativeFunction* ctor = vm.new_native_constructor("Function", 1, function_constructor, proto);
  realm.function_constructor = ctor;
  realm.define_global("Function", Value(ctor));
  // %AsyncFunction%: not a global, reachable as (async () => {}).constructor.
  NativeFunction* async_ctor =
      vm.new_native_constructor("AsyncFunction", 1, function_constructor, realm.async_function_prototype);
  async_ctor->set_prototype(ctor);
  realm.async_function_prototype->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("AsyncFunction")),
                                         kConfigurable);
}

}  // namespace looplab::js
