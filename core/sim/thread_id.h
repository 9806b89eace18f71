// A simulated thread's id: its index among the machine's threads (Machine::add_thread).
#pragma once

#include <cstdint>

namespace looplab {

using ThreadId = std::uint32_t;

}  // namespace looplab
