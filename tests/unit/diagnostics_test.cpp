// Diagnostics from the model: monitorEventLoopDelay and eventLoopUtilization.
#include "core/node/diagnostics.h"

#include <string>
#include <vector>

#include "core/node/node_process.h"
#include "core/node/script.h"
#include "doctest/doctest.h"

using looplab::kNanosPerMilli;
using looplab::Machine;
using looplab::Nanos;
using looplab::Simulation;
using looplab::Trace;
using looplab::node::NodeProcess;
using looplab::node::Script;

namespace {
constexpr Nanos ms = kNanosPerMilli;
}  // namespace

TEST_CASE("percentiles are nearest-rank") {
  const std::vector<Nanos> sorted{10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
  CHECK(looplab::node::percentile(sorted, 50) == 50);
  CHECK(looplab::node::percentile(sorted, 99) == 100);
  CHECK(looplab::node::percentile(sorted, 0) == 10);
  CHECK(looplab::node::percentile({}, 50) == 0);
  const auto summary = looplab::node::summarize_delays({30, 10, 20});
  CHECK(summary.count == 3);
  CHECK(summary.min == 10);
  CHECK(summary.max == 30);
  CHECK(summary.mean == 20);
  CHECK(summary.p50 == 20);
}

// node eld.js (twice):
//   const h = monitorEventLoopDelay({ resolution: 10 }); h.enable();
//   setTimeout(() => { const s = performance.now(); while (performance.now() - s < 50) {} }, 30);
//   setTimeout(() => { h.disable(); console.log('count', h.count, 'min', ..., 'p99', ...); }, 200);
// printed: count 14 min 10.19 max 61.18 mean 14.09 p50 10.23 p99 61.18
//          count 14 min 10.17 max 59.77 mean 13.94 p50 10.21 p99 59.77
// The values are intervals between the monitor's timer firings; the 50 ms block shows as ~60 ms.
// The model has no scheduling noise, so its intervals are exact multiples of the loop's steps.
TEST_CASE("monitorEventLoopDelay records the intervals between its timer firings") {
  Simulation sim;
  Machine machine(sim, 4);
  Trace trace;
  NodeProcess process(sim, machine, trace);
  process.start(Script::callback("main script", [](Script& s) {
    s.monitor_event_loop_delay(10);
    s.set_timeout("block", 30, [](Script& s) { s.spend(50 * ms); });
    s.set_timeout("report", 200, [](Script& s) {
      s.stop_monitoring_event_loop_delay();
      s.log_event_loop_delay();
    });
  }));
  sim.run();
  REQUIRE(process.output().size() == 1);
  const std::string line = process.output()[0].text;
  MESSAGE(line);
  const auto delay = process.event_loop_delay();
  CHECK(delay.count >= 13);
  CHECK(delay.count <= 16);
  CHECK(delay.min >= 10 * ms);
  CHECK(delay.min < 10 * ms + ms / 10);
  CHECK(delay.max >= 59 * ms);
  CHECK(delay.max <= 61 * ms);
  CHECK(delay.p99 == delay.max);
  CHECK(delay.p50 < 10 * ms + ms / 10);
  // The monitor's timer is unref'd: the process still ends when the report timer is done.
  CHECK(process.exited());
}

TEST_CASE("event loop utilization: time blocked in poll is idle, the rest is active") {
  Simulation sim;
  Machine machine(sim, 4);
  Trace trace;
  NodeProcess process(sim, machine, trace);
  process.start(Script::callback("main script", [](Script& s) {
    s.set_timeout("busy", 10, [](Script& s) { s.spend(30 * ms); });
    s.set_timeout("end", 60, [](Script&) {});
  }));
  sim.run();
  const auto elu = process.event_loop_utilization();
  // Idle: poll waits 0-10 and 40-60 ms; active: the 30 ms callback (plus microseconds of overhead).
  CHECK(elu.idle >= 29 * ms);
  CHECK(elu.idle <= 31 * ms);
  CHECK(elu.active >= 30 * ms);
  CHECK(elu.active <= 31 * ms);
  CHECK(elu.utilization > 0.49);
  CHECK(elu.utilization < 0.52);
}
