// Object, Object.prototype and Reflect: JavaScript snippets run through the engine, compared with what node
// v20 prints for them (print(...) = console.log of the String of each argument). The expected texts were
// produced by running each snippet in node, not written by hand.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins object: keys values entries in property order") {
  CHECK(run(R"JS(const o = { b: 1, a: 2, 10: 'ten', 2: 'two', [Symbol('s')]: 3 };
print(JSON.stringify(Object.keys(o)), JSON.stringify(Object.values(o)), JSON.stringify(Object.entries(o)));
print(JSON.stringify(Object.keys('ab')), JSON.stringify(Object.keys([5, 6])));
try { Object.keys(null); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(["2","10","b","a"] ["two","ten",1,2] [["2","two"],["10","ten"],["b",1],["a",2]]
["0","1"] ["0","1"]
TypeError: Cannot convert undefined or null to object
)OUT");
}

TEST_CASE("builtins object: fromEntries and assign") {
  CHECK(
      run(R"JS(print(JSON.stringify(Object.fromEntries([['a', 1], ['b', 2]])), JSON.stringify(Object.fromEntries(new Map([['x', 1]]))));
try { Object.fromEntries([1]); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.fromEntries(1); } catch (e) { print(e.name + ': ' + e.message); }
const t = Object.assign({ a: 1 }, null, { b: 2 }, 'xy', undefined, { a: 3 });
print(JSON.stringify(t));
)JS") == R"OUT({"a":1,"b":2} {"x":1}
TypeError: Iterator value 1 is not an entry object
TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
{"0":"x","1":"y","a":3,"b":2}
)OUT");
}

TEST_CASE("builtins object: freeze seal and preventExtensions") {
  CHECK(run(R"JS(const f = Object.freeze({ a: 1, nested: { b: 2 } });
print(Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f), Object.isFrozen(f.nested));
(function () { 'use strict'; try { f.a = 2; } catch (e) { print(e.name + ': ' + e.message); } })();
f.nested.b = 3;
print(f.a, f.nested.b);
const s = Object.seal({ x: 1 });
s.x = 2;
print(s.x, delete s.x, Object.isSealed(s), Object.isFrozen(s));
print(Object.isFrozen(1), Object.isFrozen(Object.preventExtensions({})), Object.isSealed(Object.preventExtensions({ a: 1 })));
print(Object.isFrozen(Object.freeze([1, 2])), Object.isFrozen([]));
)JS") == R"OUT(true true false false
TypeError: Cannot assign to read only property 'a' of object '#<Object>'
1 3
2 false true false
true true false
true false
)OUT");
}

TEST_CASE("builtins object: create with properties") {
  CHECK(run(R"JS(const proto = { hello() { return 'hi ' + this.name; } };
const o = Object.create(proto, { name: { value: 'Ann', enumerable: true }, hidden: { value: 1 } });
print(o.hello(), Object.keys(o), Object.getPrototypeOf(o) === proto, o.hidden);
const n = Object.create(null);
print(Object.getPrototypeOf(n), typeof n.toString);
try { Object.create(1); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(hi Ann name true 1
null undefined
TypeError: Object prototype may only be an Object or null: 1
)OUT");
}

TEST_CASE("builtins object: defineProperty partial descriptors and errors") {
  CHECK(run(R"JS(const o = {};
Object.defineProperty(o, 'x', { value: 1 });
print(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'x')));
Object.defineProperty(o, 'y', { value: 1, writable: true, configurable: true });
Object.defineProperty(o, 'y', { enumerable: true });
print(JSON.stringify(Object.getOwnPropertyDescriptor(o, 'y')), Object.keys(o));
Object.defineProperty(o, 'g', { get() { return 42; }, configurable: true });
print(o.g, typeof Object.getOwnPropertyDescriptor(o, 'g').get, Object.getOwnPropertyDescriptor(o, 'g').set);
Object.defineProperty(o, 'g', { value: 'now data' });
print(o.g, Object.getOwnPropertyDescriptor(o, 'g').writable);
try { Object.defineProperty(o, 'x', { value: 2 }); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.defineProperty(1, 'x', {}); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.defineProperty({}, 'x', 1); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.defineProperty({}, 'x', { get: 1 }); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.defineProperty({}, 'x', { get() {}, value: 1 }); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.defineProperty(Object.preventExtensions({}), 'y', { value: 2 }); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT({"value":1,"writable":false,"enumerable":false,"configurable":false}
{"value":1,"writable":true,"enumerable":true,"configurable":true} y
42 function undefined
now data false
TypeError: Cannot redefine property: x
TypeError: Object.defineProperty called on non-object
TypeError: Property description must be an object: 1
TypeError: Getter must be a function: 1
TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>
TypeError: Cannot define property y, object is not extensible
)OUT");
}

TEST_CASE("builtins object: defineProperties and getOwnPropertyDescriptors") {
  CHECK(
      run(R"JS(const o = Object.defineProperties({}, { a: { value: 1, enumerable: true }, b: { get() { return 2; } } });
const d = Object.getOwnPropertyDescriptors(o);
print(Object.keys(d), d.a.value, d.a.writable, typeof d.b.get, d.b.enumerable);
)JS") == R"OUT(a,b 1 false function false
)OUT");
}

TEST_CASE("builtins object: getOwnPropertyNames and Symbols") {
  CHECK(run(R"JS(const s = Symbol('k');
const o = { b: 1, [s]: 2, a: 3 };
Object.defineProperty(o, 'hidden', { value: 4 });
print(Object.getOwnPropertyNames(o), Object.getOwnPropertySymbols(o).length, String(Object.getOwnPropertySymbols(o)[0]));
print(Object.getOwnPropertyNames([1, 2]), Object.getOwnPropertyNames('ab'));
)JS") == R"OUT(b,a,hidden 1 Symbol(k)
0,1,length 0,1,length
)OUT");
}

TEST_CASE("builtins object: prototypes") {
  CHECK(run(R"JS(const a = {};
const b = Object.create(a);
print(Object.getPrototypeOf(b) === a, a.isPrototypeOf(b), Object.prototype.isPrototypeOf(b), b.isPrototypeOf(a));
try { Object.setPrototypeOf(a, b); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.setPrototypeOf({}, 1); } catch (e) { print(e.name + ': ' + e.message); }
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { print(e.name + ': ' + e.message); }
print(Object.setPrototypeOf(1, null), Object.getPrototypeOf('x') === String.prototype);
const c = {};
c.__proto__ = a;
print(Object.getPrototypeOf(c) === a, c.__proto__ === a, ({}).__proto__ === Object.prototype);
)JS") == R"OUT(true true true false
TypeError: Cyclic __proto__ value
TypeError: #<Object> is not extensible
TypeError: Object prototype may only be an Object or null: 1
TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set
1 true
true true true
)OUT");
}

TEST_CASE("builtins object: is and hasOwn") {
  CHECK(run(R"JS(print(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'), Object.is({}, {}));
print(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'toString'), Object.hasOwn([1], 0), Object.hasOwn([1], 'length'));
)JS") == R"OUT(true false true false
true false true true
)OUT");
}

TEST_CASE("builtins object: prototype methods") {
  CHECK(run(R"JS(const o = { a: 1 };
print(o.hasOwnProperty('a'), o.hasOwnProperty('b'), o.propertyIsEnumerable('a'), [1].propertyIsEnumerable('length'));
print(o.valueOf() === o, o.toLocaleString(), typeof Object.prototype.valueOf.call(1));
try { Object.prototype.hasOwnProperty.call(null, 'x'); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(true false true false
true [object Object] object
TypeError: Cannot convert undefined or null to object
)OUT");
}

TEST_CASE("builtins object: toString tags") {
  CHECK(
      run(R"JS(const ts = (v) => Object.prototype.toString.call(v);
print(ts([]), ts(null), ts(undefined), ts(1), ts('s'), ts(true), ts(() => 1), ts(new Error('x')), ts(new Date(0)));
print(ts(new Map()), ts(new Set()), ts(Symbol()), ts(Promise.resolve()), ts(Math), ts(JSON), ts({ [Symbol.toStringTag]: 'Custom' }));
print(ts(function () { return arguments; }()), String({}), `${[1, [2, 3]]}`);
)JS") ==
      R"OUT([object Array] [object Null] [object Undefined] [object Number] [object String] [object Boolean] [object Function] [object Error] [object Date]
[object Map] [object Set] [object Symbol] [object Promise] [object Math] [object JSON] [object Custom]
[object Arguments] [object Object] 1,2,3
)OUT");
}

TEST_CASE("builtins object: Reflect basics") {
  CHECK(run(R"JS(const o = { b: 1, a: 2, [Symbol('s')]: 3 };
print(Reflect.ownKeys(o).length, Reflect.has(o, 'a'), Reflect.get(o, 'b'), Reflect.set(o, 'c', 4), o.c);
const frozen = Object.freeze({ x: 1 });
print(Reflect.set(frozen, 'x', 2), Reflect.defineProperty(frozen, 'y', { value: 1 }), Reflect.deleteProperty(frozen, 'x'));
print(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.getPrototypeOf([]) === Array.prototype);
class P { constructor(a, b) { this.sum = a + b; } }
print(Reflect.construct(P, [1, 2]).sum, Reflect.get({ get w() { return this.n; } }, 'w', { n: 'recv' }));
try { Reflect.get(1, 'x'); } catch (e) { print(e.name + ': ' + e.message); }
)JS") == R"OUT(3 true 1 true 4
false false false
3 true
3 recv
TypeError: Reflect.get called on non-object
)OUT");
}
