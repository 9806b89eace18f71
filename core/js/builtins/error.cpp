// Error and its native subclasses (TypeError, RangeError, ...), AggregateError, and
// Error.captureStackTrace. The stack string is made when the error is created, from the VM's call
// stack, in V8's format: "Name: message\n    at f (file:line:column)".
#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

// 20.5.1.1 Error ( message [ , options ] ), shared by every native error type: slot 0 of the
// constructor holds its ErrorType.
Value make_error_object(Vm& vm, ErrorType type, ArgList args, std::size_t message_index) {
  Value new_target = vm.new_target();
  if (new_target.is_undefined()) new_target = Value(vm.current_native());
  Object* proto = vm.prototype_from_constructor(new_target, vm.error_prototype(type));
  auto* error = vm.heap().make<ErrorObject>(proto);
  vm.capture_stack(error);  // V8's own key order: stack, then message (and cause)
  Value message = args[message_index];
  if (!message.is_undefined()) {
    String* s = to_string(vm, message);
    if (s == nullptr) return Value::exception();
    error->define(vm.key("message"), Value(s), kMethodAttrs);
  }
  Value options = args[message_index + 1];
  if (options.is_object() && options.as_object()->has_property(vm.key("cause"))) {
    Value cause = options.as_object()->get(vm, vm.key("cause"));
    if (cause.is_exception()) return cause;
    error->define(vm.key("cause"), cause, kMethodAttrs);
  }
  return Value(error);
}

Value error_constructor(Vm& vm, Value, ArgList args) {
  auto type = static_cast<ErrorType>(static_cast<int>(vm.current_native()->slot(0).as_number()));
  return make_error_object(vm, type, args, 0);
}

Value iterable_to_list(Vm& vm, Value iterable, std::vector<Value>& out);

Value aggregate_error_constructor(Vm& vm, Value, ArgList args) {
  Value error = make_error_object(vm, ErrorType::kAggregateError, args, 1);
  if (error.is_exception()) return error;
  std::vector<Value> errors;
  Value r = iterable_to_list(vm, args[0], errors);
  if (r.is_exception()) return r;
  error.as_object()->define(vm.key("errors"), Value(vm.new_array(errors)), kMethodAttrs);
  return error;
}

// Collects an iterable's values (arrays fast, other iterables through the protocol).
Value iterable_to_list(Vm& vm, Value iterable, std::vector<Value>& out) {
  if (iterable.is_object() && iterable.as_object()->is_array()) {
    auto* a = static_cast<ArrayObject*>(iterable.as_object());
    for (std::uint32_t i = 0; i < a->length(); ++i) {
      Value e = a->element(i);
      out.push_back(e.is_hole() ? Value::undefined() : e);
    }
    return Value::undefined();
  }
  Value method = iterable.is_nullish() ? Value::undefined()
                                       : vm.get_method(iterable, PropKey(vm.realm().symbol_iterator));
  if (method.is_exception()) return method;
  if (method.is_undefined()) {
    std::string what;
    if (iterable.is_nullish()) {
      what = iterable.is_null() ? "object null" : "undefined";
    } else if (iterable.is_object()) {
      what = "object";
    } else {
      String* s = to_string(vm, iterable);
      what = std::string(type_of(iterable)) + " " + (s != nullptr ? s->to_utf8() : "");
    }
    return vm.throw_type_error(what + " is not iterable (cannot read property Symbol(Symbol.iterator))");
  }
  Value iterator = vm.call(method, iterable, ArgList());
  if (iterator.is_exception()) return iterator;
  Value next = vm.get(iterator, "next");
  if (next.is_exception()) return next;
  for (;;) {
    Value result = vm.call(next, iterator, ArgList());
    if (result.is_exception()) return result;
    if (!result.is_object()) return vm.throw_type_error("Iterator result is not an object");
    Value done = vm.get(result, "done");
    if (done.is_exception()) return done;
    if (to_boolean(done)) return Value::undefined();
    Value value = vm.get(result, "value");
    if (value.is_exception()) return value;
    out.push_back(value);
  }
}

// 20.5.3.4 Error.prototype.toString.
Value error_to_string(Vm& vm, Value this_value, ArgList) {
  if (!this_value.is_object())
    return vm.throw_type_error("Error.prototype.toString requires that 'this' be an Object");
  Value name = vm.get(this_value, "name");
  if (name.is_exception()) return name;
  String* name_s = name.is_undefined() ? vm.atom("Error") : to_string(vm, name);
  if (name_s == nullptr) return Value::exception();
  Value msg = vm.get(this_value, "message");
  if (msg.is_exception()) return msg;
  String* msg_s = msg.is_undefined() ? vm.atom("") : to_string(vm, msg);
  if (msg_s == nullptr) return Value::exception();
  if (name_s->length() == 0) return Value(msg_s);
  if (msg_s->length() == 0) return Value(name_s);
  return Value(vm.string(name_s->text() + u": " + msg_s->text()));
}

Value capture_stack_trace(Vm& vm, Value, ArgList args) {
  if (!args[0].is_object()) return vm.throw_type_error("Invalid argument");
  vm.capture_stack(args[0].as_object());
  return Value::undefined();
}

}  // namespace

void install_error(Realm& realm) {
  Vm& vm = realm.vm();
  struct Kind {
    ErrorType type;
    const char* name;
    Object* proto;
  };
  const Kind kinds[] = {
      {ErrorType::kError, "Error", realm.error_prototype},
      {ErrorType::kTypeError, "TypeError", realm.type_error_prototype},
      {ErrorType::kRangeError, "RangeError", realm.range_error_prototype},
      {ErrorType::kReferenceError, "ReferenceError", realm.reference_error_prototype},
      {ErrorType::kSyntaxError, "SyntaxError", realm.syntax_error_prototype},
      {ErrorType::kEvalError, "EvalError", realm.eval_error_prototype},
      {ErrorType::kURIError, "URIError", realm.uri_error_prototype},
      {ErrorType::kAggregateError, "AggregateError", realm.aggregate_error_prototype},
  };
  NativeFunction* base = nullptr;
  for (const Kind& k : kinds) {
    bool aggregate = k.type == ErrorType::kAggregateError;
    NativeFunction* ctor = vm.new_native_constructor(
        k.name, aggregate ? 2 : 1, aggregate ? aggregate_error_constructor : error_constructor, k.proto);
    ctor->slots().push_back(Value(static_cast<double>(static_cast<int>(k.type))));
    k.proto->define(vm.key("name"), Value(vm.atom(k.name)), kMethodAttrs);
    k.proto->define(vm.key("message"), Value(vm.atom("")), kMethodAttrs);
    if (base == nullptr) {
      base = ctor;
      realm.error_constructor = ctor;
      vm.define_method(k.proto, "toString", error_to_string, 0);
      vm.define_method(ctor, "captureStackTrace", capture_stack_trace, 2);
      ctor->define(vm.key("stackTraceLimit"), Value(10), kDefaultAttrs);
    } else {
      ctor->set_prototype(base);
    }
    realm.define_global(k.name, Value(ctor));
  }
}

}  // namespace looplab::js
