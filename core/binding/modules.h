// Loading the library's JavaScript modules (core/binding/lib, see modules.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/js/runtime/engine.h"
#include "core/js/vm/vm.h"

namespace looplab::binding {

// module.exports of lib/ID.js ("events", "node:events", "internal/errors"), loading it once;
// an exception value if loading threw.
js::Value load_library_module(js::Vm& vm, std::string id);

bool is_library_module(std::string_view id);

// Compiles lib/ID.js into the process's compile cache (js/runtime/compile_cache.h) without running
// it: the playground warms the cache while the page is idle, so a script's first require of a big
// module does not stall a frame. False when there is no such module or it does not compile.
bool precompile_library_module(js::Engine& engine, std::string_view id);
std::vector<std::string> all_library_modules();     // every id, internal/ ones included
std::vector<std::string> public_library_modules();  // ids outside internal/, sorted

}  // namespace looplab::binding
