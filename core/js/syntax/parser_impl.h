// The recursive-descent parser's internals, shared by its source files (not a public header):
//   parser.cpp              the driver, token handling, errors, scopes and early errors
//   parse_statements.cpp    statements and declarations
//   parse_expressions.cpp   expressions, precedence climbing, the arrow / destructuring cover
//   parse_functions.cpp     functions, classes, object literals, binding patterns
//
// How errors work: the first error is recorded and the token stream turns into end-of-input, so
// every loop ends and every parse_* function returns quickly with some node (never null where a
// node is expected). C++ exceptions are not used: the wasm build runs without them.
//
// The cover grammar: `(a, b)` and `[a, {b}]` are parsed as expressions; when `=>` or `=` follows,
// the expression is converted into parameters or a pattern (to_pattern). Shorthand initializers
// `{a = 1}` are legal only in a pattern, so they are remembered (m_cover_errors) and reported if
// the object literal is never converted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/js/syntax/ast.h"
#include "core/js/syntax/lexer.h"
#include "core/js/syntax/parser.h"
#include "core/js/syntax/token.h"

namespace looplab::js {

// How a name was declared in a scope (early errors for redeclarations).
enum class BindingKind : std::uint8_t {
  kVar,          // var, or a var hoisted through this scope from a nested block
  kLexical,      // let, const, class
  kFunction,     // function declaration in a block (lexical, but sloppy duplicates allowed)
  kTopFunction,  // function declaration at a function's top level (var-like)
  kParameter,
  kCatchParameter,  // a simple `catch (e)` parameter: `var e` inside is allowed
  kCatchPattern,    // a name bound by a `catch ({e})` pattern
};

// The names declared in one scope. Most scopes hold a handful of names: they live in a small
// vector (no allocation per name); a scope that grows large switches to a hash map.
struct Scope {
  bool is_function = false;  // a function's top-level scope (also the program's)

  BindingKind* find(std::string_view name) {
    if (!m_map.empty()) {
      auto it = m_map.find(name);
      return it == m_map.end() ? nullptr : &it->second;
    }
    for (auto& entry : m_small) {
      if (entry.first == name) return &entry.second;
    }
    return nullptr;
  }
  void add(std::string_view name, BindingKind kind) {  // `name` must not be present
    if (m_map.empty() && m_small.size() < kSmall) {
      m_small.emplace_back(name, kind);
      return;
    }
    if (m_map.empty()) {
      for (auto& entry : m_small) m_map.emplace(entry.first, entry.second);
      m_small.clear();
    }
    m_map.emplace(name, kind);
  }

 private:
  static constexpr std::size_t kSmall = 16;
  std::vector<std::pair<std::string_view, BindingKind>> m_small;
  std::unordered_map<std::string_view, BindingKind> m_map;
};

struct Label {
  std::string_view name;
  bool is_loop = false;
};

// One function being parsed (or the program, or a class field initializer).
struct FunctionContext {
  FunctionNode* node = nullptr;  // null for the program and class field initializers
  bool is_arrow = false;
  bool is_async = false;
  bool strict = false;
  bool allow_super_property = false;
  bool allow_super_call = false;
  bool allow_new_target = false;
  bool allow_return = false;
  bool is_field_initializer = false;  // class field initializer or static block
  bool is_program = false;
  bool is_static_block = false;  // `await` is reserved there
  std::size_t scope_index = 0;   // its top-level scope in m_scopes
  std::vector<Label> labels;
  int pending_labels = 0;  // labels just pushed, waiting to learn whether they label a loop
  int loop_depth = 0;
  int breakable_depth = 0;  // loops and switches
};

// A class body being parsed: private names declared and used (checked when the class ends).
struct ClassContext {
  std::vector<std::pair<std::string, int>> declared;        // name, 1 getter 2 setter 3 other
  std::vector<std::pair<std::string, std::uint32_t>> used;  // name, offset of the use
};

// Where a token was: enough to start a node or point an error at it (cheaper than a Token copy).
struct TokenPos {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  TokenPos() = default;
  TokenPos(const Token& t) : start(t.start), end(t.end), line(t.line), column(t.column) {}  // NOLINT
};

struct CoverError {
  Node* node;  // the object literal holding the construct
  std::string_view message;
  std::uint32_t start;
  std::uint32_t end;
};

class Parser {
 public:
  Parser(Program& program, const ParseOptions& options);
  void parse();
  std::optional<SyntaxErrorInfo>& error() { return m_error; }

 private:
  friend struct DepthGuard;
  friend struct BracketGuard;
  friend struct ScopeGuard;
  friend struct FunctionGuard;

  // ---- tokens (parser.cpp)
  void advance();
  const Token& peek();
  bool match(TokenType type) const { return m_tok.type == type; }
  bool match_contextual(std::string_view word) const;  // an unescaped identifier spelled `word`
  bool match_identifier() const;  // an identifier usable as a name here (not a reserved word)
  void consume(TokenType type);
  bool eat(TokenType type);
  void consume_semicolon();  // `;` or automatic semicolon insertion
  bool failed() const { return m_failed; }

  // ---- errors (parser.cpp)
  // Error paths are kept out of line (and their strings out of the recursive functions' frames,
  // which bounds the stack used per nesting level).
  [[gnu::noinline, gnu::cold]] void fail(std::string_view message, std::uint32_t start, std::uint32_t end);
  [[gnu::noinline, gnu::cold]] void fail_at(std::string_view message, const TokenPos& token);
  [[gnu::noinline, gnu::cold]] void fail_at(std::string_view message, const Node* node);
  // "<message> '<quoted>'" at [start, end): "Unexpected identifier 'x'", "Undefined label 'a'"...
  [[gnu::noinline, gnu::cold]] void fail_quoted(std::string_view message, std::string_view quoted,
                                                std::string_view after, std::uint32_t start,
                                                std::uint32_t end);
  // Adds "<before> line L, column C<after>" as the recorded error's hint.
  [[gnu::noinline, gnu::cold]] void add_hint(const char* before, std::uint32_t line, std::uint32_t column,
                                             const char* after);
  [[gnu::noinline, gnu::cold]] void
  unexpected();  // "Unexpected token 'x'" and friends, for the current token
  std::string unexpected_message(const Token& token) const;
  Node* error_node();

  TokenPos pos() const { return TokenPos(m_tok); }
  // Out of line so that node allocation does not grow the recursive functions' frames.
  template <class T>
  [[gnu::noinline]] T* make(const TokenPos& first) {
    T* node = m_program.arena.make<T>();
    node->range.start = first.start;
    node->range.line = first.line;
    node->range.column = first.column;
    node->range.end = first.end;
    return node;
  }
  template <class T>
  [[gnu::noinline]] T* make_at(const Node* first) {
    T* node = m_program.arena.make<T>();
    node->range = first->range;
    return node;
  }
  void finish(Node* node) { node->range.end = m_prev_end; }

  // ---- scopes and early errors (parser.cpp)
  void push_scope(bool is_function);
  void pop_scope();
  void declare(std::string_view name, BindingKind kind, std::uint32_t start, std::uint32_t end);
  void declare_pattern(Node* pattern, BindingKind kind);
  void check_binding_identifier(const Token& token);  // reserved words, eval/arguments in strict
  bool is_strict() const { return m_functions.back().strict; }
  FunctionContext& function() { return m_functions.back(); }
  void note_this_or_super();
  void note_arguments(const Token& token);
  void note_private_use(std::string_view name, std::uint32_t offset);

  // ---- statements (parse_statements.cpp)
  void parse_directives_and_body(std::vector<Node*>& body, FunctionNode* function, TokenType end);
  Node* parse_statement_list_item();
  Node* parse_statement();
  Node* parse_block_statement(bool new_scope = true);
  Node* parse_variable_declaration(bool in_for);  // at var/let/const
  Node* parse_if();
  Node* parse_for();
  Node* parse_while();
  Node* parse_do_while();
  Node* parse_return();
  Node* parse_break_continue(bool is_break);
  Node* parse_throw();
  Node* parse_try();
  Node* parse_switch();
  Node* parse_labeled();
  Node* parse_expression_statement();
  Node* parse_loop_body();
  bool at_let_declaration();
  void mark_loop_labels(bool is_loop);

  // ---- expressions (parse_expressions.cpp)
  Node* parse_expression();
  Node* parse_assignment(bool maybe_pattern = false);
  Node* parse_conditional();
  Node* parse_binary(int min_precedence);
  Node* parse_private_in();
  Node* parse_unary();
  Node* parse_postfix();
  Node* parse_lhs();
  Node* parse_new();
  Node* parse_primary();
  Node* parse_parenthesized();
  Node* parse_super();
  Node* parse_array_literal();
  Node* parse_template_literal(bool tagged);
  void parse_arguments(std::vector<Node*>& args);
  Node* parse_member_tail(Node* object, bool allow_call, bool* saw_optional);
  Node* parse_arrow_from_cover(Node* cover, bool is_async, const TokenPos& start);
  Node* parse_arrow_body(FunctionNode* fn);
  void check_simple_target(Node* target, std::string_view message);
  Node* to_assignment_target(Node* expression);  // `=` target: a pattern or simple target
  Node* to_pattern(Node* expression, bool binding);
  void drop_cover_errors(Node* object);
  void report_cover_errors(std::size_t since);
  Node* parse_await(const TokenPos& start);

  // ---- functions, classes, objects, patterns (parse_functions.cpp)
  FunctionNode* parse_function(const TokenPos& start, bool is_async, bool is_declaration, bool is_expression);
  void parse_parameters(FunctionNode* fn);
  void parse_function_rest(FunctionNode* fn, const TokenPos& start);  // params and body
  void parse_function_body(FunctionNode* fn);
  void check_parameters(FunctionNode* fn, bool strict, bool is_arrow);
  Node* parse_class(const TokenPos& start, bool is_declaration);
  Node* parse_object_literal();
  // Parses a property name; `is_identifier` says it was a plain identifier (shorthand allowed).
  bool parse_property_key(PropertyKey& key, bool allow_private, bool* is_identifier);
  FunctionNode* parse_method(const TokenPos& start, FunctionKind kind, bool is_async, const PropertyKey& key,
                             bool is_class, bool is_static, bool derived);
  // An identifier or pattern; `in_pattern`: an element of an enclosing pattern, where V8 names
  // what else was written ("Illegal property in declaration context").
  Node* parse_binding_target(bool in_pattern = false);
  Node* parse_binding_element(bool in_pattern = false);  // target [= default]
  Node* parse_binding_pattern();
  Node* parse_binding_identifier();
  void infer_name(Node* value, std::string_view name);

  Program& m_program;
  ParseOptions m_options;
  Lexer m_lexer;
  Token m_tok;
  Token m_next;
  bool m_has_next = false;
  std::uint32_t m_prev_end = 0;
  std::uint32_t m_prev_line = 1;  // line where the previous token ended
  bool m_failed = false;
  std::optional<SyntaxErrorInfo> m_error;
  int m_depth = 0;
  struct OpenBracket {
    char bracket;
    std::uint32_t line;
    std::uint32_t column;
  };
  std::vector<OpenBracket> m_open_brackets;
  bool m_no_in = false;  // parsing a for-statement head: `in` is not an operator

  std::vector<Scope> m_scopes;
  std::vector<FunctionContext> m_functions;
  std::vector<ClassContext> m_classes;
  std::vector<CoverError> m_cover_errors;
  // The last `async(...)` call parsed: `async (a) => a` turns it into an arrow.
  Node* m_async_call = nullptr;
  // The last parenthesized cover `(a, b)` whose contents may still become arrow parameters.
  Node* m_paren_cover = nullptr;
  Node* m_error_node = nullptr;
  std::vector<Node*> m_paren_items;  // the items of m_paren_cover (RestElement for `...x`)
  bool m_paren_single_was_parenthesized = false;
  // Parenthesized expressions' ranges including the parentheses (V8 marks them in errors).
  struct ParenRange {
    const Node* node;
    std::uint32_t start;
    std::uint32_t end;
  };
  std::vector<ParenRange> m_paren_ranges;      // searched only when reporting an error
  std::vector<const Node*> m_rest_with_comma;  // array literals with `...x,` (not a valid pattern)
  std::uint32_t m_this_uses = 0;               // counts `this`/`super` seen (arrow params attribution)
  std::uint32_t m_arguments_uses = 0;          // counts `arguments` seen
  bool m_cover_this = false;                   // the arrow being built used `this` in its parameters
  bool m_cover_arguments = false;              // ... or `arguments`
};

// An open bracket, remembered while its contents are parsed: at the end of the input the
// error's hint names the innermost bracket that was never closed.
struct BracketGuard {
  Parser& parser;
  BracketGuard(Parser& p, char bracket, const TokenPos& at);
  ~BracketGuard();
};

// Limits recursion: deeper than kMaxNestingDepth is a syntax error, never a stack overflow.
struct DepthGuard {
  Parser& parser;
  explicit DepthGuard(Parser& p);
  ~DepthGuard() { parser.m_depth--; }
};

std::string number_to_property_name(double value);    // ToString(Number) for literal keys
bool is_reserved_word(std::string_view name);         // keywords that are never identifiers
bool is_strict_reserved_word(std::string_view name);  // implements, let, static, yield...

}  // namespace looplab::js
