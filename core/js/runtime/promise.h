// The promise state machine of ECMA-262 27.2 and its two jobs, shared by the Promise builtins,
// `await` and async functions.
//
// Jobs go to the runtime's microtask queue (JsHost::queue_microtask) the moment they are made, so
// their order is the order the spec makes them in. A reaction whose handler is an
// AsyncFunctionState resumes that suspended async function (the await continuation).
#pragma once

#include <utility>

#include "core/js/vm/vm.h"

namespace looplab::js {

PromiseObject* new_promise(Vm& vm, Object* prototype = nullptr);

// 27.2.1.3 CreateResolvingFunctions: [resolve, reject] sharing one [[AlreadyResolved]].
std::pair<NativeFunction*, NativeFunction*> create_resolving_functions(Vm& vm, PromiseObject* promise);

// The steps of a resolve function (27.2.1.3.2) without the [[AlreadyResolved]] guard: self
// resolution is a TypeError, a thenable gets a NewPromiseResolveThenableJob, anything else
// fulfils.
void resolve_promise(Vm& vm, PromiseObject* promise, Value resolution);
void fulfill_promise(Vm& vm, PromiseObject* promise, Value value);
void reject_promise(Vm& vm, PromiseObject* promise, Value reason);

// 27.2.5.4.1 PerformPromiseThen. `derived` may be null (await, internal reactions).
void perform_promise_then(Vm& vm, PromiseObject* promise, Value on_fulfilled, Value on_rejected,
                          PromiseObject* derived);

// 27.2.4.7 PromiseResolve(%Promise%, x): x itself when it is a native promise made by %Promise%,
// else a new promise resolved with x. nullptr when reading x.constructor threw.
PromiseObject* promise_resolve(Vm& vm, Value x);

// Queues a job on the host's microtask queue (engine.cpp).
struct PromiseJob {
  enum class Kind : std::uint8_t { kReaction, kResolveThenable };
  Kind kind = Kind::kReaction;
  // kReaction: the reaction and its argument.
  PromiseReaction reaction;
  bool rejected = false;
  Value argument;
  // kResolveThenable: promise, thenable, then.
  Value promise;
  Value thenable;
  Value then;
};
void enqueue_promise_job(Vm& vm, const PromiseJob& job);

}  // namespace looplab::js
