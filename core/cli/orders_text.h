// `looplab run --orders`: the possible outputs (core/scenario/orders.h) as text for a terminal.
#pragma once

#include <string>

#include "core/scenario/orders.h"

namespace looplab::cli {

std::string orders_text(const scenario::OrdersReport& report);

}  // namespace looplab::cli
