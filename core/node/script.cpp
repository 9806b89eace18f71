#include "core/node/script.h"

#include <utility>

namespace looplab::node {

namespace {

// Plays recorded steps back: host calls run when resumed, CPU work is returned as the step's cost.
class ScriptJob final : public JsJob {
 public:
  explicit ScriptJob(std::vector<Script::Step> steps) : m_steps(std::move(steps)) {}

  JsStep resume(JsHost& host) override {
    while (m_next < m_steps.size()) {
      Script::Step& step = m_steps[m_next++];
      if (step.throws) {
        m_next = m_steps.size();
        return JsStep{0, true, true, std::move(step.error), {}, {}};
      }
      if (step.cost > 0) return JsStep{step.cost, m_next == m_steps.size(), false, {}, {}, {}};
      step.action(host);
    }
    return JsStep{0, true, false, {}, {}, {}};
  }

 private:
  std::vector<Script::Step> m_steps;
  std::size_t m_next = 0;
};

}  // namespace

class ScriptCallable final : public JsCallable {
 public:
  ScriptCallable(std::string label, Script::Body body, std::shared_ptr<Script::Names> names)
      : m_label(std::move(label)), m_body(std::move(body)), m_names(std::move(names)) {}

  std::unique_ptr<JsJob> start() const override {
    Script script(m_names);
    m_body(script);
    return std::make_unique<ScriptJob>(std::move(script.m_steps));
  }

  const std::string& label() const override { return m_label; }

 private:
  std::string m_label;
  Script::Body m_body;
  std::shared_ptr<Script::Names> m_names;
};

CallbackRef Script::callback(std::string label, Body body, std::shared_ptr<Names> names) {
  if (!names) names = std::make_shared<Names>();
  return std::make_shared<ScriptCallable>(std::move(label), std::move(body), std::move(names));
}

CallbackRef Script::make(std::string label, Body body) const {
  return callback(std::move(label), std::move(body), m_names);
}

Script& Script::act(std::function<void(JsHost&)> action) {
  Step step;
  step.action = std::move(action);
  m_steps.push_back(std::move(step));
  return *this;
}

Script& Script::spend(Nanos cpu) {
  if (cpu > 0) {
    Step step;
    step.cost = cpu;
    m_steps.push_back(std::move(step));
  }
  return *this;
}

Script& Script::log(std::string line) {
  return act([line = std::move(line)](JsHost& host) { host.write(Stream::kStdout, line); });
}

Script& Script::error(std::string line) {
  return act([line = std::move(line)](JsHost& host) { host.write(Stream::kStderr, line); });
}

Script& Script::set_timeout(std::string name, double delay_ms, Body body) {
  auto callback = make("timeout " + name, std::move(body));
  return act([names = m_names, name = std::move(name), callback, delay_ms](JsHost& host) {
    names->timers[name] = host.set_timer(callback, delay_ms, false);
  });
}

Script& Script::set_interval(std::string name, double delay_ms, Body body) {
  auto callback = make("interval " + name, std::move(body));
  return act([names = m_names, name = std::move(name), callback, delay_ms](JsHost& host) {
    names->timers[name] = host.set_timer(callback, delay_ms, true);
  });
}

Script& Script::clear_timer(std::string name) {
  return act([names = m_names, name = std::move(name)](JsHost& host) {
    auto found = names->timers.find(name);
    if (found != names->timers.end()) host.clear_timer(found->second);
  });
}

Script& Script::unref_timer(std::string name) {
  return act([names = m_names, name = std::move(name)](JsHost& host) {
    auto found = names->timers.find(name);
    if (found != names->timers.end()) host.set_timer_ref(found->second, false);
  });
}

Script& Script::ref_timer(std::string name) {
  return act([names = m_names, name = std::move(name)](JsHost& host) {
    auto found = names->timers.find(name);
    if (found != names->timers.end()) host.set_timer_ref(found->second, true);
  });
}

Script& Script::refresh_timer(std::string name) {
  return act([names = m_names, name = std::move(name)](JsHost& host) {
    auto found = names->timers.find(name);
    if (found != names->timers.end()) host.refresh_timer(found->second);
  });
}

Script& Script::log_has_ref(std::string name, std::string prefix) {
  return log_with([name = std::move(name), prefix = std::move(prefix)](JsHost& host, const Names& names) {
    auto found = names.timers.find(name);
    const bool ref = found != names.timers.end() && host.timer_has_ref(found->second);
    return prefix + (ref ? "true" : "false");
  });
}

Script& Script::log_with(std::function<std::string(JsHost&, const Names&)> make_line) {
  return act([names = m_names, make_line = std::move(make_line)](JsHost& host) {
    host.write(Stream::kStdout, make_line(host, *names));
  });
}

Script& Script::set_immediate(std::string name, Body body) {
  auto callback = make("immediate " + name, std::move(body));
  return act([names = m_names, name = std::move(name), callback](JsHost& host) {
    names->immediates[name] = host.set_immediate(callback);
  });
}

Script& Script::clear_immediate(std::string name) {
  return act([names = m_names, name = std::move(name)](JsHost& host) {
    auto found = names->immediates.find(name);
    if (found != names->immediates.end()) host.clear_immediate(found->second);
  });
}

Script& Script::open_handle(std::string name) {
  return act([names = m_names, name = std::move(name)](JsHost& host) {
    names->handles[name] = host.open_handle(name);
  });
}

Script& Script::unref_handle(std::string name) {
  return act([names = m_names, name = std::move(name)](JsHost& host) {
    auto found = names->handles.find(name);
    if (found != names->handles.end()) host.set_handle_ref(found->second, false);
  });
}

Script& Script::close_handle(std::string name, Body on_close) {
  auto callback = make("close " + name, std::move(on_close));
  return act([names = m_names, name = std::move(name), callback](JsHost& host) {
    auto found = names->handles.find(name);
    if (found != names->handles.end()) host.close_handle(found->second, callback);
  });
}

Script& Script::next_tick(std::string label, Body body) {
  auto callback = make("tick " + label, std::move(body));
  return act([callback](JsHost& host) { host.next_tick(callback); });
}

Script& Script::queue_microtask(std::string label, Body body) {
  auto callback = make("microtask " + label, std::move(body));
  return act([callback](JsHost& host) { host.queue_microtask(callback); });
}

Script& Script::await_io(std::string label, Nanos latency, Body on_ready) {
  auto callback = make("callback " + label, std::move(on_ready));
  return act([label = std::move(label), latency, callback](JsHost& host) {
    host.await_io(label, latency, callback);
  });
}

Script& Script::queue_work(std::string label, Nanos latency, Nanos cpu, Body on_done, bool slow_io) {
  auto callback = make("callback " + label, std::move(on_done));
  PoolWork work;
  work.label = std::move(label);
  work.latency = latency;
  work.cpu = cpu;
  work.slow_io = slow_io;
  return act([work = std::move(work), callback](JsHost& host) { host.submit_work(work, callback); });
}

Script& Script::on_uncaught_exception(std::string label, Body body) {
  auto callback = make("uncaughtException listener " + label, std::move(body));
  return act([callback](JsHost& host) { host.add_uncaught_exception_listener(callback); });
}

Script& Script::log_current_error(std::string prefix) {
  return act([prefix = std::move(prefix)](JsHost& host) {
    host.write(Stream::kStdout, prefix + host.current_error());
  });
}

Script& Script::monitor_event_loop_delay(std::int64_t resolution_ms) {
  return act([resolution_ms](JsHost& host) { host.monitor_event_loop_delay(resolution_ms); });
}

Script& Script::stop_monitoring_event_loop_delay() {
  return act([](JsHost& host) { host.stop_monitoring_event_loop_delay(); });
}

Script& Script::log_event_loop_delay() {
  return act([](JsHost& host) {
    const EventLoopDelay delay = host.current_event_loop_delay();
    auto ms = [](Nanos value) {  // two decimals, rounded half up, from integers
      const Nanos hundredths = (value + 5'000) / 10'000;
      std::string text = std::to_string(hundredths / 100) + ".";
      text += static_cast<char>('0' + hundredths % 100 / 10);
      text += static_cast<char>('0' + hundredths % 10);
      return text;
    };
    host.write(Stream::kStdout, "count " + std::to_string(delay.count) + " min " + ms(delay.min) + " max " +
                                    ms(delay.max) + " mean " + ms(delay.mean) + " p50 " + ms(delay.p50) +
                                    " p99 " + ms(delay.p99));
  });
}

Script& Script::throw_error(std::string error) {
  Step step;
  step.throws = true;
  step.error = std::move(error);
  m_steps.push_back(std::move(step));
  return *this;
}

Script& Script::on_before_exit(std::string label, Body body) {
  auto callback = make("beforeExit listener " + label, std::move(body));
  return act([callback](JsHost& host) { host.add_before_exit_listener(callback); });
}

Script& Script::on_exit(std::string label, Body body) {
  auto callback = make("exit listener " + label, std::move(body));
  return act([callback](JsHost& host) { host.add_exit_listener(callback); });
}

}  // namespace looplab::node
