// Durations with units and the named profile costs behind `looplab run --profile`.
#include "core/cli/profile_knobs.h"

#include <string>

#include "doctest/doctest.h"

using looplab::cli::apply_profile_setting;
using looplab::cli::parse_duration;
using looplab::cli::profile_knobs;

TEST_CASE("durations need a unit and are exact to the nanosecond") {
  CHECK(parse_duration("1045ns") == 1'045);
  CHECK(parse_duration("2us") == 2'000);
  CHECK(parse_duration("2\u00b5s") == 2'000);
  CHECK(parse_duration("1.5ms") == 1'500'000);
  CHECK(parse_duration("0.25s") == 250'000'000);
  CHECK(parse_duration("0ms") == 0);
  CHECK(parse_duration("3600s") == 3'600'000'000'000);
  CHECK(parse_duration("1.0000000000s") == std::nullopt);  // ten decimals
  for (const char* bad : {"", "10", "ms", "1.5ns", "-1ms", "1 ms", "1.2.3ms", "3601s", "1e3ns", "10h",
                          "99999999999999999999999s"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_duration(bad).has_value());
  }
}

TEST_CASE("every profile knob sets its own field") {
  // Setting each knob to a distinct value changes exactly one field of the profile.
  for (const auto& knob : profile_knobs()) {
    CAPTURE(knob.name);
    looplab::node::Profile profile;
    CHECK(apply_profile_setting(profile, std::string(knob.name) + "=123457ns").empty());
    CHECK(knob.field(profile) == 123'457);
    int changed = 0;
    looplab::node::Profile defaults;
    for (const auto& other : profile_knobs())
      changed += other.field(profile) != other.field(defaults) ? 1 : 0;
    CHECK(changed == 1);
  }
}
