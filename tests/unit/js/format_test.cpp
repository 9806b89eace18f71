// util.format as console.log uses it: placeholders, the remaining arguments, and a first
// argument that is not a string. Every expected text below was printed by node v20 for the same
// snippet.
#include "core/js/inspect/format.h"

#include <string>

#include "doctest/doctest.h"
#include "inspect_harness.h"

using looplab::js::testing::console_output;
using namespace looplab::js;

TEST_CASE("format: a toString that throws makes format fail with the exception pending") {
  Engine engine;
  Vm& vm = engine.vm();
  auto thrower = [](Vm& v, Value, ArgList) { return v.throw_type_error("nope"); };
  Object* o = vm.new_object();
  o->define(vm.key("toString"), Value(vm.new_native("toString", 0, thrower)));
  Value args[2] = {Value(vm.string("%s")), Value(o)};
  CHECK(!format_log_args(vm, ArgList(args, 2)).has_value());
  CHECK(vm.has_exception());
}

TEST_CASE("format: util.format as a native function") {
  Engine engine;
  Vm& vm = engine.vm();
  // util.format('%d-%s', 7, 'x', [1])
  Value args[4] = {Value(vm.string("%d-%s")), Value(7), Value(vm.string("x")),
                   Value(vm.new_array({Value(1)}))};
  Value r = util_format_native(vm, Value::undefined(), ArgList(args, 4));
  REQUIRE(r.is_string());
  CHECK(r.as_string()->to_utf8() == "7-x [ 1 ]");
}

TEST_CASE("format: a single string prints as it is") {
  CHECK(console_output(R"JS(console.log('plain %s text %d');
console.log('100%');)JS") ==
        R"OUT(plain %s text %d
100%
)OUT");
}

TEST_CASE("format: %s prints strings and numbers and String() of other primitives") {
  CHECK(console_output(R"JS(console.log('%s|%s|%s|%s|%s|%s', 'str', 42, -0, undefined, null, Symbol('s'));
console.log('%s', true, 'extra');)JS") ==
        R"OUT(str|42|-0|undefined|null|Symbol(s)
true extra
)OUT");
}

TEST_CASE("format: %s inspects objects whose toString is built in") {
  CHECK(console_output(R"JS(console.log('%s', { a: 1, b: { c: { d: 1 } } });
console.log('%s', [1, [2, [3]]]);
class Foo { constructor() { this.x = 1; } }
console.log('%s', new Foo());
console.log('%s', Object.create(null));
console.log('%s', function f() {});)JS") ==
        R"OUT({ a: 1, b: [Object] }
[ 1, [Array] ]
Foo { x: 1 }
[Object: null prototype] {}
function f() {}
)OUT");
}

TEST_CASE("format: %s calls a user-defined toString") {
  CHECK(console_output(R"JS(console.log('%s', { toString() { return 'custom'; } });
class T { toString() { return 'from class'; } }
console.log('%s and %s', new T(), [new T()]);
console.log('%s', { [Symbol.toPrimitive]() { return 'prim'; } });)JS") ==
        R"OUT(custom
from class and [ T {} ]
prim
)OUT");
}

TEST_CASE("format: %s of an error prints its stack") {
  CHECK(console_output(R"JS(const e = new Error('boom'); e.stack = 'Error: boom\n    at f (/a.js:1:1)';
console.log('%s', e);)JS") ==
        R"OUT(Error: boom
    at f (/a.js:1:1)
)OUT");
}

TEST_CASE("format: %d converts to a number") {
  CHECK(console_output(R"JS(console.log('%d %d %d %d %d %d', 42, '42', '4.5abc', -0, {}, [7]);
console.log('%d', Symbol('s'));
console.log('%d %d', true, null);)JS") ==
        R"OUT(42 42 NaN -0 NaN 7
NaN
1 0
)OUT");
}

TEST_CASE("format: %i parses an integer") {
  CHECK(console_output(R"JS(console.log('%i %i %i %i %i', 42.9, '-7.5', '0x1f', 'abc', '  12px');
console.log('%i', Symbol('s'));)JS") ==
        R"OUT(42 -7 31 NaN 12
NaN
)OUT");
}

TEST_CASE("format: %f parses a float") {
  CHECK(console_output(R"JS(console.log('%f %f %f %f %f', '3.5abc', '1e3', '.5', 'Infinity', '-.5e-1x');
console.log('%f %f', 'abc', Symbol('s'));)JS") ==
        R"OUT(3.5 1000 0.5 Infinity -0.05
NaN NaN
)OUT");
}

TEST_CASE("format: %o inspects with hidden properties and depth 4") {
  CHECK(console_output(R"JS(console.log('%o', { a: [1, 2], b: { c: { d: { e: { f: 1 } } } } });
console.log('%o', [1, 'a']);)JS") ==
        R"OUT({
  a: [ 1, 2, [length]: 2 ],
  b: {
    c: { d: { e: { f: 1 } } }
  }
}
[ 1, 'a', [length]: 2 ]
)OUT");
}

TEST_CASE("format: %O inspects with the default options") {
  CHECK(console_output(R"JS(console.log('%O', { b: { c: { d: { e: 1 } } } });
console.log('%O', 'str');)JS") ==
        R"OUT({ b: { c: { d: [Object] } } }
'str'
)OUT");
}

TEST_CASE("format: %c consumes an argument and prints nothing") {
  CHECK(
      console_output(R"JS(console.log('%cstyled%c text', 'color: red', 'font-weight: bold', 'extra');)JS") ==
      R"OUT(styled text extra
)OUT");
}

TEST_CASE("format: %% prints a percent sign") {
  CHECK(console_output(R"JS(console.log('100%% sure %s', 'yes');
console.log('%%', 1);
console.log('%% %s');)JS") ==
        R"OUT(100% sure yes
% 1
%% %s
)OUT");
}

TEST_CASE("format: unknown placeholders and a trailing percent stay as they are") {
  CHECK(console_output(R"JS(console.log('%x %s %', 'a', 'b');
console.log('50% off', 1);
console.log('%s', 'a', '%s');)JS") ==
        R"OUT(%x a % b
50% off 1
a %s
)OUT");
}

TEST_CASE("format: placeholders without arguments stay as they are") {
  CHECK(console_output(R"JS(console.log('%s %d %i', 'only');)JS") ==
        R"OUT(only %d %i
)OUT");
}

TEST_CASE("format: remaining arguments are joined by spaces, strings raw") {
  CHECK(console_output(R"JS(console.log('%s:', 'label', 'raw string', { a: 1 }, [1], 2, undefined);)JS") ==
        R"OUT(label: raw string { a: 1 } [ 1 ] 2 undefined
)OUT");
}

TEST_CASE("format: a first argument that is not a string inspects everything") {
  CHECK(console_output(R"JS(console.log(1, 'a', '%s', { b: 'c' });
console.log({ a: 1 }, 'text');
console.log(null, undefined);)JS") ==
        R"OUT(1 a %s { b: 'c' }
{ a: 1 } text
null undefined
)OUT");
}

TEST_CASE("format: no arguments print an empty line") {
  CHECK(console_output(R"JS(console.log();
console.log('');)JS") ==
        R"OUT(

)OUT");
}

TEST_CASE("format: %j prints JSON and [Circular] for cycles") {
  CHECK(console_output(R"JS(console.log('%j', { a: 1, b: [1, 2], c: 'x' });
const circ = { a: 1 }; circ.me = circ; console.log('%j', circ);
console.log('%j %j %j', undefined, 'str', [function () {}]);
console.log('%j', { toJSON() { return 'custom'; } });)JS") ==
        R"OUT({"a":1,"b":[1,2],"c":"x"}
[Circular]
undefined "str" [null]
"custom"
)OUT");
}

TEST_CASE("format: %s of Map, Set, Date and boxed values") {
  CHECK(console_output(R"JS(console.log('%s|%s|%s', new Map([[1, 2]]), new Set([1]), new Date(0));
console.log('%s', new Number(5), new String('s'));)JS") ==
        R"OUT(Map(1) { 1 => 2 }|Set(1) { 1 }|1970-01-01T00:00:00.000Z
[Number: 5] [String: 's']
)OUT");
}
