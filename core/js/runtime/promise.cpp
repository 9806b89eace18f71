// Promise internals (ECMA-262 27.2.1 - 27.2.2, 27.2.5.4.1).
#include "core/js/runtime/promise.h"

#include "core/js/runtime/conversions.h"
#include "core/js/runtime/engine.h"

namespace looplab::js {

PromiseObject* new_promise(Vm& vm, Object* prototype) {
  return vm.heap().make<PromiseObject>(prototype != nullptr ? prototype : vm.realm().promise_prototype);
}

namespace {

void trigger_reactions(Vm& vm, std::vector<PromiseReaction> reactions, bool rejected, Value argument) {
  // 27.2.1.8 TriggerPromiseReactions: one NewPromiseReactionJob per reaction, in order.
  for (const PromiseReaction& r : reactions) {
    PromiseJob job;
    job.kind = PromiseJob::Kind::kReaction;
    job.reaction = r;
    job.rejected = rejected;
    job.argument = argument;
    enqueue_promise_job(vm, job);
  }
}

// The shared [[AlreadyResolved]] record of a pair of resolving functions: slot 0 of both is an
// empty object that is made non-extensible once one of them ran.
Value resolve_function(Vm& vm, Value, ArgList args) {
  NativeFunction* self = vm.current_native();
  Object* record = self->slot(0).as_object();
  if (!record->is_extensible()) return Value::undefined();  // already resolved
  record->prevent_extensions();
  resolve_promise(vm, static_cast<PromiseObject*>(self->slot(1).as_object()), args[0]);
  return Value::undefined();
}

Value reject_function(Vm& vm, Value, ArgList args) {
  NativeFunction* self = vm.current_native();
  Object* record = self->slot(0).as_object();
  if (!record->is_extensible()) return Value::undefined();
  record->prevent_extensions();
  reject_promise(vm, static_cast<PromiseObject*>(self->slot(1).as_object()), args[0]);
  return Value::undefined();
}

}  // namespace

std::pair<NativeFunction*, NativeFunction*> create_resolving_functions(Vm& vm, PromiseObject* promise) {
  Object* record = vm.heap().make<Object>(nullptr);
  NativeFunction* resolve = vm.new_native("", 1, resolve_function);
  NativeFunction* reject = vm.new_native("", 1, reject_function);
  for (NativeFunction* f : {resolve, reject}) {
    f->slots().push_back(Value(record));
    f->slots().push_back(Value(static_cast<Object*>(promise)));
  }
  return {resolve, reject};
}

void fulfill_promise(Vm& vm, PromiseObject* promise, Value value) {
  // 27.2.1.4 FulfillPromise.
  if (promise->state() != PromiseState::kPending) return;
  std::vector<PromiseReaction> reactions = std::move(promise->fulfill_reactions());
  promise->fulfill_reactions().clear();
  promise->reject_reactions().clear();
  promise->settle(PromiseState::kFulfilled, value);
  trigger_reactions(vm, std::move(reactions), false, value);
}

void reject_promise(Vm& vm, PromiseObject* promise, Value reason) {
  // 27.2.1.7 RejectPromise.
  if (promise->state() != PromiseState::kPending) return;
  std::vector<PromiseReaction> reactions = std::move(promise->reject_reactions());
  promise->fulfill_reactions().clear();
  promise->reject_reactions().clear();
  promise->settle(PromiseState::kRejected, reason);
  if (!promise->is_handled()) {
    // 27.2.1.9 HostPromiseRejectionTracker(promise, "reject").
    const RejectionTracker& tracker = vm.engine().rejection_tracker();
    if (tracker) tracker(promise, RejectionOperation::kReject);
  }
  trigger_reactions(vm, std::move(reactions), true, reason);
}

void resolve_promise(Vm& vm, PromiseObject* promise, Value resolution) {
  // 27.2.1.3.2 Promise Resolve Functions, steps 7-16.
  if (resolution.is_object() && resolution.as_object() == promise) {
    reject_promise(
        vm, promise,
        Value(vm.make_error(ErrorType::kTypeError, "Chaining cycle detected for promise #<Promise>")));
    return;
  }
  if (!resolution.is_object()) {
    fulfill_promise(vm, promise, resolution);
    return;
  }
  Value then = resolution.as_object()->get(vm, vm.key("then"), resolution);
  if (then.is_exception()) {
    reject_promise(vm, promise, vm.take_exception());
    return;
  }
  if (!Vm::is_callable(then)) {
    fulfill_promise(vm, promise, resolution);
    return;
  }
  // 27.2.2.2 NewPromiseResolveThenableJob.
  PromiseJob job;
  job.kind = PromiseJob::Kind::kResolveThenable;
  job.promise = Value(static_cast<Object*>(promise));
  job.thenable = resolution;
  job.then = then;
  enqueue_promise_job(vm, job);
}

void perform_promise_then(Vm& vm, PromiseObject* promise, Value on_fulfilled, Value on_rejected,
                          PromiseObject* derived) {
  PromiseReaction fulfill, reject;
  fulfill.type = PromiseReaction::Type::kFulfill;
  reject.type = PromiseReaction::Type::kReject;
  // A handler is a callable, or a suspended async function to resume (await).
  auto usable = [](Value h) {
    return Vm::is_callable(h) ||
           (h.is_object() && h.as_object()->object_class() == ObjectClass::kAsyncFunctionState);
  };
  fulfill.handler = usable(on_fulfilled) ? on_fulfilled : Value::undefined();
  reject.handler = usable(on_rejected) ? on_rejected : Value::undefined();
  if (derived != nullptr) {
    fulfill.capability = reject.capability = Value(static_cast<Object*>(derived));
  }
  switch (promise->state()) {
    case PromiseState::kPending:
      promise->fulfill_reactions().push_back(fulfill);
      promise->reject_reactions().push_back(reject);
      break;
    case PromiseState::kFulfilled:
      trigger_reactions(vm, {fulfill}, false, promise->result());
      break;
    case PromiseState::kRejected:
      if (!promise->is_handled()) {
        const RejectionTracker& tracker = vm.engine().rejection_tracker();
        if (tracker) tracker(promise, RejectionOperation::kHandle);
      }
      trigger_reactions(vm, {reject}, true, promise->result());
      break;
  }
  promise->set_handled();
}

PromiseObject* promise_resolve(Vm& vm, Value x) {
  if (x.is_object() && x.as_object()->object_class() == ObjectClass::kPromise) {
    Value ctor = x.as_object()->get(vm, vm.key("constructor"), x);
    if (ctor.is_exception()) return nullptr;
    if (ctor.is_object() && ctor.as_object() == vm.realm().promise_constructor) {
      return static_cast<PromiseObject*>(x.as_object());
    }
  }
  PromiseObject* p = new_promise(vm);
  resolve_promise(vm, p, x);
  return p;
}

}  // namespace looplab::js
