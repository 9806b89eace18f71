// Number, Boolean and the global number functions: JavaScript snippets run through the engine, compared with
// what node v20 prints for them (print(...) = console.log of the String of each argument). The expected texts
// were produced by running each snippet in node, not written by hand.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins number: number to string shortest round trip") {
  CHECK(
      run(R"JS(print(0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, -0, 1 / 3, 5e-324, 2 ** 53, 1.5e300, -1e-6, 100, 0.000001);
)JS") ==
      R"OUT(0.30000000000000004 1e+21 1e-7 123456789012345680000 0 0.3333333333333333 5e-324 9007199254740992 1.5e+300 -0.000001 100 0.000001
)OUT");
}

TEST_CASE("builtins number: toString radix") {
  CHECK(
      run(R"JS(print((255).toString(16), (0.5).toString(2), (-255.5).toString(16), (0.1).toString(3), Math.PI.toString(7), (1e21).toString(36), (35).toString(36), (-0).toString(2));
try { (1).toString(1); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(ff 0.1 -ff.8 0.0022002200220022002200220022002201 3.066365143203613411 5v1j4f4ds7c000 z 0
RangeError: toString() radix argument must be between 2 and 36
)OUT");
}

TEST_CASE("builtins number: toFixed") {
  CHECK(
      run(R"JS(print((2.5).toFixed(0), (1.005).toFixed(2), (-1.5).toFixed(0), (1e21).toFixed(2), (0).toFixed(2), (-0.0001).toFixed(2), (123.456).toFixed(10), (0.5).toFixed(), (1.45).toFixed(1), (999.995).toFixed(2));
try { (1).toFixed(101); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(3 1.00 -2 1e+21 0.00 -0.00 123.4560000000 1 1.4 1000.00
RangeError: toFixed() digits argument must be between 0 and 100
)OUT");
}

TEST_CASE("builtins number: toExponential and toPrecision") {
  CHECK(
      run(R"JS(print((123.456).toExponential(2), (0).toExponential(), (123456).toExponential(), (1.5).toExponential(0), (-0.00015).toExponential(1), (1).toExponential(3));
print((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1e21).toPrecision(3), (0).toPrecision(3), (1.45).toPrecision(2), (99.99).toPrecision(3), (0.0000001234).toPrecision(2), NaN.toPrecision(3));
try { (1).toPrecision(0); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(1.23e+2 0e+0 1.23456e+5 2e+0 -1.5e-4 1.000e+0
123.5 0.00012 1.2e+5 1.00e+21 0.00 1.4 100 1.2e-7 NaN
RangeError: toPrecision() argument must be between 1 and 100
)OUT");
}

TEST_CASE("builtins number: toLocaleString en-US") {
  CHECK(
      run(R"JS(print((1234567.891).toLocaleString(), (0.0005).toLocaleString(), (-1234.5).toLocaleString(), NaN.toLocaleString(), (1e21).toLocaleString(), Infinity.toLocaleString(), (1.0005).toLocaleString(), (999.9999).toLocaleString(), (12).toLocaleString());
)JS") == R"OUT(1,234,567.891 0.001 -1,234.5 NaN 1,000,000,000,000,000,000,000 ∞ 1.001 1,000 12
)OUT");
}

TEST_CASE("builtins number: parseInt") {
  CHECK(
      run(R"JS(print(parseInt('  0x1F'), parseInt('12px'), parseInt(''), parseInt('z', 36), parseInt('123', 1), parseInt('11', 2), parseInt('9007199254740993'), parseInt('0.0000005'), parseInt(0.0000005), parseInt('-12e3'), parseInt('0x'), parseInt('ff', 16), parseInt('0xff', 16), parseInt('08'));
)JS") == R"OUT(31 12 NaN 35 NaN 3 9007199254740992 0 5 -12 NaN 255 255 8
)OUT");
}

TEST_CASE("builtins number: parseFloat") {
  CHECK(
      run(R"JS(print(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e-3x'), parseFloat('Infinityx'), parseFloat('e5'), parseFloat('1e'), parseFloat('1e+'), parseFloat('  42  '), parseFloat('0x10'), Number.parseFloat === parseFloat);
)JS") == R"OUT(3.14 0.5 -0.0005 Infinity NaN 1 1 42 0 true
)OUT");
}

TEST_CASE("builtins number: Number conversion") {
  CHECK(
      run(R"JS(print(Number(''), Number(' 12 '), Number('0b101'), Number('0o17'), Number(null), Number(undefined), Number([5]), Number([1, 2]), Number('1_0'), Number(true), Number(new Date(5)), Number('-Infinity'));
print(typeof new Number(1), new Number(5) + 1, Number.prototype.valueOf.call(3));
try { Number.prototype.toString.call('x'); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(0 12 5 15 0 NaN 5 NaN NaN 1 5 -Infinity
object 6 3
TypeError: Number.prototype.toString requires that 'this' be a Number
)OUT");
}

TEST_CASE("builtins number: Number statics") {
  CHECK(
      run(R"JS(print(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
print(Number.isInteger(5.0), Number.isInteger('5'), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1), Number.isNaN('x'), isNaN('x'), isFinite('12'), Number.isFinite('12'), isNaN(undefined), isFinite(null));
)JS") ==
      R"OUT(9007199254740991 -9007199254740991 1.7976931348623157e+308 5e-324 2.220446049250313e-16 Infinity -Infinity NaN
true false false true false true true false true true
)OUT");
}

TEST_CASE("builtins number: Boolean") {
  CHECK(
      run(R"JS(print(Boolean(''), Boolean('0'), Boolean([]), Boolean(NaN), new Boolean(false) ? 'truthy' : 'falsy', typeof new Boolean(true), true.toString(), new Boolean(true).valueOf(), Object.prototype.toString.call(new Boolean(false)));
try { Boolean.prototype.toString.call(1); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(false true true false truthy object true true [object Boolean]
TypeError: Boolean.prototype.toString requires that 'this' be a Boolean
)OUT");
}
