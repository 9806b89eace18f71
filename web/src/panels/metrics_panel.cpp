// Draws the metrics strip: figures in one line, then three small sparklines side by side, drawn
// with ImDrawList from buckets cached between frames.
#include "panels/metrics_panel.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "imgui.h"
#include "theme.h"

namespace looplab::web {

namespace {

constexpr float kSparkHeight = 34.0f;  // CSS px
constexpr float kSparkGap = 12.0f;
constexpr float kPixelsPerBucket = 3.0f;

enum class Series { kDelay, kUtilization, kPoolQueue };

double value_of(const view::MetricsBucket& bucket, Series series) {
  switch (series) {
    case Series::kDelay:
      return static_cast<double>(bucket.delay.max);
    case Series::kUtilization:
      return bucket.utilization;
    case Series::kPoolQueue:
      return static_cast<double>(bucket.pool_queue);
  }
  return 0;
}

// One sparkline as bars from the bottom, scaled to `top`; returns the hovered bucket, if any.
std::optional<std::size_t> sparkline(const char* id, const char* title,
                                     const std::vector<view::MetricsBucket>& buckets, Series series,
                                     double top, const ImVec4& color, float width, Nanos start, Nanos end,
                                     Nanos cursor_time, std::optional<Nanos>& clicked) {
  const Palette& p = palette();
  ImGui::BeginGroup();
  ImGui::TextColored(p.text_dim, "%s", title);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, ImVec2(width, kSparkHeight));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 far(origin.x + width, origin.y + kSparkHeight);
  draw->AddRectFilled(origin, far, color_u32(p.grid, 0.15f));
  const std::size_t n = buckets.size();
  const float bucket_w = n > 0 ? width / static_cast<float>(n) : width;
  if (top > 0) {
    for (std::size_t i = 0; i < n; ++i) {
      const double v = value_of(buckets[i], series);
      if (v <= 0) continue;
      const float h = static_cast<float>(std::min(1.0, v / top)) * (kSparkHeight - 2);
      const float x0 = origin.x + bucket_w * static_cast<float>(i);
      draw->AddRectFilled(ImVec2(x0, far.y - h), ImVec2(x0 + std::max(bucket_w, 1.0f), far.y),
                          color_u32(color, 0.85f));
    }
  }
  const double span = static_cast<double>(std::max<Nanos>(end - start, 1));
  const auto x_of = [&](Nanos t) {
    return origin.x + static_cast<float>(static_cast<double>(t - start) / span) * width;
  };
  const float cursor_x = x_of(cursor_time);
  if (cursor_x >= origin.x && cursor_x <= far.x) {
    draw->AddLine(ImVec2(cursor_x, origin.y), ImVec2(cursor_x, far.y), color_u32(p.cursor), 1.5f);
  }
  std::optional<std::size_t> hovered;
  if (ImGui::IsItemHovered() && n > 0) {
    const float mx = ImGui::GetIO().MousePos.x - origin.x;
    hovered = std::min(n - 1, static_cast<std::size_t>(std::max(0.0f, mx / bucket_w)));
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) {
      clicked = start + static_cast<Nanos>(static_cast<double>(std::clamp(mx / width, 0.0f, 1.0f)) * span);
    }
  }
  ImGui::EndGroup();
  return hovered;
}

}  // namespace

std::optional<Nanos> MetricsPanel::draw(const view::MetricsModel& model, Nanos cursor_time,
                                        const Fonts& fonts) {
  std::optional<Nanos> clicked;
  const Palette& p = palette();

  // Figures for the whole run.
  const view::DelayStats& delay = model.delay();
  ImGui::PushFont(fonts.code);
  if (delay.count > 0) {
    ImGui::Text("delay p50 %s  p99 %s  max %s", format_duration(delay.p50).c_str(),
                format_duration(delay.p99).c_str(), format_duration(delay.max).c_str());
  } else {
    ImGui::TextColored(p.text_dim, "delay: no timers ran");
  }
  ImGui::SameLine(0, 18);
  ImGui::Text("utilisation %.0f%%", model.utilization() * 100.0);
  ImGui::SameLine(0, 18);
  ImGui::Text("pool queue max %lld", static_cast<long long>(model.pool_queue_max()));
  ImGui::PopFont();

  // Three sparklines side by side, sharing the run's time range.
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::max(60.0f, (avail - 2 * kSparkGap) / 3.0f);
  // One past the end, so that what happens at the last instant falls in the last bucket.
  const Nanos start = model.start();
  const Nanos end = model.end() + 1;
  const auto count = static_cast<std::size_t>(std::max(1.0f, width / kPixelsPerBucket));
  const CacheKey key{
      &model, start, end, model.delays().size(), delay.max, model.pool_queue_max(), model.utilization(),
      count};
  if (!(key == m_key)) {
    m_key = key;
    m_buckets = model.buckets(start, end, count);
  }

  double delay_top = 0;
  for (const view::MetricsBucket& bucket : m_buckets)
    delay_top = std::max(delay_top, static_cast<double>(bucket.delay.max));
  const auto hovered_delay =
      sparkline("##delay", "event loop delay (max per bucket)", m_buckets, Series::kDelay, delay_top,
                p.warning, width, start, end, cursor_time, clicked);
  ImGui::SameLine(0, kSparkGap);
  const auto hovered_use = sparkline("##utilization", "utilisation", m_buckets, Series::kUtilization, 1.0,
                                     p.accent, width, start, end, cursor_time, clicked);
  ImGui::SameLine(0, kSparkGap);
  const auto hovered_pool =
      sparkline("##pool", "thread-pool queue", m_buckets, Series::kPoolQueue,
                static_cast<double>(model.pool_queue_max()), p.pool, width, start, end, cursor_time, clicked);

  // A tooltip with the hovered bucket's figures.
  const std::optional<std::size_t> hovered =
      hovered_delay ? hovered_delay : (hovered_use ? hovered_use : hovered_pool);
  if (hovered) {
    const view::MetricsBucket& bucket = m_buckets[*hovered];
    ImGui::BeginTooltip();
    ImGui::PushFont(fonts.code);
    ImGui::Text("%s – %s", format_duration(bucket.start).c_str(), format_duration(bucket.end).c_str());
    if (bucket.delay.count > 0) {
      ImGui::Text("delay  p50 %s  p99 %s  max %s  (%zu timers)", format_duration(bucket.delay.p50).c_str(),
                  format_duration(bucket.delay.p99).c_str(), format_duration(bucket.delay.max).c_str(),
                  bucket.delay.count);
    } else {
      ImGui::TextColored(p.text_dim, "no timers fired");
    }
    ImGui::Text("utilisation %.0f%%", bucket.utilization * 100.0);
    ImGui::Text("pool queue up to %lld", static_cast<long long>(bucket.pool_queue));
    ImGui::PopFont();
    ImGui::EndTooltip();
  }
  return clicked;
}

}  // namespace looplab::web
