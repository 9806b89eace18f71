// util.format and console.log's line: node's formatWithOptions.
//
// A first argument that is a string is a format: %s (String(x), or inspect at depth 0 for
// objects whose toString is the built-in one), %d (Number), %i (parseInt), %f (parseFloat),
// %j (JSON.stringify, '[Circular]' for cycles), %o (inspect with showHidden, depth 4), %O
// (inspect), %c (consumes a CSS argument, prints nothing), %% (a percent sign). The remaining
// arguments follow, separated by spaces: strings as they are, anything else inspected.
//
//   auto line = format_log_args(vm, args);   // console.log: print *line + "\n"
//   if (!line) return Value::exception();    // a toString / getter / inspector threw
#pragma once

#include <optional>
#include <string>

#include "core/js/inspect/inspect.h"
#include "core/js/runtime/value.h"

namespace looplab::js {

class Vm;

// util.formatWithOptions(options, ...args). std::nullopt: user code threw (pending on the vm).
std::optional<std::u16string> format_utf16(Vm& vm, ArgList args, const InspectOptions& options = {});

// console.log's line for these arguments (util.format), UTF-8 (lone surrogates become U+FFFD).
std::optional<std::string> format_log_args(Vm& vm, ArgList args);

// util.format as a native function.
Value util_format_native(Vm& vm, Value this_value, ArgList args);

}  // namespace looplab::js
