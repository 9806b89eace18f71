// Node's library modules written in JavaScript (core/binding/lib/ID.js), compiled into the binary
// by core/binding/embed_lib.cmake. The module loader (modules.cpp) compiles one the first time
// it is required.
#pragma once

#include <span>
#include <string_view>

namespace looplab::binding {

struct LibSource {
  std::string_view id;      // "events", "fs/promises", "internal/process"
  std::string_view source;  // the module's body (CommonJS: exports, require, module, binding)
};

std::span<const LibSource> lib_sources();

}  // namespace looplab::binding
