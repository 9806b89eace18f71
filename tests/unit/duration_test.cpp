#include "core/sim/duration.h"

#include <limits>

#include "doctest/doctest.h"

using looplab::format_duration;
using looplab::kNanosPerMilli;
using looplab::kNanosPerSecond;

TEST_CASE("format_duration picks the largest unit that stays below 1000") {
  CHECK(format_duration(0) == "0 ns");
  CHECK(format_duration(750) == "750 ns");
  CHECK(format_duration(999) == "999 ns");
  CHECK(format_duration(1'000) == "1 \xC2\xB5s");
  CHECK(format_duration(1'500) == "1.5 \xC2\xB5s");
  CHECK(format_duration(2 * kNanosPerMilli) == "2 ms");
  CHECK(format_duration(12'345'678) == "12.346 ms");
  CHECK(format_duration(kNanosPerSecond) == "1 s");
  CHECK(format_duration(3600 * kNanosPerSecond) == "3600 s");
}

TEST_CASE("format_duration rounds half away from zero and carries into the next unit") {
  CHECK(format_duration(10'005) == "10.005 \xC2\xB5s");  // exact: ns are the 3rd decimal of µs
  CHECK(format_duration(10'000'500) == "10.001 ms");     // 10.0005 ms
  CHECK(format_duration(10'000'499) == "10 ms");         // 10.000499 ms
  CHECK(format_duration(999'999'400) == "999.999 ms");
  CHECK(format_duration(999'999'600) == "1 s");  // 999.9996 ms rounds to 1000 ms = 1 s
  CHECK(format_duration(999'999) == "999.999 \xC2\xB5s");
  CHECK(format_duration(9'999'495) == "9.999 ms");  // 9.999495 ms
  CHECK(format_duration(9'999'500) == "10 ms");     // 9.9995 ms: the half rounds up and carries
}

TEST_CASE("format_duration handles negative durations and the extremes") {
  CHECK(format_duration(-1'500) == "-1.5 \xC2\xB5s");
  CHECK(format_duration(-1) == "-1 ns");
  CHECK(format_duration(std::numeric_limits<looplab::Nanos>::max()) == "9223372036.855 s");
  CHECK(format_duration(std::numeric_limits<looplab::Nanos>::min()) == "-9223372036.855 s");
}
