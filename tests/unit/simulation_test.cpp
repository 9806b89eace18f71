#include "core/sim/simulation.h"

#include <string>
#include <vector>

#include "doctest/doctest.h"

using looplab::kNanosPerMilli;
using looplab::kNanosPerSecond;
using looplab::Nanos;
using looplab::Simulation;
using looplab::StopReason;

namespace {

// Records (time, data) of every event; optionally schedules a follow-up from inside an event.
struct Recorder : looplab::EventSink {
  explicit Recorder(Simulation& simulation) : sim(simulation) {}
  void on_event(std::uint64_t data) override {
    seen.push_back(std::to_string(sim.now()) + ":" + std::to_string(data));
    if (data == 99) sim.schedule_after(0, *this, 100);            // same instant, runs after what is queued
    if (data == 7) sim.schedule_after(kNanosPerMilli, *this, 7);  // forever
  }
  Simulation& sim;
  std::vector<std::string> seen;
};

}  // namespace

TEST_CASE("the clock jumps from event to event, and same-time events keep their order") {
  Simulation sim;
  Recorder recorder(sim);
  sim.schedule_at(20, recorder, 2);
  sim.schedule_at(10, recorder, 1);
  sim.schedule_at(10, recorder, 99);
  sim.schedule_at(10, recorder, 3);
  const auto result = sim.run();
  CHECK(result.reason == StopReason::kIdle);
  CHECK(result.diagnosis.empty());
  CHECK(result.events == 5);
  CHECK(result.end_time == 20);
  CHECK(recorder.seen == std::vector<std::string>{"10:1", "10:99", "10:3", "10:100", "20:2"});
}

TEST_CASE("a cancelled event does not run and does not move the clock") {
  Simulation sim;
  Recorder recorder(sim);
  sim.schedule_at(10, recorder, 1);
  const auto late = sim.schedule_at(50, recorder, 2);
  sim.cancel(late);
  CHECK(sim.pending() == 1);
  const auto result = sim.run();
  CHECK(result.end_time == 10);
  CHECK(recorder.seen == std::vector<std::string>{"10:1"});
}

TEST_CASE("a scenario that never ends is stopped by the time cap, with a diagnosis") {
  Simulation sim;
  Recorder recorder(sim);
  sim.schedule_at(0, recorder, 7);  // reschedules itself every millisecond
  looplab::RunLimits limits;
  limits.max_time = kNanosPerSecond;
  const auto result = sim.run(limits);
  CHECK(result.reason == StopReason::kTimeLimit);
  CHECK(result.end_time == kNanosPerSecond);
  CHECK(result.events == 1001);
  CHECK(result.diagnosis ==
        "stopped at the limit of 1 s of simulated time with events still pending (the next at 1.001 s)");
}

TEST_CASE("the event cap stops a runaway even when virtual time stands still") {
  struct SameInstant : looplab::EventSink {
    explicit SameInstant(Simulation& s) : sim(s) {}
    void on_event(std::uint64_t) override { sim.schedule_after(0, *this, 0); }
    Simulation& sim;
  };
  Simulation sim;
  SameInstant spinner(sim);
  sim.schedule_at(5, spinner, 0);
  looplab::RunLimits limits;
  limits.max_events = 1000;
  const auto result = sim.run(limits);
  CHECK(result.reason == StopReason::kEventLimit);
  CHECK(result.events == 1000);
  CHECK(result.end_time == 5);
  CHECK(result.diagnosis.find("1000 events") != std::string::npos);
}

TEST_CASE("a model can stop the run with its own diagnosis") {
  struct Guard : looplab::EventSink {
    explicit Guard(Simulation& s) : sim(s) {}
    void on_event(std::uint64_t) override { sim.request_stop("the event loop has been blocked for 10 s"); }
    Simulation& sim;
  };
  Simulation sim;
  Guard guard(sim);
  Recorder recorder(sim);
  sim.schedule_at(3, guard, 0);
  sim.schedule_at(4, recorder, 1);
  const auto result = sim.run();
  CHECK(result.reason == StopReason::kRequested);
  CHECK(result.diagnosis == "the event loop has been blocked for 10 s");
  CHECK(result.end_time == 3);
  CHECK(recorder.seen.empty());
  // The run can be resumed: the stop request was consumed.
  CHECK(sim.run().reason == StopReason::kIdle);
  CHECK(recorder.seen == std::vector<std::string>{"4:1"});
}
