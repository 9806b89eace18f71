#include "core/sim/duration.h"

namespace looplab {

namespace {

struct Unit {
  std::uint64_t nanos;
  const char* suffix;
};

constexpr Unit kUnits[] = {
    {1, " ns"},
    {1'000, " \xC2\xB5s"},  // "µs" in UTF-8
    {1'000'000, " ms"},
    {1'000'000'000, " s"},
};

}  // namespace

std::string format_duration(Nanos duration) {
  // Work on the magnitude as unsigned so that INT64_MIN has a representable magnitude.
  const bool negative = duration < 0;
  const std::uint64_t magnitude =
      negative ? ~static_cast<std::uint64_t>(duration) + 1 : static_cast<std::uint64_t>(duration);

  std::string text = negative ? "-" : "";
  for (const Unit& unit : kUnits) {
    std::uint64_t whole = magnitude / unit.nanos;
    // Three decimals, rounded half away from zero. frac < 1e9, so frac * 1000 cannot overflow.
    std::uint64_t millis = ((magnitude % unit.nanos) * 1000 + unit.nanos / 2) / unit.nanos;
    if (unit.nanos == 1) millis = 0;
    if (millis == 1000) {
      ++whole;
      millis = 0;
    }
    const bool last = unit.nanos == kUnits[3].nanos;
    if (whole >= 1000 && !last) continue;

    text += std::to_string(whole);
    if (millis != 0) {
      char digits[4] = {static_cast<char>('0' + millis / 100), static_cast<char>('0' + millis / 10 % 10),
                        static_cast<char>('0' + millis % 10), '\0'};
      std::string decimals(digits);
      while (decimals.back() == '0') decimals.pop_back();
      text += "." + decimals;
    }
    return text + unit.suffix;
  }
  return text;  // unreachable: the last unit always returns
}

}  // namespace looplab
