// Expressions: assignment (with the arrow-function and destructuring cover grammar), the
// conditional, binary operators by precedence climbing, unary and postfix operators, calls,
// member accesses and optional chains, `new`, templates and primary expressions.
#include <cstring>

#include "core/js/syntax/parser_impl.h"

namespace looplab::js {

namespace {

constexpr std::string_view kModules =
    "ES modules are not supported yet: Looplab runs CommonJS scripts (use require)";

// Binary operator precedence (higher binds tighter); 0 = not a binary operator.
int binary_precedence(TokenType type, bool no_in) {
  switch (type) {
    case TokenType::kQuestionQuestion:
      return 1;
    case TokenType::kPipePipe:
      return 2;
    case TokenType::kAmpAmp:
      return 3;
    case TokenType::kPipe:
      return 4;
    case TokenType::kCaret:
      return 5;
    case TokenType::kAmp:
      return 6;
    case TokenType::kEq:
    case TokenType::kNe:
    case TokenType::kStrictEq:
    case TokenType::kStrictNe:
      return 7;
    case TokenType::kLt:
    case TokenType::kGt:
    case TokenType::kLe:
    case TokenType::kGe:
    case TokenType::kInstanceof:
      return 8;
    case TokenType::kIn:
      return no_in ? 0 : 8;
    case TokenType::kShl:
    case TokenType::kSar:
    case TokenType::kShr:
      return 9;
    case TokenType::kPlus:
    case TokenType::kMinus:
      return 10;
    case TokenType::kStar:
    case TokenType::kSlash:
    case TokenType::kPercent:
      return 11;
    case TokenType::kStarStar:
      return 12;
    default:
      return 0;
  }
}

BinaryOp binary_op(TokenType type) {
  switch (type) {
    case TokenType::kPlus:
      return BinaryOp::kAdd;
    case TokenType::kMinus:
      return BinaryOp::kSub;
    case TokenType::kStar:
      return BinaryOp::kMul;
    case TokenType::kSlash:
      return BinaryOp::kDiv;
    case TokenType::kPercent:
      return BinaryOp::kMod;
    case TokenType::kStarStar:
      return BinaryOp::kExp;
    case TokenType::kShl:
      return BinaryOp::kShl;
    case TokenType::kSar:
      return BinaryOp::kSar;
    case TokenType::kShr:
      return BinaryOp::kShr;
    case TokenType::kAmp:
      return BinaryOp::kBitAnd;
    case TokenType::kPipe:
      return BinaryOp::kBitOr;
    case TokenType::kCaret:
      return BinaryOp::kBitXor;
    case TokenType::kEq:
      return BinaryOp::kEq;
    case TokenType::kNe:
      return BinaryOp::kNe;
    case TokenType::kStrictEq:
      return BinaryOp::kStrictEq;
    case TokenType::kStrictNe:
      return BinaryOp::kStrictNe;
    case TokenType::kLt:
      return BinaryOp::kLt;
    case TokenType::kLe:
      return BinaryOp::kLe;
    case TokenType::kGt:
      return BinaryOp::kGt;
    case TokenType::kGe:
      return BinaryOp::kGe;
    case TokenType::kIn:
      return BinaryOp::kIn;
    default:
      return BinaryOp::kInstanceof;
  }
}

bool assign_op(TokenType type, AssignOp* op) {
  switch (type) {
    case TokenType::kAssign:
      *op = AssignOp::kAssign;
      return true;
    case TokenType::kPlusAssign:
      *op = AssignOp::kAdd;
      return true;
    case TokenType::kMinusAssign:
      *op = AssignOp::kSub;
      return true;
    case TokenType::kStarAssign:
      *op = AssignOp::kMul;
      return true;
    case TokenType::kSlashAssign:
      *op = AssignOp::kDiv;
      return true;
    case TokenType::kPercentAssign:
      *op = AssignOp::kMod;
      return true;
    case TokenType::kStarStarAssign:
      *op = AssignOp::kExp;
      return true;
    case TokenType::kShlAssign:
      *op = AssignOp::kShl;
      return true;
    case TokenType::kSarAssign:
      *op = AssignOp::kSar;
      return true;
    case TokenType::kShrAssign:
      *op = AssignOp::kShr;
      return true;
    case TokenType::kAmpAssign:
      *op = AssignOp::kBitAnd;
      return true;
    case TokenType::kPipeAssign:
      *op = AssignOp::kBitOr;
      return true;
    case TokenType::kCaretAssign:
      *op = AssignOp::kBitXor;
      return true;
    case TokenType::kAmpAmpAssign:
      *op = AssignOp::kAndAssign;
      return true;
    case TokenType::kPipePipeAssign:
      *op = AssignOp::kOrAssign;
      return true;
    case TokenType::kQuestionQuestionAssign:
      *op = AssignOp::kNullishAssign;
      return true;
    default:
      return false;
  }
}

bool is_logical(const Node* node, LogicalOp op) {
  return node->kind == NodeKind::kLogical && !node->parenthesized && node->as<LogicalExpression>().op == op;
}

// Tokens that cannot follow an identifier on the same line: `await x` outside an async
// function is then V8's "await is only valid..." rather than "Unexpected identifier".
bool starts_await_operand(TokenType type) {
  switch (type) {
    case TokenType::kIdentifier:
    case TokenType::kNumber:
    case TokenType::kString:
    case TokenType::kThis:
    case TokenType::kNew:
    case TokenType::kFunction:
    case TokenType::kClass:
    case TokenType::kNull:
    case TokenType::kTrue:
    case TokenType::kFalse:
    case TokenType::kTypeof:
    case TokenType::kVoid:
    case TokenType::kDelete:
    case TokenType::kSuper:
    case TokenType::kBang:
    case TokenType::kTilde:
    case TokenType::kPrivateName:
      return true;
    default:
      return false;
  }
}

}  // namespace

Node* Parser::parse_expression() {
  TokenPos start = pos();
  Node* first = parse_assignment();
  if (!match(TokenType::kComma) || m_failed) return first;
  auto* seq = make<SequenceExpression>(start);
  seq->expressions.push_back(first);
  while (eat(TokenType::kComma)) seq->expressions.push_back(parse_assignment());
  finish(seq);
  return seq;
}

// 13.15 AssignmentExpression, including ArrowFunction and AsyncArrowFunction. `maybe_pattern`:
// the expression is an element of an array/object literal or a parenthesized list that may
// still become a pattern, so shorthand initializers are not reported here.
Node* Parser::parse_assignment(bool maybe_pattern) {
  DepthGuard guard(*this);
  if (m_failed) return error_node();
  TokenPos start = pos();
  // `x => ...` and `async x => ...`
  if (m_tok.type == TokenType::kIdentifier) {
    const Token& next = peek();
    if (next.type == TokenType::kArrow) {
      if (next.newline_before) {
        advance();
        unexpected();
        return error_node();
      }
      Node* param = parse_binding_identifier();
      return parse_arrow_from_cover(param, false, start);
    }
    if (match_contextual("async") && next.type == TokenType::kIdentifier && !next.newline_before) {
      advance();
      TokenPos param_pos = pos();
      Node* param = parse_binding_identifier();
      if (!match(TokenType::kArrow) || m_tok.newline_before) {
        if (!m_failed)
          fail_quoted("Unexpected identifier ", param->as<Identifier>().name, "", param_pos.start,
                      param_pos.end);
        return error_node();
      }
      return parse_arrow_from_cover(param, true, start);
    }
  }
  std::size_t cover_mark = m_cover_errors.size();
  std::uint32_t this_mark = m_this_uses;
  std::uint32_t arguments_mark = m_arguments_uses;
  Node* lhs = parse_conditional();
  if (m_failed) return error_node();
  if (match(TokenType::kArrow)) {
    if (m_tok.newline_before) {
      unexpected();
      return error_node();
    }
    bool from_paren = lhs == m_paren_cover && lhs != nullptr;
    bool from_async = lhs == m_async_call && lhs != nullptr;
    if (!from_paren && !from_async) {
      fail("Malformed arrow function parameter list", lhs->range.start, lhs->range.end);
      return error_node();
    }
    m_paren_cover = nullptr;
    m_async_call = nullptr;
    // `this` / `arguments` seen so far were in the parameters, which belong to the arrow.
    m_cover_this = m_this_uses != this_mark;
    m_cover_arguments = m_arguments_uses != arguments_mark;
    return parse_arrow_from_cover(lhs, from_async, start);
  }
  AssignOp op;
  if (assign_op(m_tok.type, &op)) {
    TokenPos op_pos = pos();
    Node* target = nullptr;
    if (op == AssignOp::kAssign && !lhs->parenthesized &&
        (lhs->kind == NodeKind::kObject || lhs->kind == NodeKind::kArray)) {
      target = to_pattern(lhs, false);
    } else {
      check_simple_target(lhs, "Invalid left-hand side in assignment");
      target = lhs;
    }
    (void)op_pos;
    if (!maybe_pattern) report_cover_errors(cover_mark);
    if (m_failed) return error_node();
    advance();
    auto* node = make_at<AssignmentExpression>(lhs);
    node->range.start = start.start;
    node->range.line = start.line;
    node->range.column = start.column;
    node->op = op;
    node->target = target;
    node->value = parse_assignment();
    if (target->kind == NodeKind::kIdentifier &&
        (op == AssignOp::kAssign || op == AssignOp::kAndAssign || op == AssignOp::kOrAssign ||
         op == AssignOp::kNullishAssign)) {
      infer_name(node->value, target->as<Identifier>().name);
    }
    finish(node);
    return node;
  }
  if (!maybe_pattern) report_cover_errors(cover_mark);
  return lhs;
}

Node* Parser::parse_conditional() {
  TokenPos start = pos();
  Node* test = parse_binary(1);
  if (!match(TokenType::kQuestion) || m_failed) return test;
  advance();
  auto* node = make<ConditionalExpression>(start);
  node->test = test;
  bool saved = m_no_in;
  m_no_in = false;
  node->consequent = parse_assignment();
  m_no_in = saved;
  consume(TokenType::kColon);
  node->alternate = parse_assignment();
  finish(node);
  return node;
}

// Precedence climbing over the binary and logical operators. `**` is right-associative and
// may not take an unparenthesized unary operand on its left; `??` may not be mixed with `&&`
// or `||` without parentheses.
Node* Parser::parse_binary(int min_precedence) {
  Node* left = match(TokenType::kPrivateName) ? parse_private_in() : parse_unary();
  if (m_failed) return error_node();
  while (!m_failed) {
    TokenType type = m_tok.type;
    int precedence = binary_precedence(type, m_no_in);
    if (precedence == 0 || precedence < min_precedence) break;
    if (type == TokenType::kStarStar && !left->parenthesized &&
        (left->kind == NodeKind::kUnary || left->kind == NodeKind::kAwait)) {
      fail(
          "Unary operator used immediately before exponentiation expression. Parenthesis must be used to "
          "disambiguate operator precedence",
          left->range.start, m_tok.end);
      return error_node();
    }
    if (type == TokenType::kQuestionQuestion &&
        (is_logical(left, LogicalOp::kAnd) || is_logical(left, LogicalOp::kOr))) {
      unexpected();
      return error_node();
    }
    if ((type == TokenType::kAmpAmp || type == TokenType::kPipePipe) &&
        is_logical(left, LogicalOp::kNullish)) {
      unexpected();
      return error_node();
    }
    if (left->kind == NodeKind::kPrivateName && type != TokenType::kIn) {
      unexpected();
      return error_node();
    }
    advance();
    int next_min = type == TokenType::kStarStar           ? precedence
                   : type == TokenType::kQuestionQuestion ? 4
                                                          : precedence + 1;
    Node* right;
    {
      DepthGuard guard(*this);  // `a ** b ** c ...` recurses once per operator
      right = m_failed ? error_node() : parse_binary(next_min);
    }
    if (type == TokenType::kAmpAmp || type == TokenType::kPipePipe || type == TokenType::kQuestionQuestion) {
      auto* node = make_at<LogicalExpression>(left);
      node->op = type == TokenType::kAmpAmp     ? LogicalOp::kAnd
                 : type == TokenType::kPipePipe ? LogicalOp::kOr
                                                : LogicalOp::kNullish;
      node->left = left;
      node->right = right;
      finish(node);
      left = node;
    } else {
      auto* node = make_at<BinaryExpression>(left);
      node->op = binary_op(type);
      node->left = left;
      node->right = right;
      finish(node);
      left = node;
    }
  }
  return left;
}

// Unary operators nest (`- - - x`): each one counts as a nesting level.
// `#x in obj`: the private name on the left of `in`.
Node* Parser::parse_private_in() {
  TokenPos start = pos();
  auto* name = make<PrivateName>(start);
  name->name.assign(m_tok.name());
  note_private_use(name->name, m_tok.start);
  advance();
  if (!match(TokenType::kIn) || m_no_in) {
    fail_quoted("Unexpected identifier ", m_lexer.source().substr(start.start, start.end - start.start), "",
                start.start, start.end);
    return error_node();
  }
  return name;
}

Node* Parser::parse_unary() {
  if (m_failed) return error_node();
  TokenPos start = pos();
  UnaryOp op;
  switch (m_tok.type) {
    case TokenType::kMinus:
      op = UnaryOp::kMinus;
      break;
    case TokenType::kPlus:
      op = UnaryOp::kPlus;
      break;
    case TokenType::kBang:
      op = UnaryOp::kNot;
      break;
    case TokenType::kTilde:
      op = UnaryOp::kBitNot;
      break;
    case TokenType::kTypeof:
      op = UnaryOp::kTypeof;
      break;
    case TokenType::kVoid:
      op = UnaryOp::kVoid;
      break;
    case TokenType::kDelete:
      op = UnaryOp::kDelete;
      break;
    case TokenType::kPlusPlus:
    case TokenType::kMinusMinus: {
      bool increment = match(TokenType::kPlusPlus);
      advance();
      auto* node = make<UpdateExpression>(start);
      node->increment = increment;
      node->prefix = true;
      {
        DepthGuard guard(*this);
        node->argument = m_failed ? error_node() : parse_unary();
      }
      check_simple_target(node->argument, "Invalid left-hand side expression in prefix operation");
      finish(node);
      return node;
    }
    case TokenType::kIdentifier:
      if (match_contextual("await") && function().is_async && !function().is_field_initializer) {
        advance();
        return parse_await(start);
      }
      return parse_postfix();
    default:
      return parse_postfix();
  }
  advance();
  auto* node = make<UnaryExpression>(start);
  node->op = op;
  {
    DepthGuard guard(*this);
    node->argument = m_failed ? error_node() : parse_unary();
  }
  if (op == UnaryOp::kDelete && is_strict()) {
    Node* arg = node->argument;
    while (arg->kind == NodeKind::kIdentifier || arg->parenthesized) {
      if (arg->kind == NodeKind::kIdentifier) {
        fail_at("Delete of an unqualified identifier in strict mode.", arg);
        return error_node();
      }
      break;
    }
  }
  const Node* deleted = node->argument;
  if (deleted->kind == NodeKind::kOptionalChain) deleted = deleted->as<OptionalChain>().expression;
  if (op == UnaryOp::kDelete && deleted->kind == NodeKind::kMember &&
      deleted->as<MemberExpression>().is_private) {
    const Node* arg = deleted;
    fail("Private fields can not be deleted",
         arg->range.end - static_cast<std::uint32_t>(arg->as<MemberExpression>().name.size()) - 1,
         arg->range.end);
    return error_node();
  }
  finish(node);
  return node;
}

Node* Parser::parse_await(const TokenPos& start) {
  auto* node = make<AwaitExpression>(start);
  DepthGuard guard(*this);
  node->argument = m_failed ? error_node() : parse_unary();
  finish(node);
  return node;
}

Node* Parser::parse_postfix() {
  Node* expr = parse_lhs();
  if (m_failed) return error_node();
  if ((match(TokenType::kPlusPlus) || match(TokenType::kMinusMinus)) && !m_tok.newline_before) {
    check_simple_target(expr, "Invalid left-hand side expression in postfix operation");
    auto* node = make_at<UpdateExpression>(expr);
    node->increment = match(TokenType::kPlusPlus);
    node->prefix = false;
    node->argument = expr;
    advance();
    finish(node);
    return node;
  }
  return expr;
}

// An assignment or update target must be an identifier or a property access (never an
// optional chain); eval/arguments are not assignable in strict code.
void Parser::check_simple_target(Node* target, std::string_view message) {
  if (m_failed) return;
  if (target->kind == NodeKind::kIdentifier) {
    const std::string& name = target->as<Identifier>().name;
    if (is_strict() && (name == "eval" || name == "arguments")) {
      fail_at("Unexpected eval or arguments in strict mode", target);
    }
    return;
  }
  if (target->kind == NodeKind::kMember) return;
  fail_at(message, target);
}

Node* Parser::parse_super() {
  TokenPos start = pos();
  advance();
  FunctionContext* home = nullptr;
  for (std::size_t i = m_functions.size(); i-- > 0;) {
    home = &m_functions[i];
    if (!home->is_arrow) break;
  }
  bool call = match(TokenType::kLParen);
  bool property = match(TokenType::kDot) || match(TokenType::kLBracket);
  if ((call && !(home && home->allow_super_call)) || (property && !(home && home->allow_super_property)) ||
      (!call && !property)) {
    fail_at("'super' keyword unexpected here", start);
    return error_node();
  }
  note_this_or_super();
  m_this_uses++;
  auto* node = make<SuperExpression>(start);
  return node;
}

Node* Parser::parse_lhs() {
  Node* expr;
  if (match(TokenType::kNew)) {
    expr = parse_new();
  } else if (match(TokenType::kSuper)) {
    expr = parse_super();
  } else if (match(TokenType::kImport)) {
    TokenPos start = pos();
    advance();
    fail_at(kModules, start);
    return error_node();
  } else {
    expr = parse_primary();
  }
  bool saw_optional = false;
  return parse_member_tail(expr, true, &saw_optional);
}

void Parser::parse_arguments(std::vector<Node*>& args) {
  TokenPos open = pos();
  BracketGuard bracket(*this, '(', open);
  consume(TokenType::kLParen);
  bool saved = m_no_in;
  m_no_in = false;
  while (!match(TokenType::kRParen) && !m_failed) {
    if (match(TokenType::kEllipsis)) {
      TokenPos s = pos();
      advance();
      auto* spread = make<SpreadElement>(s);
      spread->argument = parse_assignment();
      finish(spread);
      args.push_back(spread);
    } else {
      args.push_back(parse_assignment());
    }
    if (match(TokenType::kRParen)) break;
    if (!match(TokenType::kComma)) {
      if (m_failed) break;
      if (m_tok.type == TokenType::kInvalid) {
        unexpected();
        break;
      }
      // V8 points at the last argument's token that should have been followed by `)`.
      fail("missing ) after argument list", args.empty() ? m_tok.start : args.back()->range.start,
           args.empty() ? m_tok.end : args.back()->range.end);
      add_hint("expected ')' to close the argument list opened at", open.line, open.column, "");
      break;
    }
    advance();
  }
  m_no_in = saved;
  if (!m_failed && match(TokenType::kRParen)) advance();
}

// Property accesses, calls and tagged templates after an expression. `allow_call` is false
// for the callee of `new` (whose argument list belongs to the `new`).
Node* Parser::parse_member_tail(Node* object, bool allow_call, bool* saw_optional) {
  Node* expr = object;
  bool in_optional = false;
  while (!m_failed) {
    TokenPos start = pos();
    if (match(TokenType::kDot) || match(TokenType::kQuestionDot)) {
      bool optional = match(TokenType::kQuestionDot);
      if (optional && !allow_call) {
        fail_at("Invalid optional chain from new expression", start);
        return error_node();
      }
      advance();
      if (optional) {
        in_optional = true;
        if (match(TokenType::kLParen)) {
          auto* call = make_at<CallExpression>(expr);
          call->callee = expr;
          call->optional = true;
          parse_arguments(call->arguments);
          finish(call);
          expr = call;
          continue;
        }
        if (match(TokenType::kLBracket)) {
          advance();
          auto* member = make_at<MemberExpression>(expr);
          member->object = expr;
          member->computed = true;
          member->optional = true;
          bool saved = m_no_in;
          m_no_in = false;
          member->property = parse_expression();
          m_no_in = saved;
          consume(TokenType::kRBracket);
          finish(member);
          expr = member;
          continue;
        }
        if (match(TokenType::kTemplate)) {
          fail_at("Invalid tagged template on optional chain", m_tok);
          return error_node();
        }
      }
      auto* member = make_at<MemberExpression>(expr);
      member->object = expr;
      member->optional = optional;
      if (match(TokenType::kPrivateName)) {
        if (expr->kind == NodeKind::kSuper) {
          fail_at("Unexpected private field", m_tok);
          return error_node();
        }
        member->is_private = true;
        member->name.assign(m_tok.name());
        note_private_use(member->name, m_tok.start);
      } else if (m_tok.type == TokenType::kIdentifier ||
                 (m_tok.type >= TokenType::kBreak && m_tok.type <= TokenType::kEnum)) {
        member->name.assign(m_tok.name());
      } else {
        unexpected();
        return error_node();
      }
      advance();
      finish(member);
      expr = member;
      continue;
    }
    if (match(TokenType::kLBracket)) {
      advance();
      auto* member = make_at<MemberExpression>(expr);
      member->object = expr;
      member->computed = true;
      bool saved = m_no_in;
      m_no_in = false;
      member->property = parse_expression();
      m_no_in = saved;
      consume(TokenType::kRBracket);
      finish(member);
      expr = member;
      continue;
    }
    if (match(TokenType::kLParen) && allow_call) {
      // `async (a, b)` may turn out to be the parameters of an async arrow.
      bool async_callee = expr->kind == NodeKind::kIdentifier && !expr->parenthesized &&
                          expr->as<Identifier>().name == "async" &&
                          expr->range.end - expr->range.start == 5 && !m_tok.newline_before;
      auto* call = make_at<CallExpression>(expr);
      call->callee = expr;
      parse_arguments(call->arguments);
      finish(call);
      expr = call;
      if (async_callee) m_async_call = call;
      continue;
    }
    if (match(TokenType::kTemplate) && (m_tok.template_part == TemplatePart::kNoSubstitution ||
                                        m_tok.template_part == TemplatePart::kHead)) {
      if (in_optional) {
        fail_at("Invalid tagged template on optional chain", m_tok);
        return error_node();
      }
      auto* tagged = make_at<TaggedTemplate>(expr);
      tagged->tag = expr;
      Node* quasi = parse_template_literal(true);
      if (quasi->kind != NodeKind::kTemplateLiteral) return error_node();
      tagged->quasi = &quasi->as<TemplateLiteral>();
      finish(tagged);
      expr = tagged;
      continue;
    }
    break;
  }
  if (in_optional) {
    *saw_optional = true;
    auto* chain = make_at<OptionalChain>(expr);
    chain->expression = expr;
    return chain;
  }
  return expr;
}

Node* Parser::parse_new() {
  DepthGuard guard(*this);
  TokenPos start = pos();
  advance();
  if (match(TokenType::kDot)) {
    advance();
    if (!match_contextual("target")) {
      unexpected();
      return error_node();
    }
    bool allowed = false;
    for (std::size_t i = m_functions.size(); i-- > 0;) {
      if (!m_functions[i].is_arrow) {
        allowed = m_functions[i].allow_new_target;
        break;
      }
    }
    if (!allowed) {
      fail_at("new.target expression is not allowed here", m_tok);
      return error_node();
    }
    auto* node = make<NewTargetExpression>(start);
    advance();
    finish(node);
    return node;
  }
  Node* callee;
  if (match(TokenType::kNew)) {
    callee = parse_new();
  } else if (match(TokenType::kSuper)) {
    callee = parse_super();
  } else if (match(TokenType::kImport)) {
    fail_at(kModules, m_tok);
    return error_node();
  } else {
    callee = parse_primary();
  }
  bool saw_optional = false;
  callee = parse_member_tail(callee, false, &saw_optional);
  if (m_failed) return error_node();
  auto* node = make<NewExpression>(start);
  node->callee = callee;
  if (match(TokenType::kLParen)) parse_arguments(node->arguments);
  finish(node);
  return node;
}

Node* Parser::parse_template_literal(bool tagged) {
  TokenPos start = pos();
  auto* node = make<TemplateLiteral>(start);
  auto take_quasi = [&]() -> bool {
    if (m_tok.template_invalid_escape) {
      if (!tagged) {
        fail(m_tok.error, m_tok.error_start, m_tok.error_end);
        return false;
      }
      node->cooked.emplace_back();
      node->cooked_undefined.push_back(true);
    } else {
      node->cooked.push_back(m_tok.cooked);
      node->cooked_undefined.push_back(false);
    }
    node->raw.push_back(m_tok.raw);
    return true;
  };
  if (!take_quasi()) return error_node();
  TemplatePart part = m_tok.template_part;
  advance();
  if (part == TemplatePart::kNoSubstitution) {
    finish(node);
    return node;
  }
  while (!m_failed) {
    bool saved = m_no_in;
    m_no_in = false;
    node->expressions.push_back(parse_expression());
    m_no_in = saved;
    if (m_failed) break;
    if (!match(TokenType::kTemplate) ||
        (m_tok.template_part != TemplatePart::kMiddle && m_tok.template_part != TemplatePart::kTail)) {
      if (match(TokenType::kInvalid)) {
        unexpected();
      } else {
        // V8 marks the substitution's expression.
        fail_at("Missing } in template expression", node->expressions.back());
      }
      break;
    }
    if (!take_quasi()) break;
    part = m_tok.template_part;
    advance();
    if (part == TemplatePart::kTail) break;
  }
  if (m_failed) return error_node();
  finish(node);
  return node;
}

Node* Parser::parse_primary() {
  if (m_failed) return error_node();
  TokenPos start = pos();
  switch (m_tok.type) {
    case TokenType::kNumber: {
      if (m_tok.legacy_octal && is_strict()) {
        bool octal = m_tok.text.size() > 1 && m_tok.text.find_first_of("89.eE") == std::string_view::npos;
        fail_at(octal ? "Octal literals are not allowed in strict mode."
                      : "Decimals with leading zeros are not allowed in strict mode.",
                m_tok);
        return error_node();
      }
      auto* node = make<NumberLiteral>(start);
      node->value = m_tok.number;
      advance();
      return node;
    }
    case TokenType::kString: {
      if (m_tok.legacy_octal && is_strict()) {
        fail(m_tok.error, m_tok.error_start, m_tok.error_end);
        return error_node();
      }
      auto* node = make<StringLiteral>(start);
      node->value = m_tok.cooked;
      advance();
      return node;
    }
    case TokenType::kTemplate:
      if (m_tok.template_part == TemplatePart::kMiddle || m_tok.template_part == TemplatePart::kTail) {
        unexpected();
        return error_node();
      }
      return parse_template_literal(false);
    case TokenType::kTrue:
    case TokenType::kFalse: {
      auto* node = make<BooleanLiteral>(start);
      node->value = match(TokenType::kTrue);
      advance();
      return node;
    }
    case TokenType::kNull: {
      auto* node = make<NullLiteral>(start);
      advance();
      return node;
    }
    case TokenType::kThis: {
      note_this_or_super();
      m_this_uses++;
      auto* node = make<ThisExpression>(start);
      advance();
      return node;
    }
    case TokenType::kLParen:
      return parse_parenthesized();
    case TokenType::kLBracket:
      return parse_array_literal();
    case TokenType::kLBrace:
      return parse_object_literal();
    case TokenType::kFunction:
      return parse_function(start, false, false, true);
    case TokenType::kClass:
      return parse_class(start, false);
    case TokenType::kSlash:
    case TokenType::kSlashAssign:
      fail_at("regular expression literals are not supported yet", m_tok);
      return error_node();
    case TokenType::kIdentifier: {
      if (match_contextual("async")) {
        const Token& next = peek();
        if (next.type == TokenType::kFunction && !next.newline_before) {
          advance();
          return parse_function(start, true, false, true);
        }
      }
      std::string_view name = m_tok.name();
      if (m_tok.escaped && is_reserved_word(name)) {
        fail_at("Keyword must not contain escaped characters", m_tok);
        return error_node();
      }
      if (is_strict() && is_strict_reserved_word(name)) {
        fail_at("Unexpected strict mode reserved word", m_tok);
        return error_node();
      }
      if (name == "await") {
        const Token& next = peek();
        if (function().is_async || function().is_static_block) {
          fail_at("Unexpected reserved word", m_tok);
          return error_node();
        }
        if (!next.newline_before && starts_await_operand(next.type)) {
          fail_at("await is only valid in async functions and the top level bodies of modules", m_tok);
          return error_node();
        }
      }
      if (name == "arguments") {
        note_arguments(m_tok);
        m_arguments_uses++;
      }
      auto* node = make<Identifier>(start);
      node->name = std::string(name);
      advance();
      return node;
    }
    case TokenType::kEnum:
      fail_at("Unexpected reserved word", m_tok);
      return error_node();
    case TokenType::kNew:
      return parse_new();
    case TokenType::kHash:
      fail_at("Invalid or unexpected token", m_tok);
      return error_node();
    default:
      unexpected();
      return error_node();
  }
}

// `( ... )`: a parenthesized expression, or the parameter list of an arrow function. The items
// are kept in m_paren_items so parse_assignment can convert them when `=>` follows.
Node* Parser::parse_parenthesized() {
  TokenPos start = pos();
  BracketGuard bracket(*this, '(', start);
  advance();
  std::vector<Node*> items;
  bool saved = m_no_in;
  m_no_in = false;
  bool needs_arrow = false;   // `()`, `(...a)` and `(a,)` are only valid as arrow parameters
  std::uint32_t rest_at = 0;  // 1 + offset of a `...`
  Node* result = nullptr;
  if (match(TokenType::kRParen)) {
    needs_arrow = true;
  }
  while (!match(TokenType::kRParen) && !m_failed) {
    if (match(TokenType::kEllipsis)) {
      TokenPos s = pos();
      advance();
      auto* rest = make<RestElement>(s);
      rest->target = parse_binding_target();
      finish(rest);
      items.push_back(rest);
      needs_arrow = true;
      if (rest_at == 0) rest_at = s.start + 1;
      if (!match(TokenType::kRParen)) {
        if (match(TokenType::kComma)) {
          fail_at("Rest parameter must be last formal parameter", rest->target);
        } else {
          unexpected();
        }
        break;
      }
      break;
    }
    items.push_back(parse_assignment(true));
    if (match(TokenType::kComma)) {
      advance();
      if (match(TokenType::kRParen)) needs_arrow = true;
      continue;
    }
    if (!match(TokenType::kRParen)) unexpected();
  }
  m_no_in = saved;
  if (m_failed) return error_node();
  TokenPos close = pos();
  advance();
  if (needs_arrow) {
    if (match(TokenType::kArrow) && m_tok.newline_before) {
      unexpected();  // `=>` on a new line
      return error_node();
    }
    if (!match(TokenType::kArrow)) {
      if (rest_at != 0) {
        fail("Unexpected token '...'", rest_at - 1, rest_at + 2);
      } else {
        fail_at("Unexpected token ')'", close);
      }
      return error_node();
    }
  }
  if (items.size() == 1 && !needs_arrow) {
    result = items[0];
  } else if (!items.empty() && !needs_arrow) {
    auto* seq = make<SequenceExpression>(start);
    seq->expressions = items;
    result = seq;
  } else {
    auto* seq = make<SequenceExpression>(start);  // placeholder: only used as arrow parameters
    seq->expressions = items;
    result = seq;
  }
  if (result->kind == NodeKind::kSequence) {
    result->range.start = items.empty() ? start.start : items.front()->range.start;
    result->range.line = items.empty() ? start.line : items.front()->range.line;
    result->range.column = items.empty() ? start.column : items.front()->range.column;
    result->range.end = items.empty() ? close.start : items.back()->range.end;
  }
  m_paren_single_was_parenthesized = result->parenthesized;
  result->parenthesized = true;
  m_paren_ranges.push_back(ParenRange{result, start.start, close.end});
  m_paren_cover = result;
  m_paren_items = std::move(items);
  return result;
}

Node* Parser::parse_array_literal() {
  TokenPos start = pos();
  BracketGuard bracket(*this, '[', start);
  auto* node = make<ArrayExpression>(start);
  advance();
  bool saved = m_no_in;
  m_no_in = false;
  while (!match(TokenType::kRBracket) && !m_failed) {
    if (match(TokenType::kComma)) {
      advance();
      node->elements.push_back(nullptr);
      continue;
    }
    if (match(TokenType::kEllipsis)) {
      TokenPos s = pos();
      advance();
      auto* spread = make<SpreadElement>(s);
      spread->argument = parse_assignment(true);
      finish(spread);
      node->elements.push_back(spread);
      if (match(TokenType::kComma)) m_rest_with_comma.push_back(spread);
    } else {
      node->elements.push_back(parse_assignment(true));
    }
    if (match(TokenType::kRBracket)) break;
    if (!match(TokenType::kComma)) {
      unexpected();
      break;
    }
    advance();
  }
  m_no_in = saved;
  consume(TokenType::kRBracket);
  finish(node);
  return node;
}

void Parser::drop_cover_errors(Node* object) {
  for (std::size_t i = m_cover_errors.size(); i-- > 0;) {
    if (m_cover_errors[i].node == object)
      m_cover_errors.erase(m_cover_errors.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

void Parser::report_cover_errors(std::size_t since) {
  if (m_cover_errors.size() > since && !m_failed) {
    const CoverError& e = m_cover_errors[since];
    fail(e.message, e.start, e.end);
  }
  if (m_cover_errors.size() > since) m_cover_errors.resize(since);
}

// The target of `=` (or of for-in/of): turns an object/array literal into a pattern, checking
// each element is a valid target ("Invalid destructuring assignment target"). `binding`: the
// pattern declares names (arrow parameters), so only identifiers may be bound.
Node* Parser::to_pattern(Node* expr, bool binding) {
  if (m_failed) return error_node();
  auto invalid = [&](Node* at) -> Node* {
    fail_at("Invalid destructuring assignment target", at);
    return error_node();
  };
  switch (expr->kind) {
    case NodeKind::kIdentifier: {
      if (binding && expr->parenthesized) return invalid(expr);
      const std::string& name = expr->as<Identifier>().name;
      if (is_strict() && (name == "eval" || name == "arguments")) {
        if (!binding) return invalid(expr);
        fail_at("Unexpected eval or arguments in strict mode", expr);
        return error_node();
      }
      return expr;
    }
    case NodeKind::kMember:
      if (binding) {
        fail_at("Illegal property in declaration context", expr);
        return error_node();
      }
      if (expr->as<MemberExpression>().optional) return invalid(expr);
      return expr;
    case NodeKind::kObjectPattern:
    case NodeKind::kArrayPattern:
    case NodeKind::kAssignmentPattern:
    case NodeKind::kRestElement:
      return expr;
    case NodeKind::kAssignment: {
      auto& a = expr->as<AssignmentExpression>();
      if (a.op != AssignOp::kAssign || expr->parenthesized) return invalid(expr);
      auto* p = make_at<AssignmentPattern>(expr);
      p->target = to_pattern(a.target, binding);
      p->default_value = a.value;
      return p;
    }
    case NodeKind::kArray: {
      if (expr->parenthesized) return invalid(expr);
      auto& arr = expr->as<ArrayExpression>();
      auto* p = make_at<ArrayPattern>(expr);
      for (std::size_t i = 0; i < arr.elements.size(); ++i) {
        Node* e = arr.elements[i];
        if (e == nullptr) {
          p->elements.push_back(nullptr);
          continue;
        }
        if (e->kind == NodeKind::kSpread) {
          bool with_comma = false;
          for (const Node* r : m_rest_with_comma) with_comma = with_comma || r == e;
          if (i + 1 != arr.elements.size() || with_comma) {
            fail_at("Rest element must be last element", e);
            return error_node();
          }
          Node* target = e->as<SpreadElement>().argument;
          if (target->kind == NodeKind::kAssignment) return invalid(e);
          auto* rest = make_at<RestElement>(e);
          rest->target = to_pattern(target, binding);
          p->elements.push_back(rest);
          continue;
        }
        p->elements.push_back(to_pattern(e, binding));
      }
      return p;
    }
    case NodeKind::kObject: {
      if (expr->parenthesized) return invalid(expr);
      auto& obj = expr->as<ObjectExpression>();
      drop_cover_errors(expr);
      auto* p = make_at<ObjectPattern>(expr);
      for (std::size_t i = 0; i < obj.properties.size(); ++i) {
        Property& prop = obj.properties[i];
        if (prop.kind == PropertyKind::kSpread) {
          bool with_comma = false;
          for (const Node* r : m_rest_with_comma) with_comma = with_comma || r == prop.value;
          if (i + 1 != obj.properties.size() || with_comma) {
            fail_at("Rest element must be last element", prop.value);
            return error_node();
          }
          Node* target = prop.value;
          if (target->kind != NodeKind::kIdentifier && !(target->kind == NodeKind::kMember && !binding)) {
            fail_at(binding ? "`...` must be followed by an identifier in declaration contexts"
                            : "`...` must be followed by an assignable reference in assignment contexts",
                    target);
            return error_node();
          }
          p->rest = to_pattern(target, binding);
          continue;
        }
        if (prop.kind != PropertyKind::kInit) return invalid(prop.value);
        if (prop.shorthand && is_strict() && prop.value->kind == NodeKind::kIdentifier &&
            (prop.value->as<Identifier>().name == "eval" ||
             prop.value->as<Identifier>().name == "arguments")) {
          fail_at("Unexpected eval or arguments in strict mode", prop.value);
          return error_node();
        }
        PatternProperty pp;
        pp.key = prop.key;
        pp.shorthand = prop.shorthand;
        pp.range = prop.range;
        pp.value = to_pattern(prop.value, binding);
        p->properties.push_back(pp);
      }
      return p;
    }
    default:
      return invalid(expr);
  }
}

Node* Parser::to_assignment_target(Node* expression) {
  return to_pattern(expression, false);
}

// Builds the arrow function once `=>` is seen: `cover` is a single identifier, the
// parenthesized cover (m_paren_items), or an `async(...)` call whose arguments become the
// parameters.
Node* Parser::parse_arrow_from_cover(Node* cover, bool is_async, const TokenPos& start) {
  if (m_failed) return error_node();
  auto* fn = make<FunctionNode>(start);
  fn->function_kind = FunctionKind::kArrow;
  fn->is_async = is_async;
  std::vector<Node*> items;
  if (cover->kind == NodeKind::kIdentifier && !cover->parenthesized) {
    items.push_back(cover);
  } else if (cover->kind == NodeKind::kCall) {
    for (Node* arg : cover->as<CallExpression>().arguments) {
      if (arg->kind == NodeKind::kSpread) {
        auto* rest = make_at<RestElement>(arg);
        rest->target = arg->as<SpreadElement>().argument;
        items.push_back(rest);
      } else {
        items.push_back(arg);
      }
    }
  } else {
    items = m_paren_items;
    // The parentheses were the parameter list's, not the item's: `(a = 1) => a`.
    if (items.size() == 1) items[0]->parenthesized = m_paren_single_was_parenthesized;
  }
  FunctionContext ctx;
  ctx.node = fn;
  ctx.is_arrow = true;
  ctx.is_async = is_async;
  ctx.strict = is_strict();
  ctx.allow_return = true;
  m_functions.push_back(std::move(ctx));
  push_scope(true);
  m_functions.back().scope_index = m_scopes.size() - 1;
  for (std::size_t i = 0; i < items.size() && !m_failed; ++i) {
    Node* item = items[i];
    Node* param;
    if (item->kind == NodeKind::kRestElement) {
      if (i + 1 != items.size()) {
        fail_at("Rest parameter must be last formal parameter", item);
        break;
      }
      auto& r = item->as<RestElement>();
      r.target = to_pattern(r.target, true);
      param = item;
    } else if (item->kind == NodeKind::kMember) {
      fail_at("Invalid destructuring assignment target", item);
      break;
    } else {
      param = to_pattern(item, true);
    }
    if (param->kind != NodeKind::kIdentifier) fn->simple_parameters = false;
    if (param->kind == NodeKind::kAssignmentPattern &&
        param->as<AssignmentPattern>().target->kind == NodeKind::kIdentifier) {
      infer_name(param->as<AssignmentPattern>().default_value,
                 param->as<AssignmentPattern>().target->as<Identifier>().name);
    }
    fn->params.push_back(param);
  }
  if (is_async) {
    // `async (await) => 1`: await is reserved in async arrow parameters.
    for (Node* p : fn->params) {
      if (p->kind == NodeKind::kIdentifier && p->as<Identifier>().name == "await") {
        fail_at("'await' is not a valid identifier name in an async function", p);
      }
    }
  }
  for (Node* p : fn->params) declare_pattern(p, BindingKind::kParameter);
  check_parameters(fn, is_strict(), true);
  if (m_cover_this) fn->uses_this_or_super = true;
  if (m_cover_arguments) fn->uses_arguments = true;
  m_cover_this = m_cover_arguments = false;
  if (!m_failed) {
    advance();  // =>
    parse_arrow_body(fn);
  }
  pop_scope();
  m_functions.pop_back();
  if (m_failed) return error_node();
  finish(fn);
  return fn;
}

Node* Parser::parse_arrow_body(FunctionNode* fn) {
  if (match(TokenType::kLBrace)) {
    parse_function_body(fn);
    return fn->body;
  }
  fn->expression_body = true;
  fn->strict = is_strict();
  fn->body = parse_assignment();
  return fn->body;
}

}  // namespace looplab::js
