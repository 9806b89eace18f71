#include "core/cli/profile_knobs.h"

#include <array>

namespace looplab::cli {

namespace {

constexpr std::array<ProfileKnob, 15> kKnobs{{
    {"callback_entry", [](node::Profile& p) -> Nanos& { return p.callback_entry; }},
    {"tick_entry", [](node::Profile& p) -> Nanos& { return p.tick_entry; }},
    {"microtask_entry", [](node::Profile& p) -> Nanos& { return p.microtask_entry; }},
    {"write_line", [](node::Profile& p) -> Nanos& { return p.write_line; }},
    {"poll_wakeup", [](node::Profile& p) -> Nanos& { return p.poll_wakeup; }},
    {"fs_op", [](node::Profile& p) -> Nanos& { return p.pool.fs_op; }},
    {"fs_per_kb", [](node::Profile& p) -> Nanos& { return p.pool.fs_per_kb; }},
    {"dns_lookup", [](node::Profile& p) -> Nanos& { return p.pool.dns_lookup; }},
    {"pbkdf2_sha512_per_iteration",
     [](node::Profile& p) -> Nanos& { return p.pool.pbkdf2_sha512_per_iteration; }},
    {"pbkdf2_sha256_per_iteration",
     [](node::Profile& p) -> Nanos& { return p.pool.pbkdf2_sha256_per_iteration; }},
    {"scrypt_per_block", [](node::Profile& p) -> Nanos& { return p.pool.scrypt_per_block; }},
    {"random_bytes_base", [](node::Profile& p) -> Nanos& { return p.pool.random_bytes_base; }},
    {"random_bytes_per_kb", [](node::Profile& p) -> Nanos& { return p.pool.random_bytes_per_kb; }},
    {"gzip_per_kb", [](node::Profile& p) -> Nanos& { return p.pool.gzip_per_kb; }},
    {"gunzip_per_kb", [](node::Profile& p) -> Nanos& { return p.pool.gunzip_per_kb; }},
}};

constexpr Nanos kMaxDuration = 3600 * kNanosPerSecond;
constexpr std::int64_t kMaxDigits = 100'000'000'000'000'000;  // room for 3600 s with 9 decimals

}  // namespace

std::span<const ProfileKnob> profile_knobs() {
  return kKnobs;
}

std::string profile_knob_names() {
  std::string names;
  for (const ProfileKnob& knob : kKnobs) {
    if (!names.empty()) names += ", ";
    names += knob.name;
  }
  return names;
}

std::optional<Nanos> parse_duration(std::string_view text) {
  // The number: digits, optionally a '.' and more digits; kept as an integer and a scale.
  std::size_t index = 0;
  std::int64_t digits = 0;
  int decimals = 0;
  bool seen_digit = false;
  bool seen_point = false;
  for (; index < text.size(); ++index) {
    const char c = text[index];
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    seen_digit = true;
    if (digits > kMaxDigits) return std::nullopt;  // far too long whatever the unit
    digits = digits * 10 + (c - '0');
    if (seen_point) ++decimals;
  }
  if (!seen_digit) return std::nullopt;
  const std::string_view unit = text.substr(index);
  Nanos per_unit = 0;
  if (unit == "ns") {
    per_unit = 1;
  } else if (unit == "us" || unit == "\u00b5s") {
    per_unit = kNanosPerMicro;
  } else if (unit == "ms") {
    per_unit = kNanosPerMilli;
  } else if (unit == "s") {
    per_unit = kNanosPerSecond;
  } else {
    return std::nullopt;
  }
  // value = digits * per_unit / 10^decimals, exact to the nanosecond, without overflow: the whole
  // part and the fraction separately (at most 9 decimals keeps fraction * per_unit below 10^18).
  if (decimals > 9) return std::nullopt;
  std::int64_t divisor = 1;
  for (int i = 0; i < decimals; ++i) divisor *= 10;
  const std::int64_t whole = digits / divisor;
  const std::int64_t fraction = digits % divisor;
  if (whole > kMaxDuration / per_unit) return std::nullopt;
  if (fraction * per_unit % divisor != 0) return std::nullopt;  // finer than a nanosecond
  const Nanos value = whole * per_unit + fraction * per_unit / divisor;
  if (value > kMaxDuration) return std::nullopt;
  return value;
}

std::string apply_profile_setting(node::Profile& profile, std::string_view setting) {
  const std::size_t equals = setting.find('=');
  if (equals == std::string_view::npos) {
    return "--profile needs name=value (for example callback_entry=2us), not '" + std::string(setting) + "'";
  }
  const std::string_view name = setting.substr(0, equals);
  const std::string_view value = setting.substr(equals + 1);
  for (const ProfileKnob& knob : kKnobs) {
    if (name != knob.name) continue;
    const std::optional<Nanos> duration = parse_duration(value);
    if (!duration) {
      return "--profile " + std::string(name) +
             " needs a duration with its unit (ns, us, ms or s), such as 2us, not '" + std::string(value) +
             "'";
    }
    knob.field(profile) = *duration;
    return {};
  }
  return "--profile: unknown name '" + std::string(name) + "' (known: " + profile_knob_names() + ")";
}

}  // namespace looplab::cli
