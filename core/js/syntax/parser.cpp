// The parser's driver: token handling, error reporting with V8's wording, scopes and the early
// errors that need them (redeclarations), and the private-name and function-flag bookkeeping.
// The grammar itself is in parse_statements.cpp, parse_expressions.cpp and parse_functions.cpp.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "core/js/syntax/parser_impl.h"

namespace looplab::js {

namespace {

constexpr std::string_view kTooDeep =
    "Too deeply nested: brackets, blocks or expressions nest more than 500 levels";

}  // namespace

bool is_reserved_word(std::string_view name) {
  static constexpr std::string_view kWords[] = {
      "break", "case",   "catch", "class",      "const",   "continue", "debugger", "default", "delete",
      "do",    "else",   "enum",  "export",     "extends", "false",    "finally",  "for",     "function",
      "if",    "import", "in",    "instanceof", "new",     "null",     "return",   "super",   "switch",
      "this",  "throw",  "true",  "try",        "typeof",  "var",      "void",     "while",   "with"};
  return std::find(std::begin(kWords), std::end(kWords), name) != std::end(kWords);
}

bool is_strict_reserved_word(std::string_view name) {
  static constexpr std::string_view kWords[] = {"implements", "interface", "let",    "package", "private",
                                                "protected",  "public",    "static", "yield"};
  return std::find(std::begin(kWords), std::end(kWords), name) != std::end(kWords);
}

// Number::toString for property keys written as numeric literals: the shortest decimal that
// round-trips, laid out as ECMAScript 6.1.6.1.20 Number::toString says.
std::string number_to_property_name(double value) {
  if (std::isnan(value)) return "NaN";
  if (value == 0) return "0";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  std::string sign = value < 0 ? "-" : "";
  double v = std::fabs(value);
  char buf[40];
  int precision = 1;
  for (; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf is d.ddde[+-]XX: collect the digits and the exponent.
  std::string digits;
  const char* p = buf;
  for (; *p && *p != 'e'; ++p) {
    if (*p >= '0' && *p <= '9') digits.push_back(*p);
  }
  int exponent = std::atoi(p + 1);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int k = static_cast<int>(digits.size());
  int n = exponent + 1;  // the decimal point sits after n digits
  std::string out = sign;
  if (k <= n && n <= 21) {
    out += digits;
    out.append(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out += digits.substr(0, static_cast<std::size_t>(n));
    out.push_back('.');
    out += digits.substr(static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += digits;
  } else {
    out.push_back(digits[0]);
    if (k > 1) {
      out.push_back('.');
      out += digits.substr(1);
    }
    out.push_back('e');
    out.push_back(n - 1 >= 0 ? '+' : '-');
    out += std::to_string(std::abs(n - 1));
  }
  return out;
}

DepthGuard::DepthGuard(Parser& p) : parser(p) {
  if (++parser.m_depth > kMaxNestingDepth && !parser.m_failed) {
    parser.fail(kTooDeep, parser.m_tok.start, parser.m_tok.end);
  }
}

BracketGuard::BracketGuard(Parser& p, char bracket, const TokenPos& at) : parser(p) {
  parser.m_open_brackets.push_back(Parser::OpenBracket{bracket, at.line, at.column});
}

BracketGuard::~BracketGuard() {
  parser.m_open_brackets.pop_back();
}

Parser::Parser(Program& program, const ParseOptions& options)
    : m_program(program), m_options(options), m_lexer(program.source) {}

void Parser::parse() {
  m_program.range.start = 0;
  m_program.range.line = 1;
  m_program.range.column = 1;
  FunctionContext top;
  top.is_program = true;
  top.allow_return = m_options.commonjs;
  // A CommonJS module body runs inside node's wrapper function: new.target is allowed there.
  top.allow_new_target = m_options.commonjs;
  m_functions.push_back(std::move(top));
  push_scope(true);
  m_functions.back().scope_index = 0;
  advance();
  parse_directives_and_body(m_program.body, nullptr, TokenType::kEof);
  m_program.strict = m_functions.back().strict;
  m_program.range.end = static_cast<std::uint32_t>(m_program.source.size());
  pop_scope();
}

// ---- tokens --------------------------------------------------------------------------------

void Parser::advance() {
  m_prev_end = m_tok.end;
  m_prev_line = m_lexer.source().empty() ? 1 : m_tok.line;
  if (m_failed) {
    m_tok.type = TokenType::kEof;
    m_tok.start = m_tok.end = m_prev_end;
    return;
  }
  if (m_has_next) {
    std::swap(m_tok, m_next);
    m_has_next = false;
  } else {
    m_lexer.next(m_tok);
  }
}

const Token& Parser::peek() {
  if (!m_has_next) {
    if (m_failed) {
      m_next.type = TokenType::kEof;
      return m_next;
    }
    m_lexer.next(m_next);
    m_has_next = true;
  }
  return m_next;
}

bool Parser::match_contextual(std::string_view word) const {
  return m_tok.type == TokenType::kIdentifier && !m_tok.escaped && m_tok.text == word;
}

bool Parser::match_identifier() const {
  if (m_tok.type != TokenType::kIdentifier) return false;
  if (m_tok.escaped && is_reserved_word(m_tok.name())) return false;
  return true;
}

void Parser::consume(TokenType type) {
  if (m_tok.type != type) {
    unexpected();
    return;
  }
  advance();
}

bool Parser::eat(TokenType type) {
  if (m_tok.type != type) return false;
  advance();
  return true;
}

// 12.10 Automatic Semicolon Insertion: a `;` may be left out before `}`, at the end of input,
// or when a line terminator separates the offending token from the previous one.
void Parser::consume_semicolon() {
  if (eat(TokenType::kSemicolon)) return;
  if (match(TokenType::kRBrace) || match(TokenType::kEof) || m_tok.newline_before) return;
  unexpected();
}

// ---- errors --------------------------------------------------------------------------------

void Parser::fail(std::string_view message, std::uint32_t start, std::uint32_t end) {
  if (m_failed) return;
  m_failed = true;
  SyntaxErrorInfo info;
  info.message = std::string(message);
  std::string_view src = m_lexer.source();
  if (start > src.size()) start = static_cast<std::uint32_t>(src.size());
  if (end < start) end = start;
  if (end > src.size()) end = static_cast<std::uint32_t>(src.size());
  info.offset = start;
  // Find the line holding `start`.
  std::uint32_t line = 1;
  std::uint32_t line_start = 0;
  for (std::uint32_t i = 0; i < start; ++i) {
    char c = src[i];
    bool terminator = false;
    std::uint32_t skip = 0;
    if (c == '\n') {
      terminator = true;
    } else if (c == '\r') {
      terminator = true;
      if (i + 1 < start && src[i + 1] == '\n') skip = 1;
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < src.size() &&
               static_cast<unsigned char>(src[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(src[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(src[i + 2]) == 0xA9)) {
      terminator = true;
      skip = 2;
    }
    if (terminator) {
      i += skip;
      line++;
      line_start = i + 1;
    }
  }
  std::uint32_t line_end = line_start;
  while (line_end < src.size() && src[line_end] != '\n' && src[line_end] != '\r' &&
         !(static_cast<unsigned char>(src[line_end]) == 0xE2 && line_end + 2 < src.size() &&
           static_cast<unsigned char>(src[line_end + 1]) == 0x80 &&
           (static_cast<unsigned char>(src[line_end + 2]) == 0xA8 ||
            static_cast<unsigned char>(src[line_end + 2]) == 0xA9))) {
    line_end++;
  }
  info.line = line;
  info.column = m_lexer.column_of(line_start, start);
  std::uint32_t caret_end = std::min(end, line_end);
  info.length = caret_end > start ? m_lexer.column_of(line_start, caret_end) - info.column : 0;
  if (info.length == 0 && start < line_end) info.length = 1;
  info.source_line = std::string(src.substr(line_start, line_end - line_start));
  if (message == "Unexpected end of input" && !m_open_brackets.empty()) {
    const OpenBracket& open = m_open_brackets.back();
    info.hint = std::string("the '") + open.bracket + "' at line " + std::to_string(open.line) + ", column " +
                std::to_string(open.column) + " is never closed";
  }
  m_error = std::move(info);
  m_tok.type = TokenType::kEof;
  m_has_next = false;
}

void Parser::fail_at(std::string_view message, const TokenPos& token) {
  fail(message, token.start, token.end);
}

void Parser::fail_quoted(std::string_view message, std::string_view quoted, std::string_view after,
                         std::uint32_t start, std::uint32_t end) {
  std::string text(message);
  text.push_back('\'');
  text.append(quoted);
  text.push_back('\'');
  text.append(after);
  fail(text, start, end);
}

void Parser::add_hint(const char* before, std::uint32_t line, std::uint32_t column, const char* after) {
  if (!m_error) return;
  m_error->hint =
      std::string(before) + " line " + std::to_string(line) + ", column " + std::to_string(column) + after;
}

void Parser::fail_at(std::string_view message, const Node* node) {
  if (node->parenthesized) {
    for (std::size_t i = m_paren_ranges.size(); i-- > 0;) {
      if (m_paren_ranges[i].node == node)
        return fail(message, m_paren_ranges[i].start, m_paren_ranges[i].end);
    }
  }
  fail(message, node->range.start, node->range.end);
}

std::string Parser::unexpected_message(const Token& token) const {
  switch (token.type) {
    case TokenType::kEof:
      return "Unexpected end of input";
    case TokenType::kInvalid:
      return std::string(token.error);
    case TokenType::kNumber:
      return "Unexpected number";
    case TokenType::kString:
      return "Unexpected string";
    case TokenType::kTemplate:
      // A `}` that ends a substitution where an expression was expected: `${}`.
      if (token.template_part == TemplatePart::kMiddle || token.template_part == TemplatePart::kTail) {
        return "Unexpected token '}'";
      }
      return "Unexpected template string";
    case TokenType::kPrivateName:
      return "Unexpected identifier '#" + std::string(token.name()) + "'";
    case TokenType::kEnum:
      return "Unexpected reserved word";
    case TokenType::kIdentifier: {
      std::string_view name = token.name();
      if (token.escaped && is_reserved_word(name)) return "Keyword must not contain escaped characters";
      if (m_functions.back().strict && is_strict_reserved_word(name))
        return "Unexpected strict mode reserved word";
      return "Unexpected identifier '" + std::string(name) + "'";
    }
    default:
      return std::string("Unexpected token '") + std::string(token.text) + "'";
  }
}

void Parser::unexpected() {
  if (m_failed) return;
  const Token& t = m_tok;
  if (t.type == TokenType::kInvalid) {
    std::uint32_t start = t.error_start;
    std::uint32_t end = t.error_end;
    if (t.error == "Unterminated template literal") {
      // V8 reports an unclosed template as the end of the input; the hint says which one.
      fail("Unexpected end of input", end, end);
      add_hint("the template literal that starts at", t.line, t.column,
               " is never closed with a backtick (`)");
      return;
    }
    fail(t.error, start, end);
    return;
  }
  if (t.type == TokenType::kTemplate && t.template_part != TemplatePart::kNoSubstitution &&
      t.template_part != TemplatePart::kHead) {
    fail(unexpected_message(t), t.start, t.start + 1);
    return;
  }
  std::string message = unexpected_message(t);
  fail(message, t.start, t.end);
}

Node* Parser::error_node() {
  if (m_error_node == nullptr) m_error_node = m_program.arena.make<NullLiteral>();
  return m_error_node;
}

// ---- scopes --------------------------------------------------------------------------------

void Parser::push_scope(bool is_function) {
  m_scopes.emplace_back();
  m_scopes.back().is_function = is_function;
}

void Parser::pop_scope() {
  m_scopes.pop_back();
}

// Records a declaration and reports "Identifier 'x' has already been declared" where the spec's
// early errors say so: a lexical name may not be declared twice in a scope nor next to a var of
// the same name (vars count in every block they are hoisted through), nor shadow a parameter at
// a function's top level.
void Parser::declare(std::string_view name, BindingKind kind, std::uint32_t start, std::uint32_t end) {
  if (m_failed || m_scopes.empty()) return;
  auto redeclared = [&] { fail_quoted("Identifier ", name, " has already been declared", start, end); };
  Scope& scope = m_scopes.back();
  switch (kind) {
    case BindingKind::kVar: {
      for (std::size_t i = m_scopes.size(); i-- > 0;) {
        Scope& s = m_scopes[i];
        if (BindingKind* found = s.find(name)) {
          BindingKind existing = *found;
          if (existing == BindingKind::kLexical || existing == BindingKind::kCatchPattern ||
              (existing == BindingKind::kFunction && !s.is_function)) {
            return redeclared();
          }
        } else {
          s.add(name, BindingKind::kVar);
        }
        if (s.is_function) break;
      }
      return;
    }
    case BindingKind::kParameter: {
      if (!scope.find(name)) scope.add(name, BindingKind::kParameter);  // duplicates are checked per function
      return;
    }
    case BindingKind::kCatchParameter:
    case BindingKind::kCatchPattern: {
      if (scope.find(name)) return redeclared();
      scope.add(name, kind);
      return;
    }
    case BindingKind::kTopFunction: {
      BindingKind* found = scope.find(name);
      if (found && *found == BindingKind::kLexical) return redeclared();
      if (!found) scope.add(name, BindingKind::kTopFunction);
      return;
    }
    case BindingKind::kFunction:
    case BindingKind::kLexical: {
      if (BindingKind* found = scope.find(name)) {
        BindingKind existing = *found;
        bool both_functions = kind == BindingKind::kFunction && existing == BindingKind::kFunction;
        if (both_functions && !is_strict()) return;  // Annex B.3.2.4: sloppy block functions
        if (existing == BindingKind::kParameter && kind == BindingKind::kFunction) return;
        return redeclared();
      }
      scope.add(name, kind);
      return;
    }
  }
}

void Parser::declare_pattern(Node* pattern, BindingKind kind) {
  if (pattern == nullptr || m_failed) return;
  switch (pattern->kind) {
    case NodeKind::kIdentifier:
      declare(pattern->as<Identifier>().name, kind, pattern->range.start, pattern->range.end);
      return;
    case NodeKind::kObjectPattern: {
      auto& p = pattern->as<ObjectPattern>();
      for (auto& prop : p.properties) declare_pattern(prop.value, kind);
      declare_pattern(p.rest, kind);
      return;
    }
    case NodeKind::kArrayPattern:
      for (Node* e : pattern->as<ArrayPattern>().elements) declare_pattern(e, kind);
      return;
    case NodeKind::kAssignmentPattern:
      declare_pattern(pattern->as<AssignmentPattern>().target, kind);
      return;
    case NodeKind::kRestElement:
      declare_pattern(pattern->as<RestElement>().target, kind);
      return;
    default:
      return;
  }
}

// A name about to be bound (declaration, parameter, catch parameter): reserved words are
// errors, and so are eval/arguments and the strict reserved words in strict code.
void Parser::check_binding_identifier(const Token& token) {
  std::string_view name = token.name();
  if (token.type != TokenType::kIdentifier) {
    if (token.type == TokenType::kEnum) return fail_at("Unexpected reserved word", token);
    return unexpected();
  }
  if (token.escaped && is_reserved_word(name))
    return fail_at("Keyword must not contain escaped characters", token);
  if (is_strict()) {
    if (is_strict_reserved_word(name)) return fail_at("Unexpected strict mode reserved word", token);
    if (name == "eval" || name == "arguments")
      return fail_at("Unexpected eval or arguments in strict mode", token);
  }
  if (name == "await" && function().is_async) return fail_at("Unexpected reserved word", token);
  if (name == "let" && false) return;
}

// `this` / `super` inside arrows: every arrow up to the nearest ordinary function captures it.
void Parser::note_this_or_super() {
  for (std::size_t i = m_functions.size(); i-- > 0;) {
    FunctionContext& f = m_functions[i];
    if (f.node) f.node->uses_this_or_super = true;
    if (!f.is_arrow) break;
  }
}

void Parser::note_arguments(const Token& token) {
  for (std::size_t i = m_functions.size(); i-- > 0;) {
    FunctionContext& f = m_functions[i];
    if (f.is_field_initializer) {
      fail_at("'arguments' is not allowed in class field initializer or static initialization block", token);
      return;
    }
    if (f.node) f.node->uses_arguments = true;
    if (!f.is_arrow) break;
  }
}

void Parser::note_private_use(std::string_view name, std::uint32_t offset) {
  if (m_classes.empty()) {
    fail_quoted("Private field ", std::string("#") + std::string(name),
                " must be declared in an enclosing class", offset,
                offset + static_cast<std::uint32_t>(name.size()) + 1);
    return;
  }
  m_classes.back().used.emplace_back(std::string(name), offset);
}

// ---- entry point ---------------------------------------------------------------------------

ParseResult parse_program(std::string source, const ParseOptions& options) {
  ParseResult result;
  auto program = std::make_unique<Program>();
  program->source = std::move(source);
  if (program->source.size() > 0xFFFFFFF0u) {
    SyntaxErrorInfo info;
    info.message = "Script too large";
    result.error = std::move(info);
    return result;
  }
  Parser parser(*program, options);
  parser.parse();
  if (parser.error()) {
    result.error = std::move(parser.error());
    return result;
  }
  result.program = std::move(program);
  return result;
}

}  // namespace looplab::js
