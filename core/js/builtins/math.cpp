// Math: the constants and functions of 21.3.
//
// Math.random is deterministic: a SplitMix64 generator whose state lives in the Math.random
// function object itself (two 32-bit halves in its slots), so every engine has its own sequence
// and two engines never share state. The seed is the constant kRandomSeed below: the same
// script prints the same "random" numbers on every run, in the CLI, the browser and tests.
#include <cmath>
#include <cstdint>
#include <vector>

#include "core/js/builtins/builtins.h"
#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

constexpr std::uint64_t kRandomSeed = 0x4C6F6F706C616221ull;  // "Looplab!"

using Unary = double (*)(double);

// A native for a Math function of one number: ToNumber, then the C++ function.
template <Unary F>
Value unary(Vm& vm, Value, ArgList args) {
  auto x = to_number(vm, args[0]);
  if (!x) return Value::exception();
  return Value(F(*x));
}

double js_abs(double x) {
  return std::fabs(x);
}
double js_acos(double x) {
  return std::acos(x);
}
double js_acosh(double x) {
  return std::acosh(x);
}
double js_asin(double x) {
  return std::asin(x);
}
double js_asinh(double x) {
  return std::asinh(x);
}
double js_atan(double x) {
  return std::atan(x);
}
double js_atanh(double x) {
  return std::atanh(x);
}
// glibc's cbrt is not correctly rounded (cbrt(27) = 3.0000000000000004); V8's is exact there.
double js_cbrt(double x) {
  return static_cast<double>(std::cbrt(static_cast<long double>(x)));
}
double js_ceil(double x) {
  return std::ceil(x);
}
double js_cos(double x) {
  return std::cos(x);
}
double js_cosh(double x) {
  return std::cosh(x);
}
double js_exp(double x) {
  return std::exp(x);
}
double js_expm1(double x) {
  return std::expm1(x);
}
double js_floor(double x) {
  return std::floor(x);
}
double js_fround(double x) {
  return static_cast<double>(static_cast<float>(x));
}
double js_log(double x) {
  return std::log(x);
}
double js_log1p(double x) {
  return std::log1p(x);
}
double js_log10(double x) {
  return std::log10(x);
}
double js_log2(double x) {
  return std::log2(x);
}
double js_sin(double x) {
  return std::sin(x);
}
double js_sinh(double x) {
  return std::sinh(x);
}
double js_sqrt(double x) {
  return std::sqrt(x);
}
double js_tan(double x) {
  return std::tan(x);
}
double js_tanh(double x) {
  return std::tanh(x);
}
double js_trunc(double x) {
  return std::trunc(x);
}

double js_sign(double x) {
  if (std::isnan(x) || x == 0) return x;
  return x > 0 ? 1 : -1;
}

// 21.3.2.28 Math.round: halves round up (toward +Infinity); -0 and (-0.5, 0) give -0.
double js_round(double x) {
  if (!std::isfinite(x) || x == 0) return x;
  if (x < 0 && x >= -0.5) return -0.0;
  double r = std::floor(x);
  if (x - r >= 0.5) r += 1;
  return r;
}

double js_clz32(double x) {
  auto n = static_cast<std::uint32_t>(double_to_int32(x));
  if (n == 0) return 32;
  int count = 0;
  while ((n & 0x80000000u) == 0) {
    n <<= 1;
    ++count;
  }
  return count;
}

// 6.1.6.1.3 Number::exponentiate differs from C's pow for a base of ±1 with NaN/infinite
// exponents.
double js_pow(double base, double exponent) {
  if (std::isnan(exponent)) return NAN;
  if (exponent == 0) return 1;
  if ((base == 1 || base == -1) && std::isinf(exponent)) return NAN;
  return std::pow(base, exponent);
}

Value math_pow(Vm& vm, Value, ArgList args) {
  auto b = to_number(vm, args[0]);
  if (!b) return Value::exception();
  auto e = to_number(vm, args[1]);
  if (!e) return Value::exception();
  return Value(js_pow(*b, *e));
}

Value math_atan2(Vm& vm, Value, ArgList args) {
  auto y = to_number(vm, args[0]);
  if (!y) return Value::exception();
  auto x = to_number(vm, args[1]);
  if (!x) return Value::exception();
  return Value(std::atan2(*y, *x));
}

Value math_imul(Vm& vm, Value, ArgList args) {
  auto a = to_uint32(vm, args[0]);
  if (!a) return Value::exception();
  auto b = to_uint32(vm, args[1]);
  if (!b) return Value::exception();
  auto product = static_cast<std::uint32_t>(static_cast<std::uint64_t>(*a) * *b);
  return Value(static_cast<double>(static_cast<std::int32_t>(product)));
}

Value min_max(Vm& vm, ArgList args, bool is_max) {
  double result = is_max ? -INFINITY : INFINITY;
  bool nan = false;
  for (Value v : args) {
    auto n = to_number(vm, v);
    if (!n) return Value::exception();
    if (std::isnan(*n)) {
      nan = true;
      continue;
    }
    if (is_max) {
      if (*n > result || (*n == 0 && result == 0 && !std::signbit(*n))) result = *n;
    } else {
      if (*n < result || (*n == 0 && result == 0 && std::signbit(*n))) result = *n;
    }
  }
  return Value(nan ? NAN : result);
}

Value math_max(Vm& vm, Value, ArgList args) {
  return min_max(vm, args, true);
}
Value math_min(Vm& vm, Value, ArgList args) {
  return min_max(vm, args, false);
}

Value math_hypot(Vm& vm, Value, ArgList args) {
  std::vector<double> values;
  for (Value v : args) {
    auto n = to_number(vm, v);
    if (!n) return Value::exception();
    values.push_back(*n);
  }
  bool nan = false;
  for (double d : values) {
    if (std::isinf(d)) return Value(INFINITY);
    if (std::isnan(d)) nan = true;
  }
  if (nan) return Value(NAN);
  double largest = 0;
  for (double d : values) largest = std::max(largest, std::fabs(d));
  if (largest == 0) return Value(0.0);
  // Scaled sum with compensation, as V8 does, so hypot(3, 4) is exactly 5.
  double sum = 0, compensation = 0;
  for (double d : values) {
    double r = d / largest;
    double summand = r * r - compensation;
    double preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return Value(std::sqrt(sum) * largest);
}

Value math_random(Vm& vm, Value, ArgList) {
  NativeFunction* self = vm.current_native();
  auto& slots = self->slots();
  if (slots.size() < 2) return Value(0.0);
  std::uint64_t state = (static_cast<std::uint64_t>(slots[0].as_number()) << 32) |
                        static_cast<std::uint64_t>(slots[1].as_number());
  // SplitMix64.
  state += 0x9E3779B97F4A7C15ull;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  z ^= z >> 31;
  slots[0] = Value(static_cast<double>(state >> 32));
  slots[1] = Value(static_cast<double>(state & 0xFFFFFFFFull));
  return Value(static_cast<double>(z >> 11) * 0x1.0p-53);
}

}  // namespace

void install_math(Realm& realm) {
  Vm& vm = realm.vm();
  Object* math = vm.new_object();
  realm.define_global("Math", Value(math));
  auto constant = [&](const char* name, double v) { math->define(vm.key(name), Value(v), 0); };
  constant("E", 2.718281828459045);
  constant("LN10", 2.302585092994046);
  constant("LN2", 0.6931471805599453);
  constant("LOG10E", 0.4342944819032518);
  constant("LOG2E", 1.4426950408889634);
  constant("PI", 3.141592653589793);
  constant("SQRT1_2", 0.7071067811865476);
  constant("SQRT2", 1.4142135623730951);

  vm.define_method(math, "abs", unary<js_abs>, 1);
  vm.define_method(math, "acos", unary<js_acos>, 1);
  vm.define_method(math, "acosh", unary<js_acosh>, 1);
  vm.define_method(math, "asin", unary<js_asin>, 1);
  vm.define_method(math, "asinh", unary<js_asinh>, 1);
  vm.define_method(math, "atan", unary<js_atan>, 1);
  vm.define_method(math, "atanh", unary<js_atanh>, 1);
  vm.define_method(math, "atan2", math_atan2, 2);
  vm.define_method(math, "ceil", unary<js_ceil>, 1);
  vm.define_method(math, "cbrt", unary<js_cbrt>, 1);
  vm.define_method(math, "expm1", unary<js_expm1>, 1);
  vm.define_method(math, "clz32", unary<js_clz32>, 1);
  vm.define_method(math, "cos", unary<js_cos>, 1);
  vm.define_method(math, "cosh", unary<js_cosh>, 1);
  vm.define_method(math, "exp", unary<js_exp>, 1);
  vm.define_method(math, "floor", unary<js_floor>, 1);
  vm.define_method(math, "fround", unary<js_fround>, 1);
  vm.define_method(math, "hypot", math_hypot, 2);
  vm.define_method(math, "imul", math_imul, 2);
  vm.define_method(math, "log", unary<js_log>, 1);
  vm.define_method(math, "log1p", unary<js_log1p>, 1);
  vm.define_method(math, "log2", unary<js_log2>, 1);
  vm.define_method(math, "log10", unary<js_log10>, 1);
  vm.define_method(math, "max", math_max, 2);
  vm.define_method(math, "min", math_min, 2);
  vm.define_method(math, "pow", math_pow, 2);
  NativeFunction* random = vm.define_method(math, "random", math_random, 0);
  random->slots().push_back(Value(static_cast<double>(kRandomSeed >> 32)));
  random->slots().push_back(Value(static_cast<double>(kRandomSeed & 0xFFFFFFFFull)));
  vm.define_method(math, "round", unary<js_round>, 1);
  vm.define_method(math, "sign", unary<js_sign>, 1);
  vm.define_method(math, "sin", unary<js_sin>, 1);
  vm.define_method(math, "sinh", unary<js_sinh>, 1);
  vm.define_method(math, "sqrt", unary<js_sqrt>, 1);
  vm.define_method(math, "tan", unary<js_tan>, 1);
  vm.define_method(math, "tanh", unary<js_tanh>, 1);
  vm.define_method(math, "trunc", unary<js_trunc>, 1);
  math->define(PropKey(realm.symbol_to_string_tag), Value(vm.atom("Math")), kConfigurable);
}

}  // namespace looplab::js
