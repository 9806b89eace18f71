// Small helpers shared by the builtins helper's files (object, array, string, number, json,
// map_set, date): argument conversions that follow the spec's "relative index" rules, the
// length of an array-like, and ASCII strings.
#pragma once

#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js::builtins {

// LengthOfArrayLike (7.3.19): ToLength(Get(o, "length")); nullopt when it threw.
inline std::optional<double> length_of(Vm& vm, Object* o) {
  if (o->is_array()) return static_cast<double>(static_cast<ArrayObject*>(o)->length());
  Value len = o->get(vm, vm.key("length"));
  if (len.is_exception()) return std::nullopt;
  return to_length(vm, len);
}

// A relative index argument (slice, splice, at, fill...): negative counts from `length`, clamped
// to [0, length]. `fallback` is used when the argument is undefined.
inline std::optional<double> relative_index(Vm& vm, Value arg, double length, double fallback) {
  if (arg.is_undefined()) return fallback;
  auto n = to_integer_or_infinity(vm, arg);
  if (!n) return std::nullopt;
  if (*n < 0) return std::max(0.0, length + *n);
  return std::min(*n, length);
}

// The key for an index that may exceed 2^32-2 (then it is an ordinary string key).
inline PropKey index_key(Vm& vm, double index) {
  if (index >= 0 && index < 4294967295.0) return vm.index_key(static_cast<std::uint32_t>(index));
  return vm.key(number_to_string(index));
}

// Get(o, index) with a fast path for dense array elements.
inline Value get_index(Vm& vm, Object* o, double index) {
  if (o->is_array() && index < 4294967295.0) {
    Value v = static_cast<ArrayObject*>(o)->element(static_cast<std::uint32_t>(index));
    if (!v.is_hole()) return v;
  }
  return o->get(vm, index_key(vm, index));
}

inline String* ascii(Vm& vm, std::string_view s) {
  return vm.string(s);
}

inline std::u16string to_u16(std::string_view s) {
  return std::u16string(s.begin(), s.end());
}

// How V8 names a value in messages: "#<Object>", "1", "abc", "Symbol(x)".
std::string describe_for_error(Vm& vm, Value v);
// Throws V8's "x is not iterable (cannot read property Symbol(Symbol.iterator))".
Value not_iterable(Vm& vm, Value v);
// Runs the iteration protocol over `iterable`, calling body(value) for each value; body returns
// Value::exception() to stop with its throw (the iterator is closed). Returns undefined or
// exception.
Value iterate(Vm& vm, Value iterable, const std::function<Value(Value)>& body);

}  // namespace looplab::js::builtins
