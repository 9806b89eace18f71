#include "core/base/check.h"

#include <cstdio>
#include <cstdlib>

namespace looplab::detail {

void check_failed(const char* condition, const char* message, const char* file, int line) {
  std::fprintf(stderr, "looplab: internal error at %s:%d: %s (%s)\n", file, line, message, condition);
  std::abort();
}

}  // namespace looplab::detail
