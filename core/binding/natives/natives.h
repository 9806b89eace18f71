// The C++ half of the Node modules: for each name, a function that builds the object of natives
// that core/binding/lib/*.js gets from `binding(name)`. One file per name (fs.cpp, crypto.cpp, ...);
// registry.cpp lists them.
#pragma once

#include <span>
#include <string_view>

#include "core/js/runtime/engine.h"

namespace looplab::binding {

using MakeNatives = js::Object* (*)(js::Engine& engine);

struct NativeModule {
  std::string_view name;
  MakeNatives make;
};

// Every natives object a library module may ask for, by name.
std::span<const NativeModule> native_modules();

js::Object* make_process_natives(js::Engine& engine);     // process.cpp
js::Object* make_util_natives(js::Engine& engine);        // util.cpp
js::Object* make_timers_natives(js::Engine& engine);      // timers.cpp
js::Object* make_fs_natives(js::Engine& engine);          // fs.cpp
js::Object* make_os_natives(js::Engine& engine);          // os.cpp
js::Object* make_crypto_natives(js::Engine& engine);      // crypto.cpp
js::Object* make_zlib_natives(js::Engine& engine);        // zlib.cpp
js::Object* make_dns_natives(js::Engine& engine);         // dns.cpp
js::Object* make_buffer_natives(js::Engine& engine);      // buffer.cpp
js::Object* make_util_types_natives(js::Engine& engine);  // util_types.cpp
js::Object* make_modules_natives(js::Engine& engine);     // modules.cpp

}  // namespace looplab::binding
