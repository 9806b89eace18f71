// The list of natives objects, by the name library modules pass to `binding(name)`.
#include "core/binding/natives/natives.h"

namespace looplab::binding {

std::span<const NativeModule> native_modules() {
  static constexpr NativeModule kModules[] = {
      {"process", make_process_natives}, {"util", make_util_natives},
      {"timers", make_timers_natives},   {"fs", make_fs_natives},
      {"os", make_os_natives},           {"crypto", make_crypto_natives},
      {"zlib", make_zlib_natives},       {"dns", make_dns_natives},
      {"buffer", make_buffer_natives},   {"util_types", make_util_types_natives},
      {"modules", make_modules_natives},
  };
  return kModules;
}

}  // namespace looplab::binding
