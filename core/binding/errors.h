// Node's own errors for bad arguments (lib/internal/errors.js): a TypeError whose message names
// the argument and describes what was received, with `code` set, and a name that node's printer
// shows as "TypeError [ERR_INVALID_ARG_TYPE]".
#pragma once

#include <string_view>

#include "core/js/vm/vm.h"

namespace looplab::binding {

// Throws ERR_INVALID_ARG_TYPE: `The "callback" argument must be of type function. Received ...`.
js::Value throw_invalid_arg_type(js::Vm& vm, std::string_view argument, std::string_view expected,
                                 js::Value received);

// node's "Received ..." clause (determineSpecificType): "Received undefined", "Received type
// number (1)", "Received an instance of Object", "Received function f".
std::string describe_received(js::Vm& vm, js::Value value);

}  // namespace looplab::binding
