// Scope analysis: which names each scope declares, and which bindings inner functions capture.
//
// The compiler needs to know, before it emits a function's code, whether each of its variables
// may live in a register (only this function's code touches it) or must live in an Environment
// (a nested function reads or writes it, so it must outlive the frame). References can precede
// declarations (hoisting), so the whole program is analysed first:
//
//   1. walk the tree, creating a Scope per function, block, loop head, catch clause, switch and
//      class, declaring names where JavaScript puts them (var: the function; let/const/class and
//      block-level function declarations: the block; parameters: the function);
//   2. resolve every recorded identifier reference from its scope outwards; a binding found in an
//      enclosing *function* is marked captured. An unresolved `arguments` declares the implicit
//      arguments binding of the nearest non-arrow function.
//
// Unresolved names are globals.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/js/syntax/ast.h"

namespace looplab::js::scopes {

enum class VarKind : std::uint8_t {
  kVar,
  kLet,
  kConst,
  kClass,
  kFunction,
  kParam,
  kCatchParam,
  kArguments,
  kClassInner
};

struct Scope;

struct Variable {
  std::string name;
  VarKind kind = VarKind::kVar;
  Scope* scope = nullptr;
  bool captured = false;
  // Assigned by the compiler when it enters the scope.
  int reg = -1;
  int slot = -1;
  bool needs_tdz() const {
    return kind == VarKind::kLet || kind == VarKind::kConst || kind == VarKind::kClass ||
           kind == VarKind::kClassInner;
  }
  bool is_const() const { return kind == VarKind::kConst || kind == VarKind::kClassInner; }
};

struct Scope {
  enum class Kind : std::uint8_t { kFunction, kBlock };
  Kind kind = Kind::kBlock;
  Scope* parent = nullptr;
  Scope* function = nullptr;                    // the enclosing function scope (itself for functions)
  const FunctionNode* function_node = nullptr;  // for function scopes (null: script or synthetic)
  bool is_arrow = false;
  std::vector<std::unique_ptr<Variable>> vars;  // declaration order
  std::map<std::string, Variable*> by_name;
  // Function declarations to instantiate at scope entry (hoisted), in source order.
  std::vector<const FunctionNode*> hoisted_functions;
  // A named function expression's own name, bound to the running function (function scopes).
  Variable* self = nullptr;
  bool strict = false;
  // Sloppy-mode block functions (Annex B.3.3): also copied to a var of the function when the
  // block is entered.
  std::vector<Variable*> annex_b_vars;

  Variable* find(const std::string& name) const {
    auto it = by_name.find(name);
    return it == by_name.end() ? nullptr : it->second;
  }
  bool has_env() const {
    for (const auto& v : vars) {
      if (v->captured) return true;
    }
    return false;
  }
};

class ScopeAnalysis {
 public:
  // Analyses a whole program (the script is a function: CommonJS module body).
  void analyse(const Program& program);

  Scope* scope_of(const void* node) const {
    auto it = m_scopes.find(node);
    return it == m_scopes.end() ? nullptr : it->second;
  }
  // Synthetic function scopes of a class: instance fields initialiser and static initialiser.
  Scope* fields_scope(const ClassNode* c) const { return scope_of(&c->members); }
  Scope* static_scope(const ClassNode* c) const { return scope_of(&c->constructor); }
  Scope* script_scope() const { return m_script; }

 private:
  Scope* new_scope(Scope::Kind kind, Scope* parent, const void* key);
  Variable* declare(Scope* scope, const std::string& name, VarKind kind);
  void declare_pattern(Scope* scope, const Node* pattern, VarKind kind);
  void hoist_vars(Scope* function_scope, const Node* node);
  void declare_lexical(Scope* scope, const std::vector<Node*>& body);
  void visit_function(const FunctionNode* fn, Scope* parent);
  void visit_class(const ClassNode* c, Scope* scope);
  void visit(const Node* node, Scope* scope);
  void visit_pattern(const Node* node, Scope* scope);
  void visit_key(const PropertyKey& key, Scope* scope);
  void reference(const std::string& name, Scope* scope);
  void resolve_all();

  std::vector<std::unique_ptr<Scope>> m_all;
  std::unordered_map<const void*, Scope*> m_scopes;  // lookups only
  std::vector<std::pair<std::string, Scope*>> m_references;
  Scope* m_script = nullptr;
};

}  // namespace looplab::js::scopes
