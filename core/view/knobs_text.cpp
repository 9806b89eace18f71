#include "core/view/knobs_text.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace looplab::view {

namespace {

// Every number the text carries: its name and where it lives in Knobs.
struct Field {
  const char* name;
  std::int64_t* (*at)(Knobs&);
};

std::int64_t* profile_field(Knobs& knobs, Nanos node::Profile::*field) {
  return &(knobs.profile.*field);
}
std::int64_t* pool_field(Knobs& knobs, Nanos node::PoolCosts::*field) {
  return &(knobs.profile.pool.*field);
}

constexpr Field kFields[] = {
    {"instruction_cost_ps", [](Knobs& k) { return &k.instruction_cost_ps; }},
    {"callback_entry", [](Knobs& k) { return profile_field(k, &node::Profile::callback_entry); }},
    {"tick_entry", [](Knobs& k) { return profile_field(k, &node::Profile::tick_entry); }},
    {"microtask_entry", [](Knobs& k) { return profile_field(k, &node::Profile::microtask_entry); }},
    {"write_line", [](Knobs& k) { return profile_field(k, &node::Profile::write_line); }},
    {"poll_wakeup", [](Knobs& k) { return profile_field(k, &node::Profile::poll_wakeup); }},
    {"fs_op", [](Knobs& k) { return pool_field(k, &node::PoolCosts::fs_op); }},
    {"fs_per_kb", [](Knobs& k) { return pool_field(k, &node::PoolCosts::fs_per_kb); }},
    {"dns_lookup", [](Knobs& k) { return pool_field(k, &node::PoolCosts::dns_lookup); }},
    {"pbkdf2_sha512_per_iteration",
     [](Knobs& k) { return pool_field(k, &node::PoolCosts::pbkdf2_sha512_per_iteration); }},
    {"pbkdf2_sha256_per_iteration",
     [](Knobs& k) { return pool_field(k, &node::PoolCosts::pbkdf2_sha256_per_iteration); }},
    {"scrypt_per_block", [](Knobs& k) { return pool_field(k, &node::PoolCosts::scrypt_per_block); }},
    {"random_bytes_base", [](Knobs& k) { return pool_field(k, &node::PoolCosts::random_bytes_base); }},
    {"random_bytes_per_kb", [](Knobs& k) { return pool_field(k, &node::PoolCosts::random_bytes_per_kb); }},
    {"gzip_per_kb", [](Knobs& k) { return pool_field(k, &node::PoolCosts::gzip_per_kb); }},
    {"gunzip_per_kb", [](Knobs& k) { return pool_field(k, &node::PoolCosts::gunzip_per_kb); }},
};

// A cost above an hour is a typo, not a machine.
constexpr std::int64_t kMaxCost = 3'600'000'000'000;

}  // namespace

std::string knobs_to_text(const Knobs& knobs) {
  Knobs copy = knobs;
  std::string text = "threadpool=" + std::to_string(knobs.threadpool_size) + "\n";
  text += "cores=" + std::to_string(knobs.cores) + "\n";
  text += "node=" + knobs.node_version + "\n";
  for (const Field& field : kFields)
    text += std::string(field.name) + "=" + std::to_string(*field.at(copy)) + "\n";
  return text;
}

Knobs knobs_from_text(std::string_view text) {
  Knobs knobs;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string_view name = line.substr(0, equals);
    const std::string_view value = line.substr(equals + 1);
    if (name == "node") {
      if (value == "20" || value == "10") knobs.node_version = std::string(value);
      continue;
    }
    std::int64_t number = 0;
    const auto [stop, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || stop != value.data() + value.size() || number < 0) continue;
    if (name == "threadpool") {
      knobs.threadpool_size = static_cast<int>(std::clamp<std::int64_t>(number, 1, kMaxThreadpool));
    } else if (name == "cores") {
      knobs.cores = static_cast<int>(std::clamp<std::int64_t>(number, 1, kMaxCores));
    } else {
      for (const Field& field : kFields) {
        if (name == field.name) *field.at(knobs) = std::min(number, kMaxCost);
      }
    }
  }
  if (knobs.instruction_cost_ps < 1) knobs.instruction_cost_ps = 1;
  return knobs;
}

}  // namespace looplab::view
