// The machine profile's costs as named command-line knobs: `--profile fs_op=10us`. The names are the
// fields of node::Profile and node::PoolCosts, so a lesson's text and the CLI use the same words.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/node/node_process.h"
#include "core/sim/duration.h"

namespace looplab::cli {

struct ProfileKnob {
  const char* name;
  Nanos& (*field)(node::Profile& profile);
};

// Every knob, in the order the structs declare them.
std::span<const ProfileKnob> profile_knobs();

// "fs_op, fs_per_kb, ...": the names, for usage errors and the help text.
std::string profile_knob_names();

// A duration with its unit: "2us", "1.5ms", "1045ns", "0.25s" ("µs" is accepted for "us"). At most
// nanosecond precision, not negative, at most an hour. Nothing for anything else.
std::optional<Nanos> parse_duration(std::string_view text);

// Applies "name=value" to `profile`. Returns an empty string, or what was wrong in one line.
std::string apply_profile_setting(node::Profile& profile, std::string_view setting);

}  // namespace looplab::cli
