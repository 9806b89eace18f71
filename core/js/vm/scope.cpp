// Scope analysis (see scope.h): declarations first, then every reference resolved outwards.
#include "core/js/vm/scope.h"

namespace looplab::js::scopes {

Scope* ScopeAnalysis::new_scope(Scope::Kind kind, Scope* parent, const void* key) {
  auto scope = std::make_unique<Scope>();
  scope->kind = kind;
  scope->parent = parent;
  scope->function = kind == Scope::Kind::kFunction ? scope.get() : parent->function;
  scope->strict = parent != nullptr && parent->strict;
  Scope* raw = scope.get();
  m_all.push_back(std::move(scope));
  if (key != nullptr) m_scopes[key] = raw;
  return raw;
}

Variable* ScopeAnalysis::declare(Scope* scope, const std::string& name, VarKind kind) {
  if (Variable* existing = scope->find(name)) {
    // var after var/param/function keeps the first; a function declaration replaces a var's kind.
    if (kind == VarKind::kFunction && existing->kind == VarKind::kVar) existing->kind = VarKind::kFunction;
    return existing;
  }
  auto var = std::make_unique<Variable>();
  var->name = name;
  var->kind = kind;
  var->scope = scope;
  Variable* raw = var.get();
  scope->vars.push_back(std::move(var));
  scope->by_name[name] = raw;
  return raw;
}

void ScopeAnalysis::declare_pattern(Scope* scope, const Node* p, VarKind kind) {
  if (p == nullptr) return;
  switch (p->kind) {
    case NodeKind::kIdentifier:
      declare(scope, p->as<Identifier>().name, kind);
      break;
    case NodeKind::kAssignmentPattern:
      declare_pattern(scope, p->as<AssignmentPattern>().target, kind);
      break;
    case NodeKind::kRestElement:
      declare_pattern(scope, p->as<RestElement>().target, kind);
      break;
    case NodeKind::kArrayPattern:
      for (const Node* e : p->as<ArrayPattern>().elements) declare_pattern(scope, e, kind);
      break;
    case NodeKind::kObjectPattern:
      for (const PatternProperty& prop : p->as<ObjectPattern>().properties)
        declare_pattern(scope, prop.value, kind);
      declare_pattern(scope, p->as<ObjectPattern>().rest, kind);
      break;
    default:
      break;
  }
}

// `var` declarations anywhere in a function body (not in nested functions) belong to the function.
void ScopeAnalysis::hoist_vars(Scope* fs, const Node* n) {
  if (n == nullptr) return;
  switch (n->kind) {
    case NodeKind::kVariableDeclaration: {
      const auto& d = n->as<VariableDeclaration>();
      if (d.declaration_kind == DeclarationKind::kVar) {
        for (const VariableDeclarator& decl : d.declarations) declare_pattern(fs, decl.target, VarKind::kVar);
      }
      break;
    }
    case NodeKind::kBlock:
      for (const Node* s : n->as<BlockStatement>().body) hoist_vars(fs, s);
      break;
    case NodeKind::kIf:
      hoist_vars(fs, n->as<IfStatement>().consequent);
      hoist_vars(fs, n->as<IfStatement>().alternate);
      break;
    case NodeKind::kFor:
      hoist_vars(fs, n->as<ForStatement>().init);
      hoist_vars(fs, n->as<ForStatement>().body);
      break;
    case NodeKind::kForIn:
      hoist_vars(fs, n->as<ForInStatement>().left);
      hoist_vars(fs, n->as<ForInStatement>().body);
      break;
    case NodeKind::kForOf:
      hoist_vars(fs, n->as<ForOfStatement>().left);
      hoist_vars(fs, n->as<ForOfStatement>().body);
      break;
    case NodeKind::kWhile:
      hoist_vars(fs, n->as<WhileStatement>().body);
      break;
    case NodeKind::kDoWhile:
      hoist_vars(fs, n->as<DoWhileStatement>().body);
      break;
    case NodeKind::kTry: {
      const auto& t = n->as<TryStatement>();
      hoist_vars(fs, t.block);
      hoist_vars(fs, t.handler);
      hoist_vars(fs, t.finalizer);
      break;
    }
    case NodeKind::kSwitch:
      for (const SwitchCase& c : n->as<SwitchStatement>().cases) {
        for (const Node* s : c.consequent) hoist_vars(fs, s);
      }
      break;
    case NodeKind::kLabeled:
      hoist_vars(fs, n->as<LabeledStatement>().body);
      break;
    default:
      break;
  }
}

// let / const / class and function declarations directly in a statement list.
void ScopeAnalysis::declare_lexical(Scope* scope, const std::vector<Node*>& body) {
  for (const Node* s : body) {
    while (s != nullptr && s->kind == NodeKind::kLabeled) s = s->as<LabeledStatement>().body;
    if (s == nullptr) continue;
    if (s->kind == NodeKind::kVariableDeclaration) {
      const auto& d = s->as<VariableDeclaration>();
      if (d.declaration_kind == DeclarationKind::kVar) continue;
      VarKind kind = d.declaration_kind == DeclarationKind::kConst ? VarKind::kConst : VarKind::kLet;
      for (const VariableDeclarator& decl : d.declarations) declare_pattern(scope, decl.target, kind);
    } else if (s->kind == NodeKind::kClassDeclaration) {
      const ClassNode* c = s->as<ClassDeclaration>().klass;
      declare(scope, c->id != nullptr ? c->id->name : c->name, VarKind::kClass);
    } else if (s->kind == NodeKind::kFunctionDeclaration) {
      const FunctionNode* f = s->as<FunctionDeclaration>().function;
      declare(scope, f->id != nullptr ? f->id->name : f->name, VarKind::kFunction);
      scope->hoisted_functions.push_back(f);
    }
  }
}

void ScopeAnalysis::analyse(const Program& program) {
  m_script = new_scope(Scope::Kind::kFunction, nullptr, &program);
  m_script->strict = program.strict;
  for (const char* name : {"exports", "require", "module", "__filename", "__dirname"}) {
    declare(m_script, name, VarKind::kParam);
  }
  for (const Node* s : program.body) hoist_vars(m_script, s);
  declare_lexical(m_script, program.body);
  for (const Node* s : program.body) visit(s, m_script);
  resolve_all();
}

void ScopeAnalysis::visit_function(const FunctionNode* fn, Scope* parent) {
  Scope* fs = new_scope(Scope::Kind::kFunction, parent, fn);
  fs->function_node = fn;
  fs->is_arrow = fn->function_kind == FunctionKind::kArrow;
  fs->strict = fn->strict || fn->function_kind == FunctionKind::kClassConstructor ||
               fn->function_kind == FunctionKind::kDerivedConstructor || parent->strict;
  for (const Node* p : fn->params) declare_pattern(fs, p, VarKind::kParam);
  if (fn->body != nullptr && !fn->expression_body && fn->body->kind == NodeKind::kBlock) {
    const auto& body = fn->body->as<BlockStatement>().body;
    for (const Node* s : body) hoist_vars(fs, s);
    declare_lexical(fs, body);
  }
  // A named function expression sees its own name (unless something else declares it).
  bool is_expression_name = fn->id != nullptr && fn->function_kind == FunctionKind::kNormal;
  if (is_expression_name && fs->find(fn->id->name) == nullptr && !fn->id->name.empty()) {
    fs->self = declare(fs, fn->id->name, VarKind::kFunction);
  }
  for (const Node* p : fn->params) visit_pattern(p, fs);
  if (fn->body != nullptr) {
    if (fn->body->kind == NodeKind::kBlock) {
      for (const Node* s : fn->body->as<BlockStatement>().body) visit(s, fs);
    } else {
      visit(fn->body, fs);
    }
  }
}

void ScopeAnalysis::visit_key(const PropertyKey& key, Scope* scope) {
  if (key.computed) visit(key.expression, scope);
}

void ScopeAnalysis::visit_class(const ClassNode* c, Scope* outer) {
  Scope* cs = new_scope(Scope::Kind::kBlock, outer, c);
  std::string name = c->id != nullptr ? c->id->name : c->name;
  if (c->id != nullptr && !name.empty()) declare(cs, name, VarKind::kClassInner);
  for (const ClassMember& m : c->members) {
    if (m.key.is_private) declare(cs, "#" + m.key.name, VarKind::kConst);
  }
  if (c->superclass != nullptr) visit(c->superclass, cs);
  if (c->constructor != nullptr) visit_function(c->constructor, cs);
  Scope* fields = new_scope(Scope::Kind::kFunction, cs, &c->members);
  Scope* statics = new_scope(Scope::Kind::kFunction, cs, &c->constructor);
  for (const ClassMember& m : c->members) {
    visit_key(m.key, cs);
    if (m.function != nullptr) {
      if (m.kind == ClassMemberKind::kStaticBlock) {
        // A static block's body runs as part of the static initialiser.
        Scope* block = new_scope(Scope::Kind::kFunction, statics, m.function);
        block->function_node = m.function;
        if (m.function->body != nullptr && m.function->body->kind == NodeKind::kBlock) {
          const auto& body = m.function->body->as<BlockStatement>().body;
          for (const Node* s : body) hoist_vars(block, s);
          declare_lexical(block, body);
          for (const Node* s : body) visit(s, block);
        }
      } else {
        visit_function(m.function, cs);
      }
    }
    if (m.initializer != nullptr) visit(m.initializer, m.is_static ? statics : fields);
    if (m.kind == ClassMemberKind::kField) {
      // The initialiser function reads the field's key: a private name, or a computed key
      // evaluated once at class definition into a hidden binding "%field<i>".
      Scope* init = m.is_static ? statics : fields;
      if (m.key.is_private) reference("#" + m.key.name, init);
      if (m.key.computed) {
        std::string hidden = "%field" + std::to_string(&m - c->members.data());
        declare(cs, hidden, VarKind::kConst);
        reference(hidden, init);
      }
    }
  }
}

void ScopeAnalysis::visit_pattern(const Node* p, Scope* scope) {
  if (p == nullptr) return;
  switch (p->kind) {
    case NodeKind::kIdentifier:
      reference(p->as<Identifier>().name, scope);
      break;
    case NodeKind::kAssignmentPattern:
      visit_pattern(p->as<AssignmentPattern>().target, scope);
      visit(p->as<AssignmentPattern>().default_value, scope);
      break;
    case NodeKind::kRestElement:
      visit_pattern(p->as<RestElement>().target, scope);
      break;
    case NodeKind::kArrayPattern:
      for (const Node* e : p->as<ArrayPattern>().elements) visit_pattern(e, scope);
      break;
    case NodeKind::kObjectPattern:
      for (const PatternProperty& prop : p->as<ObjectPattern>().properties) {
        visit_key(prop.key, scope);
        visit_pattern(prop.value, scope);
      }
      visit_pattern(p->as<ObjectPattern>().rest, scope);
      break;
    default:
      visit(p, scope);
      break;  // member expressions in assignment patterns
  }
}

void ScopeAnalysis::reference(const std::string& name, Scope* scope) {
  m_references.emplace_back(name, scope);
}

void ScopeAnalysis::visit(const Node* n, Scope* scope) {
  if (n == nullptr) return;
  switch (n->kind) {
    case NodeKind::kIdentifier:
      reference(n->as<Identifier>().name, scope);
      break;
    case NodeKind::kTemplateLiteral:
      for (const Node* e : n->as<TemplateLiteral>().expressions) visit(e, scope);
      break;
    case NodeKind::kTaggedTemplate:
      visit(n->as<TaggedTemplate>().tag, scope);
      visit(n->as<TaggedTemplate>().quasi, scope);
      break;
    case NodeKind::kArray:
      for (const Node* e : n->as<ArrayExpression>().elements) visit(e, scope);
      break;
    case NodeKind::kObject:
      for (const Property& p : n->as<ObjectExpression>().properties) {
        visit_key(p.key, scope);
        if (p.value != nullptr && p.value->kind == NodeKind::kFunction) {
          visit_function(&p.value->as<FunctionNode>(), scope);
        } else {
          visit(p.value, scope);
        }
      }
      break;
    case NodeKind::kFunction:
      visit_function(&n->as<FunctionNode>(), scope);
      break;
    case NodeKind::kClass:
      visit_class(&n->as<ClassNode>(), scope);
      break;
    case NodeKind::kUnary:
      visit(n->as<UnaryExpression>().argument, scope);
      break;
    case NodeKind::kUpdate:
      visit(n->as<UpdateExpression>().argument, scope);
      break;
    case NodeKind::kBinary:
      visit(n->as<BinaryExpression>().left, scope);
      visit(n->as<BinaryExpression>().right, scope);
      break;
    case NodeKind::kLogical:
      visit(n->as<LogicalExpression>().left, scope);
      visit(n->as<LogicalExpression>().right, scope);
      break;
    case NodeKind::kAssignment:
      visit_pattern(n->as<AssignmentExpression>().target, scope);
      visit(n->as<AssignmentExpression>().value, scope);
      break;
    case NodeKind::kConditional:
      visit(n->as<ConditionalExpression>().test, scope);
      visit(n->as<ConditionalExpression>().consequent, scope);
      visit(n->as<ConditionalExpression>().alternate, scope);
      break;
    case NodeKind::kCall:
      visit(n->as<CallExpression>().callee, scope);
      for (const Node* a : n->as<CallExpression>().arguments) visit(a, scope);
      break;
    case NodeKind::kNew:
      visit(n->as<NewExpression>().callee, scope);
      for (const Node* a : n->as<NewExpression>().arguments) visit(a, scope);
      break;
    case NodeKind::kMember:
      visit(n->as<MemberExpression>().object, scope);
      if (n->as<MemberExpression>().computed) visit(n->as<MemberExpression>().property, scope);
      if (n->as<MemberExpression>().is_private) reference("#" + n->as<MemberExpression>().name, scope);
      break;
    case NodeKind::kPrivateName:
      reference("#" + n->as<PrivateName>().name, scope);
      break;
    case NodeKind::kOptionalChain:
      visit(n->as<OptionalChain>().expression, scope);
      break;
    case NodeKind::kSequence:
      for (const Node* e : n->as<SequenceExpression>().expressions) visit(e, scope);
      break;
    case NodeKind::kSpread:
      visit(n->as<SpreadElement>().argument, scope);
      break;
    case NodeKind::kAwait:
      visit(n->as<AwaitExpression>().argument, scope);
      break;
    case NodeKind::kObjectPattern:
    case NodeKind::kArrayPattern:
    case NodeKind::kAssignmentPattern:
    case NodeKind::kRestElement:
      visit_pattern(n, scope);
      break;

    case NodeKind::kVariableDeclaration:
      for (const VariableDeclarator& d : n->as<VariableDeclaration>().declarations) {
        visit_pattern(d.target, scope);
        visit(d.init, scope);
      }
      break;
    case NodeKind::kFunctionDeclaration:
      visit_function(n->as<FunctionDeclaration>().function, scope);
      break;
    case NodeKind::kClassDeclaration:
      visit_class(n->as<ClassDeclaration>().klass, scope);
      break;
    case NodeKind::kExpressionStatement:
      visit(n->as<ExpressionStatement>().expression, scope);
      break;
    case NodeKind::kBlock: {
      Scope* bs = new_scope(Scope::Kind::kBlock, scope, n);
      declare_lexical(bs, n->as<BlockStatement>().body);
      if (!bs->strict) {
        for (const FunctionNode* f : bs->hoisted_functions) {
          std::string fname = f->id != nullptr ? f->id->name : f->name;
          Variable* outer = bs->function->find(fname);
          if (outer == nullptr) outer = declare(bs->function, fname, VarKind::kVar);
          if (outer->kind == VarKind::kVar || outer->kind == VarKind::kFunction)
            bs->annex_b_vars.push_back(outer);
        }
      }
      for (const Node* s : n->as<BlockStatement>().body) visit(s, bs);
      break;
    }
    case NodeKind::kIf:
      visit(n->as<IfStatement>().test, scope);
      visit(n->as<IfStatement>().consequent, scope);
      visit(n->as<IfStatement>().alternate, scope);
      break;
    case NodeKind::kFor: {
      const auto& f = n->as<ForStatement>();
      Scope* ls = new_scope(Scope::Kind::kBlock, scope, n);
      if (f.init != nullptr && f.init->kind == NodeKind::kVariableDeclaration) {
        const auto& d = f.init->as<VariableDeclaration>();
        if (d.declaration_kind != DeclarationKind::kVar) {
          VarKind kind = d.declaration_kind == DeclarationKind::kConst ? VarKind::kConst : VarKind::kLet;
          for (const VariableDeclarator& decl : d.declarations) declare_pattern(ls, decl.target, kind);
        }
      }
      visit(f.init, ls);
      visit(f.test, ls);
      visit(f.update, ls);
      visit(f.body, ls);
      break;
    }
    case NodeKind::kForIn:
    case NodeKind::kForOf: {
      const Node* left =
          n->kind == NodeKind::kForIn ? n->as<ForInStatement>().left : n->as<ForOfStatement>().left;
      const Node* right =
          n->kind == NodeKind::kForIn ? n->as<ForInStatement>().right : n->as<ForOfStatement>().right;
      const Node* body =
          n->kind == NodeKind::kForIn ? n->as<ForInStatement>().body : n->as<ForOfStatement>().body;
      visit(right, scope);
      Scope* is = new_scope(Scope::Kind::kBlock, scope, n);
      if (left->kind == NodeKind::kVariableDeclaration) {
        const auto& d = left->as<VariableDeclaration>();
        if (d.declaration_kind != DeclarationKind::kVar) {
          VarKind kind = d.declaration_kind == DeclarationKind::kConst ? VarKind::kConst : VarKind::kLet;
          for (const VariableDeclarator& decl : d.declarations) declare_pattern(is, decl.target, kind);
        }
        for (const VariableDeclarator& decl : d.declarations) visit_pattern(decl.target, is);
      } else {
        visit_pattern(left, is);
      }
      visit(body, is);
      break;
    }
    case NodeKind::kWhile:
      visit(n->as<WhileStatement>().test, scope);
      visit(n->as<WhileStatement>().body, scope);
      break;
    case NodeKind::kDoWhile:
      visit(n->as<DoWhileStatement>().body, scope);
      visit(n->as<DoWhileStatement>().test, scope);
      break;
    case NodeKind::kReturn:
      visit(n->as<ReturnStatement>().argument, scope);
      break;
    case NodeKind::kThrow:
      visit(n->as<ThrowStatement>().argument, scope);
      break;
    case NodeKind::kTry: {
      const auto& t = n->as<TryStatement>();
      visit(t.block, scope);
      if (t.handler != nullptr) {
        Scope* cs = new_scope(Scope::Kind::kBlock, scope, &t.handler);
        declare_pattern(cs, t.param, VarKind::kCatchParam);
        visit_pattern(t.param, cs);
        visit(t.handler, cs);
      }
      visit(t.finalizer, scope);
      break;
    }
    case NodeKind::kSwitch: {
      const auto& s = n->as<SwitchStatement>();
      visit(s.discriminant, scope);
      Scope* ss = new_scope(Scope::Kind::kBlock, scope, n);
      for (const SwitchCase& c : s.cases) declare_lexical(ss, c.consequent);
      for (const SwitchCase& c : s.cases) {
        visit(c.test, ss);
        for (const Node* st : c.consequent) visit(st, ss);
      }
      break;
    }
    case NodeKind::kLabeled:
      visit(n->as<LabeledStatement>().body, scope);
      break;
    default:
      break;
  }
}

void ScopeAnalysis::resolve_all() {
  for (const auto& [name, from] : m_references) {
    Scope* s = from;
    bool crossed = false;
    Variable* found = nullptr;
    while (s != nullptr) {
      if ((found = s->find(name)) != nullptr) break;
      if (s->kind == Scope::Kind::kFunction) {
        if (name == "arguments" && !s->is_arrow && s->function_node != nullptr) {
          found = declare(s, "arguments", VarKind::kArguments);
          break;
        }
        crossed = true;
      }
      s = s->parent;
    }
    if (found != nullptr && crossed) found->captured = true;
  }
}

}  // namespace looplab::js::scopes
