// The abstract operations of ECMA-262 chapter 7: type conversion, equality, typeof.
//
// Those that may call user code (valueOf, toString, Symbol.toPrimitive) take the Vm and report a
// throw as documented in vm/vm.h: Value::exception(), nullptr or std::nullopt.
#pragma once

#include <optional>
#include <string>

#include "core/js/vm/vm.h"

namespace looplab::js {

enum class PreferredType : std::uint8_t { kDefault, kNumber, kString };

bool to_boolean(Value v);
// 7.1.1 ToPrimitive.
Value to_primitive(Vm& vm, Value v, PreferredType hint = PreferredType::kDefault);
std::optional<double> to_number(Vm& vm, Value v);
// ToNumber of a primitive that is not a symbol (never throws).
double primitive_to_number(Value v);
double string_to_number(const std::u16string& text);
String* to_string(Vm& vm, Value v);  // nullptr: threw
// ToString of a primitive that is not a symbol.
String* primitive_to_string(Vm& vm, Value v);
Object* to_object(Vm& vm, Value v);  // nullptr: threw (undefined / null)
std::optional<double> to_integer_or_infinity(Vm& vm, Value v);
std::optional<std::int32_t> to_int32(Vm& vm, Value v);
std::optional<std::uint32_t> to_uint32(Vm& vm, Value v);
std::int32_t double_to_int32(double d);
std::optional<double> to_length(Vm& vm, Value v);

// Number::toString(10) as JavaScript prints numbers: "1", "0.1", "1e+21", "-0" prints "0".
std::string number_to_string(double d);
std::u16string number_to_u16string(double d);

bool strict_equals(Value a, Value b);
bool same_value(Value a, Value b);       // Object.is
bool same_value_zero(Value a, Value b);  // Map keys, includes()
// 7.2.14 IsLooselyEqual (may call valueOf/toString): nullopt when it threw.
std::optional<bool> loose_equals(Vm& vm, Value a, Value b);

// "undefined", "object", "boolean", "number", "string", "symbol", "function".
const char* type_of(Value v);

}  // namespace looplab::js
