// The compiler and the interpreter, end to end: JavaScript source in, printed lines out. Every
// expected output was printed by node v20 for the same script, with
// print = (...a) => console.log(a.map(String).join(" ")) (tests/unit/js/js_harness.h).
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("vm: arithmetic and string concatenation") {
  CHECK(run(R"JS(print(1 + 2, 'a' + 1, 7 / 2, 2 ** 10, -7 % 3, 1 / 0, 0.1 + 0.2, '3' * '4', 1 - 'x'))JS") ==
        R"JS(3 a1 3.5 1024 -1 Infinity 0.30000000000000004 12 NaN
)JS");
}

TEST_CASE("vm: bitwise and shift operators") {
  CHECK(run(R"JS(print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 3, -16 >> 2, -16 >>> 28, 2 ** 32 | 0))JS") ==
        R"JS(1 7 6 -6 8 -4 15 0
)JS");
}

TEST_CASE("vm: equality and comparison") {
  CHECK(
      run(R"JS(print(1 == '1', 1 === '1', null == undefined, null === undefined, NaN == NaN, 'b' > 'a', '10' < '9', null >= 0, undefined == 0, [1] == 1))JS") ==
      R"JS(true false true false false true true true false true
)JS");
}

TEST_CASE("vm: number to string") {
  CHECK(
      run(R"JS(print(1e21, 1e-7, 123456789012345680000, -0, 2 ** 53, 0.000001, 1/3, -1.5e-10, 100, 1e300 * 10))JS") ==
      R"JS(1e+21 1e-7 123456789012345680000 0 9007199254740992 0.000001 0.3333333333333333 -1.5e-10 100 1e+301
)JS");
}

TEST_CASE("vm: typeof") {
  CHECK(
      run(R"JS(let a = 1; print(typeof a, typeof 'x', typeof undefined, typeof null, typeof {}, typeof print, typeof nope, typeof Symbol(), typeof class {}))JS") ==
      R"JS(number string undefined object object function undefined symbol function
)JS");
}

TEST_CASE("vm: let const var and blocks") {
  CHECK(
      run(R"JS(let a = 1; { let a = 2; print(a); } print(a); var v = 1; { var v = 2; } print(v); const c = { x: 1 }; c.x = 2; print(c.x);)JS") ==
      R"JS(2
1
2
2
)JS");
}

TEST_CASE("vm: temporal dead zone") {
  CHECK(run(R"JS(try { x; let x = 1; } catch (e) { print(e.name + ': ' + e.message); }
function f() { return y; } try { f(); } catch (e) { print(e.message); } let y = 2; print(f());)JS") ==
        R"JS(ReferenceError: Cannot access 'x' before initialization
Cannot access 'y' before initialization
2
)JS");
}

TEST_CASE("vm: assignment to const") {
  CHECK(
      run(R"JS(const q = 1; try { q = 2; } catch (e) { print(e.name + ': ' + e.message); } try { q++; } catch (e) { print(e.message); })JS") ==
      R"JS(TypeError: Assignment to constant variable.
Assignment to constant variable.
)JS");
}

TEST_CASE("vm: loops with break and continue") {
  CHECK(
      run(R"JS(let s = 0; for (var j = 0; j < 10; j++) { if (j === 5) continue; if (j === 8) break; s += j; } print(s);
let k = 0; while (k < 5) k++; print(k); do { k--; } while (k > 2); print(k);)JS") ==
      R"JS(23
5
2
)JS");
}

TEST_CASE("vm: labelled break and continue") {
  CHECK(
      run(R"JS(outer: for (let x = 0; x < 3; x++) { for (let y = 0; y < 3; y++) { if (y == 1) continue outer; if (x == 2) break outer; print(x, y); } }
lbl: { print('in'); break lbl; print('never'); } print('out');)JS") ==
      R"JS(0 0
1 0
in
out
)JS");
}

TEST_CASE("vm: switch with fallthrough and default") {
  CHECK(
      run(R"JS(for (const v of [1, 3, 'z']) { switch (v) { case 1: print('one'); case 3: print('three'); break; default: print('default', v); } })JS") ==
      R"JS(one
three
three
default z
)JS");
}

TEST_CASE("vm: closures keep their variables") {
  CHECK(
      run(R"JS(function counter() { let c = 0; return { inc: () => ++c, get: () => c }; } const a = counter(), b = counter(); a.inc(); a.inc(); b.inc(); print(a.get(), b.get());)JS") ==
      R"JS(2 1
)JS");
}

TEST_CASE("vm: per-iteration let bindings in for loops") {
  CHECK(
      run(R"JS(const f = []; for (let i = 0; i < 3; i++) f.push(() => i); const g = []; for (var j = 0; j < 3; j++) g.push(() => j); print(f[0](), f[1](), f[2](), g[0](), g[2]());)JS") ==
      R"JS(0 1 2 3 3
)JS");
}

TEST_CASE("vm: function declarations are hoisted") {
  CHECK(
      run(R"JS(print(h()); function h() { return 'hoisted'; } var late = 'v'; print(typeof late2); var late2;)JS") ==
      R"JS(hoisted
undefined
)JS");
}

TEST_CASE("vm: default and rest parameters and arguments") {
  CHECK(
      run(R"JS(function d(a, b = a + 1, ...rest) { return [a, b, rest.length, arguments.length].join(','); } print(d(1), d(1, 5, 7, 8), d.length);
function args() { return arguments.length + ':' + arguments[1]; } print(args('a', 'b', 'c'));)JS") ==
      R"JS(1,2,0,1 1,5,2,4 1
3:b
)JS");
}

TEST_CASE("vm: named function expressions and names") {
  CHECK(
      run(R"JS(const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); }; const arrow = () => 1; const o = { m() {}, k: function () {} }; print(fact(5), fact.name, arrow.name, o.m.name, o.k.name);)JS") ==
      R"JS(120 f arrow m k
)JS");
}

TEST_CASE("vm: this in functions and arrows") {
  CHECK(
      run(R"JS(function sloppy() { return this === globalThis; } function strict() { 'use strict'; return this; } const o = { v: 1, m() { return [1].length && (() => this.v)(); } }; print(sloppy(), strict(), o.m());)JS") ==
      R"JS(true undefined 1
)JS");
}

TEST_CASE("vm: objects with computed keys methods and accessors") {
  CHECK(
      run(R"JS(const k = 'dyn'; const o = { [k + 1]: 1, [`${k}2`]() { return 2; }, _v: 1, get v() { return this._v * 10; }, set v(x) { this._v = x; } }; o.v = 5; print(o.dyn1, o.dyn2(), o.dyn2.name, o.v, 'v' in o, delete o._v, o._v);)JS") ==
      R"JS(1 2 dyn2 50 true true undefined
)JS");
}

TEST_CASE("vm: object destructuring") {
  CHECK(
      run(R"JS(const { a, b: { c = 5 } = {}, ...rest } = { a: 1, b: {}, d: 4, e: 5 }; print(a, c, rest.d, rest.e, 'a' in rest);
const o = {}; ({ m: o.m, n: o['n'] } = { m: 'M', n: 'N' }); print(o.m, o.n);)JS") ==
      R"JS(1 5 4 5 false
M N
)JS");
}

TEST_CASE("vm: array destructuring") {
  CHECK(
      run(R"JS(const [x, , y = 3, ...zs] = [10, 20, undefined, 40, 50]; print(x, y, zs.length, zs[0], zs[1]);
let p = 1, q = 2; [p, q] = [q, p]; print(p, q); const [c1, c2] = 'hi'; print(c1, c2);)JS") ==
      R"JS(10 3 2 40 50
2 1
h i
)JS");
}

TEST_CASE("vm: destructuring parameters") {
  CHECK(
      run(R"JS(function f({ u, v = 2 } = {}, [w] = [9]) { return u + ':' + v + ':' + w; } print(f({ u: 1 }), f()); const g = ({ a }, ...[b, c]) => a + b + c; print(g({ a: 1 }, 2, 3));)JS") ==
      R"JS(1:2:9 undefined:2:9
6
)JS");
}

TEST_CASE("vm: spread in calls arrays and objects") {
  CHECK(
      run(R"JS(function sum(...n) { let t = 0; for (const i of n) t += i; return t; } print(sum(...[1, 2, 3], 4));
const s = [...'ab', ...[1, 2]]; print(s.length, s[0], s[3]); const o = { ...{ a: 1, b: 2 }, b: 3, ...null, ...'xy' }; print(o.a, o.b, o[0], o[1]);)JS") ==
      R"JS(10
4 a 2
1 3 x y
)JS");
}

TEST_CASE("vm: template literals and tagged templates") {
  CHECK(
      run(R"JS(const a = 1, b = { toString() { return 'B'; } }; print(`x${a}y${b}z${[1, 2]}`); const tag = (s, ...v) => s.raw.join('|') + '#' + v.join(','); print(tag`a${1}b${2}c\n`);)JS") ==
      R"JS(x1yBz1,2
a|b|c\n#1,2
)JS");
}

TEST_CASE("vm: optional chaining and nullish coalescing") {
  CHECK(
      run(R"JS(const o = { a: { b: 1 }, f() { return 'f'; } }; const n = null; print(n?.x, n?.x.y.z, o?.a.b, o.f?.(), o.g?.(), n ?? 'd', 0 ?? 'd', 0 || 'or', '' && 'and');)JS") ==
      R"JS(undefined undefined 1 f undefined d 0 or 
)JS");
}

TEST_CASE("vm: logical and compound assignment") {
  CHECK(
      run(R"JS(let a = null; a ??= 4; a ||= 5; a &&= 6; let c = 0; c += 5; c *= 2; c -= 1; c **= 2; const o = { x: 0 }; o.x ||= 7; o.y ??= 8; o.x += 1; print(a, c, o.x, o.y, c++, ++c, c--, c);)JS") ==
      R"JS(6 81 8 8 81 83 83 82
)JS");
}

TEST_CASE("vm: classes with inheritance super and statics") {
  CHECK(
      run(R"JS(class Animal { constructor(name) { this.name = name; } speak() { return `${this.name} makes a sound`; } static create(n) { return new this(n); } }
class Dog extends Animal { constructor(name) { super(name); this.kind = 'dog'; } speak() { return super.speak() + ' (woof)'; } }
const d = new Dog('Rex'); print(d.speak(), d.kind, d instanceof Dog, d instanceof Animal, Animal.create('Cat').name, Dog.name, typeof Dog);)JS") ==
      R"JS(Rex makes a sound (woof) dog true true Cat Dog function
)JS");
}

TEST_CASE("vm: class fields accessors and static blocks") {
  CHECK(
      run(R"JS(class C { count = 0; static made = 0; static { C.made = 10; } get double() { return this.count * 2; } set double(v) { this.count = v / 2; } inc() { this.count++; return this; } }
const c = new C(); c.inc().inc(); c.double = 10; print(c.count, c.double, C.made, Object.keys ? 'ok' : '');)JS") ==
      R"JS(5 10 10 ok
)JS");
}

TEST_CASE("vm: derived class fields and default constructors") {
  CHECK(
      run(R"JS(class A { constructor(x) { this.x = x; } } class B extends A { y = this.x + 1; } class C2 extends B {} const c = new C2(5); print(c.x, c.y, c instanceof A);)JS") ==
      R"JS(5 6 true
)JS");
}

TEST_CASE("vm: class constructors require new") {
  CHECK(
      run(R"JS(class K {} try { K(); } catch (e) { print(e.name + ': ' + e.message); } class D extends K { constructor() { } } try { new D(); } catch (e) { print(e.name + ': ' + e.message); })JS") ==
      R"JS(TypeError: Class constructor K cannot be invoked without 'new'
ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
)JS");
}

TEST_CASE("vm: new.target and constructor functions") {
  CHECK(
      run(R"JS(function F() { if (!new.target) return 'no new'; this.made = true; } F.prototype.hello = function () { return 'hi'; }; const f = new F(); print(F(), f.made, f.hello(), f.constructor === F);)JS") ==
      R"JS(no new true hi true
)JS");
}

TEST_CASE("vm: instanceof and Symbol.hasInstance") {
  CHECK(
      run(R"JS(class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } } print(2 instanceof Even, 3 instanceof Even, [] instanceof Object, Object.create ? 1 : 1); try { 1 instanceof 2; } catch (e) { print(e.message); })JS") ==
      R"JS(true false true 1
Right-hand side of 'instanceof' is not an object
)JS");
}

TEST_CASE("vm: try catch finally control flow") {
  CHECK(run(R"JS(function a() { try { return 'try'; } finally { print('finally a'); } }
function b() { try { throw new Error('e'); } catch (e) { return 'c:' + e.message; } finally { print('finally b'); } }
function c() { try { try { throw 1; } finally { print('inner'); } } catch (e) { return 'outer ' + e; } }
function d() { for (const i of [1, 2, 3]) { try { if (i === 2) break; } finally { print('f', i); } } return 'done'; }
function e() { try { return 1; } finally { return 2; } }
print(a(), b(), c(), d(), e());)JS") ==
        R"JS(finally a
finally b
inner
f 1
f 2
try c:e outer 1 done 2
)JS");
}

TEST_CASE("vm: catch without binding and rethrow") {
  CHECK(
      run(R"JS(try { try { throw new TypeError('inner'); } catch { print('caught'); throw new RangeError('again'); } } catch (e) { print(e.name, e.message, e instanceof RangeError, e instanceof Error); })JS") ==
      R"JS(caught
RangeError again true true
)JS");
}

TEST_CASE("vm: user iterables and iterator close") {
  CHECK(
      run(R"JS(const it = { [Symbol.iterator]() { let c = 1; return { next: () => c <= 3 ? { value: c++, done: false } : { value: undefined, done: true }, return() { print('closed'); return {}; } }; } };
for (const v of it) { print('it', v); if (v === 2) break; } print([...it].length); const [first] = it; print(first);)JS") ==
      R"JS(it 1
it 2
closed
3
closed
1
)JS");
}

TEST_CASE("vm: for-of over strings by code point") {
  CHECK(run(R"JS(for (const ch of 'hé😀') print(ch, ch.length);)JS") ==
        R"JS(h 1
é 1
😀 2
)JS");
}

TEST_CASE("vm: for-in walks own then inherited enumerable keys") {
  CHECK(
      run(R"JS(const proto = { inherited: 1 }; const o = Object.create ? Object.create(proto) : {}; o.b = 1; o[2] = 'two'; o.a = 2; o[1] = 'one'; for (const k in o) print(k); for (const i in [5, 6]) print('index', i); for (const k in null) print('never');)JS") ==
      R"JS(1
2
b
a
inherited
index 0
index 1
)JS");
}

TEST_CASE("vm: getters run as JavaScript") {
  CHECK(run(R"JS(const o = { get x() { print('getter'); return 1; } }; print(o.x + o.x);)JS") ==
        R"JS(getter
getter
2
)JS");
}

TEST_CASE("vm: symbols") {
  CHECK(
      run(R"JS(const s = Symbol('d'); const o = { [s]: 1 }; print(o[s], s.toString(), s.description, Symbol.for('x') === Symbol.for('x'), Symbol.keyFor(Symbol.for('x')), Symbol.iterator.toString());)JS") ==
      R"JS(1 Symbol(d) d true x Symbol(Symbol.iterator)
)JS");
}

TEST_CASE("vm: function call apply bind and toString") {
  CHECK(
      run(R"JS(function f(a, b) { return this.v + a + b; } const o = { v: 1 }; const g = f.bind(o, 2); print(f.call(o, 2, 3), f.apply(o, [2, 4]), g(5), g.name, g.length, f.toString());)JS") ==
      R"JS(6 7 8 bound f 1 function f(a, b) { return this.v + a + b; }
)JS");
}

TEST_CASE("vm: error messages for bad property access and calls") {
  CHECK(
      run(R"JS(const msgs = []; const t = (f) => { try { f(); } catch (e) { msgs.push(e.constructor.name + ': ' + e.message); } };
t(() => undefinedVar); t(() => null.foo); t(() => { const u = undefined; u.bar(); }); t(() => { const o = {}; o.method(); }); t(() => { let f = 5; f(); }); t(() => { const o = {}; o.a.b.c; }); t(() => { new (() => 1)(); }); t(() => { undefined[0] = 1; }); t(() => { null.x = 1; });
for (const m of msgs) print(m);)JS") ==
      R"JS(ReferenceError: undefinedVar is not defined
TypeError: Cannot read properties of null (reading 'foo')
TypeError: Cannot read properties of undefined (reading 'bar')
TypeError: o.method is not a function
TypeError: f is not a function
TypeError: Cannot read properties of undefined (reading 'b')
TypeError: (intermediate value) is not a constructor
TypeError: Cannot set properties of undefined (setting '0')
TypeError: Cannot set properties of null (setting 'x')
)JS");
}

TEST_CASE("vm: error objects name message cause and stack first line") {
  CHECK(
      run(R"JS(const e = new Error('boom', { cause: 'why' }); print(e.name, e.message, e.cause, e.stack.split('\n')[0]); const t = new TypeError(); print(t.stack.split('\n')[0], String(t), String(new RangeError('r')));
class MyErr extends Error {} const m = new MyErr('mine'); print(m.name, m instanceof MyErr, m instanceof Error, m.stack.split('\n')[0]);)JS") ==
      R"JS(Error boom why Error: boom
TypeError TypeError RangeError: r
Error true true Error: mine
)JS");
}

TEST_CASE("vm: stack frames name functions and positions") {
  CHECK(run(R"JS(function inner() { return new Error('x').stack.split('\n').slice(0, 3).join('|'); }
function outer() { return inner(); }
print(outer().split('/test/main.js').join('F').split(__filename).join('F'));)JS") ==
        R"JS(Error: x|    at inner (F:1:27)|    at outer (F:2:27)
)JS");
}

TEST_CASE("vm: sequence void and comma") {
  CHECK(
      run(R"JS(let i = 0; const r = (i++, i++, i); print(r, void 0, (1, 2), !0, -'3', +'4.5', +true, -null);)JS") ==
      R"JS(2 undefined 2 true -3 4.5 1 0
)JS");
}

TEST_CASE("vm: deep recursion overflows with RangeError") {
  CHECK(
      run(R"JS(function down(n) { return down(n + 1) + 1; } try { down(0); } catch (e) { print(e.name, e.message); })JS") ==
      R"JS(RangeError Maximum call stack size exceeded
)JS");
}

TEST_CASE("vm: string indexing and length") {
  CHECK(run(R"JS(const s = 'abc'; print(s.length, s[1], s[5], 'x'.length + s.length, s['length']);)JS") ==
        R"JS(3 b undefined 4 3
)JS");
}

TEST_CASE("vm: arrays grow with holes and length") {
  CHECK(
      run(R"JS(const a = [1, 2, 3]; a[5] = 6; print(a.length, a[4], 4 in a, 5 in a); a.length = 2; print(a.length, a[2]); const b = [1, , 3]; print(b.length, 1 in b);)JS") ==
      R"JS(6 undefined false true
2 undefined
3 false
)JS");
}

TEST_CASE("vm: not iterable messages") {
  CHECK(run(R"JS(const o = {}; const f = () => ({});
try { const [z] = {}; } catch (e) { print(e.message); }
try { for (const a of o); } catch (e) { print(e.message); }
try { for (const a of f()); } catch (e) { print(e.message); }
try { [...o]; } catch (e) { print(e.message); }
try { const [q] = o.x; } catch (e) { print(e.message); }
try { print(...o); } catch (e) { print(e.message); })JS") ==
        R"JS({} is not iterable
o is not iterable
f is not a function or its return value is not iterable
o is not iterable
undefined is not iterable (cannot read property Symbol(Symbol.iterator))
Spread syntax requires ...iterable[Symbol.iterator] to be a function
)JS");
}

TEST_CASE("vm: private fields methods and accessors") {
  CHECK(run(R"JS(class Counter {
  #count = 0;
  static #instances = 0;
  #secret() { return 'secret ' + this.#count; }
  get #double() { return this.#count * 2; }
  set #double(v) { this.#count = v / 2; }
  constructor() { Counter.#instances++; }
  inc() { this.#count++; this.#count += 1; this.#count ||= 5; return this; }
  show() { return [this.#count, this.#secret(), this.#double, #count in this].join(','); }
  setDouble(v) { this.#double = v; return this.#count; }
  static count() { return Counter.#instances; }
  static has(o) { return #count in o; }
  peek(o) { return o.#count; }
}
const c = new Counter(); c.inc(); new Counter();
print(c.show(), c.setDouble(10), Counter.count(), Counter.has(c), Counter.has({}));
try { c.peek({}); } catch (e) { print(e.name + ': ' + e.message); }
print(JSON.stringify(c), Object.keys(c).length, Object.getOwnPropertySymbols(c).length);
)JS") ==
        R"JS(2,secret 2,4,true 5 2 true false
TypeError: Cannot read private member #count from an object whose class did not declare it
{} 0 0
)JS");
}

TEST_CASE("vm: garbage collection during deep structures keeps live values") {
  CHECK(
      run(R"JS(let head = null; for (let i = 0; i < 30000; i++) { const v = i; head = { v, next: head, f: () => v * 2 }; } let s = 0, n = 0; for (let p = head; p; p = p.next) { s += p.f(); n++; } print(n, s);
class T { constructor(v) { this.v = v; this.kids = []; } } function build(d) { const t = new T(d); if (d > 0) t.kids.push(build(d - 1), build(d - 1)); return t; } function count(t) { let c = 1; for (const k of t.kids) c += count(k); return c; } print(count(build(12)));)JS") ==
      R"JS(30000 899970000
8191
)JS");
}

TEST_CASE("vm: getters and setters on classes and prototypes") {
  CHECK(
      run(R"JS(class P { #v = 1; get v() { return this.#v; } set v(x) { print('set', x); this.#v = x; } static get s() { return 'static getter'; } } const p = new P(); p.v = 3; print(p.v, P.s); const base = { get x() { return this._x; }, set x(v) { this._x = v * 2; } }; const d = Object.create(base); d.x = 4; print(d.x, base._x, Object.keys(d));)JS") ==
      R"JS(set 3
3 static getter
8 undefined _x
)JS");
}

TEST_CASE("vm: function toString returns the source text") {
  CHECK(
      run(R"JS(function add(a, b) { return a + b; } const arrow = (x) => x * 2; class K { m() { return 1; } } print(add.toString()); print(String(arrow)); print(K.toString()); print(Math.max.toString());)JS") ==
      R"JS(function add(a, b) { return a + b; }
(x) => x * 2
class K { m() { return 1; } }
function max() { [native code] }
)JS");
}

TEST_CASE("vm: not a function names the callee as V8 prints it") {
  CHECK(
      run(R"JS(function show(f) { try { f(); } catch (e) { print(e.message); } } const obj = { m: 1 }; let k = 'z'; show(() => obj['a' + 'b'](k)); show(() => (0, obj.m)()); show(() => obj[k + 1 + 2]()); show(() => obj[-1]()); show(() => obj[!k]()); show(() => (obj.a || obj.b)()); show(() => obj['s']()); show(() => (k ? 1 : 2)());)JS") ==
      R"JS(obj[("a" + "b")] is not a function
(0 , obj.m) is not a function
obj[(k + 1 + 2)] is not a function
obj[-1] is not a function
obj[(!k)] is not a function
(obj.a || obj.b) is not a function
obj.s is not a function
(intermediate value)(intermediate value)(intermediate value) is not a function
)JS");
}

TEST_CASE("vm: not iterable and read only string messages") {
  CHECK(
      run(R"JS(function show(f) { try { f(); } catch (e) { print(e.message); } } let u; const o = { a: 1 }; show(() => { for (const x of { a: 1 }); }); show(() => { for (const x of o.b); }); show(() => Math.max(...u)); show(() => Math.max(...o)); show(() => { const [a] = o.a; }); show(() => null[Symbol.iterator]); show(() => { 'use strict'; 'str'[0] = 'x'; }); show(() => { 'use strict'; Symbol().x = 1; });)JS") ==
      R"JS({(intermediate value)} is not iterable
o.b is not iterable
u is not iterable (cannot read property undefined)
Spread syntax requires ...iterable[Symbol.iterator] to be a function
number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
object null is not iterable (cannot read property Symbol(Symbol.iterator))
Cannot assign to read only property '0' of string 'str'
Cannot create property 'x' on symbol 'Symbol()'
)JS");
}

TEST_CASE("vm: destructuring and delete messages name the source") {
  CHECK(
      run(R"JS(function show(f) { try { f(); } catch (e) { print(e.message); } } let u; show(() => { try { throw null; } catch ({ x }) {} }); show(() => { try { throw undefined; } catch ({}) {} }); show(() => { const { x } = u; }); show(() => { const { x } = (0, u); }); show(() => { function f({ a } = {}) {} f(null); }); show(() => { 'use strict'; delete Object.prototype; }); show(() => { 'use strict'; function g() { return 1; } Object.defineProperty(g, 'y', { value: 1 }); g.y = 2; });)JS") ==
      R"JS(Cannot destructure property 'x' of '.catch' as it is null.
Cannot destructure '.catch' as it is undefined.
Cannot destructure property 'x' of 'u' as it is undefined.
Cannot destructure property 'x' of '(0 , u)' as it is undefined.
Cannot destructure property 'a' of '(intermediate value)(intermediate value)(intermediate value)' as it is null.
Cannot delete property 'prototype' of function Object() { [native code] }
Cannot assign to read only property 'y' of function 'function g() { return 1; }'
)JS");
}

TEST_CASE("vm: accessor static and async method source text") {
  CHECK(
      run(R"JS(const o = { get g() { return 1; }, set s(v) {}, async m() {} }; class A { static m() {} static get x() { return 1; } static async sm() {} } print(Object.getOwnPropertyDescriptor(o, 'g').get); print(Object.getOwnPropertyDescriptor(o, 's').set); print(o.m); print(A.m); print(Object.getOwnPropertyDescriptor(A, 'x').get); print(A.sm);)JS") ==
      R"JS(get g() { return 1; }
set s(v) {}
async m() {}
m() {}
get x() { return 1; }
async sm() {}
)JS");
}

TEST_CASE("vm: sloppy arguments are mapped to simple parameters") {
  CHECK(
      run(R"JS(function f(a, b) { arguments[0] = 'x'; b = 'y'; a += '!'; return [a, b, arguments[0], arguments[1], arguments.length].join(); } print(f(1, 2), f(1)); function s(a) { 'use strict'; arguments[0] = 2; return a; } print(s(1)); function d(a = 0) { arguments[0] = 2; return a; } print(d(1)); print(Object.getOwnPropertyNames(function q(a) {}), Object.getOwnPropertyNames(function () { 'use strict'; }), Object.getOwnPropertyNames(() => 1));)JS") ==
      R"JS(x!,y,x!,y,2 x!,y,x!,,1
1
1
length,name,arguments,caller,prototype length,name,prototype length,name
)JS");
}
