// Statements and declarations (ECMAScript 14 "Statements and Declarations"), with the early
// errors V8 reports while parsing them: labels, break/continue targets, return outside a
// function, lexical declarations in single-statement positions, and redeclarations (through
// Parser::declare).
#include "core/js/syntax/parser_impl.h"

namespace looplab::js {

namespace {

bool is_use_strict(const Token& token) {
  return token.type == TokenType::kString && (token.text == "\"use strict\"" || token.text == "'use strict'");
}

}  // namespace

// A body's directive prologue ("use strict") followed by its statements, up to `end`.
void Parser::parse_directives_and_body(std::vector<Node*>& body, FunctionNode* fn, TokenType end) {
  bool in_prologue = true;
  // A legacy octal string before "use strict" is an error once the directive is seen.
  bool saw_octal = false;
  std::uint32_t first_octal_start = 0;
  std::uint32_t first_octal_end = 0;
  std::string_view first_octal_error;
  while (!match(end) && !match(TokenType::kEof)) {
    if (in_prologue && !match(TokenType::kString)) in_prologue = false;
    if (!in_prologue) {
      body.push_back(parse_statement_list_item());
      continue;
    }
    // A directive is a statement made of a string literal alone.
    TokenPos string_pos = pos();
    bool use_strict = is_use_strict(m_tok);
    bool octal = m_tok.legacy_octal;
    std::uint32_t octal_start = m_tok.error_start;
    std::uint32_t octal_end = m_tok.error_end;
    std::string_view octal_error = m_tok.error;
    Node* statement = parse_statement_list_item();
    body.push_back(statement);
    if (m_failed) return;
    const Node* e = statement->kind == NodeKind::kExpressionStatement
                        ? statement->as<ExpressionStatement>().expression
                        : nullptr;
    if (e == nullptr || e->kind != NodeKind::kStringLiteral || e->parenthesized ||
        e->range.start != string_pos.start) {
      in_prologue = false;
      continue;
    }
    if (octal && !saw_octal) {
      saw_octal = true;
      first_octal_start = octal_start;
      first_octal_end = octal_end;
      first_octal_error = octal_error;
    }
    if (use_strict) {
      if (fn && !fn->simple_parameters) {
        fail_at("Illegal 'use strict' directive in function with non-simple parameter list", string_pos);
        return;
      }
      function().strict = true;
      if (fn) fn->strict = true;
      if (saw_octal) {
        fail(first_octal_error, first_octal_start, first_octal_end);
        return;
      }
    }
  }
}

bool Parser::at_let_declaration() {
  if (!match_contextual("let")) return false;
  const Token& next = peek();
  if (next.type == TokenType::kLBracket || next.type == TokenType::kLBrace) return true;
  if (next.type == TokenType::kIdentifier) {
    // `let \n x` is still a declaration; `let in` / `let instanceof` are not identifiers anyway.
    return true;
  }
  return false;
}

Node* Parser::parse_statement_list_item() {
  if (m_failed) return error_node();
  TokenPos start = pos();
  switch (m_tok.type) {
    case TokenType::kFunction: {
      if (peek().type == TokenType::kLParen) {
        fail_at("Function statements require a function name", m_tok);
        return error_node();
      }
      FunctionNode* fn = parse_function(start, false, true, false);
      auto* decl = make<FunctionDeclaration>(start);
      decl->function = fn;
      finish(decl);
      return decl;
    }
    case TokenType::kClass:
      return parse_class(start, true);
    case TokenType::kConst:
      return parse_variable_declaration(false);
    case TokenType::kImport: {
      const Token& next = peek();
      if (next.type == TokenType::kLParen || next.type == TokenType::kDot) break;  // import() / import.meta
      fail_at("ES modules are not supported yet: Looplab runs CommonJS scripts (use require)", m_tok);
      return error_node();
    }
    case TokenType::kExport:
      fail_at("ES modules are not supported yet: Looplab runs CommonJS scripts (use require)", m_tok);
      return error_node();
    case TokenType::kIdentifier:
      if (at_let_declaration()) return parse_variable_declaration(false);
      if (match_contextual("async")) {
        const Token& next = peek();
        if (next.type == TokenType::kFunction && !next.newline_before) {
          advance();
          FunctionNode* fn = parse_function(start, true, true, false);
          auto* decl = make<FunctionDeclaration>(start);
          decl->function = fn;
          finish(decl);
          return decl;
        }
      }
      break;
    default:
      break;
  }
  return parse_statement();
}

void Parser::mark_loop_labels(bool is_loop) {
  FunctionContext& f = function();
  if (f.pending_labels > 0 && is_loop) {
    for (std::size_t i = f.labels.size() - static_cast<std::size_t>(f.pending_labels); i < f.labels.size();
         ++i) {
      f.labels[i].is_loop = true;
    }
  }
  f.pending_labels = 0;
}

Node* Parser::parse_statement() {
  DepthGuard guard(*this);
  if (m_failed) return error_node();
  TokenPos start = pos();
  TokenType type = m_tok.type;
  bool is_loop = type == TokenType::kFor || type == TokenType::kWhile || type == TokenType::kDo;
  bool is_label = type == TokenType::kIdentifier && peek().type == TokenType::kColon &&
                  !(match_contextual("await") && function().is_async);
  if (!is_label) mark_loop_labels(is_loop);
  switch (type) {
    case TokenType::kLBrace:
      return parse_block_statement();
    case TokenType::kVar:
      return parse_variable_declaration(false);
    case TokenType::kSemicolon: {
      auto* node = make<EmptyStatement>(start);
      advance();
      return node;
    }
    case TokenType::kIf:
      return parse_if();
    case TokenType::kFor:
      return parse_for();
    case TokenType::kWhile:
      return parse_while();
    case TokenType::kDo:
      return parse_do_while();
    case TokenType::kContinue:
      return parse_break_continue(false);
    case TokenType::kBreak:
      return parse_break_continue(true);
    case TokenType::kReturn:
      return parse_return();
    case TokenType::kThrow:
      return parse_throw();
    case TokenType::kTry:
      return parse_try();
    case TokenType::kSwitch:
      return parse_switch();
    case TokenType::kDebugger: {
      auto* node = make<DebuggerStatement>(start);
      advance();
      consume_semicolon();
      finish(node);
      return node;
    }
    case TokenType::kWith:
      if (is_strict()) {
        fail_at("Strict mode code may not include a with statement", m_tok);
      } else {
        fail_at("'with' is not supported", m_tok);
      }
      return error_node();
    case TokenType::kFunction:
      // A function declaration as the body of if/while/...: V8's wording.
      if (is_strict()) {
        fail_at("In strict mode code, functions can only be declared at top level or inside a block.", m_tok);
      } else {
        fail_at(
            "In non-strict mode code, functions can only be declared at top level, inside a block, or as the "
            "body of an if statement.",
            m_tok);
      }
      return error_node();
    case TokenType::kClass:
    case TokenType::kConst:
      unexpected();
      return error_node();
    case TokenType::kImport:
    case TokenType::kExport:
      if (type == TokenType::kExport ||
          (peek().type != TokenType::kLParen && peek().type != TokenType::kDot)) {
        fail_at("ES modules are not supported yet: Looplab runs CommonJS scripts (use require)", m_tok);
        return error_node();
      }
      break;
    case TokenType::kIdentifier:
      if (is_label) return parse_labeled();
      if (match_contextual("let") && peek().type == TokenType::kLBracket) {
        fail_at("Lexical declaration cannot appear in a single-statement context", m_tok);
        return error_node();
      }
      if (match_contextual("let") &&
          (peek().type == TokenType::kIdentifier || peek().type == TokenType::kLBrace) &&
          !peek().newline_before) {
        fail_at("Lexical declaration cannot appear in a single-statement context", m_tok);
        return error_node();
      }
      if (match_contextual("async") && peek().type == TokenType::kFunction && !peek().newline_before) {
        fail_at("Async functions can only be declared at the top level or inside a block.", m_tok);
        return error_node();
      }
      break;
    default:
      break;
  }
  return parse_expression_statement();
}

Node* Parser::parse_block_statement(bool new_scope) {
  TokenPos start = pos();
  auto* block = make<BlockStatement>(start);
  consume(TokenType::kLBrace);
  if (new_scope) push_scope(false);
  while (!match(TokenType::kRBrace) && !match(TokenType::kEof)) {
    block->body.push_back(parse_statement_list_item());
  }
  if (new_scope) pop_scope();
  if (!match(TokenType::kRBrace)) {
    if (!m_failed) {
      fail("Unexpected end of input", m_tok.start, m_tok.end);
      add_hint("the '{' at", start.line, start.column, " is never closed");
    }
  }
  advance();
  finish(block);
  return block;
}

Node* Parser::parse_variable_declaration(bool in_for) {
  TokenPos start = pos();
  DeclarationKind kind = match(TokenType::kVar)     ? DeclarationKind::kVar
                         : match(TokenType::kConst) ? DeclarationKind::kConst
                                                    : DeclarationKind::kLet;
  advance();
  auto* decl = make<VariableDeclaration>(start);
  decl->declaration_kind = kind;
  BindingKind binding = kind == DeclarationKind::kVar ? BindingKind::kVar : BindingKind::kLexical;
  while (!m_failed) {
    VariableDeclarator d;
    TokenPos target_start = pos();
    d.range.start = m_tok.start;
    d.range.line = m_tok.line;
    d.range.column = m_tok.column;
    if (kind != DeclarationKind::kVar && match_contextual("let")) {
      fail_at("let is disallowed as a lexically bound name", m_tok);
      return error_node();
    }
    d.target = parse_binding_target();
    if (eat(TokenType::kAssign)) {
      bool saved = m_no_in;
      m_no_in = in_for;
      d.init = parse_assignment();
      m_no_in = saved;
      if (d.target->kind == NodeKind::kIdentifier) infer_name(d.init, d.target->as<Identifier>().name);
    } else if (!in_for || (!match(TokenType::kIn) && !match_contextual("of"))) {
      if (d.target->kind != NodeKind::kIdentifier) {
        fail("Missing initializer in destructuring declaration", target_start.start, m_prev_end);
        return error_node();
      }
      if (kind == DeclarationKind::kConst) {
        fail_at("Missing initializer in const declaration", d.target);
        return error_node();
      }
    }
    d.range.end = m_prev_end;
    declare_pattern(d.target, binding);
    decl->declarations.push_back(d);
    if (!eat(TokenType::kComma)) break;
  }
  if (!in_for) consume_semicolon();
  finish(decl);
  return decl;
}

Node* Parser::parse_if() {
  TokenPos start = pos();
  auto* node = make<IfStatement>(start);
  advance();
  consume(TokenType::kLParen);
  node->test = parse_expression();
  consume(TokenType::kRParen);
  auto branch = [&]() -> Node* {
    // Annex B.3.4: `if (x) function f() {}` in sloppy code, as if it were in a block.
    if (match(TokenType::kFunction) && !is_strict()) {
      TokenPos fstart = pos();
      push_scope(false);
      FunctionNode* fn = parse_function(fstart, false, true, false);
      pop_scope();
      auto* decl = make<FunctionDeclaration>(fstart);
      decl->function = fn;
      finish(decl);
      return decl;
    }
    return parse_statement();
  };
  node->consequent = branch();
  if (eat(TokenType::kElse)) node->alternate = branch();
  finish(node);
  return node;
}

Node* Parser::parse_loop_body() {
  FunctionContext& f = function();
  f.loop_depth++;
  f.breakable_depth++;
  Node* body = parse_statement();
  FunctionContext& g = function();
  g.loop_depth--;
  g.breakable_depth--;
  return body;
}

Node* Parser::parse_for() {
  TokenPos start = pos();
  advance();
  bool is_await = false;
  if (match_contextual("await")) {
    if (!function().is_async) {
      fail_at("Unexpected reserved word", m_tok);
      return error_node();
    }
    is_await = true;
    advance();
  }
  consume(TokenType::kLParen);
  push_scope(false);
  Node* init = nullptr;
  bool is_declaration = false;
  bool starts_with_let = false;
  if (match(TokenType::kVar) || match(TokenType::kConst) || at_let_declaration()) {
    init = parse_variable_declaration(true);
    is_declaration = true;
  } else if (!match(TokenType::kSemicolon)) {
    if (match_contextual("async") && peek().type == TokenType::kIdentifier && peek().text == "of" &&
        !peek().escaped) {
      fail_at("The left-hand side of a for-of loop may not be 'async'.", m_tok);
      pop_scope();
      return error_node();
    }
    starts_with_let = match_contextual("let");
    bool saved = m_no_in;
    m_no_in = true;
    std::size_t cover_mark = m_cover_errors.size();
    init = parse_expression();
    m_no_in = saved;
    if (!(match(TokenType::kIn) || match_contextual("of"))) report_cover_errors(cover_mark);
  }
  if (!m_failed && init && (match(TokenType::kIn) || match_contextual("of"))) {
    bool is_of = !match(TokenType::kIn);
    if (is_declaration) {
      auto& decl = init->as<VariableDeclaration>();
      if (decl.declarations.size() != 1) {
        fail(std::string("Invalid left-hand side in ") + (is_of ? "for-of" : "for-in") +
                 " loop: Must have a single binding.",
             decl.declarations.front().range.start, decl.declarations.back().range.end);
        pop_scope();
        return error_node();
      }
      // Annex B.3.5: `for (var x = 1 in o)` is allowed in sloppy code.
      bool annex_b = !is_of && !is_strict() && decl.declaration_kind == DeclarationKind::kVar &&
                     decl.declarations[0].target->kind == NodeKind::kIdentifier;
      if (decl.declarations[0].init != nullptr && !annex_b) {
        fail(std::string(is_of ? "for-of" : "for-in") +
                 " loop variable declaration may not have an initializer.",
             decl.declarations[0].range.start, decl.declarations[0].range.end);
        pop_scope();
        return error_node();
      }
    } else {
      if (is_of && starts_with_let) {
        fail("The left-hand side of a for-of loop may not start with 'let'.", init->range.start,
             init->range.start + 3);
        pop_scope();
        return error_node();
      }
      if (init->kind == NodeKind::kObject || init->kind == NodeKind::kArray) {
        init = to_pattern(init, false);
      } else if (init->kind != NodeKind::kIdentifier && init->kind != NodeKind::kMember) {
        fail_at("Invalid left-hand side in for-loop", init);
        pop_scope();
        return error_node();
      } else {
        check_simple_target(init, "Invalid left-hand side in for-loop");
      }
    }
    advance();
    Node* right = is_of ? parse_assignment() : parse_expression();
    consume(TokenType::kRParen);
    Node* body = parse_loop_body();
    pop_scope();
    if (is_of) {
      auto* node = make<ForOfStatement>(start);
      node->left = init;
      node->right = right;
      node->body = body;
      node->is_await = is_await;
      finish(node);
      return node;
    }
    if (is_await) {
      fail_at("Unexpected token 'in'", init);
      return error_node();
    }
    auto* node = make<ForInStatement>(start);
    node->left = init;
    node->right = right;
    node->body = body;
    finish(node);
    return node;
  }
  if (is_await && !m_failed) {
    unexpected();
    pop_scope();
    return error_node();
  }
  auto* node = make<ForStatement>(start);
  node->init = init;
  consume(TokenType::kSemicolon);
  if (!match(TokenType::kSemicolon)) node->test = parse_expression();
  consume(TokenType::kSemicolon);
  if (!match(TokenType::kRParen)) node->update = parse_expression();
  consume(TokenType::kRParen);
  node->body = parse_loop_body();
  pop_scope();
  finish(node);
  return node;
}

Node* Parser::parse_while() {
  TokenPos start = pos();
  auto* node = make<WhileStatement>(start);
  advance();
  consume(TokenType::kLParen);
  node->test = parse_expression();
  consume(TokenType::kRParen);
  node->body = parse_loop_body();
  finish(node);
  return node;
}

Node* Parser::parse_do_while() {
  TokenPos start = pos();
  auto* node = make<DoWhileStatement>(start);
  advance();
  node->body = parse_loop_body();
  consume(TokenType::kWhile);
  consume(TokenType::kLParen);
  node->test = parse_expression();
  consume(TokenType::kRParen);
  // 12.10.1: a `;` after do-while is optional even on the same line.
  eat(TokenType::kSemicolon);
  finish(node);
  return node;
}

Node* Parser::parse_return() {
  TokenPos start = pos();
  if (!function().allow_return) {
    fail_at("Illegal return statement", m_tok);
    return error_node();
  }
  auto* node = make<ReturnStatement>(start);
  advance();
  // Restricted production: `return` followed by a line break returns undefined.
  if (!match(TokenType::kSemicolon) && !match(TokenType::kRBrace) && !match(TokenType::kEof) &&
      !m_tok.newline_before) {
    node->argument = parse_expression();
  }
  consume_semicolon();
  finish(node);
  return node;
}

Node* Parser::parse_break_continue(bool is_break) {
  TokenPos start = pos();
  advance();
  std::string label;
  TokenPos label_token;
  if (match(TokenType::kIdentifier) && !m_tok.newline_before) {
    label = std::string(m_tok.name());
    label_token = pos();
    advance();
  }
  FunctionContext& f = function();
  if (!label.empty()) {
    const Label* found = nullptr;
    for (const Label& l : f.labels) {
      if (l.name == label) found = &l;
    }
    if (found == nullptr) {
      fail_quoted("Undefined label ", label, "", label_token.start, label_token.end);
      return error_node();
    }
    if (!is_break && !found->is_loop) {
      fail_quoted("Illegal continue statement: ", label, " does not denote an iteration statement",
                  label_token.start, label_token.end);
      return error_node();
    }
  } else if (is_break && f.breakable_depth == 0) {
    fail_at("Illegal break statement", start);
    return error_node();
  } else if (!is_break && f.loop_depth == 0) {
    fail_at("Illegal continue statement: no surrounding iteration statement", start);
    return error_node();
  }
  consume_semicolon();
  if (is_break) {
    auto* node = make<BreakStatement>(start);
    node->label = std::move(label);
    finish(node);
    return node;
  }
  auto* node = make<ContinueStatement>(start);
  node->label = std::move(label);
  finish(node);
  return node;
}

Node* Parser::parse_throw() {
  TokenPos start = pos();
  auto* node = make<ThrowStatement>(start);
  advance();
  if (m_tok.newline_before) {
    fail_at("Illegal newline after throw", start);
    return error_node();
  }
  node->argument = parse_expression();
  consume_semicolon();
  finish(node);
  return node;
}

Node* Parser::parse_try() {
  TokenPos start = pos();
  auto* node = make<TryStatement>(start);
  advance();
  if (!match(TokenType::kLBrace)) {
    unexpected();
    return error_node();
  }
  node->block = static_cast<BlockStatement*>(parse_block_statement());
  if (m_failed) return error_node();
  if (match(TokenType::kCatch)) {
    advance();
    push_scope(false);
    if (eat(TokenType::kLParen)) {
      node->param = parse_binding_target();
      declare_pattern(node->param, node->param->kind == NodeKind::kIdentifier ? BindingKind::kCatchParameter
                                                                              : BindingKind::kCatchPattern);
      consume(TokenType::kRParen);
    }
    if (!match(TokenType::kLBrace)) {
      unexpected();
      pop_scope();
      return error_node();
    }
    // The catch block shares the parameter's scope: `catch (e) { let e; }` is a redeclaration.
    node->handler = static_cast<BlockStatement*>(parse_block_statement(false));
    pop_scope();
    if (m_failed) return error_node();
  }
  if (match(TokenType::kFinally)) {
    advance();
    if (!match(TokenType::kLBrace)) {
      unexpected();
      return error_node();
    }
    node->finalizer = static_cast<BlockStatement*>(parse_block_statement());
    if (m_failed) return error_node();
  }
  if (node->handler == nullptr && node->finalizer == nullptr) {
    if (!m_failed) fail("Missing catch or finally after try", m_prev_end - 1, m_prev_end);
    return error_node();
  }
  finish(node);
  return node;
}

Node* Parser::parse_switch() {
  TokenPos start = pos();
  auto* node = make<SwitchStatement>(start);
  advance();
  consume(TokenType::kLParen);
  node->discriminant = parse_expression();
  consume(TokenType::kRParen);
  BracketGuard bracket(*this, '{', pos());
  consume(TokenType::kLBrace);
  push_scope(false);
  function().breakable_depth++;
  bool seen_default = false;
  while (!match(TokenType::kRBrace) && !match(TokenType::kEof)) {
    SwitchCase c;
    c.range.start = m_tok.start;
    c.range.line = m_tok.line;
    c.range.column = m_tok.column;
    if (match(TokenType::kCase)) {
      advance();
      c.test = parse_expression();
    } else if (match(TokenType::kDefault)) {
      if (seen_default) {
        fail_at("More than one default clause in switch statement", m_tok);
        break;
      }
      seen_default = true;
      advance();
    } else {
      unexpected();
      break;
    }
    consume(TokenType::kColon);
    while (!match(TokenType::kCase) && !match(TokenType::kDefault) && !match(TokenType::kRBrace) &&
           !match(TokenType::kEof)) {
      c.consequent.push_back(parse_statement_list_item());
    }
    c.range.end = m_prev_end;
    node->cases.push_back(std::move(c));
  }
  function().breakable_depth--;
  pop_scope();
  consume(TokenType::kRBrace);
  finish(node);
  return node;
}

Node* Parser::parse_labeled() {
  TokenPos start = pos();
  auto* node = make<LabeledStatement>(start);
  check_binding_identifier(m_tok);
  if (match_contextual("await") && function().is_async) {
    fail_at("Unexpected reserved word", m_tok);
    return error_node();
  }
  node->label = std::string(m_tok.name());
  advance();
  consume(TokenType::kColon);
  if (m_failed) return error_node();
  FunctionContext& f = function();
  for (const Label& l : f.labels) {
    if (l.name == node->label) {
      fail_quoted("Label ", node->label, " has already been declared", start.start, start.end);
      return error_node();
    }
  }
  f.labels.push_back(Label{node->label, false});
  f.pending_labels++;
  if (match(TokenType::kFunction)) {
    if (is_strict()) {
      fail_at("In strict mode code, functions can only be declared at top level or inside a block.", m_tok);
      return error_node();
    }
    function().pending_labels = 0;
    TokenPos fstart = pos();
    FunctionNode* fn = parse_function(fstart, false, true, false);
    auto* decl = make<FunctionDeclaration>(fstart);
    decl->function = fn;
    finish(decl);
    node->body = decl;
  } else {
    node->body = parse_statement();
  }
  FunctionContext& g = function();
  g.labels.pop_back();
  if (g.pending_labels > 0) g.pending_labels--;
  finish(node);
  return node;
}

Node* Parser::parse_expression_statement() {
  TokenPos start = pos();
  auto* node = make<ExpressionStatement>(start);
  node->expression = parse_expression();
  consume_semicolon();
  finish(node);
  return node;
}

}  // namespace looplab::js
