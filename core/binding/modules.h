// Loading the library's JavaScript modules (core/binding/lib, see modules.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/js/vm/vm.h"

namespace looplab::binding {

// module.exports of lib/ID.js ("events", "node:events", "internal/errors"), loading it once;
// an exception value if loading threw.
js::Value load_library_module(js::Vm& vm, std::string id);

bool is_library_module(std::string_view id);
std::vector<std::string> public_library_modules();  // ids outside internal/, sorted

}  // namespace looplab::binding
