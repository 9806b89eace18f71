// What natives of the Node modules need from the runtime: the binding's state, CPU charged to
// the JS thread by Sync APIs, and work handed to the thread pool or the network whose callback
// runs later on the loop.
#pragma once

#include <string>
#include <vector>

#include "core/binding/binding_state.h"
#include "core/node/js_job.h"

namespace looplab::binding {

// A Sync API's work on the JS thread (hashing, a blocking syscall): the callback's time advances
// by `cost` from here.
void charge(js::Vm& vm, Nanos cost);

// Queues `work` on the process's thread pool; when it is done, `callback(...args)` runs in the
// poll phase. The effect of the operation happens when this is called; `args` carry its results.
// Call from a host-call native (the engine must have yielded so the request starts on time).
void submit_pool_work(js::Vm& vm, node::PoolWork work, js::Value callback, std::vector<js::Value> args);

// Network I/O (not the pool): `callback(...args)` runs in the poll phase `latency` from now.
void await_network(js::Vm& vm, std::string label, Nanos latency, js::Value callback,
                   std::vector<js::Value> args);

}  // namespace looplab::binding
