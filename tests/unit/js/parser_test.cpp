// The parser: the tree built for every construct (checked through dump_ast's S-expressions),
// precedence and associativity, automatic semicolon insertion, inferred names, function flags,
// CommonJS mode, the named rejection of unsupported features, and V8's exact message and
// position for every syntax error (the tables below were printed by node v20's vm.Script for
// the same sources; see tests/unit/js/lexer_test.cpp for malformed tokens).
#include "core/js/syntax/parser.h"

#include <string>

#include "core/js/syntax/ast_dump.h"
#include "doctest/doctest.h"

using looplab::js::dump_ast;
using looplab::js::FunctionNode;
using looplab::js::NodeKind;
using looplab::js::parse_program;
using looplab::js::ParseOptions;
using looplab::js::ParseResult;

namespace {

// The dumped tree of `source`, or "ERROR: message" when it does not parse.
std::string tree(const std::string& source) {
  ParseResult r = parse_program(source);
  if (r.error) return "ERROR: " + r.error->message;
  return dump_ast(*r.program);
}

// The dumped tree of the only statement's expression: `expr("a + b")` == "(+ a b)".
std::string expr(const std::string& source) {
  std::string t = tree(source);
  const std::string prefix = "(program (expr ";
  if (t.rfind(prefix, 0) != 0) return t;
  return t.substr(prefix.size(), t.size() - prefix.size() - 2);
}

std::string error(const std::string& source) {
  ParseResult r = parse_program(source);
  return r.error ? r.error->message : "OK";
}

struct ErrorRow {
  const char* source;
  const char* message;
  unsigned line;
  unsigned column;
  unsigned length;
};

void check_rows(const ErrorRow* rows, std::size_t count) {
  ParseOptions script;  // vm.Script parses a classic script, not a CommonJS module body
  script.commonjs = false;
  for (std::size_t i = 0; i < count; ++i) {
    const ErrorRow& row = rows[i];
    CAPTURE(row.source);
    ParseResult result = parse_program(row.source, script);
    REQUIRE(result.error.has_value());
    CHECK(result.error->message == row.message);
    CHECK(result.error->line == row.line);
    CHECK(result.error->column == row.column);
    CHECK(result.error->length == row.length);
  }
}

const FunctionNode& first_function(const ParseResult& r) {
  // The first statement after the directives is `x = <function>` or a function declaration.
  std::size_t i = 0;
  while (r.program->body[i]->kind == NodeKind::kExpressionStatement &&
         r.program->body[i]->as<looplab::js::ExpressionStatement>().expression->kind ==
             NodeKind::kStringLiteral) {
    i++;
  }
  const auto* stmt = r.program->body[i];
  if (stmt->kind == NodeKind::kFunctionDeclaration) {
    return *stmt->as<looplab::js::FunctionDeclaration>().function;
  }
  const auto* e = stmt->as<looplab::js::ExpressionStatement>().expression;
  return e->as<looplab::js::AssignmentExpression>().value->as<FunctionNode>();
}

}  // namespace

// ---- trees ------------------------------------------------------------------------------

TEST_CASE("parser: binary operators by precedence, left-associative") {
  CHECK(expr("a + b * c - d") == "(- (+ a (* b c)) d)");
  CHECK(expr("a || b && c | d ^ e & f") == "(|| a (&& b (| c (^ d (& e f)))))");
  CHECK(expr("a == b < c << d + e") == "(== a (< b (<< c (+ d e))))");
  CHECK(expr("a instanceof B in c") == "(in (instanceof a B) c)");
  CHECK(expr("a ?? b ?? c") == "(?? (?? a b) c)");
  CHECK(expr("a - b - c") == "(- (- a b) c)");
  CHECK(expr("a / b % c * d") == "(* (% (/ a b) c) d)");
}

TEST_CASE("parser: exponent and assignment are right-associative") {
  CHECK(expr("a ** b ** c") == "(** a (** b c))");
  CHECK(expr("(a ** b) ** c") == "(** (** a b) c)");
  CHECK(expr("(-a) ** b") == "(** (- a) b)");
  CHECK(expr("a ** -b") == "(** a (- b))");
  CHECK(expr("a = b += c") == "(= a (+= b c))");
  CHECK(expr("a ?\?= b ||= c &&= d") == "(?\?= a (||= b (&&= c d)))");
}

TEST_CASE("parser: conditional, sequence and unary operators") {
  CHECK(expr("a ? b : c ? d : e") == "(? a b (? c d e))");
  CHECK(expr("a ? b = 1 : c = 2") == "(? a (= b 1) (= c 2))");
  CHECK(expr("a, b, c") == "(, a b c)");
  CHECK(expr("!a++ + -b-- - ~c") == "(- (+ (! (x++ a)) (- (x-- b))) (~ c))");
  CHECK(expr("typeof a + void b + delete c.d") == "(+ (+ (typeof a) (void b)) (delete (. c d)))");
  CHECK(expr("++a.b") == "(++x (. a b))");
  CHECK(expr("--a[0]") == "(--x ([] a 0))");
  CHECK(expr("- - a") == "(- (- a))");
}

TEST_CASE("parser: literals") {
  CHECK(expr("x = [1, , 2, ...a]") == "(= x (array 1 _ 2 (... a)))");
  CHECK(expr("x = [,]") == "(= x (array _))");
  CHECK(expr("x = 'a\\u0041'") == "(= x \"aA\")");
  CHECK(expr("x = 0x10 + 1e3 + .5 + 1_000") == "(= x (+ (+ (+ 16 1000) 0.5) 1000))");
  CHECK(expr("x = [true, false, null, this]") == "(= x (array true false null this))");
  CHECK(expr("x = `a${b}c${`d${e}`}`") == "(= x (template \"a\" b \"c\" (template \"d\" e \"\") \"\"))");
  CHECK(expr("x = tag`a${b}c`") == "(= x (tagged tag (template \"a\" b \"c\")))");
  CHECK(expr("x = String.raw`\\u`") == "(= x (tagged (. String raw) (template undefined)))");
}

TEST_CASE("parser: object literal forms") {
  CHECK(expr("x = {a, b: 1, [c]: 2, 'd': 3, 4: 5, if: 6}") ==
        "(= x (object (short a a) (init b 1) (init [c] 2) (init d 3) (init 4 5) (init if 6)))");
  CHECK(
      expr("x = {get a() {}, set a(v) {}, m() {}, async n() {}, ...r}") ==
      "(= x (object (get a (function \"get a\" get (params) (block))) (set a (function \"set a\" set (params "
      "v) "
      "(block))) (method m (function \"m\" method (params) (block))) (method n (function \"n\" async method "
      "(params) (block))) (spread r)))");
  CHECK(expr("x = {get: 1, set: 2, async: 3, static: 4, get() {}, async() {}}") ==
        "(= x (object (init get 1) (init set 2) (init async 3) (init static 4) (method get (function \"get\" "
        "method (params) (block))) (method async (function \"async\" method (params) (block)))))");
  CHECK(expr("x = {__proto__: null}") == "(= x (object (init __proto__ null)))");
}

TEST_CASE("parser: numeric property keys are stored as ToString gives them") {
  CHECK(expr("x = {1.50: a, 0x10: b, 1e21: c, .000001: d, 1e-7: e}") ==
        "(= x (object (init 1.5 a) (init 16 b) (init 1e+21 c) (init 0.000001 d) (init 1e-7 e)))");
}

TEST_CASE("parser: calls, members, new and optional chains") {
  CHECK(expr("a.b[c](d, ...e)") == "(call ([] (. a b) c) d (... e))");
  CHECK(expr("a.if.class") == "(. (. a if) class)");
  CHECK(expr("new Foo") == "(new Foo)");
  CHECK(expr("new Foo(1)") == "(new Foo 1)");
  CHECK(expr("new new X()()") == "(new (new X))");
  CHECK(expr("new a.b.C()") == "(new (. (. a b) C))");
  CHECK(expr("new (f())()") == "(new (call f))");
  CHECK(expr("new X().y") == "(. (new X) y)");
  CHECK(expr("a?.b") == "(chain (?. a b))");
  CHECK(expr("a?.b.c(1)?.[2]") == "(chain (?.[] (call (. (?. a b) c) 1) 2))");
  CHECK(expr("a?.(b)") == "(chain (call?. a b))");
  CHECK(expr("(a?.b).c") == "(. (chain (?. a b)) c)");
  CHECK(expr("a?.5:1") == "(? a 0.5 1)");
}

TEST_CASE("parser: arrows and their parameters") {
  CHECK(expr("x = y => y * 2") == "(= x (function \"x\" arrow (params y) (* y 2)))");
  CHECK(expr("x = () => {}") == "(= x (function \"x\" arrow (params) (block)))");
  CHECK(expr("x = (a, {b, c: [d]}, ...e) => 0") ==
        "(= x (function \"x\" arrow complex (params a (opat (b b) (c (apat d))) (rest e)) 0))");
  CHECK(expr("x = (a = 1, [b] = []) => 0") ==
        "(= x (function \"x\" arrow complex (params (default a 1) (default (apat b) (array))) 0))");
  CHECK(expr("x = (a, b,) => 0") == "(= x (function \"x\" arrow (params a b) 0))");
  CHECK(expr("x = async y => y") == "(= x (function \"x\" async arrow (params y) y))");
  CHECK(expr("x = async (a, ...b) => a") ==
        "(= x (function \"x\" async arrow complex (params a (rest b)) a))");
  CHECK(expr("x = async () => {}") == "(= x (function \"x\" async arrow (params) (block)))");
  CHECK(expr("x = a => b => a + b") ==
        "(= x (function \"x\" arrow (params a) (function \"\" arrow (params b) (+ a b))))");
  CHECK(expr("x = () => ({})") == "(= x (function \"x\" arrow (params) (object)))");
  CHECK(expr("async(a, b)") == "(call async a b)");
  CHECK(expr("async\n(a, b)") == "(call async a b)");
}

TEST_CASE("parser: functions") {
  CHECK(tree("function f(a, b = 1, ...c) { return a }") ==
        "(program (function-decl (function \"f\" complex (params a (default b 1) (rest c)) (block (return "
        "a)))))");
  CHECK(tree("async function g() { await x }") ==
        "(program (function-decl (function \"g\" async (params) (block (expr (await x))))))");
  CHECK(expr("x = function named() {}") == "(= x (function \"named\" (params) (block)))");
  CHECK(expr("x = async function () { await 1 }") ==
        "(= x (function \"x\" async (params) (block (expr (await 1)))))");
}

TEST_CASE("parser: destructuring declarations and assignments") {
  CHECK(tree("let {a = 1, b: {c}} = o, [d, , ...e] = p") ==
        "(program (let ((opat (a (default a 1)) (b (opat (c c)))) o) ((apat d _ (rest e)) p)))");
  CHECK(expr("({a, b: c.d, ...e} = f)") == "(= (opat (a a) (b (. c d)) (rest e)) f)");
  CHECK(expr("[a.b, [c] = [], ...d[0]] = e") ==
        "(= (apat (. a b) (default (apat c) (array)) (rest ([] d 0))) e)");
  CHECK(expr("[a, b] = [b, a]") == "(= (apat a b) (array b a))");
  CHECK(expr("({a = 1} = {})") == "(= (opat (a (default a 1))) (object))");
  CHECK(expr("[(a)] = 1") == "(= (apat a) 1)");
  CHECK(expr("(a) = 1") == "(= a 1)");
  CHECK(expr("[{a = 1}] = [{}]") == "(= (apat (opat (a (default a 1)))) (array (object)))");
}

TEST_CASE("parser: statements") {
  CHECK(tree("for (const k in o) ; for (x of y) ; for (let i = 0, j; i < n; i++) {}") ==
        "(program (for-in (const (k)) o ;) (for-of x y ;) (for (let (i 0) (j)) (< i n) (x++ i) (block)))");
  CHECK(tree("for (;;) break") == "(program (for _ _ _ (break)))");
  CHECK(tree("for (let [a, b] of x) ;") == "(program (for-of (let ((apat a b))) x ;))");
  CHECK(tree("for ([a, b] of x) ;") == "(program (for-of (apat a b) x ;))");
  CHECK(tree("for (a.b in c) ;") == "(program (for-in (. a b) c ;))");
  CHECK(tree("while (a) continue") == "(program (while a (continue)))");
  CHECK(tree("do x(); while (y)") == "(program (do (expr (call x)) y))");
  CHECK(tree("if (a) b(); else if (c) d(); else e()") ==
        "(program (if a (expr (call b)) (if c (expr (call d)) (expr (call e)))))");
  CHECK(tree("try { a() } catch ({message}) { b() } finally {}") ==
        "(program (try (block (expr (call a))) (catch (opat (message message)) (block (expr (call b)))) "
        "(finally (block))))");
  CHECK(tree("try {} catch {}") == "(program (try (block) (catch _ (block))))");
  CHECK(tree("switch (a) { case 1: case 2: b(); break; default: c() }") ==
        "(program (switch a (case 1) (case 2 (expr (call b)) (break)) (default (expr (call c)))))");
  CHECK(tree("outer: for (;;) { inner: while (1) { continue outer } }") ==
        "(program (label outer (for _ _ _ (block (label inner (while 1 (block (continue outer))))))))");
  CHECK(tree("a: { break a }") == "(program (label a (block (break a))))");
  CHECK(tree("throw new Error('x')") == "(program (throw (new Error \"x\")))");
  CHECK(tree("debugger; ;") == "(program debugger ;)");
  CHECK(tree("{ let a; }") == "(program (block (let (a))))");
  CHECK(tree("var a = 1, b") == "(program (var (a 1) (b)))");
}

TEST_CASE("parser: for await is parsed inside async functions") {
  CHECK(tree("async function f() { for await (const x of y) ; }") ==
        "(program (function-decl (function \"f\" async (params) (block (for-await-of (const (x)) y ;)))))");
}

TEST_CASE("parser: Annex B sloppy forms") {
  CHECK(tree("if (a) function f() {}") ==
        "(program (if a (function-decl (function \"f\" (params) (block)))))");
  CHECK(tree("for (var i = 0 in o) ;") == "(program (for-in (var (i 0)) o ;))");
  CHECK(tree("label: function f() {}") ==
        "(program (label label (function-decl (function \"f\" (params) (block)))))");
  CHECK(tree("{ function f() {} function f() {} }") != "");
  CHECK(error("{ function f() {} function f() {} }") == "OK");
  CHECK(expr("x = 017") == "(= x 15)");
}

TEST_CASE("parser: classes") {
  CHECK(tree("class A extends B { #x = 1; static y; constructor() { super(); } get z() { return this.#x } "
             "static {} }") ==
        "(program (class-decl (class \"A\" (extends B) (constructor (function \"A\" derived-ctor strict this "
        "(params) "
        "(block (expr (call super))))) (field #x 1) (static field y _) (get z (function \"get z\" get strict "
        "this "
        "(params) (block (return (.# this x))))) (static block (function \"\" method strict (params) "
        "(block))))))");
  CHECK(
      expr("x = class { static async m() {} set [k](v) {} 'q'() {} 1() {} #p() {} }") ==
      "(= x (class \"x\" (static method m (function \"m\" async method strict (params) (block))) (set [k] "
      "(function \"\" set strict (params v) (block))) (method q (function \"q\" method strict (params) "
      "(block))) "
      "(method 1 (function \"1\" method strict (params) (block))) (method #p (function \"#p\" method strict "
      "(params) (block)))))");
  CHECK(
      expr("x = class { static; get; set; async; static static() {} }") ==
      "(= x (class \"x\" (field static _) (field get _) (field set _) (field async _) (static method static "
      "(function \"static\" method strict (params) (block)))))");
  CHECK(expr("x = class { a = 1\n b = 2 }") == "(= x (class \"x\" (field a 1) (field b 2)))");
  CHECK(expr("x = class { #a; has(o) { return #a in o } }") ==
        "(= x (class \"x\" (field #a _) (method has (function \"has\" method strict (params o) (block "
        "(return (in #a "
        "o)))))))");
  CHECK(expr("x = class { 'constructor'() {} }") ==
        "(= x (class \"x\" (constructor (function \"x\" ctor strict (params) (block)))))");
}

TEST_CASE("parser: class bodies are strict, the code around them is not") {
  CHECK(error("class A { m() { var let } }") == "Unexpected strict mode reserved word");
  CHECK(error("class A {} var let = 1") == "OK");
  CHECK(error("class A extends (function () { with (a) {} }) {}") ==
        "Strict mode code may not include a with statement");
}

TEST_CASE("parser: private names resolve against enclosing classes") {
  CHECK(error("class A { #a; m() { class B { n() { return this.#a } } } }") == "OK");
  CHECK(error("class A { m() { class B { n() { return this.#a } } } #a }") == "OK");
  CHECK(error("class A { m() { return this.#b } }") ==
        "Private field '#b' must be declared in an enclosing class");
  CHECK(error("class A { get #a() {} set #a(v) {} }") == "OK");
}

TEST_CASE("parser: use strict directives") {
  CHECK(tree("'use strict'; x") == "(program strict (expr \"use strict\") (expr x))");
  CHECK(tree("'a'; \"use strict\"; x") == "(program strict (expr \"a\") (expr \"use strict\") (expr x))");
  CHECK(tree("x; 'use strict'") == "(program (expr x) (expr \"use strict\"))");
  CHECK(tree("('use strict')") == "(program (expr \"use strict\"))");
  CHECK(tree("'use\\x20strict'") == "(program (expr \"use strict\"))");
  CHECK(tree("function f() { 'use strict' }") ==
        "(program (function-decl (function \"f\" strict (params) (block (expr \"use strict\")))))");
  CHECK(tree("'use strict'; function f() {}") ==
        "(program strict (expr \"use strict\") (function-decl (function \"f\" strict (params) (block))))");
  CHECK(error("'use strict'\n+ 1; var eval") == "OK");
}

// ---- automatic semicolon insertion ------------------------------------------------------

TEST_CASE("parser: ASI at a newline, before } and at the end of input") {
  CHECK(tree("a\nb") == "(program (expr a) (expr b))");
  CHECK(tree("{ a } b") == "(program (block (expr a)) (expr b))");
  CHECK(tree("a = 1") == "(program (expr (= a 1)))");
  CHECK(tree("var a = 1, b = 2\nvar c") == "(program (var (a 1) (b 2)) (var (c)))");
  CHECK(tree("a = 1 /* \n */ b = 2") == "(program (expr (= a 1)) (expr (= b 2)))");
  CHECK(error("a = 1 /* */ b = 2") == "Unexpected identifier 'b'");
  CHECK(tree("do x\nwhile (0) y") == "(program (do (expr x) 0) (expr y))");
  CHECK(tree("do x; while (0) y") == "(program (do (expr x) 0) (expr y))");
}

TEST_CASE("parser: no ASI where the next line continues the expression") {
  CHECK(tree("x = a\n(b)") == "(program (expr (= x (call a b))))");
  CHECK(tree("x = a\n[b]") == "(program (expr (= x ([] a b))))");
  CHECK(tree("x = a\n`b`") == "(program (expr (= x (tagged a (template \"b\")))))");
  CHECK(tree("a\n?.b") == "(program (expr (chain (?. a b))))");
  CHECK(tree("let \n x = 1") == "(program (let (x 1)))");
}

TEST_CASE("parser: restricted productions end at a newline") {
  CHECK(tree("function f() { return\n1 }") ==
        "(program (function-decl (function \"f\" (params) (block (return) (expr 1)))))");
  CHECK(tree("a\n++\nb") == "(program (expr a) (expr (++x b)))");
  CHECK(tree("a\n++b") == "(program (expr a) (expr (++x b)))");
  CHECK(tree("for (;;) { break\nx }") == "(program (for _ _ _ (block (break) (expr x))))");
  CHECK(tree("l: for (;;) { continue\nl }") == "(program (label l (for _ _ _ (block (continue) (expr l)))))");
  CHECK(error("throw\nx") == "Illegal newline after throw");
  CHECK(error("x\n=> 1") == "Unexpected token '=>'");
  CHECK(error("async\nx => x") == "OK");
  CHECK(tree("async\nfunction f() {}") ==
        "(program (expr async) (function-decl (function \"f\" (params) (block))))");
}

TEST_CASE("parser: no ASI inside a for head") {
  CHECK(error("for (a\nb\nc) ;") == "Unexpected identifier 'b'");
  CHECK(error("for (;;\n) ;") == "OK");
}

// ---- names and flags ----------------------------------------------------------------------

TEST_CASE("parser: names are inferred as V8 names anonymous functions and classes") {
  CHECK(tree("const f = function () {}, g = () => {}, C = class {}") ==
        "(program (const (f (function \"f\" (params) (block))) (g (function \"g\" arrow (params) (block))) "
        "(C (class "
        "\"C\"))))");
  CHECK(expr("x = { m: () => {}, 'n': function () {}, [k]: () => {} }") ==
        "(= x (object (init m (function \"m\" arrow (params) (block))) (init n (function \"n\" (params) "
        "(block))) "
        "(init [k] (function \"\" arrow (params) (block)))))");
  CHECK(expr("a ||= () => {}") == "(||= a (function \"a\" arrow (params) (block)))");
  CHECK(expr("a += function () {}") == "(+= a (function \"\" (params) (block)))");
  CHECK(expr("a.b = function () {}") == "(= (. a b) (function \"\" (params) (block)))");
  CHECK(tree("let {a = () => {}} = {}") ==
        "(program (let ((opat (a (default a (function \"a\" arrow (params) (block))))) (object))))");
  CHECK(tree("function f(cb = function () {}) {}") ==
        "(program (function-decl (function \"f\" complex (params (default cb (function \"cb\" (params) "
        "(block)))) "
        "(block))))");
  CHECK(expr("x = class { field = () => {} }") ==
        "(= x (class \"x\" (field field (function \"field\" arrow strict (params) (block)))))");
  CHECK(expr("x = (0, function () {})") == "(= x (, 0 (function \"\" (params) (block))))");
}

TEST_CASE("parser: simple_parameters") {
  auto simple = [](const char* s) { return first_function(parse_program(s)).simple_parameters; };
  CHECK(simple("function f(a, b) {}"));
  CHECK_FALSE(simple("function f(a = 1) {}"));
  CHECK_FALSE(simple("function f(...a) {}"));
  CHECK_FALSE(simple("function f({a}) {}"));
  CHECK(simple("x = (a, b) => 0"));
  CHECK_FALSE(simple("x = ([a]) => 0"));
}

TEST_CASE("parser: uses_arguments looks through arrows, not through functions") {
  auto r = parse_program("function f() { return () => arguments }");
  const FunctionNode& f = first_function(r);
  CHECK(f.uses_arguments);
  const auto& ret = f.body->as<looplab::js::BlockStatement>().body[0]->as<looplab::js::ReturnStatement>();
  CHECK(ret.argument->as<FunctionNode>().uses_arguments);
  CHECK_FALSE(
      first_function(parse_program("function f() { return function () { arguments } }")).uses_arguments);
  CHECK_FALSE(first_function(parse_program("function f(a) { return a }")).uses_arguments);
  CHECK(first_function(parse_program("x = (a = arguments) => a")).uses_arguments);
}

TEST_CASE("parser: uses_this_or_super marks arrows that capture this") {
  CHECK(first_function(parse_program("x = () => this")).uses_this_or_super);
  CHECK(first_function(parse_program("x = () => () => this")).uses_this_or_super);
  CHECK_FALSE(first_function(parse_program("x = () => 1")).uses_this_or_super);
  CHECK_FALSE(first_function(parse_program("x = () => function () { this }")).uses_this_or_super);
  CHECK(first_function(parse_program("x = (a = this) => a")).uses_this_or_super);
  auto r = parse_program("x = { m() { return () => super.m() } }");
  REQUIRE_FALSE(r.error);
  CHECK(dump_ast(*r.program).find("arrow this") != std::string::npos);
}

TEST_CASE("parser: strict flags on functions") {
  CHECK(first_function(parse_program("function f() { 'use strict' }")).strict);
  CHECK_FALSE(first_function(parse_program("function f() { }")).strict);
  CHECK(first_function(parse_program("'use strict'; function f() { }")).strict);
  CHECK(first_function(parse_program("x = () => { 'use strict' }")).strict);
}

// ---- positions -------------------------------------------------------------------------------

TEST_CASE("parser: nodes carry line, column and byte range") {
  auto r = parse_program("let a = 1;\n  foo(\"\xC3\xA9\", b);");
  REQUIRE_FALSE(r.error);
  const auto* stmt = r.program->body[1];
  CHECK(stmt->range.line == 2);
  CHECK(stmt->range.column == 3);
  CHECK(stmt->range.start == 13);
  CHECK(stmt->range.end == static_cast<std::uint32_t>(r.program->source.size()));
  const auto& call =
      stmt->as<looplab::js::ExpressionStatement>().expression->as<looplab::js::CallExpression>();
  CHECK(call.arguments[1]->range.column == 12);  // after a two-byte character: UTF-16 columns
}

// ---- CommonJS mode ---------------------------------------------------------------------------

TEST_CASE("parser: a CommonJS body may return at top level") {
  CHECK(tree("return 1") == "(program (return 1))");
  ParseOptions script;
  script.commonjs = false;
  CHECK(parse_program("return 1", script).error->message == "Illegal return statement");
}

TEST_CASE("parser: top-level await is an error in CommonJS with V8's message") {
  auto r = parse_program("const x = 1;\nawait fetch(x);");
  REQUIRE(r.error);
  CHECK(r.error->message == "await is only valid in async functions and the top level bodies of modules");
  CHECK(r.error->line == 2);
  CHECK(r.error->column == 1);
  CHECK(r.error->length == 5);
  CHECK(tree("await(x)") == "(program (expr (call await x)))");
  CHECK(tree("var await = 1") == "(program (var (await 1)))");
}

TEST_CASE("parser: new.target is allowed in a CommonJS body") {
  CHECK(tree("new.target") == "(program (expr new.target))");
  CHECK(tree("x = () => new.target") == "(program (expr (= x (function \"x\" arrow (params) new.target))))");
}

// ---- unsupported features ----------------------------------------------------------------

TEST_CASE("parser: unsupported features are named") {
  CHECK(error("function* g() {}") == "generators are not supported yet");
  CHECK(error("x = function* () {}") == "generators are not supported yet");
  CHECK(error("x = { *g() {} }") == "generators are not supported yet");
  CHECK(error("class A { *g() {} }") == "generators are not supported yet");
  CHECK(error("class A { static *g() {} }") == "generators are not supported yet");
  CHECK(error("async function* g() {}") == "async generators are not supported yet");
  CHECK(error("x = { async *g() {} }") == "async generators are not supported yet");
  CHECK(error("x = /ab+c/g") == "regular expression literals are not supported yet");
  CHECK(error("x = a.split(/,/)") == "regular expression literals are not supported yet");
  CHECK(error("x = /=/") == "regular expression literals are not supported yet");
  CHECK(error("x = 10n") == "BigInt is not supported yet");
  const char* modules = "ES modules are not supported yet: Looplab runs CommonJS scripts (use require)";
  CHECK(error("import fs from 'fs'") == modules);
  CHECK(error("import { readFile } from 'fs'") == modules);
  CHECK(error("export const x = 1") == modules);
  CHECK(error("export default 1") == modules);
  CHECK(error("x = import('fs')") == modules);
  CHECK(error("x = import.meta.url") == modules);
  CHECK(error("with (a) {}") == "'with' is not supported");
}

TEST_CASE("parser: division is not mistaken for a regular expression") {
  CHECK(expr("a / b / c") == "(/ (/ a b) c)");
  CHECK(expr("x /= 2") == "(/= x 2)");
  CHECK(expr("(a) / 2") == "(/ a 2)");
  CHECK(expr("a++ / 2") == "(/ (x++ a) 2)");
  CHECK(expr("this / 2") == "(/ this 2)");
  CHECK(expr("[] / 1") == "(/ (array) 1)");
}

TEST_CASE("parser: the unsupported-feature error points at the feature") {
  auto r = parse_program("const ok = 1;\nconst re = /x+/;");
  REQUIRE(r.error);
  CHECK(r.error->line == 2);
  CHECK(r.error->column == 12);
  auto g = parse_program("function* gen() {}");
  REQUIRE(g.error);
  CHECK(g.error->column == 9);
}

// ---- errors ---------------------------------------------------------------------------------

TEST_CASE("parser: early errors match V8's message and position") {
  static const ErrorRow kRows[] = {
      {"try{}catch([e]){var e}", "Identifier 'e' has already been declared", 1, 21, 1},
      {"try{}catch(e){let e}", "Identifier 'e' has already been declared", 1, 19, 1},
      {"function g(a){let a}", "Identifier 'a' has already been declared", 1, 19, 1},
      {"(a,a)=>1", "Duplicate parameter name not allowed in this context", 1, 4, 1},
      {"function g(a,a){\"use strict\"}", "Duplicate parameter name not allowed in this context", 1, 14, 1},
      {"function g(a,[a]){}", "Duplicate parameter name not allowed in this context", 1, 15, 1},
      {"for (let i;;) { var i }", "Identifier 'i' has already been declared", 1, 21, 1},
      {"switch(1){case 1: let a; case 2: let a}", "Identifier 'a' has already been declared", 1, 38, 1},
      {"label: label: ;", "Label 'label' has already been declared", 1, 8, 5},
      {"break", "Illegal break statement", 1, 1, 5},
      {"continue", "Illegal continue statement: no surrounding iteration statement", 1, 1, 8},
      {"a: { continue a; }", "Illegal continue statement: 'a' does not denote an iteration statement", 1, 15,
       1},
      {"while(1) { break b }", "Undefined label 'b'", 1, 18, 1},
      {"class A { #a; m() { x #a } }", "Unexpected identifier '#a'", 1, 23, 2},
      {"var if = 1", "Unexpected token 'if'", 1, 5, 2},
      {"\"use strict\"; var let = 1", "Unexpected strict mode reserved word", 1, 19, 3},
      {"var enum = 1", "Unexpected reserved word", 1, 5, 4},
      {"x = enum", "Unexpected reserved word", 1, 5, 4},
      {"\"use strict\"; var yield", "Unexpected strict mode reserved word", 1, 19, 5},
      {"var x = 1 2", "Unexpected number", 1, 11, 1},
      {"var x = \"a\" \"b\"", "Unexpected string", 1, 13, 3},
      {"f(1, 2", "missing ) after argument list", 1, 6, 1},
      {"f(1, 2;", "missing ) after argument list", 1, 6, 1},
      {"f(1 2)", "missing ) after argument list", 1, 3, 1},
      {"x = {a 1}", "Unexpected number", 1, 8, 1},
      {"x = (1 2)", "Unexpected number", 1, 8, 1},
      {"await x", "await is only valid in async functions and the top level bodies of modules", 1, 1, 5},
      {"function f() { await x }",
       "await is only valid in async functions and the top level bodies of modules", 1, 16, 5},
      {"new.target", "new.target expression is not allowed here", 1, 5, 6},
      {"x = new.foo", "Unexpected identifier 'foo'", 1, 9, 3},
      {"super.x", "'super' keyword unexpected here", 1, 1, 5},
      {"super()", "'super' keyword unexpected here", 1, 1, 5},
      {"class A { constructor() { super() } }", "'super' keyword unexpected here", 1, 27, 5},
      {"x = {m() { super() }}", "'super' keyword unexpected here", 1, 12, 5},
      {"a?.b`x`", "Invalid tagged template on optional chain", 1, 5, 3},
      {"new a?.b()", "Invalid optional chain from new expression", 1, 6, 2},
      {"-x ** 2",
       "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
       "disambiguate operator precedence",
       1, 1, 5},
      {"a ?? b || c", "Unexpected token '||'", 1, 8, 2},
      {"a || b ?? c", "Unexpected token '?\?'", 1, 8, 2},
      {"typeof x ** 2",
       "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
       "disambiguate operator precedence",
       1, 1, 11},
      {"x = a\n=> 1", "Unexpected token '=>'", 2, 1, 2},
      {"() \n => 1", "Unexpected token '=>'", 2, 2, 2},
      {"1 = 2", "Invalid left-hand side in assignment", 1, 1, 1},
      {"++1", "Invalid left-hand side expression in prefix operation", 1, 3, 1},
      {"1++", "Invalid left-hand side expression in postfix operation", 1, 1, 1},
      {"a + b = c", "Invalid left-hand side in assignment", 1, 1, 5},
      {"[a + b] = c", "Invalid destructuring assignment target", 1, 2, 5},
      {"({a: 1} = x)", "Invalid destructuring assignment target", 1, 6, 1},
      {"({a = 1})", "Invalid shorthand property initializer", 1, 3, 5},
      {"(a + b) => 1", "Invalid destructuring assignment target", 1, 2, 5},
      {"([a + b]) => 1", "Invalid destructuring assignment target", 1, 3, 5},
      {"({__proto__: 1, __proto__: 2})", "Duplicate __proto__ fields are not allowed in object literals", 1,
       17, 9},
      {"({__proto__: 1, __proto__: 2} = x)", "Invalid destructuring assignment target", 1, 14, 1},
      {"[...a, b] = x", "Rest element must be last element", 1, 2, 4},
      {"(...a, b) => 1", "Rest parameter must be last formal parameter", 1, 5, 1},
      {"function f(...a, b) {}", "Rest parameter must be last formal parameter", 1, 16, 1},
      {"let [...a, b] = x", "Rest element must be last element", 1, 6, 4},
      {"let {...a, b} = x", "Rest element must be last element", 1, 9, 1},
      {"x = {...a, b} = y", "Rest element must be last element", 1, 9, 1},
      {"const x;", "Missing initializer in const declaration", 1, 7, 1},
      {"const x\nlet y", "Missing initializer in const declaration", 1, 7, 1},
      {"\"use strict\"; delete x", "Delete of an unqualified identifier in strict mode.", 1, 22, 1},
      {"x = `${a", "Missing } in template expression", 1, 8, 1},
      {"x = {get a(b){}}", "Getter must not have any formal parameters.", 1, 11, 3},
      {"x = {set a(){}}", "Setter must have exactly one formal parameter.", 1, 11, 2},
      {"x = {set a(...b){}}", "Setter function argument must not be a rest parameter", 1, 11, 6},
      {"class A { constructor(){} constructor(){} }", "A class may only have one constructor", 1, 27, 11},
      {"class A { get constructor(){} }", "Class constructor may not be an accessor", 1, 15, 11},
      {"class A { async constructor(){} }", "Class constructor may not be an async method", 1, 17, 11},
      {"class A { static prototype(){} }", "Classes may not have a static property named 'prototype'", 1, 18,
       9},
      {"class A { static prototype = 1 }", "Classes may not have a static property named 'prototype'", 1, 18,
       9},
      {"class A { constructor = 1 }", "Classes may not have a field named 'constructor'", 1, 11, 11},
      {"class A { #constructor }", "Classes may not have a field named 'constructor'", 1, 11, 12},
      {"class A { #a; #a }", "Identifier '#a' has already been declared", 1, 15, 2},
      {"class A extends B { x = super() }", "'super' keyword unexpected here", 1, 25, 5},
      {"throw\nx", "Illegal newline after throw", 1, 1, 5},
      {"for (let x of y, z);", "Unexpected token ','", 1, 16, 1},
      {"for (var x = 1 of y);", "for-of loop variable declaration may not have an initializer.", 1, 10, 5},
      {"for (let a, b of y);", "Invalid left-hand side in for-of loop: Must have a single binding.", 1, 10,
       4},
      {"for (async of x);", "The left-hand side of a for-of loop may not be 'async'.", 1, 6, 5},
      {"x = async (a)\n=> a", "Unexpected token '=>'", 2, 1, 2},
      {"try {}", "Missing catch or finally after try", 1, 6, 1},
      {"({a: 1} = 1)", "Invalid destructuring assignment target", 1, 6, 1},
      {"(a, b) = 1", "Invalid left-hand side in assignment", 1, 1, 6},
      {"({a}) = 1", "Invalid left-hand side in assignment", 1, 1, 5},
      {"[({a})] = 1", "Invalid destructuring assignment target", 1, 2, 5},
      {"let [(a)] = 1", "Invalid destructuring assignment target", 1, 6, 3},
      {"async function f() { let await }", "Unexpected reserved word", 1, 26, 5},
      {"function f(eval) { \"use strict\" }", "Unexpected eval or arguments in strict mode", 1, 12, 4},
      {"function f(a = 1) { \"use strict\" }",
       "Illegal 'use strict' directive in function with non-simple parameter list", 1, 21, 12},
      {"if (1) let x = 1", "Lexical declaration cannot appear in a single-statement context", 1, 8, 3},
      {"if (1) const x = 1", "Unexpected token 'const'", 1, 8, 5},
      {"while (1) function f(){}",
       "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body "
       "of an if statement.",
       1, 11, 8},
      {"x = () => new.target", "new.target expression is not allowed here", 1, 15, 6},
      {"let x = ;", "Unexpected token ';'", 1, 9, 1},
      {"let let = 1", "let is disallowed as a lexically bound name", 1, 5, 3},
      {"const a = 1, b;", "Missing initializer in const declaration", 1, 14, 1},
      {"let a, a;", "Identifier 'a' has already been declared", 1, 8, 1},
      {"var a; let a;", "Identifier 'a' has already been declared", 1, 12, 1},
      {"let a; var a;", "Identifier 'a' has already been declared", 1, 12, 1},
      {"let a; { var a; }", "Identifier 'a' has already been declared", 1, 14, 1},
      {"function f() { let a; { var a } }", "Identifier 'a' has already been declared", 1, 29, 1},
      {"class A {} class A {}", "Identifier 'A' has already been declared", 1, 12, 10},
      {"class A {} var A", "Identifier 'A' has already been declared", 1, 16, 1},
      {"function f(a) { class a {} }", "Identifier 'a' has already been declared", 1, 17, 10},
      {"\"use strict\"; arguments = 1", "Unexpected eval or arguments in strict mode", 1, 15, 9},
      {"\"use strict\"; eval++", "Unexpected eval or arguments in strict mode", 1, 15, 4},
      {"\"use strict\"; [eval] = x", "Invalid destructuring assignment target", 1, 16, 4},
      {"\"use strict\"; function eval(){}", "Unexpected eval or arguments in strict mode", 1, 24, 4},
      {"\"use strict\"; ({eval} = x)", "Unexpected eval or arguments in strict mode", 1, 17, 4},
      {"\"use strict\"; implements", "Unexpected strict mode reserved word", 1, 15, 10},
      {"\"use strict\"; var x = 010", "Octal literals are not allowed in strict mode.", 1, 23, 3},
      {"\"use strict\"; with (a) {}", "Strict mode code may not include a with statement", 1, 15, 4},
      {"a?.b = 1", "Invalid left-hand side in assignment", 1, 1, 4},
      {"a?.b++", "Invalid left-hand side expression in postfix operation", 1, 1, 4},
      {"new a?.()", "Invalid optional chain from new expression", 1, 6, 2},
      {"async () => { await }", "Unexpected token '}'", 1, 21, 1},
      {"async function f(await) {}", "Unexpected reserved word", 1, 18, 5},
      {"async (await) => 1", "'await' is not a valid identifier name in an async function", 1, 8, 5},
      {"x = async function await() {}", "Unexpected reserved word", 1, 20, 5},
      {"for await (const x of y);", "Unexpected reserved word", 1, 5, 5},
      {"x = { async get a() {} }", "Unexpected identifier 'a'", 1, 17, 1},
      {"function f() { super.x }", "'super' keyword unexpected here", 1, 16, 5},
      {"class A { x = arguments }",
       "'arguments' is not allowed in class field initializer or static initialization block", 1, 15, 9},
      {"class A { static { arguments } }",
       "'arguments' is not allowed in class field initializer or static initialization block", 1, 20, 9},
      {"class A { x = () => arguments }",
       "'arguments' is not allowed in class field initializer or static initialization block", 1, 21, 9},
      {"class A { #x; m() { delete this.#x } }", "Private fields can not be deleted", 1, 33, 2},
      {"a\\u0020b", "Invalid or unexpected token", 1, 1, 7},
      {"var v\\u0061r;", "Keyword must not contain escaped characters", 1, 5, 8},
      {"x = \\u0074his", "Keyword must not contain escaped characters", 1, 5, 9},
      {"/*", "Invalid or unexpected token", 1, 1, 2},
      {"\n#!x", "Invalid or unexpected token", 2, 1, 1},
      {"x\n#!y", "Invalid or unexpected token", 2, 1, 1},
      {"a \\n => 1", "Invalid or unexpected token", 1, 3, 1},
      {"(a, b,)", "Unexpected token ')'", 1, 7, 1},
      {"(,) => 1", "Unexpected token ','", 1, 2, 1},
      {"()", "Unexpected token ')'", 1, 2, 1},
      {"(...a)", "Unexpected token '...'", 1, 2, 3},
      {"(...a,) => 1", "Rest parameter must be last formal parameter", 1, 5, 1},
      {"({a: b.c}) => 1", "Illegal property in declaration context", 1, 6, 3},
      {"([a.b]) => 1", "Illegal property in declaration context", 1, 3, 3},
      {"(a = 1) => { \"use strict\" }",
       "Illegal 'use strict' directive in function with non-simple parameter list", 1, 14, 12},
      {"x => { \"use strict\"; let eval }", "Unexpected eval or arguments in strict mode", 1, 26, 4},
      {"x = {,}", "Unexpected token ','", 1, 6, 1},
      {"x = {a,,}", "Unexpected token ','", 1, 8, 1},
      {"f(,)", "Unexpected token ','", 1, 3, 1},
      {"f(a,,)", "Unexpected token ','", 1, 5, 1},
      {"return\n1", "Illegal return statement", 1, 1, 6},
      {"if (a) b else c", "Unexpected token 'else'", 1, 10, 4},
      {"for (let of x);", "Unexpected identifier 'x'", 1, 13, 1},
      {"for (let.x of y);", "The left-hand side of a for-of loop may not start with 'let'.", 1, 6, 3},
      {"for (a + b of c);", "Invalid left-hand side in for-loop", 1, 6, 5},
      {"for (x of y, z);", "Unexpected token ','", 1, 12, 1},
      {"for ('a' in b;;);", "Invalid left-hand side in for-loop", 1, 6, 3},
      {"for (var x = 'a' in b;;);", "Unexpected token ';'", 1, 22, 1},
  };
  check_rows(kRows, sizeof kRows / sizeof kRows[0]);
}

TEST_CASE("parser: grammar errors match V8's message and position") {
  static const ErrorRow kRows[] = {
      {"var `t`", "Unexpected template string", 1, 5, 3},
      {"x = {`a`: 1}", "Unexpected template string", 1, 6, 3},
      {"function `t`() {}", "Unexpected template string", 1, 10, 3},
      {"class A { `m`() {} }", "Unexpected template string", 1, 11, 3},
      {"let [`a`] = 1", "Invalid destructuring assignment target", 1, 6, 3},
      {"return 1", "Illegal return statement", 1, 1, 6},
      {"function f() { return } return", "Illegal return statement", 1, 25, 6},
      {"a b", "Unexpected identifier 'b'", 1, 3, 1},
      {"a 1", "Unexpected number", 1, 3, 1},
      {"a \"s\"", "Unexpected string", 1, 3, 3},
      {"if (a) else", "Unexpected token 'else'", 1, 8, 4},
      {"x = ;", "Unexpected token ';'", 1, 5, 1},
      {"x = )", "Unexpected token ')'", 1, 5, 1},
      {"x = ]", "Unexpected token ']'", 1, 5, 1},
      {"x = }", "Unexpected token '}'", 1, 5, 1},
      {"x = {a: 1;", "Unexpected token ';'", 1, 10, 1},
      {"x.1", "Unexpected number", 1, 2, 2},
      {"f(a", "missing ) after argument list", 1, 3, 1},
      {"var 1", "Unexpected number", 1, 5, 1},
      {"let 1", "Unexpected number", 1, 5, 1},
      {"var x = \"abc", "Invalid or unexpected token", 1, 9, 4},
      {"'abc\ndef'", "Invalid or unexpected token", 1, 1, 4},
      {"function (){}", "Function statements require a function name", 1, 1, 8},
      {"class {}", "Unexpected token '{'", 1, 7, 1},
      {"class A { m( }", "Unexpected token '}'", 1, 14, 1},
      {"do x while", "Unexpected token 'while'", 1, 6, 5},
      {"switch (x) { case }", "Unexpected token '}'", 1, 19, 1},
      {"switch (x) { case 1 }", "Unexpected token '}'", 1, 21, 1},
      {"switch (x) { foo }", "Unexpected identifier 'foo'", 1, 14, 3},
      {"switch (x) { default: default: }", "More than one default clause in switch statement", 1, 23, 7},
      {"try {} catch () {}", "Unexpected token ')'", 1, 15, 1},
      {"throw\n1", "Illegal newline after throw", 1, 1, 5},
      {"break;", "Illegal break statement", 1, 1, 5},
      {"continue;", "Illegal continue statement: no surrounding iteration statement", 1, 1, 8},
      {"a: a: ;", "Label 'a' has already been declared", 1, 4, 1},
      {"a: { b: { break c } }", "Undefined label 'c'", 1, 17, 1},
      {"a: while (1) { function f() { break a } }", "Undefined label 'a'", 1, 37, 1},
      {"while (1) { function f() { break } }", "Illegal break statement", 1, 28, 5},
      {"while (1) { () => { continue } }", "Illegal continue statement: no surrounding iteration statement",
       1, 21, 8},
      {"a: { while(1) continue a; }",
       "Illegal continue statement: 'a' does not denote an iteration statement", 1, 24, 1},
      {"switch (1) { case 1: continue }", "Illegal continue statement: no surrounding iteration statement", 1,
       22, 8},
      {"x = { 'a' }", "Unexpected string", 1, 7, 3},
      {"x = { 1 }", "Unexpected number", 1, 7, 1},
      {"x = { a: }", "Unexpected token '}'", 1, 10, 1},
      {"x = { get a }", "Unexpected token '}'", 1, 13, 1},
      {"x = { async a }", "Unexpected token '}'", 1, 15, 1},
      {"x = { a b }", "Unexpected identifier 'b'", 1, 9, 1},
      {"x = [...]", "Unexpected token ']'", 1, 9, 1},
      {"f(...)", "Unexpected token ')'", 1, 6, 1},
      {"x = ...", "Unexpected token '...'", 1, 5, 3},
      {"(1) => 2", "Invalid destructuring assignment target", 1, 2, 1},
      {"(a.b) => 1", "Invalid destructuring assignment target", 1, 2, 3},
      {"(a, 1) => 2", "Invalid destructuring assignment target", 1, 5, 1},
      {"('a') => 1", "Invalid destructuring assignment target", 1, 2, 3},
      {"([a], [a]) => 1", "Duplicate parameter name not allowed in this context", 1, 8, 1},
      {"({a}, {a}) => 1", "Duplicate parameter name not allowed in this context", 1, 8, 1},
      {"(a, ...b, c) => 1", "Rest parameter must be last formal parameter", 1, 8, 1},
      {"async (a, a) => 1", "Duplicate parameter name not allowed in this context", 1, 11, 1},
      {"async (1) => 2", "Invalid destructuring assignment target", 1, 8, 1},
      {"async a, b => 1", "Unexpected identifier 'a'", 1, 7, 1},
      {"x = async a", "Unexpected identifier 'a'", 1, 11, 1},
      {"async function f() { await; }", "Unexpected token ';'", 1, 27, 1},
      {"async function f() { var await; }", "Unexpected reserved word", 1, 26, 5},
      {"async function f() { function await() {} }", "Unexpected reserved word", 1, 31, 5},
      {"async function f() { (await) => 1 }", "Unexpected token ')'", 1, 28, 1},
      {"async function f() { await: ; }", "Unexpected token ':'", 1, 27, 1},
      {"async function f() { x = await }", "Unexpected token '}'", 1, 32, 1},
      {"x = async function await() {}", "Unexpected reserved word", 1, 20, 5},
      {"\"use strict\"; yield", "Unexpected strict mode reserved word", 1, 15, 5},
      {"\"use strict\"; var package", "Unexpected strict mode reserved word", 1, 19, 7},
      {"\"use strict\"; var protected", "Unexpected strict mode reserved word", 1, 19, 9},
      {"\"use strict\"; var static", "Unexpected strict mode reserved word", 1, 19, 6},
      {"\"use strict\"; var public", "Unexpected strict mode reserved word", 1, 19, 6},
      {"\"use strict\"; var private", "Unexpected strict mode reserved word", 1, 19, 7},
      {"\"use strict\"; var interface", "Unexpected strict mode reserved word", 1, 19, 9},
      {"\"use strict\"; function f(package) {}", "Unexpected strict mode reserved word", 1, 26, 7},
      {"\"use strict\"; function package() {}", "Unexpected strict mode reserved word", 1, 24, 7},
      {"\"use strict\"; class package {}", "Unexpected strict mode reserved word", 1, 21, 7},
      {"class static {}", "Unexpected strict mode reserved word", 1, 7, 6},
      {"class yield {}", "Unexpected strict mode reserved word", 1, 7, 5},
      {"class let {}", "Unexpected strict mode reserved word", 1, 7, 3},
      {"x = { m: function() { super.x } }", "'super' keyword unexpected here", 1, 23, 5},
      {"class A extends B { m() { super() } }", "'super' keyword unexpected here", 1, 27, 5},
      {"class A extends B { static { super() } }", "'super' keyword unexpected here", 1, 30, 5},
      {"class A { [super.x]() {} }", "'super' keyword unexpected here", 1, 12, 5},
      {"class A { static { return } }", "Illegal return statement", 1, 20, 6},
      {"class A { static { await } }", "Unexpected reserved word", 1, 20, 5},
      {"class A { static { break } }", "Illegal break statement", 1, 20, 5},
      {"class A { #a() {} #a }", "Identifier '#a' has already been declared", 1, 19, 2},
      {"class A { static #a; #a }", "Identifier '#a' has already been declared", 1, 22, 2},
      {"class A { #a; m() { return #a } }", "Unexpected identifier '#a'", 1, 28, 2},
      {"class A { #a; m() { return #a + 1 } }", "Unexpected identifier '#a'", 1, 28, 2},
      {"class A { #a; m() { delete this?.#a } }", "Private fields can not be deleted", 1, 34, 2},
      {"class A { #a; m() { super.#a } }", "Unexpected private field", 1, 27, 2},
      {"class A { m() { with (a) {} } }", "Strict mode code may not include a with statement", 1, 17, 4},
      {"class A { m() { var let } }", "Unexpected strict mode reserved word", 1, 21, 3},
      {"class A { m() { 010 } }", "Octal literals are not allowed in strict mode.", 1, 17, 3},
      {"class A { m(a, a) {} }", "Duplicate parameter name not allowed in this context", 1, 16, 1},
      {"x = { m(a, a) {} }", "Duplicate parameter name not allowed in this context", 1, 12, 1},
      {"x = { m(a, a) { } }; function g(a, a) {}", "Duplicate parameter name not allowed in this context", 1,
       12, 1},
      {"class A { a = 1 b = 2 }", "Unexpected identifier 'b'", 1, 17, 1},
      {"class A { 'constructor'() {} 'constructor'() {} }", "A class may only have one constructor", 1, 30,
       13},
      {"class A extends B, C {}", "Unexpected token ','", 1, 18, 1},
      {"{ let a; var b; } let b;", "Identifier 'b' has already been declared", 1, 23, 1},
      {"function a() {} let a;", "Identifier 'a' has already been declared", 1, 21, 1},
      {"for (const a of b) { var a }", "Identifier 'a' has already been declared", 1, 26, 1},
      {"for (let a of b) { var a }", "Identifier 'a' has already been declared", 1, 24, 1},
      {"try {} catch ({a}) { let a }", "Identifier 'a' has already been declared", 1, 26, 1},
      {"try {} catch ([a, a]) {}", "Identifier 'a' has already been declared", 1, 19, 1},
      {"function f() { var a; let a; }", "Identifier 'a' has already been declared", 1, 27, 1},
      {"function f([a]) { let a }", "Identifier 'a' has already been declared", 1, 23, 1},
      {"(a) => { let a }", "Identifier 'a' has already been declared", 1, 14, 1},
      {"function f() { 'use strict'; var eval; }", "Unexpected eval or arguments in strict mode", 1, 34, 4},
      {"function eval() { 'use strict'; }", "Unexpected eval or arguments in strict mode", 1, 10, 4},
      {"'use strict'; var eval", "Unexpected eval or arguments in strict mode", 1, 19, 4},
      {"'use strict'; try {} catch (eval) {}", "Unexpected eval or arguments in strict mode", 1, 29, 4},
      {"'use strict'; eval = 1", "Unexpected eval or arguments in strict mode", 1, 15, 4},
      {"'use strict'; arguments++", "Unexpected eval or arguments in strict mode", 1, 15, 9},
      {"'use strict'; ++eval", "Unexpected eval or arguments in strict mode", 1, 17, 4},
      {"'use strict'; (eval) = 1", "Unexpected eval or arguments in strict mode", 1, 15, 6},
      {"'use strict'; ({a: eval} = 1)", "Invalid destructuring assignment target", 1, 20, 4},
      {"'use strict'; [arguments] = 1", "Invalid destructuring assignment target", 1, 16, 9},
      {"'use strict'; for (eval in x);", "Unexpected eval or arguments in strict mode", 1, 20, 4},
      {"'use strict'; label: function f() {}",
       "In strict mode code, functions can only be declared at top level or inside a block.", 1, 22, 8},
      {"'use strict'; if (1) function f() {}",
       "In strict mode code, functions can only be declared at top level or inside a block.", 1, 22, 8},
      {"'use strict'; x = 08", "Decimals with leading zeros are not allowed in strict mode.", 1, 19, 2},
      {"'use strict'; x = 00", "Octal literals are not allowed in strict mode.", 1, 19, 2},
      {"'use strict'; x = '\\00'", "Octal escape sequences are not allowed in strict mode.", 1, 21, 1},
      {"'\\07'; 'use strict'", "Octal escape sequences are not allowed in strict mode.", 1, 3, 1},
      {"function f() { '\\07'; 'use strict' }", "Octal escape sequences are not allowed in strict mode.", 1,
       18, 1},
      {"'use strict' \n var eval", "Unexpected eval or arguments in strict mode", 2, 6, 4},
      {"a = 1 /* */ b = 2", "Unexpected identifier 'b'", 1, 13, 1},
      {"x\n=>\n1", "Unexpected token '=>'", 2, 1, 2},
      {"return /x/", "Illegal return statement", 1, 1, 6},
      {"-1 ** 2",
       "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
       "disambiguate operator precedence",
       1, 1, 5},
      {"2 ** -1 ** 2",
       "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
       "disambiguate operator precedence",
       1, 6, 5},
      {"async () => await 1 ** 2",
       "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
       "disambiguate operator precedence",
       1, 13, 10},
      {"!a ** 2",
       "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
       "disambiguate operator precedence",
       1, 1, 5},
      {"delete a ** 2",
       "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
       "disambiguate operator precedence",
       1, 1, 11},
      {"void a ** 2",
       "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
       "disambiguate operator precedence",
       1, 1, 9},
      {"a && b ?? c", "Unexpected token '?\?'", 1, 8, 2},
      {"a ?? b && c", "Unexpected token '&&'", 1, 8, 2},
      {"a?.b = 1", "Invalid left-hand side in assignment", 1, 1, 4},
      {"a?.b += 1", "Invalid left-hand side in assignment", 1, 1, 4},
      {"a?.[b] = 1", "Invalid left-hand side in assignment", 1, 1, 6},
      {"[a?.b] = 1", "Invalid destructuring assignment target", 1, 2, 4},
      {"({a: b?.c} = 1)", "Invalid destructuring assignment target", 1, 6, 4},
      {"for (a?.b of c);", "Invalid left-hand side in for-loop", 1, 6, 4},
      {"a?.b++", "Invalid left-hand side expression in postfix operation", 1, 1, 4},
      {"++a?.b", "Invalid left-hand side expression in prefix operation", 1, 3, 4},
      {"new a?.b", "Invalid optional chain from new expression", 1, 6, 2},
      {"a?.b`c`", "Invalid tagged template on optional chain", 1, 5, 3},
      {"a?.b.c`d`", "Invalid tagged template on optional chain", 1, 7, 3},
      {"a?.()`c`", "Invalid tagged template on optional chain", 1, 6, 3},
      {"super?.x", "'super' keyword unexpected here", 1, 1, 5},
      {"x = new.target", "new.target expression is not allowed here", 1, 9, 6},
      {"new.foo", "Unexpected identifier 'foo'", 1, 5, 3},
      {"new.target = 1", "new.target expression is not allowed here", 1, 5, 6},
      {"function f() { new.target = 1 }", "Invalid left-hand side in assignment", 1, 16, 10},
      {"this = 1", "Invalid left-hand side in assignment", 1, 1, 4},
      {"null = 1", "Invalid left-hand side in assignment", 1, 1, 4},
      {"true++", "Invalid left-hand side expression in postfix operation", 1, 1, 4},
      {"(a, b)++", "Invalid left-hand side expression in postfix operation", 1, 1, 6},
      {"({(a)} = 1)", "Unexpected token '('", 1, 3, 1},
      {"({a: ({b})} = 1)", "Invalid destructuring assignment target", 1, 6, 5},
      {"[a, ...b,] = 1", "Rest element must be last element", 1, 5, 4},
      {"[a, ...b = 1] = 1", "Invalid destructuring assignment target", 1, 5, 8},
      {"({...{a}} = 1)", "`...` must be followed by an assignable reference in assignment contexts", 1, 6, 3},
      {"({...a, } = 1)", "Rest element must be last element", 1, 6, 1},
      {"let {...{a}} = 1", "`...` must be followed by an identifier in declaration contexts", 1, 9, 3},
      {"let [a, ...b,] = 1", "Rest element must be last element", 1, 9, 4},
      {"let {a: 1} = 1", "Invalid destructuring assignment target", 1, 9, 1},
      {"let {a}", "Missing initializer in destructuring declaration", 1, 5, 3},
      {"let [a]", "Missing initializer in destructuring declaration", 1, 5, 3},
      {"for (let [a];;);", "Missing initializer in destructuring declaration", 1, 10, 3},
      {"const {a};", "Missing initializer in destructuring declaration", 1, 7, 3},
      {"var {a: b.c} = 1", "Illegal property in declaration context", 1, 9, 3},
      {"var [a.b] = 1", "Illegal property in declaration context", 1, 6, 3},
      {"var {a = 1}", "Missing initializer in destructuring declaration", 1, 5, 7},
      {"function f(...a = 1) {}", "Rest parameter may not have a default initializer", 1, 17, 1},
      {"function f(a, ...b,) {}", "Rest parameter must be last formal parameter", 1, 19, 1},
      {"function f(,) {}", "Unexpected token ','", 1, 12, 1},
      {"function f(a,,b) {}", "Unexpected token ','", 1, 14, 1},
      {"f(a,,b)", "Unexpected token ','", 1, 5, 1},
      {"x = debugger", "Unexpected token 'debugger'", 1, 5, 8},
      {"x = {if}", "Unexpected token 'if'", 1, 6, 2},
      {"x = {this}", "Unexpected token 'this'", 1, 6, 4},
      {"x = {null}", "Unexpected token 'null'", 1, 6, 4},
      {"x = {true}", "Unexpected token 'true'", 1, 6, 4},
      {"async function f() { x = {await} }", "Unexpected reserved word", 1, 27, 5},
      {"'use strict'; x = {yield}", "Unexpected strict mode reserved word", 1, 20, 5},
      {"'use strict'; x = {let}", "Unexpected strict mode reserved word", 1, 20, 3},
      {"let[0] = 1", "Invalid destructuring assignment target", 1, 5, 1},
      {"'use strict'; let = 1", "Unexpected strict mode reserved word", 1, 15, 3},
      {"let let", "let is disallowed as a lexically bound name", 1, 5, 3},
      {"const let = 1", "let is disallowed as a lexically bound name", 1, 7, 3},
      {"enum", "Unexpected reserved word", 1, 1, 4},
      {"'use strict'; enum", "Unexpected reserved word", 1, 15, 4},
      {"x = 'a\rb'", "Invalid or unexpected token", 1, 5, 2},
      {"a   b", "Unexpected identifier 'b'", 1, 5, 1},
      {"a﻿b", "Unexpected identifier 'b'", 1, 3, 1},
  };
  check_rows(kRows, sizeof kRows / sizeof kRows[0]);
}

TEST_CASE("parser: valid programs that look suspicious parse") {
  const char* ok[] = {
      "let async = 1; async = 2",
      "var of; of = 1",
      "var get, set, static, target, from, as, let",
      "let.x = 1",
      "x = {await: 1}.await",
      "x = a.if + a.class + a.new + a.typeof + a.null",
      "x = {if: 1, class: 2, new: 3, null: 4, true: 5}",
      "yield = 1",
      "x = {yield}",
      "a: b: c: for (;;) { continue a; }",
      "class A { static m() { return this } }",
      "x = { m() { return super.m() } }",
      "class A extends B { constructor() { (() => super())(); } }",
      "class A extends null {}",
      "x = async function () { for await (const a of b) ; }",
      "async () => { await 1; }",
      "x = y => ({ ...y })",
      "`${`${`${a}`}`}`",
      "x = a ? (b, c) : d => e",
      "x = (a, b)",
      "x = ((a))",
      "[a = 1, [b] = [2], {c} = {}] = []",
      "for (const [k, v] of Object.entries(o)) console.log(k, v)",
      "label: { break label; }",
      "if (a) { } else { }",
      "switch (x) { }",
      "new.target",
      "x = function () { return new.target }",
      "try { } catch (e) { var e = 1 }",
      "function f(a, a) {}",
      "x = { __proto__: 1, ['__proto__']: 2, __proto__() {} }",
      "({ __proto__: a, __proto__: b } = c)",
      "'\\0'",
      "x = 0.5.toFixed()",
      "x = 1 .toFixed()",
      "#!/usr/bin/env node\nconsole.log(1)",
      "\xEF\xBB\xBFx = 1",
  };
  for (const char* s : ok) {
    CAPTURE(s);
    CHECK(error(s) == "OK");
  }
}

TEST_CASE("parser: hints point back at the unclosed bracket") {
  auto r = parse_program("foo(1,\n  2;");
  REQUIRE(r.error);
  CHECK(r.error->message == "missing ) after argument list");
  CHECK(r.error->hint == "expected ')' to close the argument list opened at line 1, column 4");
  auto b = parse_program("if (a) {\n  b();\n");
  REQUIRE(b.error);
  CHECK(b.error->message == "Unexpected end of input");
  CHECK(b.error->hint == "the '{' at line 1, column 8 is never closed");
}

TEST_CASE("parser: at the end of input the hint names the innermost unclosed bracket") {
  auto r = parse_program("const o = {\n  list: [1, 2,\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "Unexpected end of input");
  CHECK(r.error->hint == "the '[' at line 2, column 9 is never closed");
  auto p = parse_program("x = (1 +\n");
  REQUIRE(p.error);
  CHECK(p.error->hint == "the '(' at line 1, column 5 is never closed");
}

TEST_CASE("parser: format renders the excerpt like node") {
  // Both expected strings were printed by `node file.js` (the first lines of stderr).
  auto r = parse_program("let a = 1;\n\tlet x = foo bar;\n");
  REQUIRE(r.error);
  CHECK(
      r.error->format("/app/fmt1.js") + "\n" ==
      "/app/fmt1.js:2\n\tlet x = foo bar;\n\t            ^^^\n\nSyntaxError: Unexpected identifier 'bar'\n");
  auto u = parse_program("const s = \"\xC3\xA9\xF0\x9F\x98\x80\" + ;\n");
  REQUIRE(u.error);
  CHECK(u.error->format("/app/fmt2.js") + "\n" ==
        "/app/fmt2.js:1\nconst s = \"\xC3\xA9\xF0\x9F\x98\x80\" + ;\n                  ^\n\nSyntaxError: "
        "Unexpected token ';'\n");
}
