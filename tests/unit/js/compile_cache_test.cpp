// The compile cache (runtime/compile_cache.h) and the code templates behind it (vm/code_template.h):
// a template instantiated in another engine is the same code as compiling again, scripts run the
// same from the cache as compiled afresh, errors are kept, and the cache stays within its bounds.
#include "core/js/runtime/compile_cache.h"

#include <optional>
#include <string>
#include <vector>

#include "core/js/runtime/string.h"
#include "core/js/syntax/parser.h"
#include "core/js/vm/code_template.h"
#include "core/js/vm/compiler.h"
#include "doctest/doctest.h"
#include "js_harness.h"

using namespace looplab;
using namespace looplab::js;

namespace {

constexpr const char* kScript =
    "'use strict';\n"
    "const base = 0.5, big = 1e300, name = 'caf\\u00e9';\n"
    "function outer(a, b = 2, ...rest) {\n"
    "  let captured = a + b;\n"
    "  return () => captured + rest.length + base;\n"
    "}\n"
    "class Animal { #secret = 1; constructor(n) { this.n = n; } speak() { return this.n + this.#secret; }\n"
    "  static make() { return new Animal('x'); } }\n"
    "class Dog extends Animal { speak() { return 'woof ' + super.speak(); } }\n"
    "async function later() { await null; return [1, 2, 3].map(x => x * big); }\n"
    "const o = { [name]: outer(1)(), get g() { return -0; } };\n"
    "print(outer(1, 2, 3, 4)(), new Dog('d').speak(), Animal.make().speak(), o[name], Object.is(o.g, -0));\n"
    "later().then(v => print(v.length, v[2] === 3 * big));\n";

Code* compile_fresh(Engine& engine, const std::string& source) {
  ParseResult parsed = parse_program(source);
  REQUIRE_FALSE(parsed.error.has_value());
  auto text = std::make_shared<SourceText>(SourceText{"/test/t.js", source});
  std::optional<CompileFailure> failure;
  Code* code = compile_program(engine.vm(), *parsed.program, text, failure);
  REQUIRE(code != nullptr);
  return code;
}

// Every Code of a tree, depth first, as the freezer walks it (filling pending constants as the
// interpreter would on each function's first call).
void collect(Heap& heap, Code* code, std::vector<Code*>& out) {
  fill_constants(heap, *code);
  CHECK_FALSE(code->constants_pending());
  out.push_back(code);
  for (Value v : code->constants) {
    if (v.is_internal() && v.as_cell()->cell_kind() == CellKind::kCode)
      collect(heap, static_cast<Code*>(v.as_cell()), out);
  }
}

// Runs a script as the main module; its printed lines, or the compile error.
std::vector<std::string> run(const std::string& source, std::string* error = nullptr) {
  Engine engine;
  testing::install_test_globals(engine);
  Simulation sim;
  Machine machine{sim, 4};
  Trace trace;
  node::NodeProcess process(sim, machine, trace);
  CompileResult compiled = engine.compile(source, "/test/t.js");
  if (compiled.error) {
    if (error != nullptr) *error = compiled.error->formatted;
    return {};
  }
  process.start(engine.main(*compiled.script));
  sim.run();
  std::vector<std::string> lines;
  for (const auto& line : process.output()) lines.push_back(line.text);
  return lines;
}

// Turns the process's cache off for one test, and back on (emptied) after it.
struct CacheOff {
  CacheOff() { CompileCache::process().set_enabled(false); }
  ~CacheOff() { CompileCache::process().set_enabled(true); }
};

}  // namespace

TEST_CASE("code template: instantiated in another engine, every function is the code compiling gives") {
  Engine first;
  Code* original = compile_fresh(first, kScript);
  std::shared_ptr<const CodeTemplate> tmpl = freeze_code(*original);
  REQUIRE(tmpl != nullptr);

  Engine second;
  Code* copy = instantiate_code(second.heap(), tmpl);
  CHECK(copy->constants_pending());
  CHECK(copy->constants.empty());
  std::vector<Code*> a, b;
  collect(first.heap(), original, a);
  collect(second.heap(), copy, b);
  REQUIRE(a.size() == b.size());
  CHECK(a.size() == tmpl->codes.size());
  CHECK(a.size() > 10);
  for (std::size_t i = 0; i < a.size(); ++i) {
    CAPTURE(a[i]->name);
    CHECK(b[i]->name == a[i]->name);
    CHECK(disassemble(*b[i]) == disassemble(*a[i]));
    CHECK(b[i]->kind == a[i]->kind);
    CHECK(b[i]->register_count == a[i]->register_count);
    CHECK(b[i]->positions.size() == a[i]->positions.size());
    CHECK(b[i]->source == a[i]->source);
    REQUIRE(b[i]->constants.size() == a[i]->constants.size());
    for (std::size_t k = 0; k < a[i]->constants.size(); ++k) {
      Value x = a[i]->constants[k], y = b[i]->constants[k];
      if (x.is_string()) {
        REQUIRE(y.is_string());
        CHECK(y.as_string()->text() == x.as_string()->text());
        // Atoms of the second engine: the same cell its own interning gives.
        CHECK(y.as_string() == second.heap().intern(x.as_string()->text()));
      } else if (x.is_internal()) {
        CHECK(y.is_internal());
      } else {
        CHECK(y.bits() == x.bits());
      }
    }
  }
}

TEST_CASE("code template: a tagged template's strings array is an object, so the script is not frozen") {
  Engine engine;
  Code* code = compile_fresh(engine, "function tag(s) { return s; }\nconst a = tag`x${1}y`;");
  CHECK(freeze_code(*code) == nullptr);
}

TEST_CASE("compile cache: a script runs the same from the cache as compiled afresh") {
  std::vector<std::string> fresh;
  {
    CacheOff off;
    fresh = run(kScript);
  }
  REQUIRE(fresh.size() == 2);
  CHECK(fresh[0] == "5.5 woof d1 x1 3.5 true");  // node prints the same
  CompileCache::process().clear();
  std::vector<std::string> first = run(kScript);
  auto before = CompileCache::process().stats();
  std::vector<std::string> second = run(kScript);
  auto after = CompileCache::process().stats();
  CHECK(first == fresh);
  CHECK(second == fresh);
  CHECK(after.hits > before.hits);
  CHECK(after.misses == before.misses);  // nothing compiled: the prelude and the script were kept
}

TEST_CASE("compile cache: a syntax error is kept and reported again the same way") {
  CompileCache::process().clear();
  std::string e1, e2;
  CHECK(run("let x = ;\n", &e1).empty());
  auto before = CompileCache::process().stats();
  CHECK(run("let x = ;\n", &e2).empty());
  CHECK(CompileCache::process().stats().misses == before.misses);
  CHECK(e1.find("SyntaxError: Unexpected token ';'") != std::string::npos);
  CHECK(e2 == e1);
}

TEST_CASE("compile cache: the file name is part of the key") {
  CompileCache& cache = CompileCache::process();
  cache.clear();
  cache.store("/a.js", "1", CachedCompile{nullptr, CompileError{"m", 1, 1, "f"}});
  CHECK(cache.find("/a.js", "1").has_value());
  CHECK_FALSE(cache.find("/b.js", "1").has_value());
  CHECK_FALSE(cache.find("/a.js", "2").has_value());
  CHECK_FALSE(cache
                  .find("/a.js\0"
                        "1",
                        "")
                  .has_value());
}

TEST_CASE("compile cache: the least recently used entries leave first") {
  CompileCache& cache = CompileCache::process();
  cache.clear();
  auto error = [] { return CachedCompile{nullptr, CompileError{"m", 1, 1, "f"}}; };
  cache.store("/keep.js", "", error());
  for (std::size_t i = 0; i < CompileCache::kMaxEntries + 10; ++i) {
    cache.store("/" + std::to_string(i) + ".js", "", error());
    if (i % 8 == 0) CHECK(cache.find("/keep.js", "").has_value());  // used often: stays
  }
  CHECK(cache.stats().entries == CompileCache::kMaxEntries);
  CHECK(cache.find("/keep.js", "").has_value());
  CHECK_FALSE(cache.find("/0.js", "").has_value());
  CHECK(cache.find("/" + std::to_string(CompileCache::kMaxEntries + 9) + ".js", "").has_value());
  // One entry over the byte bound alone stays (the newest); adding another evicts it.
  cache.store("/huge.js", std::string(CompileCache::kMaxBytes + 1, 'x'), error());
  CHECK(cache.stats().entries == 1);
  cache.store("/small.js", "", error());
  CHECK(cache.stats().entries == 1);
  CHECK(cache.find("/small.js", "").has_value());
  cache.clear();
}

TEST_CASE("compile cache: off, nothing is found or kept") {
  CompileCache& cache = CompileCache::process();
  cache.clear();
  {
    CacheOff off;
    cache.store("/a.js", "1", CachedCompile{nullptr, CompileError{}});
    CHECK_FALSE(cache.find("/a.js", "1").has_value());
  }
  CHECK_FALSE(cache.find("/a.js", "1").has_value());
}
