// Map, Set, WeakMap and WeakSet: JavaScript snippets run through the engine, compared with what node v20
// prints for them (print(...) = console.log of the String of each argument). The expected texts were produced
// by running each snippet in node, not written by hand.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins map_set: Map basics and key equality") {
  CHECK(run(R"JS(const m = new Map([[1, 'number one'], ['1', 'string one']]);
m.set(NaN, 'nan').set(-0, 'zero');
print(m.size, m.get(1), m.get('1'), m.get(NaN), m.get(0), m.has(+0), m.has(-0), [...m.keys()].map((k) => Object.is(k, -0) ? '-0' : String(k)).join(','));
const k = {};
m.set(k, 'obj');
print(m.get({}), m.get(k), m.delete(k), m.delete(k), m.size);
)JS") == R"OUT(4 number one string one nan zero true true 1,1,NaN,0
undefined obj true false 4
)OUT");
}

TEST_CASE("builtins map_set: Map order updates and deletes") {
  CHECK(run(R"JS(const m = new Map([['b', 1], ['a', 2]]);
m.set('b', 3);
print([...m].join(' '));
m.delete('b');
m.set('b', 4);
print([...m.entries()].join(' '), [...m.values()].join(','), m[Symbol.iterator] === m.entries);
m.clear();
print(m.size, [...m].length);
)JS") == R"OUT(b,3 a,2
a,2 b,4 2,4 true
0 0
)OUT");
}

TEST_CASE("builtins map_set: Map iteration sees additions and skips deletions") {
  CHECK(run(R"JS(const m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const seen = [];
for (const [key] of m) {
  seen.push(key);
  if (key === 1) { m.delete(2); m.set(4, 'd'); }
}
print(seen.join(','));
const order = [];
m.forEach(function (v, key, map) { order.push(key + '=' + v + (map === m) + this.tag); if (key === 1) m.set(5, 'e'); }, { tag: '!' });
print(order.join(' '));
)JS") == R"OUT(1,3,4
1=atrue! 3=ctrue! 4=dtrue! 5=etrue!
)OUT");
}

TEST_CASE("builtins map_set: Set basics") {
  CHECK(run(R"JS(const s = new Set([1, 2, 2, '2', NaN, NaN, -0, 0]);
print(s.size, s.has(NaN), s.has(0), [...s].map(String).join(','), s.add(3) === s, s.delete(1), s.delete(1));
print([...s.entries()][0].join(':'), s.keys === s.values, s[Symbol.iterator] === s.values, [...new Set('hello')].join(''));
const out = [];
s.forEach((v, v2, set) => out.push(v === v2 && set === s));
print(out.every(Boolean), out.length);
)JS") == R"OUT(5 true true 1,2,2,NaN,0 true true false
2:2 true true helo
false 5
)OUT");
}

TEST_CASE("builtins map_set: constructor errors and receivers") {
  CHECK(run(R"JS(try { Map(); } catch (e) { print(e.name + ': ' + e.message); }
try { new Map(5); } catch (e) { print(e.name + ': ' + e.message); }
try { new Map({}); } catch (e) { print(e.name + ': ' + e.message); }
try { new Map([1]); } catch (e) { print(e.name + ': ' + e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { print(e.name + ': ' + e.message); }
try { Set.prototype.add.call(new Map(), 1); } catch (e) { print(e.name + ': ' + e.message); }
try { new Map().forEach(1); } catch (e) { print(e.name + ': ' + e.message); }
print(new Map(null).size, new Set(undefined).size, Object.prototype.toString.call(new Map()), String(new Set()));
)JS") == R"OUT(TypeError: Constructor Map requires 'new'
TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: Iterator value 1 is not an entry object
TypeError: Method Map.prototype.get called on incompatible receiver #<Object>
TypeError: Method Set.prototype.add called on incompatible receiver #<Map>
TypeError: number 1 is not a function
0 0 [object Map] [object Set]
)OUT");
}

TEST_CASE("builtins map_set: Map and Set iterators") {
  CHECK(run(R"JS(const it = new Map([['a', 1]]).entries();
print(Object.prototype.toString.call(it), JSON.stringify(it.next()), JSON.stringify(it.next()), it[Symbol.iterator]() === it);
const sit = new Set(['x']).values();
print(Object.prototype.toString.call(sit), JSON.stringify(sit.next()), sit.next().done);
)JS") == R"OUT([object Map Iterator] {"value":["a",1],"done":false} {"done":true} true
[object Set Iterator] {"value":"x","done":false} true
)OUT");
}

TEST_CASE("builtins map_set: WeakMap and WeakSet") {
  CHECK(run(R"JS(const wm = new WeakMap();
const k1 = {};
const k2 = function () {};
wm.set(k1, 'one').set(k2, 'two');
print(wm.get(k1), wm.get(k2), wm.has(k1), wm.has({}), wm.delete(k1), wm.has(k1), wm.get(1), wm.has(1), wm.delete(1));
try { wm.set(1, 1); } catch (e) { print(e.name + ': ' + e.message); }
try { wm.set('str', 1); } catch (e) { print(e.name + ': ' + e.message); }
const ws = new WeakSet([k1]);
print(ws.has(k1), ws.add(k2) === ws, ws.has(k2), ws.delete(k2), ws.has(k2), String(ws), String(wm));
try { ws.add(1); } catch (e) { print(e.name + ': ' + e.message); }
try { WeakMap(); } catch (e) { print(e.name + ': ' + e.message); }
const fromIter = new WeakMap([[k1, 'v']]);
print(fromIter.get(k1));
)JS") == R"OUT(one two true false true false undefined false false
TypeError: Invalid value used as weak map key
TypeError: Invalid value used as weak map key
true true true true false [object WeakSet] [object WeakMap]
TypeError: Invalid value used in weak set
TypeError: Constructor WeakMap requires 'new'
v
)OUT");
}
