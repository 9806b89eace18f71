// JSON.parse and JSON.stringify: JavaScript snippets run through the engine, compared with what node v20
// prints for them (print(...) = console.log of the String of each argument). The expected texts were produced
// by running each snippet in node, not written by hand.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins json: parse values") {
  CHECK(run(R"JS(const v = JSON.parse(' {"a":[1,2.5,-3e2,true,false,null],"b":{"c":"d\\u0041\\n"},"":0} ');
print(v.a.join('|'), v.b.c, JSON.stringify(Object.keys(v)), JSON.parse('"\\ud83d\\ude00"').length, JSON.parse('1E3'), JSON.parse('-0') === 0);
const dup = JSON.parse('{"x":1,"y":2,"x":3}');
print(JSON.stringify(dup), JSON.parse('{"__proto__":1}').__proto__);
)JS") == R"OUT(1|2.5|-300|true|false| dA
 ["a","b",""] 2 1000 true
{"x":3,"y":2} 1
)OUT");
}

TEST_CASE("builtins json: parse errors worded as V8") {
  CHECK(
      run(R"JS(const cases = ['{', '', '{"a":1,}', '[1,]', 'tru', '"abc', '{"a" 1}', '1 2', '"\\x"', '"a\nb"', '{a:1}', '01', '-', '1.', '1e', '[1 2]', '{"a":1 "b":2}', 'x', '"\\u12G4"', 'nul', 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, x, 16, 17, 18]', 'NaN', '[true, false, null, nulL]'];
for (const c of cases) {
  try { JSON.parse(c); print('parsed', c); } catch (e) { print(e.name + ': ' + e.message); }
}
try { JSON.parse(undefined); } catch (e) { print(e.name + ': ' + e.message); }
try { JSON.parse({}); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(SyntaxError: Expected property name or '}' in JSON at position 1
SyntaxError: Unexpected end of JSON input
SyntaxError: Expected double-quoted property name in JSON at position 7
SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
SyntaxError: Unexpected end of JSON input
SyntaxError: Unterminated string in JSON at position 4
SyntaxError: Expected ':' after property name in JSON at position 5
SyntaxError: Unexpected non-whitespace character after JSON at position 2
SyntaxError: Bad escaped character in JSON at position 2
SyntaxError: Bad control character in string literal in JSON at position 2
SyntaxError: Expected property name or '}' in JSON at position 1
SyntaxError: Unexpected number in JSON at position 1
SyntaxError: No number after minus sign in JSON at position 1
SyntaxError: Unterminated fractional number in JSON at position 2
SyntaxError: Exponent part is missing a number in JSON at position 2
SyntaxError: Expected ',' or ']' after array element in JSON at position 3
SyntaxError: Expected ',' or '}' after property value in JSON at position 7
SyntaxError: Unexpected token 'x', "x" is not valid JSON
SyntaxError: Bad Unicode escape in JSON at position 5
SyntaxError: Unexpected end of JSON input
SyntaxError: Unexpected token 'a', "abcdefghij"... is not valid JSON
SyntaxError: Unexpected token 'x', ...", 13, 14, x, 16, 17,"... is not valid JSON
SyntaxError: "NaN" is not valid JSON
SyntaxError: Unexpected token 'L', ..." null, nulL]" is not valid JSON
SyntaxError: "undefined" is not valid JSON
SyntaxError: "[object Object]" is not valid JSON
)OUT");
}

TEST_CASE("builtins json: parse with reviver") {
  CHECK(
      run(R"JS(print(JSON.stringify(JSON.parse('{"a":[1,{"b":2}],"c":3}', function (k, v) { return typeof v === 'number' ? v * 10 : v; })));
const r = JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v));
print(r.length, 1 in r);
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', function (k, v) { order.push(k === '' ? '(root)' : k); return v; });
print(order.join(' '));
)JS") == R"OUT({"a":[10,{"b":20}],"c":30}
3 false
y x 0 z (root)
)OUT");
}

TEST_CASE("builtins json: stringify basics") {
  CHECK(
      run(R"JS(print(JSON.stringify({ a: [1, { b: 2 }], c: 'x', d: undefined, e: () => 1, f: Symbol() }), JSON.stringify([undefined, function () {}, Symbol()]));
print(JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(undefined), JSON.stringify(null), JSON.stringify(new Number(3)), JSON.stringify(new String('s')), JSON.stringify(Object(false)), JSON.stringify({}), JSON.stringify([]));
print(JSON.stringify('\u2028\ud800"\\\n\u0001\u001f\t'), JSON.stringify('\ud83d\ude00'), JSON.stringify({ [Symbol('s')]: 1, k: 2 }));
)JS") == R"OUT({"a":[1,{"b":2}],"c":"x"} [null,null,null]
null 0 1e+21 undefined null 3 "s" false {} []
" \ud800\"\\\n\u0001\u001f\t" "😀" {"k":2}
)OUT");
}

TEST_CASE("builtins json: stringify replacer and indentation") {
  CHECK(
      run(R"JS(print(JSON.stringify({ a: 1, b: 2, c: { a: 3, b: 4 } }, ['b', 'a']), JSON.stringify({ a: 1, b: 'x' }, (k, v) => (typeof v === 'number' ? v + 1 : v)));
print(JSON.stringify({ a: [1, [2, {}], []], b: {} }, null, 2));
print(JSON.stringify([1, [2]], null, '--'), JSON.stringify({ a: 1 }, null, 20), JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'), JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, new Number(1)));
)JS") == R"OUT({"b":2,"a":1} {"a":2,"b":"x"}
{
  "a": [
    1,
    [
      2,
      {}
    ],
    []
  ],
  "b": {}
}
[
--1,
--[
----2
--]
] {
          "a": 1
} {
abcdefghij"a": 1
} {"a":1} {
 "a": 1
}
)OUT");
}

TEST_CASE("builtins json: stringify toJSON and dates") {
  CHECK(
      run(R"JS(print(JSON.stringify({ d: new Date(0), t: { toJSON(key) { return 'key=' + key; } } }), JSON.stringify(new Date(NaN)), JSON.stringify([{ toJSON() { return undefined; } }]));
)JS") == R"OUT({"d":"1970-01-01T00:00:00.000Z","t":"key=t"} null [null]
)OUT");
}

TEST_CASE("builtins json: stringify cycles worded as V8") {
  CHECK(
      run(R"JS(const tryIt = (v) => { try { JSON.stringify(v); } catch (e) { print(e.name + ': ' + e.message); } };
const o = { a: { b: {} } };
o.a.b.c = o;
tryIt(o);
const arr = [1];
arr.push(arr);
tryIt(arr);
class Foo { constructor() { this.self = this; } }
tryIt({ x: new Foo() });
const deep = {};
let cur = deep;
for (let i = 0; i < 5; i++) { cur['k' + i] = {}; cur = cur['k' + i]; }
cur.back = deep;
tryIt(deep);
const shared = {};
print(JSON.stringify({ a: shared, b: shared }));
)JS") == R"OUT(TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    |     property 'a' -> object with constructor 'Object'
    |     property 'b' -> object with constructor 'Object'
    --- property 'c' closes the circle
TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Array'
    --- index 1 closes the circle
TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Foo'
    --- property 'self' closes the circle
TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    |     property 'k0' -> object with constructor 'Object'
    |     property 'k1' -> object with constructor 'Object'
    |     ...
    |     property 'k4' -> object with constructor 'Object'
    --- property 'back' closes the circle
{"a":{},"b":{}}
)OUT");
}
