// Promises, async functions and await, run inside a NodeProcess so that every job goes through
// the runtime's microtask queue. The expected orders were printed by node v20; they pin down V8's
// hop counts (await of a native promise: 1 hop; of a thenable: 2; an async function or a then
// callback returning a promise: 2 extra).
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("promise: then callbacks run after the script as microtasks") {
  CHECK(run(R"JS(print('start'); Promise.resolve().then(() => print('then')); print('end');)JS") ==
        R"JS(start
end
then
)JS");
}

TEST_CASE("promise: executor runs synchronously and resolves once") {
  CHECK(
      run(R"JS(const p = new Promise((resolve, reject) => { print('executor'); resolve(1); resolve(2); reject(3); }); p.then(v => print('value', v)); print('after');)JS") ==
      R"JS(executor
after
value 1
)JS");
}

TEST_CASE("promise: executor throw rejects") {
  CHECK(
      run(R"JS(new Promise(() => { throw new Error('inside'); }).catch(e => print('caught', e.message)); new Promise((r) => { r('ok'); throw new Error('ignored'); }).then(v => print(v));)JS") ==
      R"JS(caught inside
ok
)JS");
}

TEST_CASE("promise: chains interleave one hop per then") {
  CHECK(
      run(R"JS(Promise.resolve().then(() => print('a1')).then(() => print('a2')).then(() => print('a3')); Promise.resolve().then(() => print('b1')).then(() => print('b2')).then(() => print('b3'));)JS") ==
      R"JS(a1
b1
a2
b2
a3
b3
)JS");
}

TEST_CASE("promise: returning a promise from then costs two extra hops") {
  CHECK(
      run(R"JS(Promise.resolve().then(() => Promise.resolve()).then(() => print('returned promise')); Promise.resolve().then(() => print('t1')).then(() => print('t2')).then(() => print('t3')).then(() => print('t4')).then(() => print('t5'));)JS") ==
      R"JS(t1
t2
t3
returned promise
t4
t5
)JS");
}

TEST_CASE("promise: await hop counts for promises thenables and values") {
  CHECK(
      run(R"JS((async () => { await Promise.resolve(); print('await native'); })(); (async () => { await { then(r) { r(); } }; print('await thenable'); })(); (async () => { await 1; print('await value'); })();
Promise.resolve().then(() => print('t1')).then(() => print('t2')).then(() => print('t3')).then(() => print('t4'));)JS") ==
      R"JS(await native
await value
t1
await thenable
t2
t3
t4
)JS");
}

TEST_CASE("promise: async function returning a promise resolves three hops later") {
  CHECK(
      run(R"JS(async function ret() { return Promise.resolve(1); } async function plain() { return 1; } ret().then(() => print('return promise')); plain().then(() => print('return value'));
Promise.resolve().then(() => print('t1')).then(() => print('t2')).then(() => print('t3')).then(() => print('t4'));)JS") ==
      R"JS(return value
t1
t2
return promise
t3
t4
)JS");
}

TEST_CASE("promise: async functions run synchronously until the first await") {
  CHECK(
      run(R"JS(async function a1() { print('a1 start'); await a2(); print('a1 end'); } async function a2() { print('a2'); }
print('script start'); a1(); new Promise(r => { print('p1'); r(); }).then(() => print('p2')).then(() => print('p3')); print('script end');)JS") ==
      R"JS(script start
a1 start
a2
p1
script end
a1 end
p2
p3
)JS");
}

TEST_CASE("promise: finally and catch hops") {
  CHECK(
      run(R"JS(Promise.resolve(1).finally(() => print('finally')).then(v => print('after finally', v)); Promise.reject(new Error('x')).catch(() => print('caught')).then(() => print('after catch'));
Promise.resolve().then(() => print('t1')).then(() => print('t2')).then(() => print('t3')).then(() => print('t4')).then(() => print('t5'));)JS") ==
      R"JS(finally
caught
t1
after catch
t2
t3
after finally 1
t4
t5
)JS");
}

TEST_CASE("promise: finally passes values and reasons through") {
  CHECK(
      run(R"JS(Promise.resolve('v').finally(() => 'ignored').then(v => print('kept', v)); Promise.reject('r').finally(() => {}).catch(r => print('reason', r)); Promise.resolve('v').finally(() => { throw 'thrown'; }).catch(r => print('override', r));)JS") ==
      R"JS(override thrown
kept v
reason r
)JS");
}

TEST_CASE("promise: then with non-callable arguments passes through") {
  CHECK(
      run(R"JS(Promise.resolve(5).then(null, 7).then(v => print('fulfilled', v)); Promise.reject(6).then(1).then(null, r => print('rejected', r));)JS") ==
      R"JS(fulfilled 5
rejected 6
)JS");
}

TEST_CASE("promise: combinators") {
  CHECK(
      run(R"JS(Promise.all([1, Promise.resolve(2), { then(r) { r(3); } }]).then(v => print('all', v.join())); Promise.race([new Promise(() => {}), Promise.resolve('r2')]).then(v => print('race', v));
Promise.allSettled([Promise.reject(1), 2]).then(v => { for (const x of v) print('settled', x.status, x.value, x.reason); }); Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => print(e.constructor.name, e.message, e.errors.join()));
Promise.all([Promise.reject(new Error('first')), Promise.reject(new Error('second'))]).catch(e => print('all rejected', e.message)); Promise.all([]).then(v => print('empty', v.length));)JS") ==
      R"JS(empty 0
race r2
settled rejected undefined 1
settled fulfilled 2 undefined
AggregateError All promises were rejected 1,2
all rejected first
all 1,2,3
)JS");
}

TEST_CASE("promise: chaining cycle is a TypeError") {
  CHECK(run(R"JS(const p = Promise.resolve().then(() => p); p.catch(e => print(e.name, e.message));)JS") ==
        R"JS(TypeError Chaining cycle detected for promise #<Promise>
)JS");
}

TEST_CASE("promise: resolve with a thenable calls then in a later job") {
  CHECK(
      run(R"JS(const thenable = { then(resolve) { print('then called'); resolve('done'); } }; Promise.resolve(thenable).then(v => print(v)); print('sync');)JS") ==
      R"JS(sync
then called
done
)JS");
}

TEST_CASE("promise: ticks run before promise jobs") {
  CHECK(
      run(R"JS(nextTick(() => print('tick 1')); Promise.resolve().then(() => { print('promise'); nextTick(() => print('tick from promise')); }).then(() => print('promise 2')); nextTick(() => print('tick 2')); queueMicrotask(() => print('microtask'));)JS") ==
      R"JS(tick 1
tick 2
promise
microtask
promise 2
tick from promise
)JS");
}

TEST_CASE("promise: await inside try catch finally") {
  CHECK(
      run(R"JS(async function f(x) { try { print('start', x); const v = await g(x); if (x > 1) throw new Error('boom ' + x); return v * 2; } catch (e) { print('caught', e.message); return -1; } finally { print('finally', x); } }
async function g(x) { await null; return x + 10; } f(1).then(v => print('f1 =', v)); f(2).then(v => print('f2 =', v));)JS") ==
      R"JS(start 1
start 2
finally 1
caught boom 2
finally 2
f1 = 22
f2 = -1
)JS");
}

TEST_CASE("promise: await inside loops switch and argument lists") {
  CHECK(
      run(R"JS(async function loop() { let total = 0; for (const x of [1, 2, 3]) { total += await x; print('loop', x, total); } for (let i = 0; i < 2; i++) { await null; print('i', i); }
 let k = 0; while (k < 2) { k = await (k + 1); } print('k', k); switch (await 'b') { case 'a': print('A'); break; case 'b': print('B'); break; }
 const f = (a, b, c) => a + b + c; print('args', f(await 1, await 2, 3), [await 4, 5].join()); return total; }
loop().then(t => print('total', t));)JS") ==
      R"JS(loop 1 1
loop 2 3
loop 3 6
i 0
i 1
k 2
B
args 6 4,5
total 6
)JS");
}

TEST_CASE("promise: await in for-of closes iterators and destructuring") {
  CHECK(
      run(R"JS(async function f() { const it = { [Symbol.iterator]() { let n = 0; return { next: () => ({ value: n++, done: false }), return() { print('return called'); return {}; } }; } };
 for (const v of it) { await null; if (v === 2) break; print('v', v); } const { a, b: [c] } = await { a: 1, b: [2] }; print(a, c); }
f().then(() => print('done'));)JS") ==
      R"JS(v 0
v 1
return called
1 2
done
)JS");
}

TEST_CASE("promise: async arrows and methods") {
  CHECK(
      run(R"JS(const arrow = async (a) => a + await Promise.resolve(5); arrow(1).then(v => print('arrow', v)); class K { constructor() { this.v = 'kv'; } async m() { await null; return this.v; } static async s() { return 'static'; } }
new K().m().then(v => print('method', v)); K.s().then(v => print(v)); const o = { async m() { return 'obj'; } }; o.m().then(v => print(v));)JS") ==
      R"JS(static
obj
arrow 6
method kv
)JS");
}

TEST_CASE("promise: rejected async functions") {
  CHECK(
      run(R"JS(async function thrower() { await null; throw new TypeError('tt'); } thrower().catch(e => print('rejected', e.name, e.message)); async function early() { throw new Error('sync part'); } const p = early(); print('still running', typeof p.then); p.catch(e => print(e.message));)JS") ==
      R"JS(still running function
sync part
rejected TypeError tt
)JS");
}

TEST_CASE("promise: await of a rejected promise throws at the await") {
  CHECK(
      run(R"JS(async function f() { try { await Promise.reject(new Error('no')); } catch (e) { print('caught', e.message); } return 'after'; } f().then(print);)JS") ==
      R"JS(caught no
after
)JS");
}

TEST_CASE("promise: timers after microtasks") {
  CHECK(
      run(R"JS(setTimeout(() => print('timeout 1'), 0); Promise.resolve().then(() => print('promise')); setTimeout(() => { print('timeout 2'); Promise.resolve().then(() => print('promise in timeout')); }, 1); print('sync');)JS") ==
      R"JS(sync
promise
timeout 1
timeout 2
promise in timeout
)JS");
}

TEST_CASE("promise: for await over sync and async iterables") {
  CHECK(run(R"JS(async function main() {
  for await (const v of [1, Promise.resolve(2), 3]) print('sync source', v);
  const agen = { [Symbol.asyncIterator]() { let i = 0; return { next: async () => (i < 3 ? { value: i++, done: false } : { done: true }) }; } };
  for await (const v of agen) print('async source', v);
}
main().then(() => print('done'));
)JS") ==
        R"JS(sync source 1
sync source 2
sync source 3
async source 0
async source 1
async source 2
done
)JS");
}

TEST_CASE("promise: many awaits with allocations survive collections") {
  CHECK(
      run(R"JS(async function work(k) { const acc = []; for (let i = 0; i < 3000; i++) { acc.push({ i, s: 'x' + i }); if (i % 100 === 0) await null; } return acc.length + k; }
Promise.all([work(1), work(2), work(3)]).then(r => print(r.join()));)JS") ==
      R"JS(3001,3002,3003
)JS");
}
