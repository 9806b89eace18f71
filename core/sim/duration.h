// Virtual time. The simulation never reads a wall clock: every instant and every duration is an
// integer count of nanoseconds, so runs are exact and identical natively and in wasm.
#pragma once

#include <cstdint>
#include <string>

namespace looplab {

// An instant on the virtual clock or a duration between two, in nanoseconds.
using Nanos = std::int64_t;

inline constexpr Nanos kNanosPerMicro = 1'000;
inline constexpr Nanos kNanosPerMilli = 1'000'000;
inline constexpr Nanos kNanosPerSecond = 1'000'000'000;

// Human text for a duration, in the largest unit that keeps the value below 1000, with at most
// three decimals and no trailing zeros: "0 ns", "750 ns", "1.5 µs", "12.346 ms", "2 s".
// Rounding is half away from zero and can carry into the next unit (999.9996 ms → "1 s").
// Seconds are the largest unit, so long spans read "3600 s".
std::string format_duration(Nanos duration);

}  // namespace looplab
