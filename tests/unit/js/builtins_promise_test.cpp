// Promise statics called on a subclass (27.2.4.7 PromiseResolve with C = this, NewPromiseCapability).
// Expected texts were printed by node v20 for the same snippets.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins promise: resolve and reject on a subclass") {
  CHECK(run(R"JS(class MyPromise extends Promise {}
const mine = MyPromise.resolve(2);
print(mine instanceof MyPromise, MyPromise.resolve(mine) === mine, Promise.resolve(mine) === mine, MyPromise.reject(1).catch(() => {}) instanceof Promise);
const r = MyPromise.reject(new Error('no'));
print(r instanceof MyPromise);
r.catch((e) => print('caught', e.message));
try { Promise.resolve.call(1); } catch (e) { print(e.name + ': ' + e.message); }
try { Promise.resolve.call({}); } catch (e) { print(e.name + ': ' + e.message); }
mine.then((v) => print('value', v));
)JS") == R"OUT(true true false true
true
TypeError: PromiseResolve called on non-object
TypeError: #<Object> is not a constructor
caught no
value 2
)OUT");
}
