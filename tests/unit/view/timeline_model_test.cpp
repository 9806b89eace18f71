// The timeline's model: rows per thread and loop, bars from real runs, and the folding queries.
#include "core/view/timeline_model.h"

#include <string>

#include "core/scenario/run_script.h"
#include "doctest/doctest.h"

using looplab::Nanos;
using looplab::view::BarCategory;
using looplab::view::RowKind;
using looplab::view::TimelineBar;
using looplab::view::TimelineModel;
using looplab::view::TimelineRow;

namespace {

const TimelineRow* find_row(const TimelineModel& model, const std::string& name) {
  for (const TimelineRow& row : model.rows()) {
    if (row.name == name) return &row;
  }
  return nullptr;
}

// Bars on a row are in start order and never overlap: what the binary searches rely on.
// Busy loops cost the same simulated time in fewer instructions (so the tests run quickly).
looplab::scenario::ScriptRunResult run_coarse(const char* source) {
  looplab::scenario::ScriptRunOptions options;
  options.engine.instruction_cost_ps = 100'000;
  return looplab::scenario::run_script(source, options);
}

bool ordered_and_disjoint(const TimelineRow& row) {
  for (std::size_t i = 0; i < row.bars.size(); ++i) {
    if (row.bars[i].end < row.bars[i].start) return false;
    if (i > 0 && row.bars[i].start < row.bars[i - 1].end) return false;
  }
  return true;
}

std::size_t count(const TimelineRow& row, BarCategory category) {
  std::size_t n = 0;
  for (const TimelineBar& bar : row.bars) n += bar.category == category ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("the timeline has a loop row and a callback row per JS thread and a row per pool thread") {
  const auto run = looplab::scenario::run_script(
      "const crypto = require('crypto');\n"
      "crypto.pbkdf2('a', 'b', 1000, 64, 'sha512', () => {});\n");
  const TimelineModel model = TimelineModel::build(run);
  REQUIRE(model.rows().size() == 2 + run.trace.thread_names().size() - 1);
  CHECK(model.rows()[0].name == "main loop");
  CHECK(model.rows()[0].kind == RowKind::kLoop);
  CHECK(model.rows()[1].name == "main");
  CHECK(model.rows()[1].kind == RowKind::kJs);
  CHECK(model.rows()[2].name == "main:pool1");
  CHECK(model.rows()[2].kind == RowKind::kWorker);
  for (const TimelineRow& row : model.rows()) CHECK(ordered_and_disjoint(row));
}

TEST_CASE("callbacks are categorised by the queue or timer they came from, with their line") {
  const auto run = looplab::scenario::run_script(
      "setTimeout(() => {}, 0);\n"
      "setImmediate(() => {});\n"
      "process.nextTick(() => {});\n"
      "Promise.resolve().then(() => {});\n");
  const TimelineModel model = TimelineModel::build(run);
  const TimelineRow* main = find_row(model, "main");
  REQUIRE(main != nullptr);
  REQUIRE(main->bars.size() == 5);
  CHECK(main->bars[0].category == BarCategory::kMainScript);
  CHECK(TimelineModel::label(run.trace, main->bars[0]) == "main script");
  CHECK(main->bars[1].category == BarCategory::kTick);
  CHECK(main->bars[1].line == 3);
  CHECK(main->bars[2].category == BarCategory::kMicrotask);
  CHECK(count(*main, BarCategory::kTimer) == 1);
  CHECK(count(*main, BarCategory::kImmediate) == 1);
  for (const TimelineBar& bar : main->bars) {
    if (bar.category == BarCategory::kTimer) CHECK(bar.line == 1);
    if (bar.category == BarCategory::kImmediate) CHECK(bar.line == 2);
  }
}

TEST_CASE("poll's wait is an idle bar on the loop row that lasts until the timer's phase") {
  const auto run = looplab::scenario::run_script("setTimeout(() => {}, 5);\n");
  const TimelineModel model = TimelineModel::build(run);
  const TimelineRow* loop = find_row(model, "main loop");
  REQUIRE(loop != nullptr);
  CHECK(ordered_and_disjoint(*loop));
  const TimelineBar* idle = nullptr;
  const TimelineBar* timers = nullptr;
  for (const TimelineBar& bar : loop->bars) {
    if (bar.category == BarCategory::kIdle && idle == nullptr) idle = &bar;
    if (bar.category == BarCategory::kTimer) timers = &bar;
  }
  REQUIRE(idle != nullptr);
  REQUIRE(timers != nullptr);
  CHECK(idle->end - idle->start > 4 * looplab::kNanosPerMilli);
  CHECK(idle->end == timers->start);
  CHECK(TimelineModel::label(run.trace, *timers) == "timers");
  CHECK(TimelineModel::label(run.trace, *idle).starts_with("for "));
}

TEST_CASE("blocking work is one long callback bar") {
  const auto run =
      run_coarse("setTimeout(() => { const end = Date.now() + 20; while (Date.now() < end) {} }, 1);\n");
  const TimelineModel model = TimelineModel::build(run);
  const TimelineRow* main = find_row(model, "main");
  REQUIRE(main != nullptr);
  REQUIRE(count(*main, BarCategory::kTimer) == 1);
  for (const TimelineBar& bar : main->bars) {
    if (bar.category == BarCategory::kTimer) CHECK(bar.end - bar.start >= 19 * looplab::kNanosPerMilli);
  }
}

TEST_CASE("six pbkdf2 calls on a pool of four are six task bars spread over four rows") {
  const auto run = looplab::scenario::run_script(
      "const crypto = require('crypto');\n"
      "for (let i = 0; i < 6; i++) crypto.pbkdf2('a', 'b', 1000, 64, 'sha512', () => {});\n");
  const TimelineModel model = TimelineModel::build(run);
  std::size_t tasks = 0;
  std::size_t pool_rows = 0;
  for (const TimelineRow& row : model.rows()) {
    if (row.kind != RowKind::kWorker) continue;
    ++pool_rows;
    CHECK(ordered_and_disjoint(row));
    for (const TimelineBar& bar : row.bars) {
      CHECK(bar.category == BarCategory::kPoolTask);
      CHECK(TimelineModel::label(run.trace, bar) == "crypto.pbkdf2");
      CHECK(bar.end > bar.start);
      ++tasks;
    }
  }
  CHECK(pool_rows == 4);
  CHECK(tasks == 6);
  const TimelineRow* main = find_row(model, "main");
  REQUIRE(main != nullptr);
  CHECK(count(*main, BarCategory::kIo) == 6);
}

TEST_CASE("a callback stopped by the runaway guard ends with the run") {
  looplab::scenario::ScriptRunOptions options;
  options.engine.max_instructions_per_callback = 100'000;
  const auto run = looplab::scenario::run_script("setTimeout(() => { while (true) {} }, 1);\n", options);
  REQUIRE(!run.diagnosis.empty());
  const TimelineModel model = TimelineModel::build(run);
  const TimelineRow* main = find_row(model, "main");
  REQUIRE(main != nullptr);
  REQUIRE(!main->bars.empty());
  CHECK(main->bars.back().category == BarCategory::kTimer);
  CHECK(main->bars.back().end <= model.end());
  CHECK(main->bars.back().end > main->bars.back().start);
}

TEST_CASE("visible returns the bars overlapping the range, unfolded when zoomed in") {
  const auto run =
      looplab::scenario::run_script("for (let i = 0; i < 20; i++) setTimeout(() => {}, i * 2);\n");
  const TimelineModel model = TimelineModel::build(run);
  const TimelineRow* main = find_row(model, "main");
  REQUIRE(main != nullptr);
  const std::size_t row = static_cast<std::size_t>(main - model.rows().data());
  const Nanos t0 = 10 * looplab::kNanosPerMilli;
  const Nanos t1 = 20 * looplab::kNanosPerMilli;
  const auto visible = model.visible(t0, t1, 1.0);  // 1 ns per pixel: nothing is narrow
  REQUIRE(visible.size() == model.rows().size());
  std::size_t expected = 0;
  for (const TimelineBar& bar : main->bars) expected += bar.end >= t0 && bar.start <= t1 ? 1 : 0;
  CHECK(expected >= 4);
  REQUIRE(visible[row].items.size() == expected);
  for (const auto& item : visible[row].items) {
    CHECK(item.count == 1);
    const TimelineBar& bar = main->bars[item.bar];
    CHECK(item.start == bar.start);
    CHECK(item.end == bar.end);
    CHECK(bar.end >= t0);
    CHECK(bar.start <= t1);
  }
}

TEST_CASE("zoomed out, narrow bars fold into few items that still account for every bar") {
  const auto run = run_coarse(
      "for (let i = 0; i < 3000; i++) setImmediate(() => {});\n"
      "setTimeout(() => { const end = Date.now() + 5; while (Date.now() < end) {} }, 1);\n");
  const TimelineModel model = TimelineModel::build(run);
  const TimelineRow* main = find_row(model, "main");
  REQUIRE(main != nullptr);
  REQUIRE(main->bars.size() > 3000);
  const std::size_t row = static_cast<std::size_t>(main - model.rows().data());
  const double width_px = 1000;
  const double ns_per_pixel = static_cast<double>(model.end() - model.start()) / width_px;
  const auto visible = model.visible(model.start(), model.end(), ns_per_pixel);
  const auto& items = visible[row].items;
  CHECK(items.size() < 700);
  std::size_t folded = 0;
  std::size_t next_bar = 0;
  bool wide_timer = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    CHECK(items[i].bar == next_bar);  // items cover consecutive bars, none skipped
    next_bar = items[i].bar + items[i].count;
    folded += items[i].count;
    if (i > 0) CHECK(items[i].start >= items[i - 1].end);
    if (items[i].count == 1 && main->bars[items[i].bar].category == BarCategory::kTimer) wide_timer = true;
  }
  CHECK(folded == main->bars.size());
  CHECK(wide_timer);  // the 5 ms blocking callback stays a bar of its own
}

TEST_CASE("bar_at finds the bar under a time, and the nearest one within the slack") {
  const auto run = looplab::scenario::run_script("setTimeout(() => {}, 5);\nsetTimeout(() => {}, 9);\n");
  const TimelineModel model = TimelineModel::build(run);
  const TimelineRow* main = find_row(model, "main");
  REQUIRE(main != nullptr);
  const std::size_t row = static_cast<std::size_t>(main - model.rows().data());
  REQUIRE(main->bars.size() == 3);
  const TimelineBar& second = main->bars[1];
  CHECK(model.bar_at(row, (second.start + second.end) / 2) == std::optional<std::size_t>(1));
  CHECK(!model.bar_at(row, second.end + looplab::kNanosPerMilli).has_value());
  CHECK(model.bar_at(row, second.end + 10, 100) == std::optional<std::size_t>(1));
  CHECK(!model.bar_at(row + 100, second.start).has_value());
}

TEST_CASE("a range before the run or an inverted range shows nothing") {
  const auto run = looplab::scenario::run_script("setTimeout(() => {}, 3);\n");
  const TimelineModel model = TimelineModel::build(run);
  for (const auto& row : model.visible(-1000, -10, 1.0)) CHECK(row.items.empty());
  for (const auto& row : model.visible(model.end(), model.start(), 1.0)) CHECK(row.items.empty());
  CHECK(model.start() == 0);
  CHECK(model.end() == run.end_time);
}
