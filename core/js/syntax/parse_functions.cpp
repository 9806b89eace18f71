// Functions, methods, classes, object literals and binding patterns: the constructs that open
// a new function context (strictness, `super`, `new.target`, `arguments`, labels) or declare
// names through patterns.
#include <unordered_set>

#include "core/js/syntax/parser_impl.h"

namespace looplab::js {

namespace {

constexpr std::string_view kGenerators = "generators are not supported yet";
constexpr std::string_view kAsyncGenerators = "async generators are not supported yet";

bool is_anonymous_definition(const Node* node) {
  if (node == nullptr) return false;
  if (node->kind == NodeKind::kFunction) {
    const auto& fn = node->as<FunctionNode>();
    return fn.id == nullptr && fn.name.empty() &&
           (fn.function_kind == FunctionKind::kNormal || fn.function_kind == FunctionKind::kArrow);
  }
  if (node->kind == NodeKind::kClass) {
    const auto& c = node->as<ClassNode>();
    return c.id == nullptr && c.name.empty();
  }
  return false;
}

std::string key_name(const PropertyKey& key) {
  if (key.computed) return "";
  if (key.is_private) return "#" + key.name;
  return key.name;
}

}  // namespace

// 8.4.5 NamedEvaluation: `const f = function () {}`, `{ m: () => {} }`, `x = class {}` give the
// anonymous function or class the binding's or key's name, as V8 reports in `f.name`.
void Parser::infer_name(Node* value, std::string_view name) {
  if (!is_anonymous_definition(value)) return;
  if (value->kind == NodeKind::kFunction) {
    value->as<FunctionNode>().name = std::string(name);
  } else {
    auto& klass = value->as<ClassNode>();
    klass.name = std::string(name);
    if (klass.constructor) klass.constructor->name = klass.name;
  }
}

Node* Parser::parse_binding_identifier() {
  TokenPos start = pos();
  if (!match(TokenType::kIdentifier)) {
    if (match(TokenType::kEnum)) {
      fail_at("Unexpected reserved word", m_tok);
    } else {
      unexpected();
    }
    return error_node();
  }
  check_binding_identifier(m_tok);
  if (m_failed) return error_node();
  auto* id = make<Identifier>(start);
  id->name = std::string(m_tok.name());
  advance();
  return id;
}

Node* Parser::parse_binding_target(bool in_pattern) {
  if (match(TokenType::kLBracket) || match(TokenType::kLBrace)) return parse_binding_pattern();
  if (in_pattern) {
    if (match(TokenType::kIdentifier)) {
      TokenType next = peek().type;
      if (next == TokenType::kComma || next == TokenType::kRBracket || next == TokenType::kRBrace ||
          next == TokenType::kAssign) {
        return parse_binding_identifier();
      }
    }
    // Not a name: parse what was written to say what it is.
    Node* e = parse_conditional();
    if (m_failed) return error_node();
    if (e->kind == NodeKind::kIdentifier && !e->parenthesized) {
      unexpected();
    } else if (e->kind == NodeKind::kMember && !e->parenthesized) {
      fail_at("Illegal property in declaration context", e);
    } else {
      fail_at("Invalid destructuring assignment target", e);
    }
    return error_node();
  }
  return parse_binding_identifier();
}

Node* Parser::parse_binding_element(bool in_pattern) {
  TokenPos start = pos();
  Node* target = parse_binding_target(in_pattern);
  if (!match(TokenType::kAssign) || m_failed) return target;
  advance();
  auto* p = make<AssignmentPattern>(start);
  p->target = target;
  bool saved = m_no_in;
  m_no_in = false;
  p->default_value = parse_assignment();
  m_no_in = saved;
  if (target->kind == NodeKind::kIdentifier) infer_name(p->default_value, target->as<Identifier>().name);
  finish(p);
  return p;
}

Node* Parser::parse_binding_pattern() {
  DepthGuard guard(*this);
  if (m_failed) return error_node();
  TokenPos start = pos();
  if (match(TokenType::kLBracket)) {
    auto* p = make<ArrayPattern>(start);
    advance();
    while (!match(TokenType::kRBracket) && !m_failed) {
      if (match(TokenType::kComma)) {
        advance();
        p->elements.push_back(nullptr);
        continue;
      }
      if (match(TokenType::kEllipsis)) {
        TokenPos s = pos();
        advance();
        auto* rest = make<RestElement>(s);
        rest->target = parse_binding_target(true);
        finish(rest);
        p->elements.push_back(rest);
        if (!match(TokenType::kRBracket)) {
          if (match(TokenType::kComma)) {
            fail("Rest element must be last element", s.start, m_prev_end);
          } else {
            unexpected();
          }
          return error_node();
        }
        break;
      }
      p->elements.push_back(parse_binding_element(true));
      if (match(TokenType::kRBracket)) break;
      if (!match(TokenType::kComma)) {
        unexpected();
        return error_node();
      }
      advance();
    }
    consume(TokenType::kRBracket);
    finish(p);
    return p;
  }
  auto* p = make<ObjectPattern>(start);
  consume(TokenType::kLBrace);
  while (!match(TokenType::kRBrace) && !m_failed) {
    if (match(TokenType::kEllipsis)) {
      advance();
      if (match(TokenType::kLBrace) || match(TokenType::kLBracket)) {
        Node* nested = parse_binding_pattern();
        if (!m_failed) fail_at("`...` must be followed by an identifier in declaration contexts", nested);
        return error_node();
      }
      p->rest = parse_binding_identifier();
      if (!match(TokenType::kRBrace)) {
        if (match(TokenType::kComma)) {
          fail_at("Rest element must be last element", p->rest);
        } else {
          unexpected();
        }
        return error_node();
      }
      break;
    }
    PatternProperty prop;
    prop.range.start = m_tok.start;
    prop.range.line = m_tok.line;
    prop.range.column = m_tok.column;
    TokenPos key_pos = pos();
    bool is_identifier = false;
    bool key_reserved = m_tok.type != TokenType::kIdentifier;
    if (!parse_property_key(prop.key, false, &is_identifier)) return error_node();
    if (eat(TokenType::kColon)) {
      prop.value = parse_binding_element(true);
    } else if (is_identifier && !key_reserved) {
      // Shorthand `{a}` / `{a = 1}`: the key is also the bound name.
      Token fake;
      prop.shorthand = true;
      auto* id = make<Identifier>(key_pos);
      id->name = prop.key.name;
      id->range.end = key_pos.end;
      if (is_strict() &&
          (is_strict_reserved_word(id->name) || id->name == "eval" || id->name == "arguments")) {
        fail_at(is_strict_reserved_word(id->name) ? "Unexpected strict mode reserved word"
                                                  : "Unexpected eval or arguments in strict mode",
                key_pos);
        return error_node();
      }
      if (id->name == "await" && function().is_async) {
        fail_at("Unexpected reserved word", key_pos);
        return error_node();
      }
      if (match(TokenType::kAssign)) {
        advance();
        auto* ap = make<AssignmentPattern>(key_pos);
        ap->target = id;
        ap->default_value = parse_assignment();
        infer_name(ap->default_value, id->name);
        finish(ap);
        prop.value = ap;
      } else {
        prop.value = id;
      }
    } else {
      unexpected();
      return error_node();
    }
    prop.range.end = m_prev_end;
    p->properties.push_back(prop);
    if (match(TokenType::kRBrace)) break;
    if (!match(TokenType::kComma)) {
      unexpected();
      return error_node();
    }
    advance();
  }
  consume(TokenType::kRBrace);
  finish(p);
  return p;
}

// A property name: identifier or keyword, string, number, `[computed]`, or `#private` in
// classes. Returns false on error.
bool Parser::parse_property_key(PropertyKey& key, bool allow_private, bool* is_identifier) {
  *is_identifier = false;
  switch (m_tok.type) {
    case TokenType::kIdentifier:
      *is_identifier = !(m_tok.escaped && is_reserved_word(m_tok.name()));
      key.name = std::string(m_tok.name());
      advance();
      return true;
    case TokenType::kString:
      if (m_tok.legacy_octal && is_strict()) {
        fail(m_tok.error, m_tok.error_start, m_tok.error_end);
        return false;
      }
      key.name.clear();
      for (char16_t c : m_tok.cooked) {
        // Keys are UTF-8; pair surrogates back into code points.
        append_utf8(key.name, c);
      }
      {
        // Re-encode properly when surrogate pairs are present.
        bool has_surrogates = false;
        for (char16_t c : m_tok.cooked) has_surrogates = has_surrogates || (c >= 0xD800 && c <= 0xDFFF);
        if (has_surrogates) {
          key.name.clear();
          const std::u16string& s = m_tok.cooked;
          for (std::size_t i = 0; i < s.size(); ++i) {
            std::uint32_t c = s[i];
            if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
              c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
              i++;
            }
            append_utf8(key.name, c);
          }
        }
      }
      advance();
      return true;
    case TokenType::kNumber:
      if (m_tok.legacy_octal && is_strict()) {
        fail_at("Octal literals are not allowed in strict mode.", m_tok);
        return false;
      }
      key.name = number_to_property_name(m_tok.number);
      advance();
      return true;
    case TokenType::kLBracket: {
      advance();
      key.computed = true;
      bool saved = m_no_in;
      m_no_in = false;
      key.expression = parse_assignment();
      m_no_in = saved;
      consume(TokenType::kRBracket);
      return !m_failed;
    }
    case TokenType::kPrivateName:
      if (!allow_private) {
        unexpected();
        return false;
      }
      key.is_private = true;
      key.name = std::string(m_tok.name());
      advance();
      return true;
    default:
      if (m_tok.type >= TokenType::kBreak && m_tok.type <= TokenType::kEnum) {
        key.name = std::string(m_tok.text);
        advance();
        return true;
      }
      unexpected();
      return false;
  }
}

FunctionNode* Parser::parse_function(const TokenPos& start, bool is_async, bool is_declaration,
                                     bool is_expression) {
  (void)is_expression;
  auto* fn = make<FunctionNode>(start);
  fn->is_async = is_async;
  advance();  // `function`
  if (match(TokenType::kStar)) {
    fail_at(is_async ? kAsyncGenerators : kGenerators, m_tok);
    return fn;
  }
  if (match(TokenType::kIdentifier)) {
    TokenPos name_pos = pos();
    // The name of a function expression is bound inside it: an async function expression may
    // not be called `await`.
    bool saved_async = function().is_async;
    if (!is_declaration) function().is_async = is_async;
    check_binding_identifier(m_tok);
    function().is_async = saved_async;
    auto* id = make<Identifier>(name_pos);
    id->name = std::string(m_tok.name());
    fn->id = id;
    fn->name = id->name;
    advance();
    if (is_declaration) {
      Scope& scope = m_scopes.back();
      declare(id->name, scope.is_function ? BindingKind::kTopFunction : BindingKind::kFunction,
              name_pos.start, name_pos.end);
    }
  } else if (is_declaration || !match(TokenType::kLParen)) {
    if (match(TokenType::kEnum)) {
      fail_at("Unexpected reserved word", m_tok);
    } else {
      unexpected();
    }
    return fn;
  }
  if (m_failed) return fn;
  FunctionContext ctx;
  ctx.node = fn;
  ctx.is_async = is_async;
  ctx.strict = is_strict();
  ctx.allow_new_target = true;
  ctx.allow_return = true;
  m_functions.push_back(std::move(ctx));
  push_scope(true);
  m_functions.back().scope_index = m_scopes.size() - 1;
  parse_function_rest(fn, start);
  pop_scope();
  m_functions.pop_back();
  finish(fn);
  return fn;
}

void Parser::parse_parameters(FunctionNode* fn) {
  if (!match(TokenType::kLParen)) {
    unexpected();
    return;
  }
  advance();
  while (!match(TokenType::kRParen) && !m_failed) {
    if (match(TokenType::kEllipsis)) {
      TokenPos s = pos();
      advance();
      auto* rest = make<RestElement>(s);
      rest->target = parse_binding_target();
      finish(rest);
      fn->params.push_back(rest);
      fn->simple_parameters = false;
      if (!match(TokenType::kRParen)) {
        if (match(TokenType::kAssign)) {
          fail_at("Rest parameter may not have a default initializer", m_tok);
        } else if (match(TokenType::kComma)) {
          fail_at("Rest parameter must be last formal parameter", m_tok);
        } else {
          unexpected();
        }
      }
      break;
    }
    Node* param = parse_binding_element();
    if (param->kind != NodeKind::kIdentifier) fn->simple_parameters = false;
    fn->params.push_back(param);
    if (match(TokenType::kRParen)) break;
    if (!match(TokenType::kComma)) {
      unexpected();
      return;
    }
    advance();
  }
  consume(TokenType::kRParen);
  for (Node* p : fn->params) declare_pattern(p, BindingKind::kParameter);
}

void Parser::parse_function_rest(FunctionNode* fn, const TokenPos& start) {
  (void)start;
  parse_parameters(fn);
  if (m_failed) return;
  parse_function_body(fn);
  if (m_failed) return;
  bool unique = fn->function_kind != FunctionKind::kNormal;
  check_parameters(fn, fn->strict, unique);
  // A strict function may not be named eval/arguments (checked now that the body's directive
  // is known).
  if (fn->strict && fn->id && (fn->id->name == "eval" || fn->id->name == "arguments")) {
    fail_at("Unexpected eval or arguments in strict mode", fn->id);
  }
}

// Duplicate parameter names are errors in strict code, arrows, methods and functions whose
// parameters are not simple; strict code also forbids binding eval/arguments.
void Parser::check_parameters(FunctionNode* fn, bool strict, bool unique) {
  if (m_failed) return;
  std::vector<Node*> names;
  std::vector<Node*> stack(fn->params.rbegin(), fn->params.rend());
  while (!stack.empty()) {
    Node* n = stack.back();
    stack.pop_back();
    if (n == nullptr) continue;
    switch (n->kind) {
      case NodeKind::kIdentifier:
        names.push_back(n);
        break;
      case NodeKind::kAssignmentPattern:
        stack.push_back(n->as<AssignmentPattern>().target);
        break;
      case NodeKind::kRestElement:
        stack.push_back(n->as<RestElement>().target);
        break;
      case NodeKind::kArrayPattern: {
        auto& e = n->as<ArrayPattern>().elements;
        for (auto it = e.rbegin(); it != e.rend(); ++it) stack.push_back(*it);
        break;
      }
      case NodeKind::kObjectPattern: {
        auto& p = n->as<ObjectPattern>();
        if (p.rest) stack.push_back(p.rest);
        for (auto it = p.properties.rbegin(); it != p.properties.rend(); ++it) stack.push_back(it->value);
        break;
      }
      default:
        break;
    }
  }
  bool check_dupes = strict || unique || !fn->simple_parameters;
  std::unordered_set<std::string_view> seen;
  for (Node* n : names) {
    const std::string& name = n->as<Identifier>().name;
    if (strict && (name == "eval" || name == "arguments")) {
      fail_at("Unexpected eval or arguments in strict mode", n);
      return;
    }
    if (strict && is_strict_reserved_word(name)) {
      fail_at("Unexpected strict mode reserved word", n);
      return;
    }
    if (check_dupes && !seen.insert(name).second) {
      fail_at("Duplicate parameter name not allowed in this context", n);
      return;
    }
  }
}

void Parser::parse_function_body(FunctionNode* fn) {
  DepthGuard guard(*this);
  TokenPos start = pos();
  auto* body = make<BlockStatement>(start);
  if (!match(TokenType::kLBrace)) {
    unexpected();
    fn->body = body;
    return;
  }
  advance();
  fn->strict = is_strict();
  parse_directives_and_body(body->body, fn, TokenType::kRBrace);
  fn->strict = is_strict();
  if (!match(TokenType::kRBrace)) {
    if (!m_failed) {
      fail("Unexpected end of input", m_tok.start, m_tok.end);
      add_hint("the function body's '{' at", start.line, start.column, " is never closed");
    }
  }
  advance();
  finish(body);
  fn->body = body;
}

FunctionNode* Parser::parse_method(const TokenPos& start, FunctionKind kind, bool is_async,
                                   const PropertyKey& key, bool is_class, bool is_static, bool derived) {
  (void)is_static;
  auto* fn = make<FunctionNode>(start);
  fn->function_kind = kind;
  fn->is_async = is_async;
  std::string name = key_name(key);
  if (kind == FunctionKind::kGetter) name = key.computed ? "" : "get " + name;
  if (kind == FunctionKind::kSetter) name = key.computed ? "" : "set " + name;
  if (kind == FunctionKind::kClassConstructor || kind == FunctionKind::kDerivedConstructor) name.clear();
  fn->name = std::move(name);
  FunctionContext ctx;
  ctx.node = fn;
  ctx.is_async = is_async;
  ctx.strict = is_class || is_strict();
  ctx.allow_super_property = true;
  ctx.allow_super_call = kind == FunctionKind::kDerivedConstructor || (derived && false);
  ctx.allow_new_target = true;
  ctx.allow_return = true;
  m_functions.push_back(std::move(ctx));
  push_scope(true);
  m_functions.back().scope_index = m_scopes.size() - 1;
  TokenPos params_pos = pos();
  parse_parameters(fn);
  if (!m_failed) {
    std::size_t count = fn->params.size();
    if (kind == FunctionKind::kGetter && count != 0) {
      fail("Getter must not have any formal parameters.", params_pos.start, m_prev_end);
    } else if (kind == FunctionKind::kSetter && count != 1) {
      fail("Setter must have exactly one formal parameter.", params_pos.start, m_prev_end);
    } else if (kind == FunctionKind::kSetter && fn->params[0]->kind == NodeKind::kRestElement) {
      fail("Setter function argument must not be a rest parameter", params_pos.start, m_prev_end);
    }
  }
  if (!m_failed) parse_function_body(fn);
  if (!m_failed) check_parameters(fn, fn->strict, true);
  pop_scope();
  m_functions.pop_back();
  finish(fn);
  return fn;
}

Node* Parser::parse_object_literal() {
  TokenPos start = pos();
  BracketGuard bracket(*this, '{', start);
  auto* node = make<ObjectExpression>(start);
  advance();
  bool saved = m_no_in;
  m_no_in = false;
  bool seen_proto = false;
  while (!match(TokenType::kRBrace) && !m_failed) {
    Property prop;
    TokenPos prop_pos = pos();
    prop.range.start = prop_pos.start;
    prop.range.line = prop_pos.line;
    prop.range.column = prop_pos.column;
    if (match(TokenType::kEllipsis)) {
      advance();
      prop.kind = PropertyKind::kSpread;
      prop.value = parse_assignment(true);
      prop.range.end = m_prev_end;
      if (match(TokenType::kComma)) m_rest_with_comma.push_back(prop.value);
      node->properties.push_back(std::move(prop));
    } else {
      bool is_async = false;
      FunctionKind accessor = FunctionKind::kMethod;
      auto modifier_applies = [&]() {
        // `async`, `get` and `set` are modifiers unless they are the property name itself.
        const Token& next = peek();
        return next.type != TokenType::kLParen && next.type != TokenType::kColon &&
               next.type != TokenType::kComma && next.type != TokenType::kRBrace &&
               next.type != TokenType::kAssign;
      };
      if (match_contextual("async") && modifier_applies() && !peek().newline_before) {
        is_async = true;
        advance();
      } else if ((match_contextual("get") || match_contextual("set")) && modifier_applies()) {
        accessor = m_tok.text == "get" ? FunctionKind::kGetter : FunctionKind::kSetter;
        advance();
      }
      if (match(TokenType::kStar)) {
        fail_at(is_async ? kAsyncGenerators : kGenerators, m_tok);
        break;
      }
      bool is_identifier = false;
      TokenPos key_pos = pos();
      bool key_is_keyword = m_tok.type != TokenType::kIdentifier;
      TokenType key_type = m_tok.type;  // for "Unexpected string" and friends on a bad shorthand
      bool key_is_string = m_tok.type == TokenType::kString;
      if (!parse_property_key(prop.key, false, &is_identifier)) break;
      if (match(TokenType::kLParen) || is_async || accessor != FunctionKind::kMethod) {
        if (!match(TokenType::kLParen)) {
          unexpected();
          break;
        }
        prop.kind = accessor == FunctionKind::kGetter   ? PropertyKind::kGetter
                    : accessor == FunctionKind::kSetter ? PropertyKind::kSetter
                                                        : PropertyKind::kMethod;
        prop.value = parse_method(key_pos, accessor, is_async, prop.key, false, false, false);
      } else if (eat(TokenType::kColon)) {
        prop.kind = PropertyKind::kInit;
        prop.value = parse_assignment(true);
        if (!prop.key.computed && prop.key.name == "__proto__") {
          if (seen_proto) {
            m_cover_errors.push_back(
                CoverError{node, "Duplicate __proto__ fields are not allowed in object literals",
                           key_pos.start, key_pos.end});
          }
          seen_proto = true;
        } else if (!prop.key.computed) {
          infer_name(prop.value, prop.key.name);
        }
        (void)key_is_string;
      } else if (is_identifier && !key_is_keyword &&
                 (match(TokenType::kComma) || match(TokenType::kRBrace) || match(TokenType::kAssign))) {
        // Shorthand `{a}`, or `{a = 1}` which is only valid once the literal becomes a pattern.
        const std::string& name = prop.key.name;
        if (is_strict() && is_strict_reserved_word(name)) {
          fail_at("Unexpected strict mode reserved word", key_pos);
          break;
        }
        if (name == "await" && function().is_async) {
          fail_at("Unexpected reserved word", key_pos);
          break;
        }
        if (name == "arguments") {
          Token t;
          t.start = key_pos.start;
          t.end = key_pos.end;
          note_arguments(t);
          m_arguments_uses++;
        }
        auto* id = make<Identifier>(key_pos);
        id->name = name;
        prop.shorthand = true;
        prop.kind = PropertyKind::kInit;
        if (match(TokenType::kAssign)) {
          advance();
          auto* assign = make<AssignmentExpression>(key_pos);
          assign->target = id;
          assign->value = parse_assignment();
          infer_name(assign->value, name);
          finish(assign);
          prop.value = assign;
          m_cover_errors.push_back(
              CoverError{node, "Invalid shorthand property initializer", key_pos.start, m_prev_end});
        } else {
          prop.value = id;
        }
      } else {
        if ((match(TokenType::kComma) || match(TokenType::kRBrace)) && !prop.key.computed) {
          // `{ 'a' }`, `{ 1 }`, `{ if }`
          std::string message = key_type == TokenType::kString   ? "Unexpected string"
                                : key_type == TokenType::kNumber ? "Unexpected number"
                                                                 : "Unexpected token '" + prop.key.name + "'";
          fail(message, key_pos.start, key_pos.end);
        } else if (match(TokenType::kComma) || match(TokenType::kRBrace)) {
          fail("Unexpected token '['", key_pos.start, key_pos.start + 1);
        } else {
          unexpected();
        }
        break;
      }
      prop.range.end = m_prev_end;
      node->properties.push_back(std::move(prop));
    }
    if (match(TokenType::kRBrace)) break;
    if (!match(TokenType::kComma)) {
      unexpected();
      break;
    }
    advance();
  }
  m_no_in = saved;
  if (m_failed) return error_node();
  consume(TokenType::kRBrace);
  finish(node);
  return node;
}

// 15.7 Class definitions. The class body is strict. The constructor is kept apart from the
// other members; private names are checked when the outermost class that could declare them
// ends.
Node* Parser::parse_class(const TokenPos& start, bool is_declaration) {
  DepthGuard guard(*this);
  if (m_failed) return error_node();
  auto* klass = make<ClassNode>(start);
  advance();  // `class`
  bool outer_strict = is_strict();
  function().strict = true;  // the whole class, name and heritage included, is strict code
  if (match(TokenType::kIdentifier) && !match_contextual("extends")) {
    TokenPos name_pos = pos();
    check_binding_identifier(m_tok);
    if (m_tok.name() == "let" && !m_failed) fail_at("Unexpected strict mode reserved word", m_tok);
    auto* id = make<Identifier>(name_pos);
    id->name = std::string(m_tok.name());
    klass->id = id;
    klass->name = id->name;
    advance();
  } else if (is_declaration) {
    function().strict = outer_strict;
    if (match(TokenType::kEnum)) {
      fail_at("Unexpected reserved word", m_tok);
    } else {
      unexpected();
    }
    return error_node();
  }
  if (eat(TokenType::kExtends)) {
    klass->superclass = parse_lhs();
  }
  bool derived = klass->superclass != nullptr;
  if (!match(TokenType::kLBrace)) {
    function().strict = outer_strict;
    unexpected();
    return error_node();
  }
  BracketGuard bracket(*this, '{', pos());
  advance();
  m_classes.emplace_back();
  while (!match(TokenType::kRBrace) && !m_failed) {
    if (eat(TokenType::kSemicolon)) continue;
    ClassMember member;
    TokenPos member_pos = pos();
    member.range.start = member_pos.start;
    member.range.line = member_pos.line;
    member.range.column = member_pos.column;
    auto is_name_itself = [&]() {
      const Token& next = peek();
      return next.type == TokenType::kLParen || next.type == TokenType::kAssign ||
             next.type == TokenType::kSemicolon || next.type == TokenType::kRBrace || next.newline_before;
    };
    if (match_contextual("static") && !is_name_itself()) {
      member.is_static = true;
      advance();
      if (match(TokenType::kLBrace)) {
        // A static initialization block runs as a method with `this` = the class.
        member.kind = ClassMemberKind::kStaticBlock;
        auto* fn = make<FunctionNode>(member_pos);
        fn->function_kind = FunctionKind::kMethod;
        fn->strict = true;
        FunctionContext ctx;
        ctx.node = fn;
        ctx.strict = true;
        ctx.allow_super_property = true;
        ctx.allow_new_target = true;
        ctx.is_field_initializer = true;
        ctx.is_static_block = true;
        m_functions.push_back(std::move(ctx));
        push_scope(true);
        parse_function_body(fn);
        pop_scope();
        m_functions.pop_back();
        finish(fn);
        member.function = fn;
        member.range.end = m_prev_end;
        klass->members.push_back(std::move(member));
        continue;
      }
    }
    bool is_async = false;
    FunctionKind accessor = FunctionKind::kMethod;
    if (match_contextual("async") && !is_name_itself()) {
      is_async = true;
      advance();
    } else if ((match_contextual("get") || match_contextual("set")) && !is_name_itself()) {
      accessor = m_tok.text == "get" ? FunctionKind::kGetter : FunctionKind::kSetter;
      advance();
    }
    if (match(TokenType::kStar)) {
      fail_at(is_async ? kAsyncGenerators : kGenerators, m_tok);
      break;
    }
    TokenPos key_pos = pos();
    bool is_identifier = false;
    bool key_is_string = m_tok.type == TokenType::kString;
    if (!parse_property_key(member.key, true, &is_identifier)) break;
    const PropertyKey& key = member.key;
    bool named_constructor = !key.computed && !key.is_private && key.name == "constructor";
    (void)key_is_string;
    if (key.is_private && key.name == "constructor") {
      fail("Classes may not have a field named 'constructor'", key_pos.start, key_pos.end);
      break;
    }
    if (member.is_static && !key.computed && !key.is_private && key.name == "prototype") {
      fail_at("Classes may not have a static property named 'prototype'", key_pos);
      break;
    }
    if (match(TokenType::kLParen)) {
      if (named_constructor && !member.is_static) {
        if (accessor != FunctionKind::kMethod) {
          fail_at("Class constructor may not be an accessor", key_pos);
          break;
        }
        if (is_async) {
          fail_at("Class constructor may not be an async method", key_pos);
          break;
        }
        if (klass->constructor != nullptr) {
          fail_at("A class may only have one constructor", key_pos);
          break;
        }
        klass->constructor = parse_method(
            key_pos, derived ? FunctionKind::kDerivedConstructor : FunctionKind::kClassConstructor, false,
            key, true, false, derived);
        klass->constructor->name = klass->name;
        continue;
      }
      member.kind = accessor == FunctionKind::kGetter   ? ClassMemberKind::kGetter
                    : accessor == FunctionKind::kSetter ? ClassMemberKind::kSetter
                                                        : ClassMemberKind::kMethod;
      member.function = parse_method(key_pos, accessor, is_async, key, true, member.is_static, derived);
    } else {
      if (is_async || accessor != FunctionKind::kMethod) {
        unexpected();
        break;
      }
      if (named_constructor) {
        fail_at("Classes may not have a field named 'constructor'", key_pos);
        break;
      }
      member.kind = ClassMemberKind::kField;
      if (eat(TokenType::kAssign)) {
        // A field initializer is its own function (this = the instance; no `arguments`).
        FunctionContext ctx;
        ctx.strict = true;
        ctx.allow_super_property = true;
        ctx.allow_new_target = true;
        ctx.is_field_initializer = true;
        m_functions.push_back(std::move(ctx));
        push_scope(true);
        bool saved = m_no_in;
        m_no_in = false;
        member.initializer = parse_assignment();
        m_no_in = saved;
        pop_scope();
        m_functions.pop_back();
        if (!key.computed) infer_name(member.initializer, key_name(key));
      }
      consume_semicolon();
    }
    if (m_failed) break;
    if (key.is_private) {
      int kind = member.kind == ClassMemberKind::kGetter   ? 1
                 : member.kind == ClassMemberKind::kSetter ? 2
                                                           : 3;
      for (auto& d : m_classes.back().declared) {
        if (d.first == key.name) {
          bool pair = (d.second == 1 && kind == 2) || (d.second == 2 && kind == 1);
          if (!pair) {
            fail_quoted("Identifier ", "#" + key.name, " has already been declared", key_pos.start,
                        key_pos.end);
            break;
          }
          d.second = 3;
          kind = 0;
        }
      }
      if (m_failed) break;
      if (kind != 0) m_classes.back().declared.emplace_back(member.key.name, kind);
    }
    member.range.end = m_prev_end;
    klass->members.push_back(std::move(member));
  }
  // Resolve private names used in this body: unresolved ones belong to an enclosing class.
  ClassContext ctx = std::move(m_classes.back());
  m_classes.pop_back();
  if (!m_failed) {
    for (auto& use : ctx.used) {
      bool found = false;
      for (auto& d : ctx.declared) found = found || d.first == use.first;
      if (found) continue;
      if (!m_classes.empty()) {
        m_classes.back().used.push_back(use);
      } else {
        fail_quoted("Private field ", "#" + use.first, " must be declared in an enclosing class", use.second,
                    use.second + static_cast<std::uint32_t>(use.first.size()) + 1);
        break;
      }
    }
  }
  if (!m_failed && !match(TokenType::kRBrace)) unexpected();
  function().strict = outer_strict;
  advance();
  finish(klass);
  if (m_failed) return error_node();
  if (is_declaration) {
    auto* decl = make<ClassDeclaration>(start);
    decl->klass = klass;
    finish(decl);
    // V8 marks the whole declaration when a class name is declared twice.
    declare(klass->id->name, BindingKind::kLexical, start.start, m_prev_end);
    if (m_failed) return error_node();
    return decl;
  }
  return klass;
}

}  // namespace looplab::js
