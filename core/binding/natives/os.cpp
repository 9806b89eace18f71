// The natives of lib/os.js: what only the runtime knows about the simulated machine (its CPU
// cores, and how long it has been up on the virtual clock). Everything fixed lives in os.js.
#include <algorithm>
#include <cmath>

#include "core/binding/natives/native_helpers.h"
#include "core/binding/natives/natives.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

// The machine booted an hour before the process started.
constexpr double kBootedBeforeStart = 3600.0;

// cores() -> the machine's CPU cores (the scenario's knob).
Value os_cores(Vm& vm, Value, ArgList) {
  return Value(static_cast<double>(std::max(1, state(vm).script.cores)));
}

// uptime() -> seconds since the machine booted, with two decimals as Linux reports them.
Value os_uptime(Vm& vm, Value, ArgList) {
  const Nanos now = vm.host() != nullptr ? vm.host()->hrtime() : 0;
  const double centiseconds = std::floor(static_cast<double>(now) / 1e7);
  return Value(kBootedBeforeStart + centiseconds / 100.0);
}

}  // namespace

js::Object* make_os_natives(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  vm.define_method(natives, "cores", os_cores, 0);
  natives->define(vm.key("uptime"), Value(vm.new_native("uptime", 0, os_uptime, true)), js::kDefaultAttrs);
  return natives;
}

}  // namespace looplab::binding
