// The engine facade with the runtime: compile errors, host calls made at their virtual time
// (the interpreter yields before them), callbacks made from functions, uncaught exceptions, the
// rejection tracker hook.
#include <string>
#include <vector>

#include "doctest/doctest.h"
#include "js_harness.h"

using namespace looplab;
using namespace looplab::js;

namespace {

struct Harness {
  explicit Harness(EngineOptions options = {}) : engine(options), process(sim, machine, trace) {
    testing::install_test_globals(engine);
  }
  // Runs a script as the main module; returns false when it did not compile.
  bool run(const std::string& source) {
    CompileResult compiled = engine.compile(source, "/test/main.js");
    if (compiled.error) {
      compile_error = compiled.error->formatted;
      return false;
    }
    process.start(engine.main(*compiled.script));
    sim.run();
    return true;
  }
  std::vector<node::OutputLine> lines() const { return process.output(); }

  Engine engine;
  Simulation sim;
  Machine machine{sim, 4};
  Trace trace;
  node::NodeProcess process;
  std::string compile_error;
};

Nanos gap_between_prints(std::int64_t cost_ps) {
  EngineOptions options;
  options.instruction_cost_ps = cost_ps;
  Harness h(options);
  REQUIRE(h.run("print('a'); let x = 0; for (let i = 0; i < 10000; i++) { x += i; } print('b');"));
  auto lines = h.lines();
  REQUIRE(lines.size() == 2);
  return lines[1].time - lines[0].time;
}

}  // namespace

TEST_CASE("engine: syntax errors are reported as node formats them") {
  Harness h;
  CHECK_FALSE(h.run("let x = ;"));
  CHECK(h.compile_error.find("/test/main.js:1\nlet x = ;\n") == 0);
  CHECK(h.compile_error.find("SyntaxError: Unexpected token ';'") != std::string::npos);
}

TEST_CASE("engine: host calls happen at the virtual time the code reaches them") {
  Nanos fast = gap_between_prints(1000);
  Nanos slow = gap_between_prints(3000);
  // The loop runs about 10 instructions per iteration: ~100 us at 1 ns per instruction.
  CHECK(fast > 50'000);
  CHECK(fast < 500'000);
  // Tripling the instruction cost triples the loop's part of the gap (the print's own cost stays).
  Nanos write_cost = (3 * fast - slow) / 2;
  CHECK(write_cost >= 0);
  CHECK(slow - write_cost == doctest::Approx(3.0 * static_cast<double>(fast - write_cost)).epsilon(0.01));
}

TEST_CASE("engine: timers call back into JavaScript with their arguments") {
  Harness h;
  REQUIRE(h.run("setTimeout((a, b) => print('timer', a, b), 5, 'x', 2); print('main');"));
  auto lines = h.lines();
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "main");
  CHECK(lines[1].text == "timer x 2");
  CHECK(lines[1].time >= 5 * kNanosPerMilli);
}

TEST_CASE("engine: an uncaught exception ends the callback with node's report") {
  Harness h;
  REQUIRE(h.run("print('before');\nsetTimeout(() => { null.x; }, 1);\n"));
  auto lines = h.lines();
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0].text == "before");
  std::string all;
  for (const auto& l : lines) all += l.text + "\n";
  CHECK(all.find("TypeError: Cannot read properties of null (reading 'x')") != std::string::npos);
}

TEST_CASE("engine: the rejection tracker sees unhandled rejections and late handlers") {
  Harness h;
  std::vector<std::string> events;
  h.engine.set_rejection_tracker([&](PromiseObject* p, RejectionOperation op) {
    Value r = p->result();
    std::string what = r.is_string() ? r.as_string()->to_utf8() : "?";
    events.push_back((op == RejectionOperation::kReject ? "reject " : "handle ") + what);
  });
  REQUIRE(
      h.run("const p = Promise.reject('a'); Promise.reject('b').catch(() => {}); setTimeout(() => p.catch(() "
            "=> {}), 1);"));
  // 'b' is rejected before its catch is attached (in the same script), so it is reported and
  // then handled at once; 'a' is handled a timer later.
  REQUIRE(events.size() == 4);
  CHECK(events[0] == "reject a");
  CHECK(events[1] == "reject b");
  CHECK(events[2] == "handle b");
  CHECK(events[3] == "handle a");
}

TEST_CASE("engine: callables report their label and source range") {
  Engine engine;
  CompileResult compiled = engine.compile("const f = function named() {};\nexports.f = f;", "/test/m.js");
  REQUIRE(compiled.script);
  Vm& vm = engine.vm();
  Object* exports = vm.new_object();
  Value r = vm.call(compiled.script->function.get(), Value(exports), {Value(exports)});
  REQUIRE_FALSE(r.is_exception());
  Value f = exports->get(vm, vm.key("f"));
  node::CallbackRef cb = engine.make_callable(f, Value::undefined(), {}, "");
  CHECK(cb->label() == "named (line 1)");
  REQUIRE(cb->source() != 0);
  const Engine::SourceInfo& info = engine.sources()[cb->source() - 1];
  CHECK(info.file == "/test/m.js");
  CHECK(info.line == 1);
  CHECK(info.column == 11);
}

TEST_CASE("engine: unsupported constructs are compile errors naming them") {
  Engine engine;
  CompileResult r = engine.compile("class A { #x; m() { [this.#x] = [1]; } }", "/test/u.js");
  REQUIRE(r.error);
  CHECK(r.error->message == "this destructuring target is not supported yet");
  CHECK(r.error->formatted.find("SyntaxError: this destructuring target is not supported yet") !=
        std::string::npos);
}

TEST_CASE("engine: the prelude compiled and ran") {
  Engine engine;
  CHECK(engine.realm().prelude_error() == "");
}
