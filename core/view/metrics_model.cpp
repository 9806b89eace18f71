// Reads the metrics strip's three series from the trace once, then answers range queries by
// binary search so the strip can re-bucket cheaply when its width or range changes.
#include "core/view/metrics_model.h"

#include <algorithm>
#include <string_view>

#include "core/node/diagnostics.h"

namespace looplab::view {

namespace {

DelayStats summarize(std::vector<Nanos> delays) {
  DelayStats stats;
  if (delays.empty()) return stats;
  std::sort(delays.begin(), delays.end());
  stats.count = delays.size();
  stats.p50 = node::percentile(delays, 50);
  stats.p99 = node::percentile(delays, 99);
  stats.max = delays.back();
  return stats;
}

// Whether an event on the loop thread means the loop is running again after poll's wait.
bool wakes_loop(TraceKind kind) {
  return kind == TraceKind::kQueuePop || kind == TraceKind::kCallbackStart || kind == TraceKind::kPhase ||
         kind == TraceKind::kPhaseEnd || kind == TraceKind::kTimerFired || kind == TraceKind::kProcessExit;
}

}  // namespace

std::optional<Nanos> timer_lateness(const TraceEvent& event) {
  if (event.kind != TraceKind::kTimerFired) return std::nullopt;
  // format_duration's form: digits, up to three decimals, a space and a unit.
  static constexpr std::string_view kMarker = "late by ";
  const std::string_view text = event.text;
  const std::size_t at = text.rfind(kMarker);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t i = at + kMarker.size();
  const bool negative = i < text.size() && text[i] == '-';
  if (negative) ++i;
  std::int64_t whole = 0;
  std::int64_t thousandths = 0;
  bool digits = false;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    whole = whole * 10 + (text[i++] - '0');
    digits = true;
  }
  if (!digits) return std::nullopt;
  if (i < text.size() && text[i] == '.') {
    ++i;
    std::int64_t scale = 100;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      thousandths += (text[i++] - '0') * scale;
      scale /= 10;
    }
  }
  if (i >= text.size() || text[i] != ' ') return std::nullopt;
  const std::string_view unit = text.substr(i + 1);
  Nanos per = 0;
  if (unit.starts_with("ns")) {
    per = 1;
  } else if (unit.starts_with("µs")) {
    per = kNanosPerMicro;
  } else if (unit.starts_with("ms")) {
    per = kNanosPerMilli;
  } else if (unit.starts_with("s")) {
    per = kNanosPerSecond;
  } else {
    return std::nullopt;
  }
  const Nanos value = whole * per + thousandths * per / 1000;
  return negative ? -value : value;
}

MetricsModel MetricsModel::build(const scenario::ScriptRunResult& run) {
  return build(run.trace, run.end_time);
}

MetricsModel MetricsModel::build(const Trace& trace, Nanos end_time, std::optional<ThreadId> loop_thread) {
  MetricsModel model;
  const auto& events = trace.events();
  model.m_start = events.empty() ? 0 : events.front().time;
  model.m_end = std::max(end_time, events.empty() ? Nanos{0} : events.back().time);
  if (!loop_thread) {
    for (const TraceEvent& event : events) {
      if (event.kind == TraceKind::kPhase) {
        loop_thread = event.thread;
        break;
      }
    }
  }

  // -1: the loop is not waiting (a sentinel: g++ 12 -O2 misreads an optional here as uninitialised).
  Nanos waiting_since = -1;
  Nanos idle_total = 0;
  const auto end_wait = [&](Nanos time) {
    if (waiting_since < 0) return;
    if (time > waiting_since) {
      model.m_idle.push_back(IdleSpan{waiting_since, time, idle_total});
      idle_total += time - waiting_since;
    }
    waiting_since = -1;
  };
  for (const TraceEvent& event : events) {
    if (event.kind == TraceKind::kQueueLength && event.text == "thread pool") {
      // One step per instant: the last length recorded at a time is the one that holds.
      if (!model.m_pool_queue.empty() && model.m_pool_queue.back().time == event.time) {
        model.m_pool_queue.back().value = event.value;
      } else {
        model.m_pool_queue.push_back(Step{event.time, event.value});
      }
      model.m_pool_queue_max = std::max(model.m_pool_queue_max, event.value);
    }
    if (!loop_thread || event.thread != *loop_thread) continue;
    if (event.kind == TraceKind::kPollWait) {
      end_wait(event.time);
      waiting_since = event.time;
    } else if (wakes_loop(event.kind)) {
      end_wait(event.time);
    }
    if (const auto late = timer_lateness(event)) model.m_delays.push_back(DelaySample{event.time, *late});
  }
  end_wait(model.m_end);

  std::vector<Nanos> all;
  all.reserve(model.m_delays.size());
  for (const DelaySample& sample : model.m_delays) all.push_back(sample.delay);
  model.m_delay = summarize(std::move(all));
  return model;
}

Nanos MetricsModel::idle_until(Nanos time) const {
  // The last span starting before `time`: everything before it is idle_before; add its overlap.
  const auto it = std::lower_bound(m_idle.begin(), m_idle.end(), time,
                                   [](const IdleSpan& span, Nanos t) { return span.start < t; });
  if (it == m_idle.begin()) return 0;
  const IdleSpan& span = *(it - 1);
  return span.idle_before + (std::min(time, span.end) - span.start);
}

double MetricsModel::utilization(Nanos t0, Nanos t1) const {
  t0 = std::max(t0, m_start);
  t1 = std::min(t1, m_end);
  if (t1 <= t0) return 0;
  const Nanos idle = idle_until(t1) - idle_until(t0);
  return static_cast<double>(t1 - t0 - idle) / static_cast<double>(t1 - t0);
}

DelayStats MetricsModel::delay(Nanos t0, Nanos t1) const {
  const auto by_time = [](const DelaySample& sample, Nanos t) { return sample.time < t; };
  const auto first = std::lower_bound(m_delays.begin(), m_delays.end(), t0, by_time);
  const auto last = std::lower_bound(first, m_delays.end(), t1, by_time);
  std::vector<Nanos> delays;
  delays.reserve(static_cast<std::size_t>(last - first));
  for (auto it = first; it != last; ++it) delays.push_back(it->delay);
  return summarize(std::move(delays));
}

std::int64_t MetricsModel::pool_queue_at(Nanos time) const {
  const auto it = std::upper_bound(m_pool_queue.begin(), m_pool_queue.end(), time,
                                   [](Nanos t, const Step& step) { return t < step.time; });
  return it == m_pool_queue.begin() ? 0 : (it - 1)->value;
}

std::int64_t MetricsModel::pool_queue_max_in(Nanos t0, Nanos t1) const {
  // The length holding as the bucket opens, then every step inside it.
  const auto it = std::upper_bound(m_pool_queue.begin(), m_pool_queue.end(), t0,
                                   [](Nanos t, const Step& step) { return t < step.time; });
  std::int64_t longest = it == m_pool_queue.begin() ? 0 : (it - 1)->value;
  for (auto step = it; step != m_pool_queue.end() && step->time < t1; ++step) {
    longest = std::max(longest, step->value);
  }
  return longest;
}

std::vector<MetricsBucket> MetricsModel::buckets(Nanos t0, Nanos t1, std::size_t count) const {
  count = std::max<std::size_t>(1, count);
  std::vector<MetricsBucket> out(count);
  const long double span = static_cast<long double>(std::max<Nanos>(t1 - t0, 0));
  for (std::size_t i = 0; i < count; ++i) {
    MetricsBucket& bucket = out[i];
    bucket.start =
        t0 + static_cast<Nanos>(span * static_cast<long double>(i) / static_cast<long double>(count));
    bucket.end = i + 1 == count ? t1
                                : t0 + static_cast<Nanos>(span * static_cast<long double>(i + 1) /
                                                          static_cast<long double>(count));
    bucket.delay = delay(bucket.start, bucket.end);
    bucket.utilization = utilization(bucket.start, bucket.end);
    bucket.pool_queue = pool_queue_max_in(bucket.start, bucket.end);
  }
  return out;
}

}  // namespace looplab::view
