// Well-known symbols that only live on the Symbol constructor (Symbol.species,
// Symbol.isConcatSpreadable...) and the builtins that honour them. Expected texts were printed by
// node v20 for the same snippets.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins symbol: species getters on Array Map Set Promise") {
  CHECK(
      run(R"JS(print(typeof Symbol.species, String(Symbol.isConcatSpreadable), Array[Symbol.species] === Array, Map[Symbol.species] === Map, Set[Symbol.species] === Set, Promise[Symbol.species] === Promise);
const d = Object.getOwnPropertyDescriptor(Array, Symbol.species);
print(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
)JS") == R"OUT(symbol Symbol(Symbol.isConcatSpreadable) true true true true
function get [Symbol.species] undefined false true
)OUT");
}

TEST_CASE("builtins symbol: concat honours isConcatSpreadable and species") {
  CHECK(run(R"JS(const like = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
const arr = [3, 4]; arr[Symbol.isConcatSpreadable] = false;
print(JSON.stringify([0].concat(like)), [0].concat(arr).length);
class Sub extends Array { static get [Symbol.species]() { return Array; } }
print(Sub.from([1, 2]).slice(0) instanceof Sub, Sub.from([1, 2]).concat([3]) instanceof Sub);
)JS") == R"OUT([0,"x","y"] 2
false false
)OUT");
}
