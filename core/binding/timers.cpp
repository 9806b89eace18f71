// Timers and queues: setTimeout / setInterval / setImmediate and their clears, queueMicrotask.
// (process.nextTick lives with `process`.) Each schedules a callback on the process through the
// JsHost; the Timeout and Immediate objects scripts get back carry the runtime's id in a
// property keyed by a symbol only the binding holds.
//
// Not yet modelled here (the Node API issue): Timeout's public fields as node prints them
// (_idleTimeout, ...), ids as primitives (`+timeout`) and clearTimeout(id), timers/promises.
#include <cstdint>

#include "core/binding/binding.h"
#include "core/binding/binding_state.h"
#include "core/binding/errors.h"
#include "core/binding/natives/natives.h"
#include "core/js/runtime/conversions.h"
#include "core/node/js_job.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::Value;
using js::Vm;

// The slots every timer native carries: 0 = the id symbol, 1 = Timeout.prototype,
// 2 = Immediate.prototype.
constexpr std::size_t kIdSlot = 0;
constexpr std::size_t kTimeoutProtoSlot = 1;
constexpr std::size_t kImmediateProtoSlot = 2;

js::PropKey id_key(Vm& vm) {
  return js::PropKey(vm.current_native()->slot(kIdSlot).as_symbol());
}

// A TimerId is 64 bits (index | generation << 32); a double holds each half exactly.
void store_id(Vm& vm, js::Object* object, std::uint64_t id) {
  js::ArrayObject* pair =
      vm.new_array({Value(static_cast<double>(id & 0xffffffffu)), Value(static_cast<double>(id >> 32))});
  object->define(id_key(vm), Value(pair), js::kWritable);
}

std::optional<std::uint64_t> load_id(Vm& vm, Value target) {
  if (!target.is_object()) return std::nullopt;
  auto slot = target.as_object()->get_own_property(id_key(vm));
  if (!slot || !slot->value.is_object()) return std::nullopt;
  auto* pair = static_cast<js::ArrayObject*>(slot->value.as_object());
  const auto low = static_cast<std::uint64_t>(pair->element(0).as_number());
  const auto high = static_cast<std::uint64_t>(pair->element(1).as_number());
  return low | (high << 32);
}

std::vector<Value> rest(ArgList args, std::size_t from) {
  return std::vector<Value>(args.begin() + std::min(from, args.size()), args.end());
}

Value schedule_timer(Vm& vm, ArgList args, bool repeat) {
  const Value callback = args[0];
  if (!Vm::is_callable(callback)) return throw_invalid_arg_type(vm, "callback", "function", callback);
  double delay = 1;
  if (args.size() > 1) {
    auto number = js::to_number(vm, args[1]);
    if (!number) return Value::exception();
    delay = *number;
  }
  if (delay > 2147483647.0) {
    // node: "<delay> does not fit into a 32-bit signed integer." as a TimeoutOverflowWarning.
    js::String* shown = js::to_string(vm, Value(delay));
    const Value process = vm.get(Value(vm.engine().realm().global_object), "process");
    const Value emit_warning = process.is_object() ? vm.get(process, "emitWarning") : Value::undefined();
    if (shown != nullptr && Vm::is_callable(emit_warning)) {
      const Value result = vm.call(
          emit_warning, process,
          {Value(vm.string(shown->to_utf8() +
                           " does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.")),
           Value(vm.string("TimeoutOverflowWarning"))});
      if (result.is_exception()) return result;
    }
  }
  js::Object* timeout = vm.new_object(vm.current_native()->slot(kTimeoutProtoSlot).as_object());
  auto& engine = vm.engine();
  const std::string label = (repeat ? "interval " : "timeout ") + js::describe_function(callback);
  const node::TimerId id = vm.host()->set_timer(
      engine.make_callable(callback, Value(timeout), rest(args, 2), label), delay, repeat);
  store_id(vm, timeout, id);
  return Value(timeout);
}

Value set_timeout(Vm& vm, Value, ArgList args) {
  return schedule_timer(vm, args, false);
}
Value set_interval(Vm& vm, Value, ArgList args) {
  return schedule_timer(vm, args, true);
}

// A Timeout's primitive value (`+timeout`, as a key): a number clearTimeout also accepts.
Value timeout_to_primitive(Vm& vm, Value self, ArgList) {
  auto id = load_id(vm, self);
  if (!id) return Value(0);
  BindingState& s = state(vm);
  for (const auto& [number, timer] : s.timers_by_number) {
    if (timer == *id) return Value(static_cast<double>(number));
  }
  const std::int64_t number = s.next_timer_number++;
  s.timers_by_number.emplace(number, *id);
  return Value(static_cast<double>(number));
}

std::optional<std::uint64_t> timer_of(Vm& vm, Value value) {
  if (value.is_number() || value.is_string()) {
    auto number = js::to_number(vm, value);
    if (!number) return std::nullopt;
    const BindingState& s = state(vm);
    auto found = s.timers_by_number.find(static_cast<std::int64_t>(*number));
    if (found == s.timers_by_number.end()) return std::nullopt;
    return found->second;
  }
  return load_id(vm, value);
}

Value clear_timer(Vm& vm, Value, ArgList args) {
  if (auto id = timer_of(vm, args[0])) vm.host()->clear_timer(*id);
  return Value::undefined();
}

Value set_immediate(Vm& vm, Value, ArgList args) {
  const Value callback = args[0];
  if (!Vm::is_callable(callback)) return throw_invalid_arg_type(vm, "callback", "function", callback);
  js::Object* immediate = vm.new_object(vm.current_native()->slot(kImmediateProtoSlot).as_object());
  const std::string label = "immediate " + js::describe_function(callback);
  const node::ImmediateId id =
      vm.host()->set_immediate(vm.engine().make_callable(callback, Value(immediate), rest(args, 1), label));
  store_id(vm, immediate, id);
  return Value(immediate);
}

Value clear_immediate(Vm& vm, Value, ArgList args) {
  if (auto id = load_id(vm, args[0])) vm.host()->clear_immediate(static_cast<node::ImmediateId>(*id));
  return Value::undefined();
}

Value immediate_ref(Vm& vm, Value self, ArgList) {
  if (auto id = load_id(vm, self)) vm.host()->set_immediate_ref(static_cast<node::ImmediateId>(*id), true);
  return self;
}
Value immediate_unref(Vm& vm, Value self, ArgList) {
  if (auto id = load_id(vm, self)) vm.host()->set_immediate_ref(static_cast<node::ImmediateId>(*id), false);
  return self;
}
Value immediate_has_ref(Vm& vm, Value self, ArgList) {
  auto id = load_id(vm, self);
  return Value::boolean(id && vm.host()->immediate_has_ref(static_cast<node::ImmediateId>(*id)));
}

Value queue_microtask(Vm& vm, Value, ArgList args) {
  const Value callback = args[0];
  if (!Vm::is_callable(callback)) return throw_invalid_arg_type(vm, "callback", "function", callback);
  vm.host()->queue_microtask(vm.engine().make_callable(callback, Value::undefined(), {},
                                                       "microtask " + js::describe_function(callback)));
  return Value::undefined();
}

// Timeout.prototype: ref(), unref(), hasRef(), refresh(), close().
Value timeout_ref(Vm& vm, Value self, ArgList) {
  if (auto id = load_id(vm, self)) vm.host()->set_timer_ref(*id, true);
  return self;
}
Value timeout_unref(Vm& vm, Value self, ArgList) {
  if (auto id = load_id(vm, self)) vm.host()->set_timer_ref(*id, false);
  return self;
}
Value timeout_has_ref(Vm& vm, Value self, ArgList) {
  auto id = load_id(vm, self);
  return Value::boolean(id && vm.host()->timer_has_ref(*id));
}
Value timeout_refresh(Vm& vm, Value self, ArgList) {
  if (auto id = load_id(vm, self)) vm.host()->refresh_timer(*id);
  return self;
}
Value timeout_close(Vm& vm, Value self, ArgList) {
  if (auto id = load_id(vm, self)) vm.host()->clear_timer(*id);
  return self;
}

}  // namespace

void install_timers(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Realm& realm = engine.realm();
  js::Symbol* id_symbol = vm.heap().make<js::Symbol>(Value(vm.string("looplab.id")));
  realm.keep_alive(Value(id_symbol));

  // Timeout and Immediate: plain prototypes whose constructor is named as node's classes are.
  js::Object* timeout_proto = vm.new_object();
  js::Object* immediate_proto = vm.new_object();
  realm.keep_alive(Value(timeout_proto));
  realm.keep_alive(Value(immediate_proto));
  auto with_slots = [&](js::NativeFunction* fn) {
    fn->slots() = {Value(id_symbol), Value(timeout_proto), Value(immediate_proto)};
    return fn;
  };
  auto constructor = [&](std::string_view name, js::Object* proto) {
    js::NativeFunction* fn = vm.new_native(
        name, 0, [](Vm& v, Value, ArgList) { return v.throw_type_error("Illegal constructor"); });
    fn->define(vm.key("prototype"), Value(proto), 0);
    proto->define(vm.key("constructor"), Value(fn), js::kMethodAttrs);
  };
  constructor("Timeout", timeout_proto);
  constructor("Immediate", immediate_proto);
  with_slots(vm.define_method(timeout_proto, "ref", timeout_ref, 0));
  with_slots(vm.define_method(timeout_proto, "unref", timeout_unref, 0));
  with_slots(vm.define_method(timeout_proto, "hasRef", timeout_has_ref, 0));
  // refresh() re-arms from now: a host call, like arming.
  js::NativeFunction* refresh = with_slots(vm.new_native("refresh", 0, timeout_refresh, true));
  timeout_proto->define(vm.key("refresh"), Value(refresh), js::kMethodAttrs);
  with_slots(vm.define_method(timeout_proto, "close", timeout_close, 0));
  with_slots(vm.define_method(timeout_proto, js::PropKey(realm.symbol_to_primitive), "[Symbol.toPrimitive]",
                              timeout_to_primitive, 1));
  // An unref'd immediate stops keeping the loop alive at once: host calls.
  immediate_proto->define(vm.key("ref"), Value(with_slots(vm.new_native("ref", 0, immediate_ref, true))),
                          js::kMethodAttrs);
  immediate_proto->define(
      vm.key("unref"), Value(with_slots(vm.new_native("unref", 0, immediate_unref, true))), js::kMethodAttrs);
  with_slots(vm.define_method(immediate_proto, "hasRef", immediate_has_ref, 0));

  struct Global {
    std::string_view name;
    int length;
    js::NativeFn fn;
  };
  for (const Global& global :
       {Global{"setTimeout", 2, set_timeout}, Global{"setInterval", 2, set_interval},
        Global{"clearTimeout", 1, clear_timer}, Global{"clearInterval", 1, clear_timer},
        Global{"setImmediate", 1, set_immediate}, Global{"clearImmediate", 1, clear_immediate},
        Global{"queueMicrotask", 1, queue_microtask}}) {
    // Host calls: each acts at its moment of the callback's virtual time.
    js::NativeFunction* fn = with_slots(vm.new_native(global.name, global.length, global.fn, true));
    realm.define_global(global.name, Value(fn));
  }
}

}  // namespace looplab::binding

namespace looplab::binding {

// lib/timers.js re-exports the globals; nothing of its own is native yet.
js::Object* make_timers_natives(js::Engine& engine) {
  return engine.vm().new_object();
}

}  // namespace looplab::binding
