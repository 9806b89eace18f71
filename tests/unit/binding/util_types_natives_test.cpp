// binding('util_types').kindOf (core/binding/natives/util_types.cpp): the internal class of a value,
// which lib/util/types.js turns into util.types.isDate, isPromise, ... The scripts below print
// kindOf's answer for values made in JavaScript; "" means "none of the named kinds".
#include "../js/js_harness.h"
#include "doctest/doctest.h"

namespace looplab::binding {
js::Object* make_util_types_natives(js::Engine& engine);
}

namespace {

using namespace looplab;

// stdout of `source`, run with print(...) and kindOf(value) as globals.
std::string kinds(const std::string& source) {
  js::Engine engine;
  js::testing::install_test_globals(engine);
  js::Vm& vm = engine.vm();
  js::Object* natives = binding::make_util_types_natives(engine);
  engine.realm().define_global("kindOf", vm.get(js::Value(natives), "kindOf"));
  js::CompileResult compiled = engine.compile(source, "/test/main.js");
  if (compiled.error) return "COMPILE: " + compiled.error->formatted;
  Simulation sim;
  Machine machine{sim, 4};
  Trace trace;
  node::NodeProcess process(sim, machine, trace);
  process.start(engine.main(*compiled.script));
  sim.run();
  std::string text;
  for (const auto& line : process.output()) text += line.text + "\n";
  return text;
}

}  // namespace

TEST_CASE("util_types kindOf names the built-in classes by what made the value") {
  CHECK(kinds("print(kindOf(new Date()), kindOf(new Map()), kindOf(new Set()), kindOf(new WeakMap()),"
              " kindOf(new WeakSet()), kindOf(Promise.resolve()))") ==
        "Date Map Set WeakMap WeakSet Promise\n");
}

TEST_CASE("util_types kindOf ignores the prototype chain") {
  CHECK(kinds("class D extends Date {}\n"
              "print(kindOf(new D()), '[' + kindOf(Object.create(Date.prototype)) + ']',"
              " '[' + kindOf(Object.create(Error.prototype)) + ']', kindOf(new TypeError('x')))") ==
        "Date [] [] Error\n");
}

TEST_CASE("util_types kindOf tells async functions from other functions") {
  CHECK(kinds("print(kindOf(async () => {}), '[' + kindOf(function () {}) + ']',"
              " '[' + kindOf((async () => {}).bind(null)) + ']')") == "AsyncFunction [] []\n");
}

TEST_CASE("util_types kindOf names boxed primitives, arguments and iterators") {
  CHECK(kinds("print(kindOf(new Number(1)), kindOf(new String('s')), kindOf(new Boolean(false)),"
              " kindOf(Object(Symbol())), kindOf((function () { return arguments; })()),"
              " kindOf(new Map().keys()), kindOf(new Set().values()))") ==
        "Number String Boolean Symbol Arguments MapIterator SetIterator\n");
}

TEST_CASE("util_types kindOf names typed arrays by constructor and array buffers") {
  CHECK(kinds("print(kindOf(new Uint8Array(1)), kindOf(new Float64Array(1)), kindOf(new ArrayBuffer(2)))") ==
        "Uint8Array Float64Array ArrayBuffer\n");
}

TEST_CASE("util_types kindOf of primitives and plain objects is empty") {
  CHECK(kinds("print([1, 'a', null, undefined, {}, [], /* thenable */ { then() {} }]"
              ".map((v) => '[' + kindOf(v) + ']').join(''))") == "[][][][][][][]\n");
}
