// Benchmarks of the playground's timeline and metrics models on a large run: how long building them
// takes after a re-run, and how long the timeline's per-frame query takes fully zoomed out (every
// bar in view, so folding does all the work). Built natively and to wasm (run by node); prints
// BENCH lines. Targets (issue 6): build < 20 ms natively for 100,000 events, visible() of a
// 1000-pixel view < 0.2 ms.
//
// Load: one script arming a few thousand timers, immediates, ticks and promise jobs, which makes a
// trace of about 100,000 events. Each figure is the median of several repetitions.
// The wall clock is read here, in the benchmark, never in the models.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/scenario/run_script.h"
#include "core/view/metrics_model.h"
#include "core/view/timeline_model.h"

using namespace looplab;

namespace {

constexpr const char* kScript =
    "for (let i = 0; i < 4200; i++) {\n"
    "  setTimeout(() => {}, i % 97);\n"
    "  setImmediate(() => {});\n"
    "  process.nextTick(() => {});\n"
    "  Promise.resolve().then(() => {});\n"
    "}\n";

template <typename Work>
double median_ms(int repetitions, Work&& work) {
  std::vector<double> times;
  for (int i = 0; i < repetitions; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const std::string suffix = argc > 1 ? argv[1] : "native";
  const scenario::ScriptRunResult run = scenario::run_script(kScript);
  const std::size_t events = run.trace.events().size();

  std::size_t bars = 0;
  const double build_ms = median_ms(9, [&] {
    const view::TimelineModel model = view::TimelineModel::build(run);
    bars = 0;
    for (const view::TimelineRow& row : model.rows()) bars += row.bars.size();
  });
  const double metrics_ms = median_ms(9, [&] { (void)view::MetricsModel::build(run); });

  const view::TimelineModel model = view::TimelineModel::build(run);
  const double width_px = 1000;
  const double ns_per_pixel = static_cast<double>(model.end() - model.start()) / width_px;
  std::vector<view::VisibleRow> visible;
  std::size_t items = 0;
  constexpr int kQueries = 100;
  const double visible_ms = median_ms(9, [&] {
    for (int i = 0; i < kQueries; ++i) model.visible(model.start(), model.end(), ns_per_pixel, visible);
  });
  for (const view::VisibleRow& row : visible) items += row.items.size();

  std::printf("BENCH view_timeline_build_ms_%s %.3f ms\n", suffix.c_str(), build_ms);
  std::printf("BENCH view_timeline_visible_ms_%s %.4f ms\n", suffix.c_str(), visible_ms / kQueries);
  std::printf("BENCH view_metrics_build_ms_%s %.3f ms\n", suffix.c_str(), metrics_ms);
  std::fprintf(stderr, "(%zu trace events, %zu bars, %zu items drawn fully zoomed out at %.0f px)\n", events,
               bars, items, width_px);
  return 0;
}
