// Builds the timeline's rows in one pass over the trace, and answers the panel's per-frame
// queries (what is visible, what is under the mouse) by binary search.
#include "core/view/timeline_model.h"

#include <algorithm>

namespace looplab::view {

const char* to_string(BarCategory category) {
  switch (category) {
    case BarCategory::kMainScript:
      return "main script";
    case BarCategory::kTimer:
      return "timer";
    case BarCategory::kImmediate:
      return "immediate";
    case BarCategory::kIo:
      return "I/O";
    case BarCategory::kTick:
      return "nextTick";
    case BarCategory::kMicrotask:
      return "microtask";
    case BarCategory::kClose:
      return "close";
    case BarCategory::kOther:
      return "other";
    case BarCategory::kPoolTask:
      return "thread pool";
    case BarCategory::kIdle:
      return "idle";
  }
  return "other";
}

namespace {

// The colour family of a loop phase, by the name the runtime gives it.
BarCategory phase_category(std::string_view name) {
  if (name == "main") return BarCategory::kMainScript;
  if (name == "timers") return BarCategory::kTimer;
  if (name == "poll") return BarCategory::kIo;
  if (name == "check") return BarCategory::kImmediate;
  if (name == "close") return BarCategory::kClose;
  return BarCategory::kOther;
}

// The queue a callback was popped from ("nextTick -> tick f (line 3)") says what kind it is.
std::optional<BarCategory> popped_category(std::string_view text) {
  struct Prefix {
    std::string_view queue;
    BarCategory category;
  };
  static constexpr Prefix kPrefixes[] = {
      {"nextTick ->", BarCategory::kTick},        {"microtasks ->", BarCategory::kMicrotask},
      {"immediates ->", BarCategory::kImmediate}, {"completed ->", BarCategory::kIo},
      {"closing ->", BarCategory::kClose},        {"unhandled rejections ->", BarCategory::kOther},
  };
  for (const Prefix& prefix : kPrefixes) {
    if (text.starts_with(prefix.queue)) return prefix.category;
  }
  return std::nullopt;
}

// What one thread is in the middle of while the trace is read.
struct ThreadState {
  bool js = false;  // ran a phase or a callback: it has a loop
  std::vector<TimelineBar> loop_bars;
  std::vector<TimelineBar> bars;
  bool work_open = false;  // a callback or pool task is running
  TimelineBar work;
  bool phase_open = false;
  bool phase_split = false;  // poll's wait cut the phase: drop empty pieces
  TimelineBar phase;
  bool idle_open = false;
  TimelineBar idle;
  std::optional<BarCategory> pending;  // what the next callback is, from the event before it
};

void close_work(ThreadState& state, Nanos time) {
  if (!state.work_open) return;
  state.work.end = time;
  state.bars.push_back(state.work);
  state.work_open = false;
}

void close_phase(ThreadState& state, Nanos time) {
  if (!state.phase_open) return;
  state.phase.end = time;
  if (!state.phase_split || state.phase.end > state.phase.start) state.loop_bars.push_back(state.phase);
  state.phase_open = false;
  state.phase_split = false;
}

// The loop woke from poll's wait: the idle bar ends and the phase goes on.
void wake(ThreadState& state, Nanos time) {
  if (!state.idle_open) return;
  state.idle.end = time;
  state.loop_bars.push_back(state.idle);
  state.idle_open = false;
  if (state.phase_open) state.phase.start = time;
}

void fill_max_end(TimelineRow& row) {
  row.max_end.resize(row.bars.size());
  Nanos latest = 0;
  for (std::size_t i = 0; i < row.bars.size(); ++i) {
    latest = i == 0 ? row.bars[i].end : std::max(latest, row.bars[i].end);
    row.max_end[i] = latest;
  }
}

// The first index at or after `from` whose bar starts at or after `limit`: a galloping search,
// cheap when the answer is near `from` (the usual case while folding).
std::size_t first_starting_at(const std::vector<TimelineBar>& bars, std::size_t from, Nanos limit) {
  const std::size_t n = bars.size();
  std::size_t lo = from;
  std::size_t hi = from;
  std::size_t step = 1;
  while (hi < n && bars[hi].start < limit) {
    lo = hi + 1;
    hi = from + step;
    step *= 2;
  }
  hi = std::min(hi, n);
  const auto it = std::lower_bound(bars.begin() + static_cast<std::ptrdiff_t>(lo),
                                   bars.begin() + static_cast<std::ptrdiff_t>(hi), limit,
                                   [](const TimelineBar& bar, Nanos t) { return bar.start < t; });
  return static_cast<std::size_t>(it - bars.begin());
}

void visible_in_row(const TimelineRow& row, Nanos t0, Nanos t1, double ns_per_pixel,
                    std::vector<VisibleItem>& items) {
  items.clear();
  const auto& bars = row.bars;
  const std::size_t n = bars.size();
  if (n == 0 || t1 < t0) return;
  const Nanos min_ns = std::max<Nanos>(1, static_cast<Nanos>(kFoldPixels * std::max(ns_per_pixel, 0.0)));
  std::size_t i = static_cast<std::size_t>(std::lower_bound(row.max_end.begin(), row.max_end.end(), t0) -
                                           row.max_end.begin());
  while (i < n && bars[i].start <= t1) {
    const TimelineBar& bar = bars[i];
    if (bar.end - bar.start >= min_ns) {
      items.push_back(VisibleItem{bar.start, bar.end, static_cast<std::uint32_t>(i), 1});
      ++i;
      continue;
    }
    // A narrow bar: swallow the narrow bars that start less than min_ns after the fold's end.
    const std::size_t first = i;
    Nanos fold_end = std::max(bar.end, row.max_end[i]);
    std::size_t next = i + 1;
    while (next < n && fold_end <= t1) {
      const std::size_t stop = first_starting_at(bars, next, fold_end + min_ns);
      if (stop == next) break;  // a visible gap follows: the fold ends
      const std::size_t last = stop - 1;
      if (bars[last].end - bars[last].start >= min_ns) {
        // The last one is wide enough to draw on its own: fold up to it, then stop.
        if (last > next) fold_end = std::max(fold_end, row.max_end[last - 1]);
        next = last;
        break;
      }
      fold_end = std::max(fold_end, row.max_end[last]);
      next = stop;
    }
    items.push_back(VisibleItem{bar.start, fold_end, static_cast<std::uint32_t>(first),
                                static_cast<std::uint32_t>(next - first)});
    i = next;
  }
}

}  // namespace

TimelineModel TimelineModel::build(const scenario::ScriptRunResult& run) {
  return build(run.trace, run.end_time, run.sources);
}

TimelineModel TimelineModel::build(const Trace& trace, Nanos end_time,
                                   const std::vector<js::Engine::SourceInfo>& sources) {
  TimelineModel model;
  const auto& events = trace.events();
  const auto& names = trace.thread_names();
  std::vector<ThreadState> threads(names.size());
  model.m_start = events.empty() ? 0 : events.front().time;
  model.m_end = std::max(end_time, events.empty() ? Nanos{0} : events.back().time);

  for (std::size_t index = 0; index < events.size(); ++index) {
    const TraceEvent& event = events[index];
    if (event.thread >= threads.size()) threads.resize(event.thread + 1);
    ThreadState& state = threads[event.thread];
    const Nanos time = event.time;
    const auto opened = [&](BarCategory category) {
      TimelineBar bar;
      bar.start = time;
      bar.end = time;
      bar.event = static_cast<std::uint32_t>(index);
      bar.category = category;
      return bar;
    };
    switch (event.kind) {
      case TraceKind::kPhase:
        state.js = true;
        wake(state, time);
        close_phase(state, time);
        state.pending.reset();  // a pop is followed by its callback within the phase
        state.phase = opened(phase_category(event.text));
        state.phase_open = true;
        break;
      case TraceKind::kPhaseEnd:
        wake(state, time);
        close_phase(state, time);
        break;
      case TraceKind::kPollWait:
        if (state.phase_open) {
          state.phase_split = true;  // an empty piece before the wait is not drawn
          close_phase(state, time);
          state.phase_open = true;  // it goes on after the wait, from the wake-up
          state.phase_split = true;
        }
        state.idle = opened(BarCategory::kIdle);
        state.idle_open = true;
        break;
      case TraceKind::kQueuePop:
        wake(state, time);
        state.pending = popped_category(event.text);
        break;
      case TraceKind::kTimerFired:
        wake(state, time);
        state.pending = BarCategory::kTimer;
        break;
      case TraceKind::kCallbackStart: {
        state.js = true;
        wake(state, time);
        close_work(state, time);
        BarCategory category = BarCategory::kOther;
        if (state.pending) {
          category = *state.pending;
        } else if (state.phase_open) {
          category = state.phase.category;
        }
        state.pending.reset();
        state.work = opened(category);
        state.work.source = event.source;
        if (event.source > 0 && event.source <= sources.size())
          state.work.line = sources[event.source - 1].line;
        state.work_open = true;
        break;
      }
      case TraceKind::kCallbackEnd:
      case TraceKind::kPoolFinished:
        close_work(state, time);
        break;
      case TraceKind::kPoolStarted:
        close_work(state, time);
        state.work = opened(BarCategory::kPoolTask);
        state.work_open = true;
        break;
      case TraceKind::kProcessExit:
        wake(state, time);
        break;
      default:
        break;
    }
  }

  for (std::size_t id = 0; id < threads.size(); ++id) {
    ThreadState& state = threads[id];
    wake(state, model.m_end);
    close_phase(state, model.m_end);
    close_work(state, model.m_end);
    const std::string name =
        id < names.size() && !names[id].empty() ? names[id] : "thread " + std::to_string(id);
    const bool named = id < names.size() && !names[id].empty();
    if (!named && state.bars.empty() && state.loop_bars.empty()) continue;
    const auto thread = static_cast<ThreadId>(id);
    if (state.js) {
      model.m_rows.push_back(
          TimelineRow{RowKind::kLoop, thread, name + " loop", std::move(state.loop_bars), {}});
      model.m_rows.push_back(TimelineRow{RowKind::kJs, thread, name, std::move(state.bars), {}});
    } else {
      model.m_rows.push_back(TimelineRow{RowKind::kWorker, thread, name, std::move(state.bars), {}});
    }
  }
  for (TimelineRow& row : model.m_rows) fill_max_end(row);
  return model;
}

void TimelineModel::visible(Nanos t0, Nanos t1, double ns_per_pixel, std::vector<VisibleRow>& out) const {
  out.resize(m_rows.size());
  for (std::size_t r = 0; r < m_rows.size(); ++r) {
    out[r].row = r;
    visible_in_row(m_rows[r], t0, t1, ns_per_pixel, out[r].items);
  }
}

std::vector<VisibleRow> TimelineModel::visible(Nanos t0, Nanos t1, double ns_per_pixel) const {
  std::vector<VisibleRow> out;
  visible(t0, t1, ns_per_pixel, out);
  return out;
}

std::optional<std::size_t> TimelineModel::bar_at(std::size_t row, Nanos time, Nanos slack) const {
  if (row >= m_rows.size()) return std::nullopt;
  const TimelineRow& r = m_rows[row];
  slack = std::max<Nanos>(0, slack);
  std::size_t i = static_cast<std::size_t>(
      std::lower_bound(r.max_end.begin(), r.max_end.end(), time - slack) - r.max_end.begin());
  std::optional<std::size_t> best;
  Nanos best_distance = 0;
  // Bounded: zoomed far out, the slack may cover thousands of bars; the first ones will do.
  constexpr std::size_t kMaxLook = 256;
  for (std::size_t looked = 0; i < r.bars.size() && looked < kMaxLook; ++i, ++looked) {
    const TimelineBar& bar = r.bars[i];
    if (bar.start > time + slack) break;
    const Nanos distance = time < bar.start ? bar.start - time : (time > bar.end ? time - bar.end : 0);
    if (distance > slack) continue;
    if (!best || distance < best_distance) {
      best = i;
      best_distance = distance;
      if (distance == 0) break;
    }
  }
  return best;
}

std::string_view TimelineModel::label(const Trace& trace, const TimelineBar& bar) {
  const auto& events = trace.events();
  if (bar.event >= events.size()) return {};
  return events[bar.event].text;
}

}  // namespace looplab::view
