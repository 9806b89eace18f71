// Math: JavaScript snippets run through the engine, compared with what node v20 prints
// for them (print(...) = console.log of the String of each argument). The expected texts were
// produced by running each snippet in node, not written by hand.
// Math.random is deterministic in Looplab: see the hand-written case at the end (node cannot referee it).
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins math: rounding") {
  CHECK(
      run(R"JS(print(Math.round(2.5), Math.round(-2.5), Math.round(2.4), 1 / Math.round(-0.4), Math.round(0.49999999999999994), Math.floor(-1.5), Math.ceil(-1.5), 1 / Math.ceil(-0.5), Math.trunc(-4.9), Math.sign(-3), Math.sign('7'));
)JS") == R"OUT(3 -2 2 -Infinity 0 -2 -1 -Infinity -4 -1 1
)OUT");
}

TEST_CASE("builtins math: min and max") {
  CHECK(
      run(R"JS(print(Math.max(), Math.min(), Math.max(1, 'a'), Math.max(1, null), 1 / Math.min(0, -0), 1 / Math.max(-0, 0), Math.max(3, 1, 2), Math.min(...[4, 2, 8]), Math.max(NaN, 1));
)JS") == R"OUT(-Infinity Infinity NaN 1 -Infinity Infinity 3 2 NaN
)OUT");
}

TEST_CASE("builtins math: powers and roots") {
  CHECK(
      run(R"JS(print(Math.pow(2, 10), Math.pow(-8, 1 / 3), Math.sqrt(16), Math.sqrt(-1), Math.cbrt(27), Math.cbrt(-8), Math.pow(1, Infinity), Math.pow(NaN, 0), 2 ** -1, Math.hypot(3, 4), Math.hypot(), Math.hypot(1, NaN, Infinity));
)JS") == R"OUT(1024 NaN 4 NaN 3 -2 NaN 1 0.5 5 0 Infinity
)OUT");
}

TEST_CASE("builtins math: integer helpers") {
  CHECK(
      run(R"JS(print(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.fround(5.5), Math.fround(5.05), Math.abs(-7.5), Math.abs('-1'));
)JS") == R"OUT(31 32 0 12 -5 5.5 5.050000190734863 7.5 1
)OUT");
}

TEST_CASE("builtins math: logs and trigonometry") {
  CHECK(
      run(R"JS(print(Math.log(Math.E), Math.log2(8), Math.log10(1000), Math.log1p(0), Math.exp(0), Math.expm1(0), Math.sin(0), Math.cos(0), Math.atan2(1, 1) === Math.PI / 4, Math.atan2(0, -0) === Math.PI);
)JS") == R"OUT(1 3 3 0 1 0 0 1 true true
)OUT");
}

TEST_CASE("builtins math: constants") {
  CHECK(
      run(R"JS(print(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2, String(Math));
)JS") ==
      R"OUT(3.141592653589793 2.718281828459045 0.6931471805599453 2.302585092994046 1.4426950408889634 0.4342944819032518 1.4142135623730951 0.7071067811865476 [object Math]
)OUT");
}

// Math.random: a seeded generator per engine (math.cpp), so two runs print the same numbers.
TEST_CASE("builtins math: random is deterministic and in range") {
  const char* js = R"JS(
const xs = [];
for (let i = 0; i < 1000; i++) xs.push(Math.random());
print(xs.every((x) => x >= 0 && x < 1), new Set(xs).size, xs.slice(0, 3).join(' '));
)JS";
  std::string first = run(js);
  CHECK(first.rfind("true 1000 ", 0) == 0);
  CHECK(run(js) == first);
}
