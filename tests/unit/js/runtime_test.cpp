// The runtime core from C++: values, strings, property tables, conversions and the garbage
// collector (heap accounting, cycles, weak tables, bounded memory under allocation churn).
#include <cmath>
#include <string>

#include "core/js/runtime/conversions.h"
#include "core/js/runtime/engine.h"
#include "doctest/doctest.h"

using namespace looplab::js;

namespace {

// Runs a script to completion without a runtime (no host calls); returns its exception text.
std::string run_plain(Engine& engine, const std::string& source) {
  CompileResult compiled = engine.compile(source, "/test/plain.js");
  if (compiled.error) return compiled.error->formatted;
  Value r = engine.vm().call(compiled.script->function.get(), Value::undefined(), ArgList());
  if (r.is_exception()) return engine.describe_uncaught(engine.vm().take_exception());
  return "";
}

}  // namespace

TEST_CASE("runtime: values are NaN-boxed in 8 bytes") {
  CHECK(sizeof(Value) == 8);
  Value n(1.5), nan(std::nan("")), u, t = Value::boolean(true);
  CHECK(n.is_number());
  CHECK(n.as_number() == 1.5);
  CHECK(nan.is_number());
  CHECK(std::isnan(nan.as_number()));
  CHECK(u.is_undefined());
  CHECK(t.is_boolean());
  CHECK(t.as_boolean());
  CHECK_FALSE(Value::null().is_undefined());
  CHECK(Value::null().is_nullish());
  CHECK(Value::hole().is_hole());
  CHECK(Value::exception().is_exception());
  CHECK_FALSE(Value(-0.0) == Value(0.0));  // bit identity: -0 and +0 differ
}

TEST_CASE("runtime: strings convert between UTF-8 and UTF-16") {
  CHECK(utf8_to_utf16("h\xC3\xA9\xF0\x9F\x98\x80") == std::u16string(u"h\u00E9\U0001F600"));
  CHECK(utf16_to_utf8(u"h\u00E9\U0001F600") == "h\xC3\xA9\xF0\x9F\x98\x80");
  CHECK(utf16_to_utf8(std::u16string(1, char16_t(0xD800))) == "\xEF\xBF\xBD");  // lone surrogate
  CHECK(parse_array_index(u"0") == 0u);
  CHECK(parse_array_index(u"4294967294") == 4294967294u);
  CHECK_FALSE(parse_array_index(u"4294967295").has_value());
  CHECK_FALSE(parse_array_index(u"01").has_value());
}

TEST_CASE("runtime: atoms are interned") {
  Engine engine;
  Heap& heap = engine.heap();
  CHECK(heap.intern_utf8("abc") == heap.intern_utf8("abc"));
  CHECK(heap.intern_utf8("7")->array_index() == 7u);
  CHECK_FALSE(heap.intern_utf8("x")->is_array_index());
}

TEST_CASE("runtime: own keys come in JavaScript order") {
  Engine engine;
  Vm& vm = engine.vm();
  Object* o = vm.new_object();
  Symbol* sym = engine.heap().make<Symbol>(Value::undefined());
  o->define(vm.key("b"), Value(1));
  o->define(PropKey(sym), Value(2));
  o->define(vm.key("10"), Value(3));
  o->define(vm.key("a"), Value(4));
  o->define(vm.key("2"), Value(5));
  std::vector<PropKey> keys = o->own_keys(engine.heap());
  REQUIRE(keys.size() == 5);
  CHECK(keys[0].as_string()->to_utf8() == "2");
  CHECK(keys[1].as_string()->to_utf8() == "10");
  CHECK(keys[2].as_string()->to_utf8() == "b");
  CHECK(keys[3].as_string()->to_utf8() == "a");
  CHECK(keys[4].as_symbol() == sym);
}

TEST_CASE("runtime: big property tables keep order with a hash index") {
  Engine engine;
  Vm& vm = engine.vm();
  Object* o = vm.new_object();
  for (int i = 0; i < 50; ++i) o->define(vm.key("k" + std::to_string(i)), Value(i));
  CHECK(o->delete_property(vm.key("k10")));
  CHECK_FALSE(o->has_own_property(vm.key("k10")));
  CHECK(o->get_own_property(vm.key("k49"))->value.as_number() == 49);
  std::vector<PropKey> keys = o->own_keys(engine.heap());
  REQUIRE(keys.size() == 49);
  CHECK(keys[10].as_string()->to_utf8() == "k11");
}

TEST_CASE("runtime: arrays have holes and sparse elements") {
  Engine engine;
  Vm& vm = engine.vm();
  ArrayObject* a = vm.new_array({Value(1), Value(2)});
  a->set_length(4);
  CHECK(a->element(3).is_hole());
  a->set_element(3'000'000'000u, Value(9));
  CHECK(a->length() == 3'000'000'001u);
  CHECK(a->elements().size() == 4);
  CHECK(a->element(3'000'000'000u).as_number() == 9);
  CHECK_FALSE(a->has_own_property(vm.index_key(2)));
  CHECK(a->has_own_property(vm.index_key(1)));
  a->set_length(1);
  CHECK(a->element(3'000'000'000u).is_hole());
}

TEST_CASE("runtime: numbers print as JavaScript prints them") {
  CHECK(number_to_string(1) == "1");
  CHECK(number_to_string(-0.0) == "0");
  CHECK(number_to_string(0.1 + 0.2) == "0.30000000000000004");
  CHECK(number_to_string(1e21) == "1e+21");
  CHECK(number_to_string(123456789012345680000.0) == "123456789012345680000");
  CHECK(number_to_string(1e-7) == "1e-7");
  CHECK(number_to_string(0.000001) == "0.000001");
  CHECK(number_to_string(-1.5e-10) == "-1.5e-10");
  CHECK(number_to_string(NAN) == "NaN");
  CHECK(number_to_string(-INFINITY) == "-Infinity");
  CHECK(string_to_number(u"  0x1F ") == 31);
  CHECK(std::isnan(string_to_number(u"1e")));
  CHECK(string_to_number(u"") == 0);
  CHECK(string_to_number(u"-Infinity") == -INFINITY);
}

TEST_CASE("runtime: natives throw by returning the exception marker") {
  Engine engine;
  Vm& vm = engine.vm();
  NativeFunction* f = vm.new_native("f", 0, [](Vm& v, Value, ArgList) { return v.throw_type_error("nope"); });
  Value r = vm.call(Value(static_cast<Object*>(f)), Value::undefined(), ArgList());
  CHECK(r.is_exception());
  REQUIRE(vm.has_exception());
  Value e = vm.take_exception();
  CHECK(e.as_object()->object_class() == ObjectClass::kError);
  CHECK(vm.get(e, "message").as_string()->to_utf8() == "nope");
  CHECK_FALSE(vm.has_exception());
}

TEST_CASE("runtime: the collector frees unreachable cycles") {
  Engine engine;
  Vm& vm = engine.vm();
  Heap& heap = engine.heap();
  heap.collect();
  std::size_t before = heap.cell_count();
  for (int i = 0; i < 100; ++i) {
    Object* a = vm.new_object();
    Object* b = vm.new_object();
    a->define(vm.key("b"), Value(b));
    b->define(vm.key("a"), Value(a));
  }
  CHECK(heap.cell_count() >= before + 200);
  heap.collect();
  CHECK(heap.cell_count() == before);
  CHECK(heap.stats().last_freed_cells >= 200);
}

TEST_CASE("runtime: persistent handles keep values alive until reset") {
  Engine engine;
  Vm& vm = engine.vm();
  Heap& heap = engine.heap();
  Object* o = vm.new_object();
  o->define(vm.key("x"), Value(42));
  Persistent handle(heap, Value(o));
  heap.collect();
  CHECK(handle.get().as_object()->get_own_property(vm.key("x"))->value.as_number() == 42);
  std::size_t with = heap.cell_count();
  handle.reset();
  heap.collect();
  CHECK(heap.cell_count() < with);
}

TEST_CASE("runtime: weak map entries die with their keys") {
  Engine engine;
  Vm& vm = engine.vm();
  Heap& heap = engine.heap();
  auto* map = heap.make<WeakMapObject>(heap, engine.realm().weakmap_prototype, ObjectClass::kWeakMap);
  Persistent keep_map(heap, Value(static_cast<Object*>(map)));
  Object* live_key = vm.new_object();
  Persistent keep_key(heap, Value(live_key));
  Object* dead_key = vm.new_object();
  Object* value_of_dead = vm.new_object();
  map->set_entry(live_key, Value(1));
  map->set_entry(dead_key, Value(value_of_dead));
  heap.collect();
  CHECK(map->entry_count() == 1);
  CHECK(map->get_entry(live_key).has_value());
}

TEST_CASE("runtime: a loop allocating a million objects keeps memory bounded") {
  Engine engine;
  std::string error =
      run_plain(engine,
                "let keep = null;\n"
                "for (let i = 0; i < 1000000; i++) { keep = { i, next: { i }, list: [i, i] }; }\n"
                "if (keep.i !== 999999) throw new Error('wrong');\n");
  CHECK(error == "");
  const HeapStats& stats = engine.heap().stats();
  CHECK(stats.collections > 0);
  CHECK(stats.total_live_bytes < (64u << 20));
  CHECK(stats.allocations > 3'000'000u);
}

TEST_CASE("runtime: instruction costs accumulate with the remainder carried") {
  EngineOptions options;
  options.instruction_cost_ps = 1500;
  Engine engine(options);
  engine.add_instructions(3);
  CHECK(engine.take_cost_ns() == 4);  // 4500 ps: 4 ns, 500 ps carried
  engine.add_instructions(1);
  CHECK(engine.take_cost_ns() == 2);  // 1500 + 500 ps
}

TEST_CASE("runtime: uncaught errors print the throw site and the stack") {
  Engine engine;
  std::string text = run_plain(engine, "function f() {\n  throw new TypeError('bad');\n}\nf();\n");
  CHECK(text ==
        "/test/plain.js:2\n  throw new TypeError('bad');\n  ^\n\nTypeError: bad\n"
        "    at f (/test/plain.js:2:9)\n    at Object.<anonymous> (/test/plain.js:4:1)\n"
        // node's CommonJS loader below the main module, as node v20 prints it
        "    at Module._compile (node:internal/modules/cjs/loader:1521:14)\n"
        "    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)\n"
        "    at Module.load (node:internal/modules/cjs/loader:1266:32)\n"
        "    at Module._load (node:internal/modules/cjs/loader:1091:12)\n"
        "    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n"
        "    at node:internal/main/run_main_module:28:49");
  std::string prim = run_plain(engine, "throw 'x';");
  CHECK(
      prim ==
      "/test/plain.js:1\nthrow 'x';\n^\nx\n(Use `node --trace-uncaught ...` to show where the exception was "
      "thrown)");
}
