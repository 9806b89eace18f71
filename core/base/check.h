// LOOPLAB_CHECK: an invariant of the simulator itself. Failing one is a bug in Looplab, never a
// consequence of a learner's script (those get diagnoses, not aborts), so it stops at once with the
// place and the reason rather than continue with a corrupt model.
#pragma once

namespace looplab::detail {
[[noreturn]] void check_failed(const char* condition, const char* message, const char* file, int line);
}  // namespace looplab::detail

#define LOOPLAB_CHECK(condition, message)                                                       \
  do {                                                                                          \
    if (!(condition)) ::looplab::detail::check_failed(#condition, message, __FILE__, __LINE__); \
  } while (false)
