#include "core/sim/machine.h"

#include <map>
#include <string>
#include <vector>

#include "core/trace/trace.h"
#include "doctest/doctest.h"

using looplab::kNanosPerMilli;
using looplab::Machine;
using looplab::Nanos;
using looplab::Simulation;
using looplab::ThreadId;

namespace {

constexpr Nanos ms = kNanosPerMilli;

// "t<i>". Built by appending: GCC 12 reports a false -Wrestrict on "t" + std::to_string(i).
std::string numbered(int i) {
  std::string name = "t";
  name += std::to_string(i);
  return name;
}

// Starts bursts at given times and records when each thread's bursts finish. A thread can also
// have follow-up bursts, started from on_burst_done as a loop would.
struct Workload : Machine::Client, looplab::EventSink {
  Workload(Simulation& s, Machine& m) : sim(s), machine(m) {}

  ThreadId thread(const std::string& name) {
    const ThreadId id = machine.add_thread(name, *this);
    names.push_back(name);
    return id;
  }
  // Starts a burst of `cpu` on `id` at virtual time `at`.
  void at(Nanos time, ThreadId id, Nanos cpu) {
    starts.push_back({id, cpu});
    sim.schedule_at(time, *this, starts.size() - 1);
  }
  void on_event(std::uint64_t index) override {
    machine.start_burst(starts[index].first, starts[index].second);
  }
  void on_burst_done(ThreadId id) override {
    finished.push_back(names[id] + "@" + looplab::format_duration(sim.now()));
    auto next = follow_ups.find(id);
    if (next != follow_ups.end() && !next->second.empty()) {
      const Nanos cpu = next->second.front();
      next->second.erase(next->second.begin());
      machine.start_burst(id, cpu);
    }
  }

  Simulation& sim;
  Machine& machine;
  std::vector<std::string> names;
  std::vector<std::pair<ThreadId, Nanos>> starts;
  std::map<ThreadId, std::vector<Nanos>> follow_ups;
  std::vector<std::string> finished;
};

}  // namespace

TEST_CASE("a burst on an otherwise idle machine takes its CPU cost") {
  Simulation sim;
  Machine machine(sim, 1);
  Workload work(sim, machine);
  const auto a = work.thread("a");
  work.at(2 * ms, a, 10 * ms);
  sim.run();
  CHECK(work.finished == std::vector<std::string>{"a@12 ms"});
  CHECK(machine.stats(a).busy == 10 * ms);
  CHECK(machine.stats(a).cpu == 10 * ms);
  CHECK(machine.stats(a).bursts == 1);
}

TEST_CASE("two threads on one core share it: each takes twice as long") {
  Simulation sim;
  Machine machine(sim, 1);
  Workload work(sim, machine);
  const auto a = work.thread("a");
  const auto b = work.thread("b");
  work.at(0, a, 10 * ms);
  work.at(0, b, 10 * ms);
  sim.run();
  CHECK(work.finished == std::vector<std::string>{"a@20 ms", "b@20 ms"});
  CHECK(machine.stats(a).busy == 20 * ms);
  CHECK(machine.stats(a).cpu == 10 * ms);
}

TEST_CASE("as many threads as cores do not slow each other down") {
  Simulation sim;
  Machine machine(sim, 4);
  Workload work(sim, machine);
  for (int i = 0; i < 4; ++i) work.at(0, work.thread(numbered(i)), 10 * ms);
  sim.run();
  CHECK(work.finished == std::vector<std::string>{"t0@10 ms", "t1@10 ms", "t2@10 ms", "t3@10 ms"});
}

TEST_CASE("a late starter slows the first thread only while both run") {
  // One core. a: 10 ms of CPU from t=0; b: 10 ms from t=5 ms.
  // 0..5 ms a alone (5 ms done); then both at half speed: a needs 5 more -> 10 ms -> done at 15 ms,
  // by then b has 5 ms done; b alone for its last 5 ms -> 20 ms.
  Simulation sim;
  Machine machine(sim, 1);
  Workload work(sim, machine);
  const auto a = work.thread("a");
  const auto b = work.thread("b");
  work.at(0, a, 10 * ms);
  work.at(5 * ms, b, 10 * ms);
  sim.run();
  CHECK(work.finished == std::vector<std::string>{"a@15 ms", "b@20 ms"});
}

TEST_CASE("three threads on two cores get two thirds of a core each") {
  Simulation sim;
  Machine machine(sim, 2);
  Workload work(sim, machine);
  work.at(0, work.thread("a"), 2 * ms);
  work.at(0, work.thread("b"), 2 * ms);
  work.at(0, work.thread("c"), 4 * ms);
  sim.run();
  // All three at 2/3 speed until a and b finish at 3 ms (c has 2 ms done), then c alone: 5 ms.
  CHECK(work.finished == std::vector<std::string>{"a@3 ms", "b@3 ms", "c@5 ms"});
}

TEST_CASE("zero-cost bursts finish at the instant they start, in start order") {
  Simulation sim;
  Machine machine(sim, 1);
  Workload work(sim, machine);
  const auto a = work.thread("a");
  const auto b = work.thread("b");
  work.at(3 * ms, b, 0);
  work.at(3 * ms, a, 0);
  sim.run();
  CHECK(work.finished == std::vector<std::string>{"b@3 ms", "a@3 ms"});
}

TEST_CASE("a client can chain bursts from on_burst_done") {
  Simulation sim;
  Machine machine(sim, 1);
  Workload work(sim, machine);
  const auto a = work.thread("a");
  const auto b = work.thread("b");
  work.follow_ups[a] = {1 * ms, 1 * ms};
  work.at(0, a, 1 * ms);
  work.at(0, b, 4 * ms);
  sim.run();
  // a's three 1 ms bursts each run at half speed beside b (2 ms each); b then has 3 ms done and
  // finishes its last 1 ms alone.
  CHECK(work.finished == std::vector<std::string>{"a@2 ms", "a@4 ms", "a@6 ms", "b@7 ms"});
  CHECK(machine.stats(a).bursts == 3);
  CHECK(machine.stats(a).cpu == 3 * ms);
  CHECK(machine.stats(a).busy == 6 * ms);
}

TEST_CASE("throughput never exceeds the cores, whatever the load") {
  // A seeded pseudo-random load: 64 threads, bursts of up to 3 ms all started at once, on 3 cores.
  Simulation sim;
  Machine machine(sim, 3);
  Workload work(sim, machine);
  std::uint32_t state = 7;
  auto next = [&state](std::uint32_t bound) {
    state = state * 1103515245u + 12345u;
    return (state >> 8) % bound;
  };
  Nanos total_cpu = 0;
  Nanos first_start = 50 * ms;
  for (int i = 0; i < 64; ++i) {
    const auto id = work.thread(numbered(i));
    const Nanos start = 0;  // all at once: the cores are the only limit
    const Nanos cpu = next(3'000'000) + 1;
    first_start = std::min(first_start, start);
    total_cpu += cpu;
    work.at(start, id, cpu);
  }
  const auto result = sim.run();
  CHECK(work.finished.size() == 64);
  Nanos busy_cpu = 0;
  for (ThreadId id = 0; id < 64; ++id) {
    busy_cpu += machine.stats(id).cpu;
    // Nobody finishes faster than its own CPU cost.
    CHECK(machine.stats(id).busy >= machine.stats(id).cpu);
  }
  CHECK(busy_cpu == total_cpu);
  // 3 cores cannot finish total_cpu of work in less than total_cpu / 3.
  CHECK(result.end_time - first_start >= total_cpu / 3);
  CHECK(machine.busy_threads() == 0);
}

namespace {

// Tries try_run_burst_now from inside an event (it only works while the simulation runs) and
// records whether it completed at once, and the clock afterwards.
struct InlineTry : Machine::Client, looplab::EventSink {
  InlineTry(Simulation& s, Machine& m) : sim(s), machine(m), thread(m.add_thread("js", *this)) {}
  void on_event(std::uint64_t cpu) override {
    done_at_once = machine.try_run_burst_now(thread, static_cast<Nanos>(cpu));
    clock_after = sim.now();
    if (!done_at_once) machine.start_burst(thread, static_cast<Nanos>(cpu));
  }
  void on_burst_done(ThreadId) override { finished_at = sim.now(); }

  Simulation& sim;
  Machine& machine;
  ThreadId thread;
  bool done_at_once = false;
  Nanos clock_after = -1;
  Nanos finished_at = -1;
};

}  // namespace

TEST_CASE("a burst that nothing could interrupt completes at once, with the same result") {
  Simulation sim;
  Machine machine(sim, 1);
  InlineTry js(sim, machine);
  sim.schedule_at(1 * ms, js, 2 * ms);
  sim.run();
  CHECK(js.done_at_once);
  CHECK(js.clock_after == 3 * ms);
  CHECK(js.finished_at == -1);  // no callback: the caller goes on by itself
  CHECK(machine.stats(js.thread).cpu == 2 * ms);
  CHECK(machine.stats(js.thread).busy == 2 * ms);
  CHECK(machine.stats(js.thread).bursts == 1);
  CHECK_FALSE(machine.busy(js.thread));
  CHECK(sim.events_run() == 2);  // the burst counts as an event
}

TEST_CASE("a burst is not completed at once when an event comes first or the cores are taken") {
  SUBCASE("another event before its end") {
    Simulation sim;
    Machine machine(sim, 1);
    InlineTry js(sim, machine);
    InlineTry other(sim, machine);
    sim.schedule_at(0, js, 2 * ms);
    sim.schedule_at(1 * ms, other, 0);  // an event inside js's burst
    sim.run();
    CHECK_FALSE(js.done_at_once);
    CHECK(js.finished_at == 2 * ms);
  }
  SUBCASE("an event at the very instant it ends runs first") {
    Simulation sim;
    Machine machine(sim, 1);
    InlineTry js(sim, machine);
    InlineTry other(sim, machine);
    sim.schedule_at(0, js, 2 * ms);
    sim.schedule_at(2 * ms, other, 0);
    sim.run();
    CHECK_FALSE(js.done_at_once);
  }
  SUBCASE("every core is busy: it would slow the others down") {
    Simulation sim;
    Machine machine(sim, 1);
    Workload load(sim, machine);
    const ThreadId busy = load.thread("busy");
    load.at(0, busy, 10 * ms);
    InlineTry js(sim, machine);
    sim.schedule_at(1 * ms, js, 1 * ms);
    sim.run();
    CHECK_FALSE(js.done_at_once);
    CHECK(js.finished_at == 3 * ms);  // half a core from 1 ms: 1 ms of work takes 2 ms
  }
  SUBCASE("outside run() the clock does not move") {
    Simulation sim;
    Machine machine(sim, 1);
    InlineTry js(sim, machine);
    CHECK_FALSE(machine.try_run_burst_now(js.thread, 1 * ms));
    CHECK(sim.now() == 0);
  }
}

TEST_CASE("the trace shows when threads contend for the cores, and nothing while they do not") {
  Simulation sim;
  Machine machine(sim, 1);
  looplab::Trace trace;
  machine.set_trace(&trace);
  Workload load(sim, machine);
  const ThreadId a = load.thread("a");
  const ThreadId b = load.thread("b");
  load.at(0, a, 2 * ms);  // alone: no event
  load.at(1 * ms, b, 2 * ms);
  sim.run();
  trace.set_thread_name(a, "a");
  trace.set_thread_name(b, "b");
  // b joins at 1 ms (2 busy on 1 core); a has 1 ms of work left at half speed: done at 3 ms; b then
  // has 1 ms left alone: done at 4 ms.
  CHECK(trace.to_text() ==
        "      1.000 ms  b      cpu contention 2 busy threads on 1 core = 2\n"
        "      3.000 ms  a      cpu contention 1 busy thread on 1 core = 1\n");
  CHECK(load.finished == std::vector<std::string>{"a@3 ms", "b@4 ms"});
}
