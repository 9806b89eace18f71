// The compiler's decisions, read from its bytecode: which bindings live in registers and which in
// environments (captured by closures), per-iteration environments for `let` loops, and clean
// errors for what it does not compile.
#include "core/js/vm/compiler.h"

#include <optional>
#include <string>

#include "core/js/runtime/engine.h"
#include "core/js/syntax/parser.h"
#include "doctest/doctest.h"

using namespace looplab::js;

namespace {

// The script's top-level code, disassembled ("" and `error` set when it does not compile).
std::string top_level(Engine& engine, const std::string& source, std::string* error = nullptr) {
  ParseResult parsed = parse_program(source);
  REQUIRE_FALSE(parsed.error.has_value());
  auto text = std::make_shared<SourceText>(SourceText{"/test/c.js", source});
  std::optional<CompileFailure> failure;
  Code* code = compile_program(engine.vm(), *parsed.program, text, failure);
  if (code == nullptr) {
    if (error != nullptr) *error = failure->message;
    return "";
  }
  return disassemble(*code);
}

}  // namespace

TEST_CASE("compiler: uncaptured bindings live in registers") {
  Engine engine;
  std::string code = top_level(engine, "let a = 1; let b = a + 2;");
  CHECK(code.find("kStoreReg") != std::string::npos);
  CHECK(code.find("kPushEnv") == std::string::npos);
  CHECK(code.find("kStoreEnv") == std::string::npos);
}

TEST_CASE("compiler: captured bindings live in an environment") {
  Engine engine;
  std::string code = top_level(engine, "let a = 1; let b = 2; const f = () => a;");
  CHECK(code.find("kPushEnv 1") != std::string::npos);  // only `a` is captured
  CHECK(code.find("kStoreEnv") != std::string::npos);
}

TEST_CASE("compiler: let loops with closures copy their environment per iteration") {
  Engine engine;
  CHECK(top_level(engine, "for (let i = 0; i < 3; i++) { setTimeout(() => i); }").find("kCopyEnv") !=
        std::string::npos);
  CHECK(top_level(engine, "for (let i = 0; i < 3; i++) { i; }").find("kCopyEnv") == std::string::npos);
}

TEST_CASE("compiler: let and const reads check the temporal dead zone") {
  Engine engine;
  CHECK(top_level(engine, "f(); let x = 1; function f() {} x;").find("kLoadRegChecked") != std::string::npos);
  CHECK(top_level(engine, "var y = 1; y;").find("kLoadRegChecked") == std::string::npos);
}

TEST_CASE("compiler: finally bodies are inlined on every exit") {
  Engine engine;
  std::string code = top_level(engine, "for (;;) { try { if (a) break; } finally { f(); } }");
  std::size_t first = code.find("kLoadGlobal");  // `a`, then `f` once per exit path
  std::size_t count = 0;
  for (std::size_t at = code.find("kCall"); at != std::string::npos; at = code.find("kCall", at + 1)) ++count;
  CHECK(first != std::string::npos);
  CHECK(count == 3);  // break, normal completion, throw
}

TEST_CASE("compiler: constructs it cannot compile are errors naming them") {
  Engine engine;
  std::string error;
  CHECK(top_level(engine, "class A { #x; m() { [this.#x] = [1]; } }", &error) == "");
  CHECK(error == "this destructuring target is not supported yet");
}
