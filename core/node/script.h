// Scripted callbacks: driving the runtime from C++ before (and beside) the JavaScript engine.
//
// A Script records what a callback does, in order — spend CPU, log a line, set a timer, queue a
// tick — and plays it back as a JsJob, so every host call happens at its right virtual time:
//
//   auto main = Script::callback("main script", [](Script& s) {
//     s.log("main");
//     s.set_timeout("A", 0, [](Script& s) { s.log("timeout"); });
//     s.spend(3 * kNanosPerMilli);               // a busy wait
//     s.next_tick("tick", [](Script& s) { s.log("tick"); });
//   });
//
// The body runs (in C++) when the callback starts; its recorded steps then play out on the JS
// thread. C++ state a body changes (a counter) is therefore updated at the callback's start.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/node/js_job.h"

namespace looplab::node {

class Script {
 public:
  using Body = std::function<void(Script&)>;

  // Names of timers and immediates, shared by every callback of one scenario so that one callback
  // can clear what another set.
  struct Names {
    std::map<std::string, TimerId> timers;
    std::map<std::string, ImmediateId> immediates;
    std::map<std::string, HandleId> handles;
  };

  static CallbackRef callback(std::string label, Body body, std::shared_ptr<Names> names = nullptr);

  Script& spend(Nanos cpu);
  Script& log(std::string line);    // console.log
  Script& error(std::string line);  // console.error
  Script& set_timeout(std::string name, double delay_ms, Body body);
  Script& set_interval(std::string name, double delay_ms, Body body);
  Script& clear_timer(std::string name);
  Script& unref_timer(std::string name);
  Script& ref_timer(std::string name);
  Script& refresh_timer(std::string name);
  // Logs `prefix` + "true"/"false": timeout.hasRef().
  Script& log_has_ref(std::string name, std::string prefix);
  // console.log of a line made when the step runs, from the host (its clock, a timer's state) and
  // the scenario's named timers and immediates.
  Script& log_with(std::function<std::string(JsHost&, const Names&)> make_line);
  Script& set_immediate(std::string name, Body body);
  Script& clear_immediate(std::string name);
  // A handle the bindings would hold open (a listening server, a socket), its ref/unref, and
  // handle.close(callback): the callback runs in the close phase.
  Script& open_handle(std::string name);
  Script& unref_handle(std::string name);
  Script& close_handle(std::string name, Body on_close);
  Script& next_tick(std::string label, Body body);
  // queueMicrotask. (A promise reaction differs when it throws: it rejects its promise instead of
  // being an uncaught exception; that arrives with the engine's promises.)
  Script& queue_microtask(std::string label, Body body);
  Script& on_exit(std::string label, Body body);
  Script& on_before_exit(std::string label, Body body);
  Script& on_uncaught_exception(std::string label, Body body);
  // Logs `prefix` + the error the uncaughtException listeners are being called for.
  Script& log_current_error(std::string prefix);
  // perf_hooks.monitorEventLoopDelay({ resolution }).enable() / .disable(), and a console.log of
  // its figures: "count N min X max Y mean Z p50 A p99 B" in milliseconds with two decimals.
  Script& monitor_event_loop_delay(std::int64_t resolution_ms);
  Script& stop_monitoring_event_loop_delay();
  Script& log_event_loop_delay();
  // `throw new Error(...)`: the callback ends here; what follows is not run.
  Script& throw_error(std::string error);
  // A raw host call at this point (benchmarks; host features the builder has no verb for yet).
  Script& host_call(std::function<void(JsHost&)> action) { return act(std::move(action)); }
  // A socket becoming readable after `latency` (network I/O, not on the pool): `on_ready` in poll.
  Script& await_io(std::string label, Nanos latency, Body on_ready);
  // Thread-pool work (what fs.readFile or crypto.pbkdf2 will submit): `on_done` runs in poll.
  Script& queue_work(std::string label, Nanos latency, Nanos cpu, Body on_done, bool slow_io = false);

  // One recorded step: CPU work (cost > 0, no action) or a host call.
  struct Step {
    Nanos cost = 0;
    std::function<void(JsHost&)> action;
    bool throws = false;  // the callback throws `error` here
    std::string error;
  };

 private:
  explicit Script(std::shared_ptr<Names> names) : m_names(std::move(names)) {}
  friend class ScriptCallable;

  Script& act(std::function<void(JsHost&)> action);
  CallbackRef make(std::string label, Body body) const;

  std::shared_ptr<Names> m_names;
  std::vector<Step> m_steps;
};

}  // namespace looplab::node
