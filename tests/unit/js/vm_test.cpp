// The compiler and the interpreter, end to end: JavaScript source in, printed lines out. Every
// expected output was printed by node v20 for the same script (print = console.log of String(x)).
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("vm: arithmetic, strings and print") {
  CHECK(run("print(1 + 2, 'a' + 1, 7 / 2, 2 ** 10, -7 % 3, 1 / 0)") == "3 a1 3.5 1024 -1 Infinity\n");
}
