#include "panels/knobs_panel.h"

#include <cstdio>

#include "imgui.h"
#include "theme.h"

namespace looplab::web {

namespace {

// A cost of the profile, edited in microseconds.
struct CostKnob {
  const char* label;
  const char* help;
  Nanos node::Profile::*field = nullptr;
  Nanos node::PoolCosts::*pool_field = nullptr;
};

constexpr CostKnob kCosts[] = {
    {"callback entry", "a macrotask's bookkeeping around each callback", &node::Profile::callback_entry,
     nullptr},
    {"nextTick entry", "each process.nextTick callback", &node::Profile::tick_entry, nullptr},
    {"microtask entry", "each promise reaction / queueMicrotask", &node::Profile::microtask_entry, nullptr},
    {"console.log line", "writing one short line to stdout", &node::Profile::write_line, nullptr},
    {"poll wake-up", "from a completion's signal to poll running it", &node::Profile::poll_wakeup, nullptr},
    {"fs syscall", "each fs operation on the pool (open, stat, read...)", nullptr, &node::PoolCosts::fs_op},
    {"fs per KB", "reading or writing one KB", nullptr, &node::PoolCosts::fs_per_kb},
    {"dns.lookup", "getaddrinfo's latency (slow I/O on the pool)", nullptr, &node::PoolCosts::dns_lookup},
    {"pbkdf2 sha512 / iteration", "crypto.pbkdf2 with sha512", nullptr,
     &node::PoolCosts::pbkdf2_sha512_per_iteration},
    {"pbkdf2 sha256 / iteration", "crypto.pbkdf2 with sha256", nullptr,
     &node::PoolCosts::pbkdf2_sha256_per_iteration},
    {"scrypt / block", "crypto.scrypt per N*r*p", nullptr, &node::PoolCosts::scrypt_per_block},
    {"gzip per KB", "zlib compression", nullptr, &node::PoolCosts::gzip_per_kb},
    {"gunzip per KB", "zlib decompression", nullptr, &node::PoolCosts::gunzip_per_kb},
};

Nanos& cost_of(node::Profile& profile, const CostKnob& knob) {
  return knob.field != nullptr ? profile.*(knob.field) : profile.pool.*(knob.pool_field);
}

void help_marker(const char* text) {
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

}  // namespace

bool draw_knobs_panel(view::Knobs& knobs, const Fonts& fonts, ImVec4* threadpool_rect) {
  bool changed = false;
  const view::Knobs defaults;
  node::Profile standard_profile = defaults.profile;
  const float field = 140.0f;
  ImGui::PushItemWidth(field);

  changed |= ImGui::SliderInt("thread pool", &knobs.threadpool_size, 1, 16, "%d threads");
  if (threadpool_rect != nullptr) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    *threadpool_rect = ImVec4(min.x, min.y, max.x - min.x, max.y - min.y);
  }
  help_marker(
      "UV_THREADPOOL_SIZE: libuv's worker threads for fs, dns.lookup, crypto and zlib (default 4). "
      "Ctrl+click to type up to 128.");
  changed |= ImGui::SliderInt("CPU cores", &knobs.cores, 1, 16, "%d cores");
  help_marker("The machine's cores, shared by the JS thread and the pool threads (default 4).");
  int version = knobs.node_version == "10" ? 1 : 0;
  if (ImGui::Combo("Node behaviour", &version, "Node 20\0Node <= 10\0")) {
    knobs.node_version = version == 1 ? "10" : "20";
    changed = true;
  }
  help_marker(
      "Node <= 10 drained ticks and microtasks once per timer list and check phase, not after each "
      "callback.");

  if (ImGui::TreeNode("Costs and latencies")) {
    ImGui::PushFont(fonts.code);
    for (const CostKnob& knob : kCosts) {
      Nanos& value = cost_of(knobs.profile, knob);
      float micros = static_cast<float>(value) / 1000.0f;
      ImGui::PushID(knob.label);
      if (ImGui::DragFloat("##v", &micros, std::max(0.01f, micros * 0.01f), 0.0f, 1'000'000.0f, "%.3f us",
                           ImGuiSliderFlags_AlwaysClamp)) {
        value = static_cast<Nanos>(micros * 1000.0f + 0.5f);
        changed = true;
      }
      ImGui::SameLine();
      ImGui::PopFont();
      ImGui::TextUnformatted(knob.label);
      const Nanos standard = cost_of(standard_profile, knob);
      char help[200];
      std::snprintf(help, sizeof help, "%s (default %.3f us)", knob.help,
                    static_cast<double>(standard) / 1000.0);
      help_marker(help);
      if (value != standard) {
        ImGui::SameLine();
        if (ImGui::SmallButton("reset")) {
          value = standard;
          changed = true;
        }
      }
      ImGui::PushFont(fonts.code);
      ImGui::PopID();
    }
    float instruction = static_cast<float>(knobs.instruction_cost_ps) / 1000.0f;
    if (ImGui::DragFloat("##instruction", &instruction, 0.01f, 0.001f, 1000.0f, "%.3f ns",
                         ImGuiSliderFlags_AlwaysClamp)) {
      knobs.instruction_cost_ps = static_cast<std::int64_t>(instruction * 1000.0f + 0.5f);
      changed = true;
    }
    ImGui::SameLine();
    ImGui::PopFont();
    ImGui::TextUnformatted("per JS instruction");
    help_marker("CPU time of each executed JavaScript instruction (default 1 ns): how fast the CPU is.");
    ImGui::TreePop();
  }
  ImGui::PopItemWidth();
  if (changed) {
    knobs.threadpool_size = std::clamp(knobs.threadpool_size, 1, view::kMaxThreadpool);
    knobs.cores = std::clamp(knobs.cores, 1, view::kMaxCores);
  }
  if (knobs != defaults && ImGui::Button("Reset the machine to defaults")) {
    knobs = defaults;
    changed = true;
  }
  return changed;
}

}  // namespace looplab::web
