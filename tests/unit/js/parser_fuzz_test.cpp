// Deterministic fuzzing of the lexer and parser: random token soups and mutations (byte flips,
// insertions, truncations, splices) of a corpus of valid programs, with a fixed seed. Every input
// must either parse or give a syntax error whose position lies inside the source; nothing may
// crash, hang or overflow the stack (deep nesting is an error, not a stack overflow).
// The libFuzzer target in tests/fuzz/ explores further with coverage guidance.
#include <cstdint>
#include <string>
#include <vector>

#include "core/js/syntax/ast_dump.h"
#include "core/js/syntax/parser.h"
#include "doctest/doctest.h"

using looplab::js::parse_program;
using looplab::js::ParseResult;

namespace {

// splitmix64: a tiny deterministic generator (the test must not depend on the platform's rand).
class Random {
 public:
  explicit Random(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t m_state;
};

const char* const kCorpus[] = {
    "const fs = require('fs');\nfs.readFile(__filename, (err, data) => {\n  if (err) throw err;\n  "
    "console.log(data.length);\n});\n",
    "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n"
    "process.nextTick(() => console.log('tick'));\nPromise.resolve().then(() => console.log('micro'));\n",
    "async function main() {\n  for (let i = 0; i < 3; i++) {\n    await new Promise(r => setTimeout(r, "
    "10));\n"
    "    console.log(`step ${i}`);\n  }\n}\nmain().catch(e => console.error(e));\n",
    "class Queue extends Array {\n  #size = 0;\n  static from(x) { return new Queue(...x); }\n"
    "  get size() { return this.#size; }\n  push(...items) { this.#size += items.length; return "
    "super.push(...items); "
    "}\n}\n",
    "const { a = 1, b: [c, , ...d], ...rest } = obj ?? {};\n[x, y] = [y, x];\nlet o = { a, [k]: v, m() {}, "
    "get g() "
    "{ return 1 }, ...rest };\n",
    "label: for (const k in obj) {\n  switch (typeof obj[k]) {\n    case 'number': continue label;\n    "
    "default: "
    "break label;\n  }\n}\n",
    "try {\n  JSON.parse('{');\n} catch ({ message }) {\n  console.log(message);\n} finally {\n  "
    "done?.();\n}\n",
    "var x = a ? b : c ? d : e, y = (1, 2), z = !!x && y || (-z) ** 2;\ndo x++; while (x < 10)\n",
    "const tag = (s, ...v) => s.raw.join('|') + v;\nconsole.log(tag`a${1}b${`c${2}`}d`, 0x1f, 1_000, "
    ".5e-3);\n",
    "function f(a, b = a * 2, ...c) {\n  return arguments.length + new.target;\n}\nfunction g() { 'use "
    "strict'; }\n",
    "const p = new Promise((resolve, reject) => { queueMicrotask(resolve); });\np.then(v => v, e => { throw "
    "e; "
    "});\n",
    "x ||= 1; y &&= 2; z ?\?= 3; a.b?.c?.[d]?.(e);\nif (a) b(); else if (c) { d() } else e\n",
};

// Tokens for soups: a mix of valid pieces that combine into tricky sequences.
const char* const kTokens[] = {
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ";",
    ",",
    ".",
    "...",
    "?.",
    "?",
    ":",
    "=>",
    "=",
    "+=",
    "**",
    "??",
    "&&",
    "||",
    "+",
    "-",
    "++",
    "--",
    "!",
    "~",
    "<",
    ">>>",
    "/",
    "/=",
    "%",
    "`",
    "${",
    "`a${",
    "}`",
    "'s'",
    "\"t\"",
    "1",
    "0x1F",
    "1e3",
    ".5",
    "1_0",
    "017",
    "x",
    "async",
    "await",
    "function",
    "class",
    "extends",
    "super",
    "this",
    "new",
    "new.target",
    "let",
    "const",
    "var",
    "if",
    "else",
    "for",
    "of",
    "in",
    "while",
    "do",
    "return",
    "break",
    "continue",
    "try",
    "catch",
    "finally",
    "throw",
    "switch",
    "case",
    "default",
    "get",
    "set",
    "static",
    "#p",
    "yield",
    "import",
    "export",
    "with",
    "delete",
    "typeof",
    "void",
    "instanceof",
    "\n",
    " ",
    "//c\n",
    "/*c*/",
    "'use strict';",
    "\\u0061",
    "\xC3\xA9",
    "\xF0\x9F\x98\x80",
    "\xE2\x80\xA8",
    "#!",
    "@",
    "\\",
};

// Checks that an error's position lies in the source and its excerpt is the right line.
void check_result(const std::string& source, const ParseResult& r) {
  if (!r.error) {
    REQUIRE(r.program != nullptr);
    std::string dump = looplab::js::dump_ast(*r.program);  // walks the whole tree
    CHECK_FALSE(dump.empty());
    return;
  }
  const auto& e = *r.error;
  CHECK_FALSE(e.message.empty());
  REQUIRE(e.offset <= source.size());
  CHECK(e.line >= 1);
  CHECK(e.column >= 1);
  // The excerpt must be a whole line of the source, holding the error's offset.
  auto at =
      source.find(e.source_line, e.offset >= e.source_line.size() ? e.offset - e.source_line.size() : 0);
  CHECK(at != std::string::npos);
  CHECK(e.source_line.find('\n') == std::string::npos);
  CHECK(e.column <= e.source_line.size() + 1);  // UTF-16 units never exceed bytes
  CHECK(e.length <= e.source_line.size() + 1);
  std::string formatted = e.format("f.js");
  CHECK(formatted.find("SyntaxError: ") != std::string::npos);
}

void run(const std::string& source) {
  ParseResult r = parse_program(source);
  check_result(source, r);
}

std::string mutate(Random& random, const std::string& base) {
  std::string s = base;
  int edits = 1 + static_cast<int>(random.below(4));
  for (int i = 0; i < edits; ++i) {
    switch (random.below(6)) {
      case 0:  // flip a byte
        if (!s.empty()) s[random.below(s.size())] = static_cast<char>(random.next());
        break;
      case 1:  // insert a token
        s.insert(random.below(s.size() + 1), kTokens[random.below(std::size(kTokens))]);
        break;
      case 2:  // delete a range
        if (!s.empty()) {
          std::size_t at = random.below(s.size());
          s.erase(at, random.below(8) + 1);
        }
        break;
      case 3:  // truncate
        s.resize(random.below(s.size() + 1));
        break;
      case 4: {  // splice in a piece of another program
        std::string other = kCorpus[random.below(std::size(kCorpus))];
        std::size_t from = random.below(other.size());
        s.insert(random.below(s.size() + 1), other.substr(from, random.below(40)));
        break;
      }
      default:  // duplicate a range (repetition finds nesting bugs)
        if (!s.empty()) {
          std::size_t at = random.below(s.size());
          s.insert(at, s.substr(at, random.below(16)));
        }
        break;
    }
  }
  return s;
}

}  // namespace

TEST_CASE("parser fuzz: the corpus itself parses") {
  for (const char* text : kCorpus) {
    std::string program = text;
    CAPTURE(program);
    ParseResult r = parse_program(program);
    CHECK(r.error.has_value() == false);
    if (r.error) CHECK(r.error->message == "");  // shows the message when it fails
  }
}

TEST_CASE("parser fuzz: mutations of valid programs never crash") {
  Random random(20261122);
  for (int i = 0; i < 6000; ++i) {
    std::string source = mutate(random, kCorpus[random.below(std::size(kCorpus))]);
    CAPTURE(source);
    run(source);
  }
}

TEST_CASE("parser fuzz: random token soups never crash") {
  Random random(42);
  for (int i = 0; i < 4000; ++i) {
    std::string source;
    std::size_t count = random.below(60);
    for (std::size_t t = 0; t < count; ++t) {
      source += kTokens[random.below(std::size(kTokens))];
      if (random.below(3) == 0) source += ' ';
    }
    CAPTURE(source);
    run(source);
  }
}

TEST_CASE("parser fuzz: random bytes never crash") {
  Random random(7);
  for (int i = 0; i < 2000; ++i) {
    std::string source(random.below(80), '\0');
    for (char& c : source) c = static_cast<char>(random.next());
    run(source);
  }
}

TEST_CASE("parser fuzz: 100000 levels of nesting are an error, not a stack overflow") {
  const char* openers[] = {"(",     "[",     "{",   "a=>",       "x={a:", "`${",           "-",
                           "!",     "new ",  "a?",  "a=",        "f(",    "function f(){", "class A extends ",
                           "if(1)", "let [", "1**", "async()=>", "y=>{"};
  for (const char* opener : openers) {
    CAPTURE(opener);
    std::string source;
    for (int i = 0; i < 100000; ++i) source += opener;
    ParseResult r = parse_program(source);
    REQUIRE(r.error.has_value());
    CHECK(r.error->message.find("Too deeply nested") == 0);
  }
}

TEST_CASE("parser fuzz: moderate nesting still parses") {
  std::string source = "x = ";
  for (int i = 0; i < 150; ++i) source += "[{a: (";  // 450 levels: just under the limit
  source += "1";
  for (int i = 0; i < 150; ++i) source += ")}]";
  CHECK_FALSE(parse_program(source).error.has_value());
}

TEST_CASE("parser fuzz: long flat programs are linear") {
  // 20000 statements and a 20000-term expression: must parse quickly (no quadratic scans).
  std::string statements;
  for (int i = 0; i < 20000; ++i)
    statements += "let v" + std::to_string(i) + " = " + std::to_string(i) + ";\n";
  CHECK_FALSE(parse_program(statements).error.has_value());
  std::string sum = "x = 0";
  for (int i = 0; i < 20000; ++i) sum += " + a.b[c]";
  CHECK_FALSE(parse_program(sum).error.has_value());
  std::string chain = "a";
  for (int i = 0; i < 20000; ++i) chain += "?.b(1)";
  CHECK_FALSE(parse_program(chain).error.has_value());
}
