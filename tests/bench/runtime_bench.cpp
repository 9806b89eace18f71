// Benchmarks of the runtime model itself (no engine): how many model events per second of real
// time it processes, and how many bytes a pending timer costs. Built natively and to wasm (run by
// node); tests/bench.sh runs both and prints the figures as BENCH lines.
//
// Load: 4 Node processes on a 4-core machine; each main script arms 250,000 timers (1 to 1000 ms,
// so 1000 timer lists) and submits 25,000 thread-pool tasks — 1,000,000 timers and 100,000 pool
// tasks in all. Every callback spends 1 µs of CPU, so each one is a CPU burst on the machine.
//
// Timers and tasks are armed through the host API at time 0 (as a main script's calls would be).
//
// What an "event" is. runtime_events_per_s counts the model's events as the trace defines them
// (core/trace/trace.h: phase enter/end, callback start/end, queue push/pop and length, timer
// armed/fired, pool task queued/started/finished, handle changes, contention, output), counted with
// recording off — the same number a recorded run holds, so it does not change when the
// implementation finds a cheaper way to produce the same trace. runtime_simulation_events_per_s is
// the earlier, implementation-bound count (event-queue events, including CPU bursts completed at
// once, plus JS callbacks run), kept for comparison. runtime_recorded_events_per_s is the first
// figure with the trace recorded (strings made and stored), as the playground runs.
// The wall clock is read here, in the benchmark, never in the simulator.
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

#include "core/node/node_process.h"
#include "core/node/script.h"
#include "core/node/timers.h"
#include "core/trace/trace.h"

using namespace looplab;
using namespace looplab::node;

namespace {

// `function () { /* cost of CPU work */ }`: one resume that computes for `cost` and returns — what
// the engine's job reports for such a callback. The benchmark uses it rather than the Script
// builder, whose recording and playback are test scaffolding, not runtime.
class FixedCostJob final : public JsJob {
 public:
  explicit FixedCostJob(Nanos cost) : m_cost(cost) {}
  JsStep resume(JsHost& /*host*/) override { return JsStep{m_cost, true, false, {}, {}, {}}; }

 private:
  Nanos m_cost;
};

class FixedCost final : public JsCallable {
 public:
  FixedCost(std::string label, Nanos cost) : m_label(std::move(label)), m_cost(cost) {}
  std::unique_ptr<JsJob> start() const override { return std::make_unique<FixedCostJob>(m_cost); }
  const std::string& label() const override { return m_label; }

 private:
  std::string m_label;
  Nanos m_cost;
};

constexpr int kProcesses = 4;
constexpr int kTimersPerProcess = 250'000;
constexpr int kPoolTasksPerProcess = 25'000;

struct RuntimeFigures {
  double seconds = 0;
  std::uint64_t trace_events = 0;       // what the trace would hold: the model's events
  std::uint64_t simulation_events = 0;  // event-queue events (incl. bursts done at once) + callbacks
};

RuntimeFigures run_load(bool record) {
  Simulation sim;
  Machine machine(sim, 4);
  Trace trace;
  trace.set_enabled(record);
  std::vector<std::unique_ptr<NodeProcess>> processes;
  // One shared callback per kind: the benchmark measures the runtime, not the script builder.
  const CallbackRef work = std::make_shared<FixedCost>("timer", kNanosPerMicro);
  const CallbackRef done = std::make_shared<FixedCost>("done", kNanosPerMicro);
  for (int p = 0; p < kProcesses; ++p) {
    ProcessOptions options;
    options.name = "p";
    options.name += std::to_string(p);  // appended: GCC 12 warns falsely on "p" + std::to_string
    options.max_callback = 3600 * kNanosPerSecond;
    processes.push_back(std::make_unique<NodeProcess>(sim, machine, trace, options));
  }
  const auto start = std::chrono::steady_clock::now();
  const CallbackRef main = std::make_shared<FixedCost>("main", 0);
  for (auto& process : processes) {
    // Arm everything at virtual time 0 through the host API directly, as the main script would.
    process->start(main);
    JsHost& host = *process;
    for (int i = 0; i < kTimersPerProcess; ++i) host.set_timer(work, 1 + i % 1000, false);
    PoolWork task;
    task.label = "task";
    task.latency = 100 * kNanosPerMicro;
    task.cpu = 20 * kNanosPerMicro;
    for (int i = 0; i < kPoolTasksPerProcess; ++i) host.submit_work(task, done);
  }
  sim.run();
  RuntimeFigures figures;
  figures.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  figures.trace_events = trace.count();
  figures.simulation_events = sim.events_run();
  for (auto& process : processes) figures.simulation_events += process->callbacks_run();
  return figures;
}

double bytes_per_pending_timer() {
  TimerLists timers;
  const CallbackRef callback = Script::callback("timer", [](Script&) {});
  constexpr int kTimers = 1'000'000;
  for (int i = 0; i < kTimers; ++i) timers.add(callback, 1 + i % 1000, false, 0);
  return static_cast<double>(timers.memory_bytes()) / static_cast<double>(timers.pending());
}

}  // namespace

int main(int argc, char** argv) {
  const char* suffix = argc > 1 ? argv[1] : "native";
  // Best of three: the figure is the model's speed, not the shared machine's noise.
  RuntimeFigures best;
  for (int run = 0; run < 3; ++run) {
    const RuntimeFigures figures = run_load(false);
    if (run == 0 || figures.seconds < best.seconds) best = figures;
  }
  const RuntimeFigures recorded = run_load(true);
  std::printf("BENCH runtime_events_per_s_%s %.0f events/s\n", suffix,
              static_cast<double>(best.trace_events) / best.seconds);
  std::printf("BENCH runtime_simulation_events_per_s_%s %.0f events/s\n", suffix,
              static_cast<double>(best.simulation_events) / best.seconds);
  std::printf("BENCH runtime_recorded_events_per_s_%s %.0f events/s\n", suffix,
              static_cast<double>(recorded.trace_events) / recorded.seconds);
  std::fprintf(stderr, "(%llu trace events, %llu simulation events + callbacks, %.3f s; recording: %.3f s)\n",
               static_cast<unsigned long long>(best.trace_events),
               static_cast<unsigned long long>(best.simulation_events), best.seconds, recorded.seconds);
  std::printf("BENCH runtime_bytes_per_pending_timer_%s %.1f bytes\n", suffix, bytes_per_pending_timer());
  return 0;
}
