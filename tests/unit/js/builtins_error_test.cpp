// An error's stack text is made at its first read (V8's lazy stack): enumerability checks must not
// format it early. Expected texts were printed by node v20 for the same snippets.
#include "doctest/doctest.h"
#include "js_harness.h"

using looplab::js::testing::run;

TEST_CASE("builtins error: stack header is read at first access") {
  CHECK(run(R"JS(const e = new TypeError('lazy');
print(Object.keys(e).length, e.hasOwnProperty('stack'), JSON.stringify(Object.entries(e)), Object.getOwnPropertyNames(e).includes('stack'));
e.name = 'Changed';
print(e.stack.split('\n')[0]);
e.name = 'Again';
print(e.stack.split('\n')[0]);
)JS") == R"OUT(0 true [] true
Changed: lazy
Changed: lazy
)OUT");
}
