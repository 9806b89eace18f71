// The metrics strip's model: timer delay, loop utilisation and the pool's queue, from real runs.
#include "core/view/metrics_model.h"

#include "core/scenario/run_script.h"
#include "doctest/doctest.h"

using looplab::kNanosPerMilli;
using looplab::Nanos;
using looplab::view::MetricsModel;

namespace {

// Busy loops cost the same simulated time in fewer instructions (so the tests run quickly).
looplab::scenario::ScriptRunResult run_coarse(const char* source) {
  looplab::scenario::ScriptRunOptions options;
  options.engine.instruction_cost_ps = 100'000;
  return looplab::scenario::run_script(source, options);
}

}  // namespace

TEST_CASE("a timer's lateness is read from its timer-fired text") {
  looplab::TraceEvent event;
  event.kind = looplab::TraceKind::kTimerFired;
  event.text = "timeout f (line 1) (due at 1 ms, late by 37.595 µs)";
  CHECK(looplab::view::timer_lateness(event) == std::optional<Nanos>(37'595));
  event.text = "timeout f (line 1) (due at 1 ms, late by 1.5 ms)";
  CHECK(looplab::view::timer_lateness(event) == std::optional<Nanos>(1'500'000));
  event.text = "timeout f (due at 1 ms, late by 750 ns)";
  CHECK(looplab::view::timer_lateness(event) == std::optional<Nanos>(750));
  event.text = "timeout f (due at 1 ms, late by 2 s)";
  CHECK(looplab::view::timer_lateness(event) == std::optional<Nanos>(2'000'000'000));
  event.text = "timeout f";
  CHECK(!looplab::view::timer_lateness(event).has_value());
  event.kind = looplab::TraceKind::kOutput;
  event.text = "late by 3 ms";
  CHECK(!looplab::view::timer_lateness(event).has_value());
}

TEST_CASE("a blocking main script makes its timer late by about the blocked time") {
  const auto run = run_coarse(
      "setTimeout(() => {}, 1);\n"
      "const end = Date.now() + 10; while (Date.now() < end) {}\n");
  const MetricsModel model = MetricsModel::build(run);
  REQUIRE(model.delay().count == 1);
  CHECK(model.delay().max >= 8 * kNanosPerMilli);
  CHECK(model.delay().max <= 11 * kNanosPerMilli);
  CHECK(model.delay().p50 == model.delay().max);
  CHECK(model.delays().size() == 1);
}

TEST_CASE("delay percentiles are nearest-rank over every timer of the run") {
  const auto run = run_coarse(
      "for (let i = 1; i <= 9; i++) setTimeout(() => {}, i * 5);\n"
      "setTimeout(() => { const end = Date.now() + 30; while (Date.now() < end) {} }, 50);\n"
      "setTimeout(() => {}, 60);\n");
  const MetricsModel model = MetricsModel::build(run);
  REQUIRE(model.delay().count == 11);
  // Ten timers fire almost on time; the one due at 60 ms waits for the 30 ms block.
  CHECK(model.delay().p50 < kNanosPerMilli);
  CHECK(model.delay().max >= 15 * kNanosPerMilli);
  CHECK(model.delay().p99 == model.delay().max);
  // Per bucket: the late one falls in the run's last part.
  const auto buckets = model.buckets(model.start(), model.end() + 1, 4);
  REQUIRE(buckets.size() == 4);
  CHECK(buckets.front().delay.max < kNanosPerMilli);
  CHECK(buckets.back().delay.max == model.delay().max);
  std::size_t total = 0;
  for (const auto& bucket : buckets) total += bucket.delay.count;
  CHECK(total == 11);
}

TEST_CASE("a loop that mostly waits has low utilisation, a blocked one high") {
  const auto waiting = MetricsModel::build(looplab::scenario::run_script("setTimeout(() => {}, 100);\n"));
  CHECK(waiting.utilization() < 0.05);
  CHECK(waiting.utilization() > 0.0);
  const auto blocked = MetricsModel::build(
      run_coarse("setTimeout(() => { const end = Date.now() + 50; while (Date.now() < end) {} }, 1);\n"));
  CHECK(blocked.utilization() > 0.9);
  // Per bucket (about 0.5 ms each): the first millisecond waits for the timer, the rest blocks.
  const auto buckets = blocked.buckets(blocked.start(), blocked.end(), 100);
  CHECK(buckets.front().utilization < 0.5);
  CHECK(buckets[50].utilization == doctest::Approx(1.0));
  CHECK(blocked.utilization(blocked.end() + 1, blocked.end() + 100) == 0.0);
}

TEST_CASE("the pool queue holds the calls beyond the pool's size until threads free up") {
  const auto run = looplab::scenario::run_script(
      "const crypto = require('crypto');\n"
      "for (let i = 0; i < 6; i++) crypto.pbkdf2('a', 'b', 1000, 64, 'sha512', () => {});\n");
  const MetricsModel model = MetricsModel::build(run);
  CHECK(model.pool_queue_max() == 2);
  CHECK(model.pool_queue_at(model.end()) == 0);
  CHECK(model.pool_queue_at(-1) == 0);
  const auto buckets = model.buckets(model.start(), model.end(), 20);
  CHECK(buckets.front().pool_queue == 2);
  CHECK(buckets.back().pool_queue == 0);
}

TEST_CASE("a run without timers or pool work reports zeros, not garbage") {
  const MetricsModel model = MetricsModel::build(looplab::scenario::run_script("console.log(1);\n"));
  CHECK(model.delay().count == 0);
  CHECK(model.delay().max == 0);
  CHECK(model.pool_queue_max() == 0);
  CHECK(model.buckets(0, 0, 0).size() == 1);
  CHECK(model.utilization() >= 0.0);
  CHECK(model.utilization() <= 1.0);
}

TEST_CASE("buckets tile the requested range without gaps or overlaps") {
  const MetricsModel model = MetricsModel::build(looplab::scenario::run_script("setTimeout(() => {}, 7);\n"));
  const auto buckets = model.buckets(0, 1000, 7);
  REQUIRE(buckets.size() == 7);
  CHECK(buckets.front().start == 0);
  CHECK(buckets.back().end == 1000);
  for (std::size_t i = 1; i < buckets.size(); ++i) {
    CHECK(buckets[i].start == buckets[i - 1].end);
    CHECK(buckets[i].end > buckets[i].start);
  }
}
