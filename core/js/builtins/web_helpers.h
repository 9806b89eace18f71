// Helpers shared by the web-platform globals node has (TextEncoder / TextDecoder, atob / btoa,
// structuredClone, DOMException): node-shaped errors and registered or private symbols.
#pragma once

#include <string_view>

#include "core/js/vm/vm.h"

namespace looplab::js::web {

// Symbol.for(description): the registered symbol, made if the program has not made it yet.
Symbol* registered_symbol(Vm& vm, std::string_view description);
// A private symbol (never listed, unreachable from scripts) kept alive by the realm.
Symbol* private_symbol(Vm& vm, std::string_view description);
// Throws node's coded error: `type` with err.code = code and a stack whose first line is
// "TypeError [CODE]: message", as lib/internal/errors.js makes them.
Value throw_node_error(Vm& vm, ErrorType type, std::string_view code, std::string_view message);
// Throws `new DOMException(message, name)` (dom_exception.cpp).
Value throw_dom_exception(Vm& vm, std::string_view message, std::string_view name);

}  // namespace looplab::js::web
