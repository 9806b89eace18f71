// AST to bytecode. See compiler.h for the approach; bytecode.h for the instructions.
#include "core/js/vm/compiler.h"

#include <cmath>
#include <map>

#include "core/js/runtime/conversions.h"
#include "core/js/vm/bytecode.h"
#include "core/js/vm/scope.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

namespace {

using scopes::Scope;
using scopes::ScopeAnalysis;
using scopes::Variable;
using scopes::VarKind;

struct Label {
  int pos = -1;
  std::vector<std::size_t> patches;  // operand words to fill with pos
};

// What a break/continue/return must undo on its way out, innermost last.
struct Control {
  enum class Kind : std::uint8_t {
    kBreakable,  // loop, switch or labelled statement
    kEnv,        // a pushed environment
    kHandler,    // an active try handler (catch or finally)
    kFinally,    // a finally body to run on the way out
    kIterator,   // a for-of iterator to close on break/return
  };
  Kind kind;
  std::vector<std::string> labels;
  bool is_loop = false;
  bool is_switch = false;
  bool is_for_of = false;  // its iterator and handler controls sit right above it
  Label* break_label = nullptr;
  Label* continue_label = nullptr;
  const BlockStatement* finalizer = nullptr;
  std::size_t finally_depth = 0;  // controls size outside the try statement (to compile the body there)
  int iterator_reg = -1;
};

class ProgramCompiler;

class FunctionCompiler {
 public:
  FunctionCompiler(ProgramCompiler& program, Code* code, Scope* function_scope)
      : m_program(program), m_code(code), m_function_scope(function_scope) {}

  void compile_function(const FunctionNode& fn);
  void compile_script(const Program& program);
  void compile_default_constructor(const ClassNode& c, bool derived);
  void compile_fields_initializer(const ClassNode& c, bool is_static);
  void finish();

 private:
  friend class ProgramCompiler;
  Vm& vm();
  void fail(const Node* at, const std::string& message);
  bool failed() const;

  // ---- emitting ----
  std::size_t emit(Op op) {
    std::size_t pc = m_code->bytecode.size();
    m_code->bytecode.push_back(static_cast<std::uint32_t>(op));
    return pc;
  }
  std::size_t emit(Op op, std::uint32_t a) {
    std::size_t pc = emit(op);
    m_code->bytecode.push_back(a);
    return pc;
  }
  std::size_t emit(Op op, std::uint32_t a, std::uint32_t b) {
    std::size_t pc = emit(op, a);
    m_code->bytecode.push_back(b);
    return pc;
  }
  std::size_t emit(Op op, std::uint32_t a, std::uint32_t b, std::uint32_t c) {
    std::size_t pc = emit(op, a, b);
    m_code->bytecode.push_back(c);
    return pc;
  }
  void emit_jump(Op op, Label& label) {
    emit(op, 0);
    std::size_t operand = m_code->bytecode.size() - 1;
    if (label.pos >= 0) {
      m_code->bytecode[operand] = static_cast<std::uint32_t>(label.pos);
    } else {
      label.patches.push_back(operand);
    }
  }
  void bind(Label& label) {
    label.pos = static_cast<int>(m_code->bytecode.size());
    for (std::size_t p : label.patches) m_code->bytecode[p] = static_cast<std::uint32_t>(label.pos);
    label.patches.clear();
  }
  void position(const Node* n) {
    if (n != nullptr) position(n->range);
  }
  void position(const SourceRange& r) {
    auto pc = static_cast<std::uint32_t>(m_code->bytecode.size());
    if (!m_code->positions.empty() && m_code->positions.back().pc == pc) {
      m_code->positions.back() = Code::Position{pc, r.line, r.column};
    } else {
      m_code->positions.push_back(Code::Position{pc, r.line, r.column});
    }
  }
  std::uint32_t constant(Value v);
  std::uint32_t atom(const std::string& name);
  std::uint32_t string_constant(const std::u16string& text);
  void emit_number(double d);
  int alloc_reg() {
    int r = m_next_reg++;
    if (static_cast<std::uint32_t>(m_next_reg) > m_code->register_count) m_code->register_count = m_next_reg;
    return r;
  }

  // ---- scopes and variables ----
  void enter_scope(Scope* scope);
  void exit_scope(Scope* scope);
  void instantiate_hoisted(Scope* scope);
  struct Resolved {
    Variable* var = nullptr;
    std::uint32_t depth = 0;
  };
  Resolved resolve(const std::string& name);
  void emit_load_var(const std::string& name, const Node* at);
  // Stores the value on top of the stack (popping it). `init`: a declaration's initialisation
  // (no TDZ check, const allowed).
  void emit_store_var(const std::string& name, bool init, const Node* at);

  // ---- statements ----
  void statement(const Node* n);
  void statements(const std::vector<Node*>& list);
  void block(const BlockStatement& b, Scope* scope);
  void variable_declaration(const VariableDeclaration& d);
  void if_statement(const IfStatement& s);
  void for_statement(const ForStatement& s, std::vector<std::string> labels);
  void for_in_statement(const ForInStatement& s, std::vector<std::string> labels);
  void for_of_statement(const ForOfStatement& s, std::vector<std::string> labels);
  void while_statement(const WhileStatement& s, std::vector<std::string> labels);
  void do_while_statement(const DoWhileStatement& s, std::vector<std::string> labels);
  void switch_statement(const SwitchStatement& s, std::vector<std::string> labels);
  void try_statement(const TryStatement& s);
  void labeled_statement(const LabeledStatement& s);
  void return_statement(const ReturnStatement& s);
  void jump_statement(const std::string& label, bool is_continue, const Node* at);
  // Emits the undo actions of controls[from..) (innermost first) for leaving them.
  void unwind_to(std::size_t depth, bool closing_iterators);
  void loop_head(const Node* left, bool is_declaration, DeclarationKind kind);

  // ---- expressions ----
  void expression(const Node* n);
  void expression_named(const Node* n, const std::string& name);
  void discard(const Node* n) {
    expression(n);
    emit(Op::kPop);
  }
  void binary(const BinaryExpression& b);
  void logical(const LogicalExpression& l);
  void assignment(const AssignmentExpression& a);
  void update(const UpdateExpression& u);
  void unary(const UnaryExpression& u);
  void call(const CallExpression& c);
  void new_expression(const NewExpression& n);
  void member(const MemberExpression& m, bool keep_object);
  void arguments(const std::vector<Node*>& args, bool& spread, std::uint32_t& argc);
  void array_literal(const ArrayExpression& a);
  void object_literal(const ObjectExpression& o);
  void template_literal(const TemplateLiteral& t);
  void tagged_template(const TaggedTemplate& t);
  void optional_chain(const OptionalChain& c);
  // `text_start`: where the function's source text begins when it is not the node's own start
  // (`get x() {}`, `async m() {}`: Function.prototype.toString shows the whole member).
  void function_expression(const FunctionNode& fn, const std::string& name,
                           std::size_t text_start = kNoStart);
  static constexpr std::size_t kNoStart = static_cast<std::size_t>(-1);
  std::size_t member_text_start(const SourceRange& member, const FunctionNode& fn, bool is_static);
  void class_expression(const ClassNode& c, const std::string& name);
  void property_key(const PropertyKey& key);  // pushes the key (atom or computed value)
  void optional_check(bool optional, std::uint32_t pops);
  std::string callee_text(const Node* n);
  // How V8 names an iterable expression in "x is not iterable" (see ops::get_iterator).
  enum class IterableUse { kLoop, kDestructure, kCallSpread };
  std::uint32_t iterable_text(const Node* n, IterableUse use);

  // Destructuring: the value on top of the stack is consumed.
  enum class BindMode : std::uint8_t { kAssign, kInit };
  void bind_pattern(const Node* target, BindMode mode);
  void bind_object_pattern(const ObjectPattern& p, BindMode mode);
  void bind_array_pattern(const ArrayPattern& p, BindMode mode);

  ProgramCompiler& m_program;
  Code* m_code;
  Scope* m_function_scope;
  Scope* m_scope = nullptr;
  int m_next_reg = 0;
  std::vector<Control> m_controls;
  std::vector<std::unique_ptr<Label>> m_labels;
  std::map<std::uint64_t, std::uint32_t> m_number_constants;
  std::map<const Cell*, std::uint32_t> m_cell_constants;
  struct ChainPad {
    Label label;
    std::uint32_t pops;
  };
  std::vector<std::vector<std::unique_ptr<ChainPad>>*> m_chains;
  bool m_is_async = false;
  bool m_derived_constructor = false;
  const Node* m_pattern_source = nullptr;  // the initialiser being destructured (error messages)
  bool m_pattern_catch = false;            // the pattern is a catch parameter (named '.catch')
  // Sloppy simple parameters mapped to the arguments object, with their index.
  std::map<const Variable*, std::uint32_t> m_mapped_params;

  Label* new_label() {
    m_labels.push_back(std::make_unique<Label>());
    return m_labels.back().get();
  }
};

class ProgramCompiler {
 public:
  ProgramCompiler(Vm& vm, std::shared_ptr<const SourceText> source) : m_vm(vm), m_source(std::move(source)) {}

  Vm& vm() { return m_vm; }
  ScopeAnalysis& analysis() { return m_analysis; }
  std::optional<CompileFailure>& failure() { return m_failure; }
  const std::shared_ptr<const SourceText>& source() const { return m_source; }

  Code* new_code(const std::string& name, FunctionKind kind, const SourceRange& range) {
    Code* code = m_vm.heap().make<Code>();
    code->name = name;
    code->kind = kind;
    code->source = m_source;
    code->range = range;
    return code;
  }

  Code* compile_function(const FunctionNode& fn, const std::string& name);
  Code* compile_class_constructor(const ClassNode& c, const std::string& name);
  Code* compile_fields(const ClassNode& c, bool is_static);

 private:
  Vm& m_vm;
  std::shared_ptr<const SourceText> m_source;
  ScopeAnalysis m_analysis;
  std::optional<CompileFailure> m_failure;
};

Vm& FunctionCompiler::vm() {
  return m_program.vm();
}

void FunctionCompiler::fail(const Node* at, const std::string& message) {
  auto& failure = m_program.failure();
  if (failure) return;
  failure = CompileFailure{message, at != nullptr ? at->range.line : 0, at != nullptr ? at->range.column : 0};
}

bool FunctionCompiler::failed() const {
  return m_program.failure().has_value();
}

std::uint32_t FunctionCompiler::constant(Value v) {
  if (v.is_cell()) {
    auto it = m_cell_constants.find(v.as_cell());
    if (it != m_cell_constants.end()) return it->second;
  } else {
    auto it = m_number_constants.find(v.bits());
    if (it != m_number_constants.end()) return it->second;
  }
  auto index = static_cast<std::uint32_t>(m_code->constants.size());
  m_code->constants.push_back(v);
  if (v.is_cell()) {
    m_cell_constants[v.as_cell()] = index;
  } else {
    m_number_constants[v.bits()] = index;
  }
  return index;
}

std::uint32_t FunctionCompiler::atom(const std::string& name) {
  return constant(Value(vm().atom(name)));
}

std::uint32_t FunctionCompiler::string_constant(const std::u16string& text) {
  return constant(Value(vm().heap().intern(text)));
}

void FunctionCompiler::emit_number(double d) {
  if (d == std::floor(d) && std::fabs(d) < 1e9 && !(d == 0 && std::signbit(d))) {
    emit(Op::kInt, static_cast<std::uint32_t>(static_cast<std::int32_t>(d)));
  } else {
    emit(Op::kConst, constant(Value(d)));
  }
}

// ---- scopes ----

void FunctionCompiler::enter_scope(Scope* scope) {
  if (scope == nullptr) return;
  scope->parent = scope->parent;  // (parents were set by the analysis)
  m_scope = scope;
  std::uint32_t slots = 0;
  for (auto& v : scope->vars) {
    if (v->captured) {
      v->slot = static_cast<int>(slots++);
    } else if (v->reg < 0) {
      v->reg = alloc_reg();
    }
  }
  if (scope->has_env()) {
    emit(Op::kPushEnv, slots);
    Control c;
    c.kind = Control::Kind::kEnv;
    m_controls.push_back(c);
  }
  // let/const/class start uninitialised; vars start undefined (env slots start as holes).
  for (auto& v : scope->vars) {
    if (v->kind == VarKind::kParam) continue;
    if (v->needs_tdz()) {
      if (!v->captured) {
        emit(Op::kHole);
        emit(Op::kStoreReg, static_cast<std::uint32_t>(v->reg));
      }
    } else if (v->captured && v->kind != VarKind::kFunction) {
      emit(Op::kUndefined);
      emit(Op::kStoreEnv, 0, static_cast<std::uint32_t>(v->slot));
    } else if (!v->captured && scope->kind == Scope::Kind::kBlock) {
      emit(Op::kUndefined);
      emit(Op::kStoreReg, static_cast<std::uint32_t>(v->reg));
    }
  }
}

void FunctionCompiler::instantiate_hoisted(Scope* scope) {
  for (const FunctionNode* f : scope->hoisted_functions) {
    std::string name = f->id != nullptr ? f->id->name : f->name;
    function_expression(*f, name);
    for (Variable* outer : scope->annex_b_vars) {
      if (outer->name != name) continue;
      emit(Op::kDup);
      // Store into the function-level var: walk to its scope counting environments.
      std::uint32_t depth = 0;
      for (Scope* s = m_scope; s != nullptr && s != outer->scope; s = s->parent) {
        if (s->has_env()) ++depth;
      }
      if (outer->captured) {
        emit(Op::kStoreEnv, depth, static_cast<std::uint32_t>(outer->slot));
      } else {
        emit(Op::kStoreReg, static_cast<std::uint32_t>(outer->reg));
      }
    }
    emit_store_var(name, true, f);
  }
}

void FunctionCompiler::exit_scope(Scope* scope) {
  if (scope == nullptr) return;
  if (scope->has_env()) {
    emit(Op::kPopEnv);
    m_controls.pop_back();
  }
  m_scope = scope->parent;
}

FunctionCompiler::Resolved FunctionCompiler::resolve(const std::string& name) {
  std::uint32_t depth = 0;
  for (Scope* s = m_scope; s != nullptr; s = s->parent) {
    if (Variable* v = s->find(name)) return Resolved{v, depth};
    if (s->has_env()) ++depth;
  }
  return Resolved{};
}

void FunctionCompiler::emit_load_var(const std::string& name, const Node* at) {
  Resolved r = resolve(name);
  if (r.var == nullptr) {
    if (name == "undefined") {
      emit(Op::kUndefined);
      return;
    }
    position(at);
    emit(Op::kLoadGlobal, atom(name));
    return;
  }
  Variable* v = r.var;
  if (v->captured) {
    if (v->needs_tdz()) {
      position(at);
      emit(Op::kLoadEnvChecked, r.depth, static_cast<std::uint32_t>(v->slot), atom(name));
    } else {
      emit(Op::kLoadEnv, r.depth, static_cast<std::uint32_t>(v->slot));
    }
  } else if (v->needs_tdz()) {
    position(at);
    emit(Op::kLoadRegChecked, static_cast<std::uint32_t>(v->reg), atom(name));
  } else {
    emit(Op::kLoadReg, static_cast<std::uint32_t>(v->reg));
  }
  if (auto it = m_mapped_params.find(v); it != m_mapped_params.end()) emit(Op::kMappedParamLoad, it->second);
}

void FunctionCompiler::emit_store_var(const std::string& name, bool init, const Node* at) {
  Resolved r = resolve(name);
  if (r.var == nullptr) {
    position(at);
    emit(Op::kStoreGlobal, atom(name));
    return;
  }
  Variable* v = r.var;
  if (!init) {
    if (v->needs_tdz()) {
      position(at);
      if (v->captured) {
        emit(Op::kCheckEnv, r.depth, static_cast<std::uint32_t>(v->slot), atom(name));
      } else {
        emit(Op::kCheckReg, static_cast<std::uint32_t>(v->reg), atom(name));
      }
    }
    if (v->is_const()) {
      position(at);
      emit(Op::kThrowConstAssign);
      return;
    }
    if (auto it = m_mapped_params.find(v); it != m_mapped_params.end()) {
      emit(Op::kMappedParamStore, it->second);
    }
  }
  if (v->captured) {
    emit(Op::kStoreEnv, r.depth, static_cast<std::uint32_t>(v->slot));
  } else {
    emit(Op::kStoreReg, static_cast<std::uint32_t>(v->reg));
  }
}

// ---- functions ----

void FunctionCompiler::compile_function(const FunctionNode& fn) {
  m_is_async = fn.is_async;
  m_code->is_async = fn.is_async;
  m_code->strict = fn.strict;
  m_code->has_simple_params = fn.simple_parameters;
  m_derived_constructor = fn.function_kind == FunctionKind::kDerivedConstructor;
  std::uint32_t length = 0;
  bool counting = true;
  for (const Node* p : fn.params) {
    if (p->kind == NodeKind::kAssignmentPattern || p->kind == NodeKind::kRestElement) counting = false;
    if (counting) ++length;
  }
  m_code->length = length;
  m_code->param_count = static_cast<std::uint32_t>(fn.params.size());
  // Registers 0..n-1 receive the arguments.
  m_next_reg = static_cast<int>(fn.params.size());
  m_code->register_count = static_cast<std::uint32_t>(m_next_reg);
  Scope* fs = m_function_scope;
  if (!fn.simple_parameters) {
    // Defaults and patterns: parameters are bound left to right and are in their temporal dead
    // zone until then (`function f(a = b, b) {}` throws).
    for (auto& v : fs->vars) {
      if (v->kind == VarKind::kParam) v->kind = VarKind::kLet;
    }
  }
  // Simple identifier parameters live in their argument register unless captured.
  for (std::size_t i = 0; i < fn.params.size() && fn.simple_parameters; ++i) {
    const Node* p = fn.params[i];
    if (p->kind == NodeKind::kIdentifier) {
      Variable* v = fs->find(p->as<Identifier>().name);
      if (v != nullptr && !v->captured && v->reg < 0) v->reg = static_cast<int>(i);
    }
  }
  if (fn.function_kind == FunctionKind::kClassConstructor) {
    emit(Op::kCallFieldsInit);
    emit(Op::kPop);
  }
  enter_scope(fs);
  if (fs->self != nullptr) {
    emit(Op::kCallee);
    emit_store_var(fs->self->name, true, &fn);
  }
  if (Variable* args = fs->find("arguments"); args != nullptr && args->kind == VarKind::kArguments) {
    m_code->needs_arguments = true;
    emit(Op::kArguments);
    emit_store_var("arguments", true, &fn);
    if (!fn.strict && fn.simple_parameters && fn.function_kind != FunctionKind::kArrow) {
      for (std::size_t i = 0; i < fn.params.size(); ++i) {
        if (fn.params[i]->kind != NodeKind::kIdentifier) continue;
        const Variable* v = fs->find(fn.params[i]->as<Identifier>().name);
        if (v != nullptr) m_mapped_params[v] = static_cast<std::uint32_t>(i);
      }
    }
  }
  for (std::size_t i = 0; i < fn.params.size(); ++i) {
    const Node* p = fn.params[i];
    if (p->kind == NodeKind::kIdentifier && fn.simple_parameters) {
      Variable* v = fs->find(p->as<Identifier>().name);
      if (v != nullptr && v->captured) {
        emit(Op::kLoadReg, static_cast<std::uint32_t>(i));
        emit_store_var(v->name, true, p);
      }
      continue;
    }
    if (p->kind == NodeKind::kRestElement) {
      m_code->needs_arguments = true;
      emit(Op::kRestArgs, static_cast<std::uint32_t>(i));
      bind_pattern(p->as<RestElement>().target, BindMode::kInit);
      continue;
    }
    emit(Op::kLoadReg, static_cast<std::uint32_t>(i));
    // A bare object pattern parameter reports "Cannot destructure property 'p' of 'undefined'";
    // one with a default fails on the property read, as V8 does.
    if (p->kind == NodeKind::kObjectPattern) m_pattern_source = p;
    // With a default, V8 names the value as the conditional it compiles the default to.
    if (p->kind == NodeKind::kAssignmentPattern &&
        p->as<AssignmentPattern>().target->kind == NodeKind::kObjectPattern) {
      m_pattern_source = p;
    }
    bind_pattern(p, BindMode::kInit);
    m_pattern_source = nullptr;
  }
  instantiate_hoisted(fs);
  if (fn.expression_body) {
    expression(fn.body);
    emit(Op::kReturn);
  } else if (fn.body != nullptr) {
    statements(fn.body->as<BlockStatement>().body);
    emit(Op::kUndefined);
    emit(Op::kReturn);
  }
  finish();
}

void FunctionCompiler::compile_script(const Program& program) {
  m_code->is_script = true;
  m_code->strict = program.strict;
  m_code->param_count = 5;
  m_next_reg = 5;
  m_code->register_count = 5;
  Scope* fs = m_function_scope;
  const char* params[] = {"exports", "require", "module", "__filename", "__dirname"};
  for (int i = 0; i < 5; ++i) {
    Variable* v = fs->find(params[i]);
    if (v != nullptr && !v->captured) v->reg = i;
  }
  enter_scope(fs);
  for (int i = 0; i < 5; ++i) {
    Variable* v = fs->find(params[i]);
    if (v != nullptr && v->captured) {
      emit(Op::kLoadReg, static_cast<std::uint32_t>(i));
      emit_store_var(params[i], true, &program);
    }
  }
  if (Variable* args = fs->find("arguments"); args != nullptr && args->kind == VarKind::kArguments) {
    m_code->needs_arguments = true;
    emit(Op::kArguments);
    emit_store_var("arguments", true, &program);
  }
  instantiate_hoisted(fs);
  statements(program.body);
  emit(Op::kUndefined);
  emit(Op::kReturn);
  finish();
}

void FunctionCompiler::finish() {
  for (auto& label : m_labels) {
    if (!label->patches.empty() && !failed()) fail(nullptr, "internal compiler error: unbound label");
  }
}

// ---- statements ----

void FunctionCompiler::statements(const std::vector<Node*>& list) {
  for (const Node* s : list) {
    if (failed()) return;
    statement(s);
  }
}

void FunctionCompiler::block(const BlockStatement& b, Scope* scope) {
  Scope* saved = m_scope;
  if (scope != nullptr) {
    enter_scope(scope);
    instantiate_hoisted(scope);
  }
  statements(b.body);
  if (scope != nullptr) exit_scope(scope);
  m_scope = saved;
}

void FunctionCompiler::statement(const Node* n) {
  if (n == nullptr) return;
  switch (n->kind) {
    case NodeKind::kExpressionStatement:
      discard(n->as<ExpressionStatement>().expression);
      break;
    case NodeKind::kVariableDeclaration:
      variable_declaration(n->as<VariableDeclaration>());
      break;
    case NodeKind::kFunctionDeclaration:
      break;  // instantiated at scope entry
    case NodeKind::kClassDeclaration: {
      const ClassNode* c = n->as<ClassDeclaration>().klass;
      std::string name = c->id != nullptr ? c->id->name : c->name;
      class_expression(*c, name);
      emit_store_var(name, true, n);
      break;
    }
    case NodeKind::kBlock:
      block(n->as<BlockStatement>(), m_program.analysis().scope_of(n));
      break;
    case NodeKind::kEmpty:
    case NodeKind::kDebugger:
      break;
    case NodeKind::kIf:
      if_statement(n->as<IfStatement>());
      break;
    case NodeKind::kFor:
      for_statement(n->as<ForStatement>(), {});
      break;
    case NodeKind::kForIn:
      for_in_statement(n->as<ForInStatement>(), {});
      break;
    case NodeKind::kForOf:
      for_of_statement(n->as<ForOfStatement>(), {});
      break;
    case NodeKind::kWhile:
      while_statement(n->as<WhileStatement>(), {});
      break;
    case NodeKind::kDoWhile:
      do_while_statement(n->as<DoWhileStatement>(), {});
      break;
    case NodeKind::kReturn:
      return_statement(n->as<ReturnStatement>());
      break;
    case NodeKind::kBreak:
      jump_statement(n->as<BreakStatement>().label, false, n);
      break;
    case NodeKind::kContinue:
      jump_statement(n->as<ContinueStatement>().label, true, n);
      break;
    case NodeKind::kThrow:
      expression(n->as<ThrowStatement>().argument);
      position(n);
      emit(Op::kThrow);
      break;
    case NodeKind::kTry:
      try_statement(n->as<TryStatement>());
      break;
    case NodeKind::kSwitch:
      switch_statement(n->as<SwitchStatement>(), {});
      break;
    case NodeKind::kLabeled:
      labeled_statement(n->as<LabeledStatement>());
      break;
    default:
      fail(n, "this statement is not supported yet");
      break;
  }
}

void FunctionCompiler::variable_declaration(const VariableDeclaration& d) {
  bool lexical = d.declaration_kind != DeclarationKind::kVar;
  for (const VariableDeclarator& decl : d.declarations) {
    if (decl.init == nullptr) {
      if (!lexical) continue;  // `var x;` does nothing at run time
      emit(Op::kUndefined);
    } else if (decl.target->kind == NodeKind::kIdentifier) {
      expression_named(decl.init, decl.target->as<Identifier>().name);
    } else {
      expression(decl.init);
    }
    m_pattern_source = decl.init;
    bind_pattern(decl.target, lexical ? BindMode::kInit : BindMode::kAssign);
    m_pattern_source = nullptr;
  }
}

void FunctionCompiler::if_statement(const IfStatement& s) {
  Label* else_label = new_label();
  Label* end = new_label();
  expression(s.test);
  emit_jump(Op::kJumpIfFalse, *else_label);
  statement(s.consequent);
  if (s.alternate != nullptr) {
    emit_jump(Op::kJump, *end);
    bind(*else_label);
    statement(s.alternate);
  } else {
    bind(*else_label);
  }
  bind(*end);
}

void FunctionCompiler::while_statement(const WhileStatement& s, std::vector<std::string> labels) {
  Label* top = new_label();
  Label* exit = new_label();
  bind(*top);
  expression(s.test);
  emit_jump(Op::kJumpIfFalse, *exit);
  Control c{Control::Kind::kBreakable, std::move(labels), true, false, false, exit, top};
  m_controls.push_back(c);
  statement(s.body);
  m_controls.pop_back();
  emit_jump(Op::kJump, *top);
  bind(*exit);
}

void FunctionCompiler::do_while_statement(const DoWhileStatement& s, std::vector<std::string> labels) {
  Label* top = new_label();
  Label* cont = new_label();
  Label* exit = new_label();
  bind(*top);
  Control c{Control::Kind::kBreakable, std::move(labels), true, false, false, exit, cont};
  m_controls.push_back(c);
  statement(s.body);
  m_controls.pop_back();
  bind(*cont);
  expression(s.test);
  emit_jump(Op::kJumpIfTrue, *top);
  bind(*exit);
}

void FunctionCompiler::for_statement(const ForStatement& s, std::vector<std::string> labels) {
  Scope* saved = m_scope;
  Scope* ls = m_program.analysis().scope_of(&s);
  enter_scope(ls);
  bool per_iteration = ls != nullptr && ls->has_env();
  if (s.init != nullptr) {
    if (s.init->kind == NodeKind::kVariableDeclaration) {
      variable_declaration(s.init->as<VariableDeclaration>());
    } else {
      discard(s.init);
    }
  }
  if (per_iteration) emit(Op::kCopyEnv);
  Label* top = new_label();
  Label* cont = new_label();
  Label* exit = new_label();
  bind(*top);
  if (s.test != nullptr) {
    expression(s.test);
    emit_jump(Op::kJumpIfFalse, *exit);
  }
  Control c{Control::Kind::kBreakable, std::move(labels), true, false, false, exit, cont};
  m_controls.push_back(c);
  statement(s.body);
  m_controls.pop_back();
  bind(*cont);
  if (per_iteration) emit(Op::kCopyEnv);
  if (s.update != nullptr) discard(s.update);
  emit_jump(Op::kJump, *top);
  bind(*exit);
  exit_scope(ls);
  m_scope = saved;
}

// Binds the loop variable of for-in / for-of (the value is on the stack).
void FunctionCompiler::loop_head(const Node* left, bool is_declaration, DeclarationKind kind) {
  if (is_declaration) {
    const auto& d = left->as<VariableDeclaration>();
    bind_pattern(d.declarations[0].target,
                 kind == DeclarationKind::kVar ? BindMode::kAssign : BindMode::kInit);
  } else {
    bind_pattern(left, BindMode::kAssign);
  }
}

void FunctionCompiler::for_in_statement(const ForInStatement& s, std::vector<std::string> labels) {
  expression(s.right);
  emit(Op::kForInPrepare);
  int iter = alloc_reg();
  emit(Op::kStoreReg, static_cast<std::uint32_t>(iter));
  Label* top = new_label();
  Label* exit = new_label();
  bind(*top);
  emit(Op::kForInNext, static_cast<std::uint32_t>(iter), 0);
  m_code->bytecode.pop_back();
  exit->patches.push_back(m_code->bytecode.size());
  m_code->bytecode.push_back(0);
  Control c{Control::Kind::kBreakable, std::move(labels), true, false, false, exit, top};
  m_controls.push_back(c);
  Scope* saved = m_scope;
  Scope* is = m_program.analysis().scope_of(&s);
  enter_scope(is);
  bool decl = s.left->kind == NodeKind::kVariableDeclaration;
  loop_head(s.left, decl, decl ? s.left->as<VariableDeclaration>().declaration_kind : DeclarationKind::kVar);
  statement(s.body);
  exit_scope(is);
  m_scope = saved;
  m_controls.pop_back();
  emit_jump(Op::kJump, *top);
  bind(*exit);
}

void FunctionCompiler::for_of_statement(const ForOfStatement& s, std::vector<std::string> labels) {
  if (s.is_await && !m_is_async) fail(&s, "for await is only valid in async functions");
  expression(s.right);
  position(s.right);
  emit(s.is_await ? Op::kGetAsyncIterator : Op::kGetIterator, iterable_text(s.right, IterableUse::kLoop));
  int next = alloc_reg();
  int iter = alloc_reg();
  int sync = s.is_await ? alloc_reg() : -1;
  if (s.is_await) emit(Op::kStoreReg, static_cast<std::uint32_t>(sync));
  emit(Op::kStoreReg, static_cast<std::uint32_t>(next));
  emit(Op::kStoreReg, static_cast<std::uint32_t>(iter));
  Label* top = new_label();
  Label* exit = new_label();
  Label* on_throw = new_label();
  Label* body_end = new_label();
  bind(*top);
  emit(Op::kLoadReg, static_cast<std::uint32_t>(next));
  emit(Op::kLoadReg, static_cast<std::uint32_t>(iter));
  emit(Op::kCall, 0, atom("next"));
  if (s.is_await) emit(Op::kAwait);
  emit(Op::kIterResultCheck);
  emit_jump(Op::kIterValue, *exit);
  if (s.is_await) {
    // A sync iterator under for-await (CreateAsyncFromSyncIterator): its values are awaited.
    Label* no_await = new_label();
    emit(Op::kLoadReg, static_cast<std::uint32_t>(sync));
    emit_jump(Op::kJumpIfFalse, *no_await);
    emit(Op::kAwait);
    bind(*no_await);
  }
  // The iterator is closed when the body throws, breaks or returns (not when next() throws).
  Control iterator_control;
  iterator_control.kind = Control::Kind::kIterator;
  iterator_control.iterator_reg = iter;
  Control loop{Control::Kind::kBreakable, std::move(labels), true, false, false, exit, body_end};
  loop.is_for_of = true;
  m_controls.push_back(loop);
  m_controls.push_back(iterator_control);
  emit_jump(Op::kPushHandler, *on_throw);
  Control handler;
  handler.kind = Control::Kind::kHandler;
  m_controls.push_back(handler);
  Scope* saved = m_scope;
  Scope* is = m_program.analysis().scope_of(&s);
  enter_scope(is);
  bool decl = s.left->kind == NodeKind::kVariableDeclaration;
  loop_head(s.left, decl, decl ? s.left->as<VariableDeclaration>().declaration_kind : DeclarationKind::kVar);
  statement(s.body);
  exit_scope(is);
  m_scope = saved;
  m_controls.pop_back();  // handler
  m_controls.pop_back();  // iterator
  m_controls.pop_back();  // loop
  // `continue` lands here with the handler still pushed: pop it, then next iteration.
  Label* after_body = new_label();
  bind(*after_body);
  bind(*body_end);
  emit(Op::kPopHandler);
  emit_jump(Op::kJump, *top);
  bind(*on_throw);
  {
    int saved_exception = alloc_reg();
    emit(Op::kStoreReg, static_cast<std::uint32_t>(saved_exception));
    emit(Op::kIteratorClose, static_cast<std::uint32_t>(iter));
    emit(Op::kLoadReg, static_cast<std::uint32_t>(saved_exception));
    emit(Op::kRethrow);
  }
  bind(*exit);
}

void FunctionCompiler::switch_statement(const SwitchStatement& s, std::vector<std::string> labels) {
  expression(s.discriminant);
  int disc = alloc_reg();
  emit(Op::kStoreReg, static_cast<std::uint32_t>(disc));
  Scope* saved = m_scope;
  Scope* ss = m_program.analysis().scope_of(&s);
  enter_scope(ss);
  instantiate_hoisted(ss);
  std::vector<Label*> case_labels;
  Label* exit = new_label();
  Label* default_label = nullptr;
  for (const SwitchCase& c : s.cases) {
    Label* l = new_label();
    case_labels.push_back(l);
    if (c.test == nullptr) {
      default_label = l;
      continue;
    }
    emit(Op::kLoadReg, static_cast<std::uint32_t>(disc));
    expression(c.test);
    emit(Op::kStrictEq);
    emit_jump(Op::kJumpIfTrue, *l);
  }
  emit_jump(Op::kJump, default_label != nullptr ? *default_label : *exit);
  Control control{Control::Kind::kBreakable, std::move(labels), false, true, false, exit, nullptr};
  m_controls.push_back(control);
  for (std::size_t i = 0; i < s.cases.size(); ++i) {
    bind(*case_labels[i]);
    statements(s.cases[i].consequent);
  }
  m_controls.pop_back();
  bind(*exit);
  exit_scope(ss);
  m_scope = saved;
}

void FunctionCompiler::labeled_statement(const LabeledStatement& s) {
  std::vector<std::string> labels{s.label};
  const Node* body = s.body;
  while (body->kind == NodeKind::kLabeled) {
    labels.push_back(body->as<LabeledStatement>().label);
    body = body->as<LabeledStatement>().body;
  }
  switch (body->kind) {
    case NodeKind::kFor:
      for_statement(body->as<ForStatement>(), labels);
      return;
    case NodeKind::kForIn:
      for_in_statement(body->as<ForInStatement>(), labels);
      return;
    case NodeKind::kForOf:
      for_of_statement(body->as<ForOfStatement>(), labels);
      return;
    case NodeKind::kWhile:
      while_statement(body->as<WhileStatement>(), labels);
      return;
    case NodeKind::kDoWhile:
      do_while_statement(body->as<DoWhileStatement>(), labels);
      return;
    case NodeKind::kSwitch:
      switch_statement(body->as<SwitchStatement>(), labels);
      return;
    default:
      break;
  }
  Label* exit = new_label();
  Control c{Control::Kind::kBreakable, labels, false, false, false, exit, nullptr};
  m_controls.push_back(c);
  statement(body);
  m_controls.pop_back();
  bind(*exit);
}

void FunctionCompiler::unwind_to(std::size_t depth, bool closing_iterators) {
  // Innermost first. A finally body is compiled with the controls outside its try statement.
  for (std::size_t i = m_controls.size(); i > depth; --i) {
    Control c = m_controls[i - 1];
    switch (c.kind) {
      case Control::Kind::kEnv:
        emit(Op::kPopEnv);
        break;
      case Control::Kind::kHandler:
        emit(Op::kPopHandler);
        break;
      case Control::Kind::kIterator:
        if (closing_iterators) emit(Op::kIteratorClose, static_cast<std::uint32_t>(c.iterator_reg));
        break;
      case Control::Kind::kFinally: {
        std::vector<Control> saved(m_controls.begin() + static_cast<std::ptrdiff_t>(c.finally_depth),
                                   m_controls.end());
        m_controls.resize(c.finally_depth);
        Scope* saved_scope = m_scope;
        m_scope = m_program.analysis().scope_of(c.finalizer) != nullptr
                      ? m_program.analysis().scope_of(c.finalizer)->parent
                      : m_scope;
        block(*c.finalizer, m_program.analysis().scope_of(c.finalizer));
        m_scope = saved_scope;
        m_controls.insert(m_controls.end(), saved.begin(), saved.end());
        break;
      }
      case Control::Kind::kBreakable:
        break;
    }
  }
}

void FunctionCompiler::jump_statement(const std::string& label, bool is_continue, const Node* at) {
  for (std::size_t i = m_controls.size(); i > 0; --i) {
    Control& c = m_controls[i - 1];
    if (c.kind != Control::Kind::kBreakable) continue;
    bool matches;
    if (label.empty()) {
      matches = is_continue ? c.is_loop : (c.is_loop || c.is_switch);
    } else {
      matches = false;
      for (const auto& l : c.labels) matches |= l == label;
      if (matches && is_continue && !c.is_loop) {
        fail(at, "Illegal continue statement: '" + label + "' does not denote an iteration statement");
        return;
      }
    }
    if (!matches) continue;
    Label* target = is_continue ? c.continue_label : c.break_label;
    // A for-of keeps its iterator and per-iteration handler controls right above the loop
    // control: break closes the iterator and pops the handler; continue keeps both (the
    // continue target pops the handler itself).
    std::size_t depth = is_continue && c.is_for_of ? i + 2 : i;
    unwind_to(depth, true);
    emit_jump(Op::kJump, *target);
    return;
  }
  fail(at, is_continue ? "Illegal continue statement" : "Illegal break statement");
}

void FunctionCompiler::return_statement(const ReturnStatement& s) {
  if (s.argument != nullptr) {
    expression(s.argument);
  } else {
    emit(Op::kUndefined);
  }
  bool needs_unwind = false;
  for (const Control& c : m_controls) {
    if (c.kind == Control::Kind::kFinally || c.kind == Control::Kind::kIterator ||
        c.kind == Control::Kind::kHandler) {
      needs_unwind = true;
    }
  }
  if (needs_unwind) {
    int tmp = alloc_reg();
    emit(Op::kStoreReg, static_cast<std::uint32_t>(tmp));
    unwind_to(0, true);
    emit(Op::kLoadReg, static_cast<std::uint32_t>(tmp));
  }
  emit(Op::kReturn);
}

void FunctionCompiler::try_statement(const TryStatement& s) {
  Label* catch_label = new_label();
  Label* end = new_label();
  std::size_t outer = m_controls.size();
  if (s.finalizer != nullptr) {
    Control f;
    f.kind = Control::Kind::kFinally;
    f.finalizer = s.finalizer;
    f.finally_depth = outer;
    m_controls.push_back(f);
  }
  emit_jump(Op::kPushHandler, *catch_label);
  Control h;
  h.kind = Control::Kind::kHandler;
  m_controls.push_back(h);
  block(*s.block, m_program.analysis().scope_of(s.block));
  m_controls.pop_back();
  emit(Op::kPopHandler);
  if (s.finalizer != nullptr) {
    m_controls.pop_back();
    block(*s.finalizer, m_program.analysis().scope_of(s.finalizer));
  }
  emit_jump(Op::kJump, *end);
  bind(*catch_label);
  if (s.handler != nullptr) {
    Label* finally_throw = new_label();
    if (s.finalizer != nullptr) {
      Control f;
      f.kind = Control::Kind::kFinally;
      f.finalizer = s.finalizer;
      f.finally_depth = outer;
      m_controls.push_back(f);
      // Handler pushed before binding the exception (the exception value is on the stack; the
      // handler restores the stack height it saw, which includes it, so bind first).
    }
    Scope* saved = m_scope;
    Scope* cs = m_program.analysis().scope_of(&s.handler);
    // The exception is on the stack. Save it, push the finally handler, then bind.
    int exc = alloc_reg();
    emit(Op::kStoreReg, static_cast<std::uint32_t>(exc));
    if (s.finalizer != nullptr) {
      emit_jump(Op::kPushHandler, *finally_throw);
      Control fh;
      fh.kind = Control::Kind::kHandler;
      m_controls.push_back(fh);
    }
    enter_scope(cs);
    emit(Op::kLoadReg, static_cast<std::uint32_t>(exc));
    if (s.param != nullptr) {
      if (s.param->kind == NodeKind::kObjectPattern) {
        m_pattern_source = s.param;
        m_pattern_catch = true;
      }
      bind_pattern(s.param, BindMode::kInit);
      m_pattern_source = nullptr;
      m_pattern_catch = false;
    } else {
      emit(Op::kPop);
    }
    block(*s.handler, m_program.analysis().scope_of(s.handler));
    exit_scope(cs);
    m_scope = saved;
    if (s.finalizer != nullptr) {
      m_controls.pop_back();  // handler
      emit(Op::kPopHandler);
      m_controls.pop_back();  // finally
      block(*s.finalizer, m_program.analysis().scope_of(s.finalizer));
      emit_jump(Op::kJump, *end);
      bind(*finally_throw);
    } else {
      emit_jump(Op::kJump, *end);
    }
  }
  if (s.finalizer != nullptr) {
    // Throw completion: run the finally body, then rethrow.
    int exc = alloc_reg();
    emit(Op::kStoreReg, static_cast<std::uint32_t>(exc));
    block(*s.finalizer, m_program.analysis().scope_of(s.finalizer));
    emit(Op::kLoadReg, static_cast<std::uint32_t>(exc));
    emit(Op::kRethrow);
  }
  bind(*end);
}

// ---- expressions ----

void FunctionCompiler::expression_named(const Node* n, const std::string& name) {
  if (n->kind == NodeKind::kFunction) {
    const auto& fn = n->as<FunctionNode>();
    function_expression(fn, fn.name.empty() ? name : fn.name);
    return;
  }
  if (n->kind == NodeKind::kClass) {
    const auto& c = n->as<ClassNode>();
    class_expression(c, c.name.empty() ? name : c.name);
    return;
  }
  expression(n);
}

void FunctionCompiler::expression(const Node* n) {
  if (failed()) return;
  switch (n->kind) {
    case NodeKind::kNumberLiteral:
      emit_number(n->as<NumberLiteral>().value);
      break;
    case NodeKind::kStringLiteral:
      emit(Op::kConst, string_constant(n->as<StringLiteral>().value));
      break;
    case NodeKind::kTemplateLiteral:
      template_literal(n->as<TemplateLiteral>());
      break;
    case NodeKind::kTaggedTemplate:
      tagged_template(n->as<TaggedTemplate>());
      break;
    case NodeKind::kBooleanLiteral:
      emit(n->as<BooleanLiteral>().value ? Op::kTrue : Op::kFalse);
      break;
    case NodeKind::kNullLiteral:
      emit(Op::kNull);
      break;
    case NodeKind::kIdentifier:
      emit_load_var(n->as<Identifier>().name, n);
      break;
    case NodeKind::kThis:
      position(n);
      emit(Op::kThis);
      break;
    case NodeKind::kArray:
      array_literal(n->as<ArrayExpression>());
      break;
    case NodeKind::kObject:
      object_literal(n->as<ObjectExpression>());
      break;
    case NodeKind::kFunction:
      function_expression(n->as<FunctionNode>(), n->as<FunctionNode>().name);
      break;
    case NodeKind::kClass:
      class_expression(n->as<ClassNode>(), n->as<ClassNode>().name);
      break;
    case NodeKind::kUnary:
      unary(n->as<UnaryExpression>());
      break;
    case NodeKind::kUpdate:
      update(n->as<UpdateExpression>());
      break;
    case NodeKind::kBinary:
      binary(n->as<BinaryExpression>());
      break;
    case NodeKind::kLogical:
      logical(n->as<LogicalExpression>());
      break;
    case NodeKind::kAssignment:
      assignment(n->as<AssignmentExpression>());
      break;
    case NodeKind::kConditional: {
      const auto& c = n->as<ConditionalExpression>();
      Label* else_label = new_label();
      Label* end = new_label();
      expression(c.test);
      emit_jump(Op::kJumpIfFalse, *else_label);
      expression(c.consequent);
      emit_jump(Op::kJump, *end);
      bind(*else_label);
      expression(c.alternate);
      bind(*end);
      break;
    }
    case NodeKind::kCall:
      call(n->as<CallExpression>());
      break;
    case NodeKind::kNew:
      new_expression(n->as<NewExpression>());
      break;
    case NodeKind::kMember:
      member(n->as<MemberExpression>(), false);
      break;
    case NodeKind::kOptionalChain:
      optional_chain(n->as<OptionalChain>());
      break;
    case NodeKind::kSequence: {
      const auto& list = n->as<SequenceExpression>().expressions;
      for (std::size_t i = 0; i < list.size(); ++i) {
        expression(list[i]);
        if (i + 1 < list.size()) emit(Op::kPop);
      }
      break;
    }
    case NodeKind::kAwait:
      if (!m_is_async) {
        fail(n, "await is only valid in async functions and the top level bodies of modules");
        return;
      }
      expression(n->as<AwaitExpression>().argument);
      position(n);
      emit(Op::kAwait);
      break;
    case NodeKind::kNewTarget:
      emit(Op::kNewTarget);
      break;
    case NodeKind::kSuper:
      fail(n, "'super' keyword unexpected here");
      break;
    case NodeKind::kPrivateName:
      fail(n, "private class members are not supported yet");
      break;
    case NodeKind::kSpread:
      fail(n, "Unexpected spread");
      break;
    default:
      fail(n, "this expression is not supported yet");
      break;
  }
}

void FunctionCompiler::template_literal(const TemplateLiteral& t) {
  emit(Op::kConst, string_constant(t.cooked.empty() ? std::u16string() : t.cooked[0]));
  for (std::size_t i = 0; i < t.expressions.size(); ++i) {
    expression(t.expressions[i]);
    emit(Op::kToString);
    emit(Op::kAdd);
    if (i + 1 < t.cooked.size() && !t.cooked[i + 1].empty()) {
      emit(Op::kConst, string_constant(t.cooked[i + 1]));
      emit(Op::kAdd);
    }
  }
}

void FunctionCompiler::tagged_template(const TaggedTemplate& t) {
  // The strings array is made once per call site (a constant), frozen, with its `raw` twin.
  std::vector<Value> cooked, raw;
  for (std::size_t i = 0; i < t.quasi->raw.size(); ++i) {
    // An invalid escape (`\unicode`) has no cooked value: undefined (only tagged templates allow it).
    const bool invalid = i < t.quasi->cooked_undefined.size() && t.quasi->cooked_undefined[i];
    cooked.push_back(i < t.quasi->cooked.size() && !invalid ? Value(vm().heap().intern(t.quasi->cooked[i]))
                                                            : Value::undefined());
    raw.push_back(Value(vm().heap().intern(t.quasi->raw[i])));
  }
  // Both arrays are frozen: elements and length read-only, not extensible.
  auto freeze = [this](ArrayObject* a, const std::vector<Value>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      a->define_own_property(vm().index_key(static_cast<std::uint32_t>(i)),
                             PropertyDescriptor{values[i], Value::undefined(), kEnumerable});
    }
    a->freeze_length();
    a->prevent_extensions();
  };
  ArrayObject* strings = vm().new_array();
  ArrayObject* raw_array = vm().new_array();
  freeze(raw_array, raw);
  strings->define(vm().key("raw"), Value(static_cast<Object*>(raw_array)), 0);
  freeze(strings, cooked);
  if (t.tag->kind == NodeKind::kMember && t.tag->as<MemberExpression>().object->kind != NodeKind::kSuper) {
    member(t.tag->as<MemberExpression>(), true);
    emit(Op::kSwap);
  } else {
    expression(t.tag);
    emit(Op::kUndefined);
  }
  emit(Op::kConst, constant(Value(static_cast<Object*>(strings))));
  for (const Node* e : t.quasi->expressions) expression(e);
  position(&t);
  emit(Op::kCall, static_cast<std::uint32_t>(t.quasi->expressions.size() + 1), atom(callee_text(t.tag)));
}

void FunctionCompiler::unary(const UnaryExpression& u) {
  switch (u.op) {
    case UnaryOp::kTypeof:
      if (u.argument->kind == NodeKind::kIdentifier) {
        const std::string& name = u.argument->as<Identifier>().name;
        if (resolve(name).var == nullptr) {
          emit(Op::kTypeofGlobal, atom(name));
          emit(Op::kTypeof);
          return;
        }
      }
      expression(u.argument);
      emit(Op::kTypeof);
      return;
    case UnaryOp::kDelete: {
      const Node* a = u.argument;
      if (a->kind == NodeKind::kOptionalChain &&
          a->as<OptionalChain>().expression->kind == NodeKind::kMember) {
        // `delete a?.b`: true when the chain short-circuits.
        const auto& m = a->as<OptionalChain>().expression->as<MemberExpression>();
        std::vector<std::unique_ptr<ChainPad>> pads;
        m_chains.push_back(&pads);
        expression(m.object);
        optional_check(m.optional, 1);
        position(a);
        if (m.computed) {
          expression(m.property);
          emit(Op::kDeleteElem);
        } else {
          emit(Op::kDeleteProp, atom(m.name));
        }
        m_chains.pop_back();
        Label* end = new_label();
        emit_jump(Op::kJump, *end);
        Label* short_circuit = new_label();
        for (auto& pad : pads) {
          bind(pad->label);
          for (std::uint32_t i = 0; i < pad->pops; ++i) emit(Op::kPop);
          emit_jump(Op::kJump, *short_circuit);
        }
        bind(*short_circuit);
        emit(Op::kTrue);
        bind(*end);
        return;
      }
      if (a->kind == NodeKind::kMember && a->as<MemberExpression>().object->kind != NodeKind::kSuper) {
        const auto& m = a->as<MemberExpression>();
        expression(m.object);
        position(a);
        if (m.computed) {
          expression(m.property);
          emit(Op::kDeleteElem);
        } else {
          emit(Op::kDeleteProp, atom(m.name));
        }
        return;
      }
      if (a->kind == NodeKind::kIdentifier) {
        emit(resolve(a->as<Identifier>().name).var == nullptr ? Op::kTrue : Op::kFalse);
        return;
      }
      discard(a);
      emit(Op::kTrue);
      return;
    }
    default:
      break;
  }
  expression(u.argument);
  switch (u.op) {
    case UnaryOp::kMinus:
      emit(Op::kNeg);
      break;
    case UnaryOp::kPlus:
      emit(Op::kToNumber);
      break;
    case UnaryOp::kNot:
      emit(Op::kNot);
      break;
    case UnaryOp::kBitNot:
      emit(Op::kBitNot);
      break;
    case UnaryOp::kVoid:
      emit(Op::kPop);
      emit(Op::kUndefined);
      break;
    default:
      break;
  }
}

Op binary_op(BinaryOp op) {
  switch (op) {
    case BinaryOp::kAdd:
      return Op::kAdd;
    case BinaryOp::kSub:
      return Op::kSub;
    case BinaryOp::kMul:
      return Op::kMul;
    case BinaryOp::kDiv:
      return Op::kDiv;
    case BinaryOp::kMod:
      return Op::kMod;
    case BinaryOp::kExp:
      return Op::kExp;
    case BinaryOp::kShl:
      return Op::kShl;
    case BinaryOp::kSar:
      return Op::kSar;
    case BinaryOp::kShr:
      return Op::kShr;
    case BinaryOp::kBitAnd:
      return Op::kBitAnd;
    case BinaryOp::kBitOr:
      return Op::kBitOr;
    case BinaryOp::kBitXor:
      return Op::kBitXor;
    case BinaryOp::kEq:
      return Op::kEq;
    case BinaryOp::kNe:
      return Op::kNe;
    case BinaryOp::kStrictEq:
      return Op::kStrictEq;
    case BinaryOp::kStrictNe:
      return Op::kStrictNe;
    case BinaryOp::kLt:
      return Op::kLt;
    case BinaryOp::kLe:
      return Op::kLe;
    case BinaryOp::kGt:
      return Op::kGt;
    case BinaryOp::kGe:
      return Op::kGe;
    case BinaryOp::kIn:
      return Op::kIn;
    case BinaryOp::kInstanceof:
      return Op::kInstanceof;
  }
  return Op::kNop;
}

Op assign_op(AssignOp op) {
  switch (op) {
    case AssignOp::kAdd:
      return Op::kAdd;
    case AssignOp::kSub:
      return Op::kSub;
    case AssignOp::kMul:
      return Op::kMul;
    case AssignOp::kDiv:
      return Op::kDiv;
    case AssignOp::kMod:
      return Op::kMod;
    case AssignOp::kExp:
      return Op::kExp;
    case AssignOp::kShl:
      return Op::kShl;
    case AssignOp::kSar:
      return Op::kSar;
    case AssignOp::kShr:
      return Op::kShr;
    case AssignOp::kBitAnd:
      return Op::kBitAnd;
    case AssignOp::kBitOr:
      return Op::kBitOr;
    case AssignOp::kBitXor:
      return Op::kBitXor;
    default:
      return Op::kNop;
  }
}

void FunctionCompiler::binary(const BinaryExpression& b) {
  if (b.left->kind == NodeKind::kPrivateName) {
    expression(b.right);
    emit_load_var("#" + b.left->as<PrivateName>().name, b.left);
    position(&b);
    emit(Op::kHasPrivate);
    return;
  }
  expression(b.left);
  expression(b.right);
  position(&b);
  emit(binary_op(b.op));
}

void FunctionCompiler::logical(const LogicalExpression& l) {
  Label* end = new_label();
  expression(l.left);
  switch (l.op) {
    case LogicalOp::kAnd:
      emit_jump(Op::kJumpIfFalseKeep, *end);
      break;
    case LogicalOp::kOr:
      emit_jump(Op::kJumpIfTrueKeep, *end);
      break;
    case LogicalOp::kNullish:
      emit_jump(Op::kJumpIfNotNullishKeep, *end);
      break;
  }
  expression(l.right);
  bind(*end);
}

void FunctionCompiler::assignment(const AssignmentExpression& a) {
  const Node* target = a.target;
  bool logical_op =
      a.op == AssignOp::kAndAssign || a.op == AssignOp::kOrAssign || a.op == AssignOp::kNullishAssign;
  auto logical_jump = [&](Label& skip) {
    // [old] -> jumps keeping old when the assignment does not happen, else pops it.
    Op op = a.op == AssignOp::kAndAssign  ? Op::kJumpIfFalseKeep
            : a.op == AssignOp::kOrAssign ? Op::kJumpIfTrueKeep
                                          : Op::kJumpIfNotNullishKeep;
    emit_jump(op, skip);
  };
  if (target->kind == NodeKind::kIdentifier) {
    const std::string& name = target->as<Identifier>().name;
    if (a.op == AssignOp::kAssign) {
      expression_named(a.value, name);
      emit(Op::kDup);
      emit_store_var(name, false, target);
      return;
    }
    emit_load_var(name, target);
    if (logical_op) {
      Label* end = new_label();
      logical_jump(*end);
      expression_named(a.value, name);
      emit(Op::kDup);
      emit_store_var(name, false, target);
      bind(*end);
      return;
    }
    expression(a.value);
    position(&a);
    emit(assign_op(a.op));
    emit(Op::kDup);
    emit_store_var(name, false, target);
    return;
  }
  if (target->kind == NodeKind::kMember) {
    const auto& m = target->as<MemberExpression>();
    if (m.object->kind == NodeKind::kSuper) {
      if (a.op != AssignOp::kAssign || m.computed) {
        fail(target, "this assignment to super is not supported yet");
        return;
      }
      expression(a.value);
      emit(Op::kSetSuper, atom(m.name));
      return;
    }
    // Keyed access: computed `o[k]` and private `o.#x` keep the key on the stack.
    bool keyed = m.computed || m.is_private;
    auto emit_get = [&]() {
      position(target);
      if (m.is_private) {
        emit(Op::kGetPrivate, 0);
      } else if (m.computed) {
        emit(Op::kGetElem);
      } else {
        emit(Op::kGetProp, atom(m.name));
      }
    };
    auto emit_set = [&]() {
      position(target);
      if (m.is_private) {
        emit(Op::kSetPrivate);
      } else if (m.computed) {
        emit(Op::kSetElem);
      } else {
        emit(Op::kSetProp, atom(m.name));
      }
    };
    expression(m.object);
    if (m.is_private) {
      emit_load_var("#" + m.name, target);
    } else if (m.computed) {
      expression(m.property);
      emit(Op::kToPropertyKey);
    }
    if (a.op == AssignOp::kAssign) {
      expression(a.value);
      emit_set();
      return;
    }
    // Read-modify-write: [o] or [o k].
    emit(keyed ? Op::kDup2 : Op::kDup);
    emit_get();
    if (logical_op) {
      Label* skip = new_label();
      Label* end = new_label();
      logical_jump(*skip);  // [o (k) old] kept when short-circuiting, else popped
      expression(a.value);
      emit_set();
      emit_jump(Op::kJump, *end);
      bind(*skip);
      if (keyed) {
        emit(Op::kRot3);  // [old o k]
        emit(Op::kPop);
        emit(Op::kPop);
      } else {
        emit(Op::kSwap);
        emit(Op::kPop);
      }
      bind(*end);
      return;
    }
    expression(a.value);
    position(&a);
    emit(assign_op(a.op));
    emit_set();
    return;
  }
  if (a.op == AssignOp::kAssign &&
      (target->kind == NodeKind::kObjectPattern || target->kind == NodeKind::kArrayPattern)) {
    expression(a.value);
    emit(Op::kDup);
    m_pattern_source = a.value;
    bind_pattern(target, BindMode::kAssign);
    m_pattern_source = nullptr;
    return;
  }
  fail(target, "Invalid left-hand side in assignment");
}

void FunctionCompiler::update(const UpdateExpression& u) {
  Op op = u.increment ? Op::kInc : Op::kDec;
  const Node* target = u.argument;
  if (target->kind == NodeKind::kIdentifier) {
    const std::string& name = target->as<Identifier>().name;
    emit_load_var(name, target);
    if (u.prefix) {
      emit(op);
      emit(Op::kDup);
    } else {
      emit(Op::kToNumeric);
      emit(Op::kDup);
      emit(op);
    }
    emit_store_var(name, false, target);
    return;
  }
  if (target->kind == NodeKind::kMember && target->as<MemberExpression>().object->kind != NodeKind::kSuper) {
    const auto& m = target->as<MemberExpression>();
    expression(m.object);
    if (m.computed || m.is_private) {
      if (m.is_private) {
        emit_load_var("#" + m.name, target);
      } else {
        expression(m.property);
        emit(Op::kToPropertyKey);
      }
      emit(Op::kDup2);
      position(target);
      if (m.is_private) {
        emit(Op::kGetPrivate, 0);
      } else {
        emit(Op::kGetElem);
      }
      Op set = m.is_private ? Op::kSetPrivate : Op::kSetElem;
      if (u.prefix) {
        emit(op);
        emit(set);
      } else {
        emit(Op::kToNumeric);
        emit(Op::kDup);
        emit(Op::kRot4);
        emit(op);
        emit(set);
        emit(Op::kPop);
      }
      return;
    }
    emit(Op::kDup);
    position(target);
    emit(Op::kGetProp, atom(m.name));
    if (u.prefix) {
      emit(op);
      emit(Op::kSetProp, atom(m.name));
    } else {
      emit(Op::kToNumeric);
      emit(Op::kDup);
      emit(Op::kRot3);
      emit(op);
      emit(Op::kSetProp, atom(m.name));
      emit(Op::kPop);
    }
    return;
  }
  fail(target, u.prefix ? "Invalid left-hand side expression in prefix operation"
                        : "Invalid left-hand side expression in postfix operation");
}

namespace {

const char* binary_op_text(BinaryOp op) {
  static constexpr const char* kTexts[] = {
      "+", "-",  "*",  "/",   "%",   "**", "<<", ">>", ">>>", "&",  "|",
      "^", "==", "!=", "===", "!==", "<",  "<=", ">",  ">=",  "in", "instanceof"};
  return kTexts[static_cast<int>(op)];
}

const char* logical_op_text(LogicalOp op) {
  switch (op) {
    case LogicalOp::kAnd:
      return "&&";
    case LogicalOp::kOr:
      return "||";
    default:
      return "??";
  }
}

const char* unary_op_text(UnaryOp op) {
  static constexpr const char* kTexts[] = {"-", "+", "!", "~", "typeof ", "void ", "delete "};
  return kTexts[static_cast<int>(op)];
}

}  // namespace

// Renders an expression the way V8's call printer names it in "X is not a function": binary
// operations in parentheses (a left-leaning chain of one operator printed flat, as V8 parses it
// into one n-ary node), computed keys from their expression, anything else as
// "(intermediate value)".
std::string FunctionCompiler::callee_text(const Node* n) {
  switch (n->kind) {
    case NodeKind::kIdentifier:
      return n->as<Identifier>().name;
    case NodeKind::kNumberLiteral:
      return number_to_string(n->as<NumberLiteral>().value);
    case NodeKind::kNullLiteral:
      return "null";
    case NodeKind::kBooleanLiteral:
      return n->as<BooleanLiteral>().value ? "true" : "false";
    case NodeKind::kStringLiteral:
      return "\"" + utf16_to_utf8(n->as<StringLiteral>().value) + "\"";
    case NodeKind::kObject:
      if (n->as<ObjectExpression>().properties.empty()) return "{}";
      return "{(intermediate value)}";
    case NodeKind::kArray: {
      std::string out = "[";
      const auto& a = n->as<ArrayExpression>();
      for (std::size_t i = 0; i < a.elements.size(); ++i) {
        if (i > 0) out += ",";
        if (a.elements[i] != nullptr) out += callee_text(a.elements[i]);
      }
      return out + "]";
    }
    case NodeKind::kThis:
      return "this";
    case NodeKind::kSuper:
      return "super";
    case NodeKind::kMember: {
      const auto& m = n->as<MemberExpression>();
      std::string object = callee_text(m.object);
      std::string dot = m.optional ? "?." : ".";
      if (m.computed) {
        if (m.property->kind == NodeKind::kStringLiteral) {
          return object + dot + utf16_to_utf8(m.property->as<StringLiteral>().value);
        }
        std::string key =
            m.property->kind == NodeKind::kOptionalChain ? "(intermediate value)" : callee_text(m.property);
        return object + (m.optional ? "?.[" : "[") + key + "]";
      }
      return object + dot + (m.is_private ? "#" : "") + m.name;
    }
    case NodeKind::kCall:
      return callee_text(n->as<CallExpression>().callee) + "(...)";
    case NodeKind::kOptionalChain:
      return callee_text(n->as<OptionalChain>().expression);
    case NodeKind::kUnary: {
      const auto& u = n->as<UnaryExpression>();
      if (u.op == UnaryOp::kMinus && u.argument->kind == NodeKind::kNumberLiteral) {
        return "-" + callee_text(u.argument);
      }
      return std::string("(") + unary_op_text(u.op) + callee_text(u.argument) + ")";
    }
    case NodeKind::kUpdate: {
      const auto& u = n->as<UpdateExpression>();
      std::string op = u.increment ? "++" : "--";
      return "(" + (u.prefix ? op + callee_text(u.argument) : callee_text(u.argument) + op) + ")";
    }
    case NodeKind::kAssignment:
      return callee_text(n->as<AssignmentExpression>().target);
    case NodeKind::kBinary: {
      const auto& b = n->as<BinaryExpression>();
      std::string left;
      if (b.left->kind == NodeKind::kBinary && b.left->as<BinaryExpression>().op == b.op) {
        left = callee_text(b.left);
        left = left.substr(1, left.size() - 2);
      } else {
        left = callee_text(b.left);
      }
      return "(" + left + " " + binary_op_text(b.op) + " " + callee_text(b.right) + ")";
    }
    case NodeKind::kLogical: {
      const auto& b = n->as<LogicalExpression>();
      std::string left;
      if (b.left->kind == NodeKind::kLogical && b.left->as<LogicalExpression>().op == b.op) {
        left = callee_text(b.left);
        left = left.substr(1, left.size() - 2);
      } else {
        left = callee_text(b.left);
      }
      return "(" + left + " " + logical_op_text(b.op) + " " + callee_text(b.right) + ")";
    }
    case NodeKind::kConditional:
      return "(intermediate value)(intermediate value)(intermediate value)";
    case NodeKind::kSequence: {
      std::string out = "(";
      const auto& sq = n->as<SequenceExpression>();
      for (std::size_t i = 0; i < sq.expressions.size(); ++i) {
        if (i > 0) out += " , ";
        out += callee_text(sq.expressions[i]);
      }
      return out + ")";
    }
    default:
      return "(intermediate value)";
  }
}

// The text ops::get_iterator puts in "X is not iterable". A leading '\x02' asks for V8's
// runtime wording (the value, not the source), as for a destructured property load; a leading
// '\x01' marks a spread argument, which names the source only when the value is nullish.
std::uint32_t FunctionCompiler::iterable_text(const Node* n, IterableUse use) {
  if (use == IterableUse::kCallSpread) {
    if (n->kind == NodeKind::kOptionalChain) return atom("\x01(intermediate value)");
    return atom("\x01" + callee_text(n));
  }
  switch (n->kind) {
    case NodeKind::kCall:
      return atom(callee_text(n->as<CallExpression>().callee) + " is not a function or its return value");
    case NodeKind::kNew:
      return atom(callee_text(n->as<NewExpression>().callee) + " is not a function or its return value");
    case NodeKind::kMember:
      if (use == IterableUse::kDestructure) return atom("\x02");
      return atom(callee_text(n));
    case NodeKind::kOptionalChain:
      return atom("");
    default:
      return atom(callee_text(n));
  }
}

void FunctionCompiler::optional_check(bool optional, std::uint32_t pops) {
  if (!optional) return;
  if (m_chains.empty()) return;
  auto pad = std::make_unique<ChainPad>();
  pad->pops = pops;
  emit_jump(Op::kJumpIfNullish, pad->label);
  m_chains.back()->push_back(std::move(pad));
}

void FunctionCompiler::optional_chain(const OptionalChain& c) {
  std::vector<std::unique_ptr<ChainPad>> pads;
  m_chains.push_back(&pads);
  expression(c.expression);
  m_chains.pop_back();
  Label* end = new_label();
  emit_jump(Op::kJump, *end);
  Label* undefined_label = new_label();
  for (auto& pad : pads) {
    bind(pad->label);
    for (std::uint32_t i = 0; i < pad->pops; ++i) emit(Op::kPop);
    emit_jump(Op::kJump, *undefined_label);
  }
  bind(*undefined_label);
  emit(Op::kUndefined);
  bind(*end);
}

void FunctionCompiler::member(const MemberExpression& m, bool keep_object) {
  if (m.is_private) {
    expression(m.object);
    optional_check(m.optional, 1);
    emit_load_var("#" + m.name, &m);
    position(&m);
    emit(Op::kGetPrivate, keep_object ? 1 : 0);
    return;
  }
  if (m.object->kind == NodeKind::kSuper) {
    if (keep_object) emit(Op::kThis);
    if (m.computed) {
      expression(m.property);
      emit(Op::kGetSuperElem);
    } else {
      emit(Op::kGetSuper, atom(m.name));
    }
    return;
  }
  expression(m.object);
  optional_check(m.optional, 1);
  if (m.computed) {
    expression(m.property);
    position(m.property);
    emit(keep_object ? Op::kGetElemKeep : Op::kGetElem);
  } else {
    SourceRange r = m.range;
    // V8 points at the property name.
    if (r.end >= r.start + m.name.size())
      r.column += static_cast<std::uint32_t>(r.end - r.start - m.name.size());
    position(r);
    emit(keep_object ? Op::kGetPropKeep : Op::kGetProp, atom(m.name));
  }
}

void FunctionCompiler::arguments(const std::vector<Node*>& args, bool& spread, std::uint32_t& argc) {
  spread = false;
  for (const Node* a : args) spread |= a->kind == NodeKind::kSpread;
  argc = static_cast<std::uint32_t>(args.size());
  if (!spread) {
    for (const Node* a : args) expression(a);
    return;
  }
  emit(Op::kCreateArray);
  for (const Node* a : args) {
    if (a->kind == NodeKind::kSpread) {
      expression(a->as<SpreadElement>().argument);
      emit(Op::kArraySpread, iterable_text(a->as<SpreadElement>().argument, IterableUse::kCallSpread));
    } else {
      expression(a);
      emit(Op::kArrayPush);
    }
  }
}

void FunctionCompiler::call(const CallExpression& c) {
  bool spread;
  std::uint32_t argc;
  if (c.callee->kind == NodeKind::kSuper) {
    if (!m_derived_constructor) {
      fail(&c, "'super' keyword unexpected here");
      return;
    }
    arguments(c.arguments, spread, argc);
    position(&c);
    if (spread) {
      emit(Op::kSuperCallSpread);
    } else {
      emit(Op::kSuperCall, argc);
    }
    emit(Op::kBindThis);
    return;
  }
  std::uint32_t text = atom(callee_text(c.callee));
  if (c.callee->kind == NodeKind::kMember) {
    const auto& m = c.callee->as<MemberExpression>();
    member(m, true);  // [obj fn]
    optional_check(c.optional, 2);
    emit(Op::kSwap);  // [fn obj]
  } else {
    expression(c.callee);
    optional_check(c.optional, 1);
    emit(Op::kUndefined);
  }
  arguments(c.arguments, spread, argc);
  if (c.callee->kind == NodeKind::kMember && !c.callee->as<MemberExpression>().computed) {
    const auto& m = c.callee->as<MemberExpression>();
    SourceRange r = m.range;
    if (r.end >= r.start + m.name.size())
      r.column += static_cast<std::uint32_t>(r.end - r.start - m.name.size());
    position(r);
  } else {
    position(c.callee);
  }
  if (spread) {
    emit(Op::kCallSpread, text);
  } else {
    emit(Op::kCall, argc, text);
  }
}

void FunctionCompiler::new_expression(const NewExpression& n) {
  std::uint32_t text = atom(callee_text(n.callee));
  expression(n.callee);
  bool spread;
  std::uint32_t argc;
  arguments(n.arguments, spread, argc);
  position(&n);
  if (spread) {
    emit(Op::kNewSpread, text);
  } else {
    emit(Op::kNew, argc, text);
  }
}

void FunctionCompiler::array_literal(const ArrayExpression& a) {
  emit(Op::kCreateArray);
  for (const Node* e : a.elements) {
    if (e == nullptr) {
      emit(Op::kArrayPushHole);
    } else if (e->kind == NodeKind::kSpread) {
      expression(e->as<SpreadElement>().argument);
      position(e);
      emit(Op::kArraySpread, iterable_text(e->as<SpreadElement>().argument, IterableUse::kLoop));
    } else {
      expression(e);
      emit(Op::kArrayPush);
    }
  }
}

void FunctionCompiler::property_key(const PropertyKey& key) {
  if (key.is_private) {
    emit_load_var("#" + key.name, nullptr);
  } else if (key.computed) {
    expression(key.expression);
    emit(Op::kToPropertyKey);
  } else {
    emit(Op::kConst, atom(key.name));
  }
}

void FunctionCompiler::object_literal(const ObjectExpression& o) {
  emit(Op::kCreateObject);
  for (const Property& p : o.properties) {
    if (p.key.is_private) {
      fail(&o, "private class members are not supported yet");
      return;
    }
    switch (p.kind) {
      case PropertyKind::kInit:
        if (!p.key.computed && p.key.name == "__proto__" && !p.shorthand) {
          // `__proto__: v` sets the prototype (kept as a plain property here).
        }
        if (p.key.computed) {
          property_key(p.key);
          expression(p.value);
          emit(Op::kDefineFieldElem);
        } else {
          expression_named(p.value, p.key.name);
          emit(Op::kDefineField, atom(p.key.name));
        }
        break;
      case PropertyKind::kMethod: {
        const auto& fn = p.value->as<FunctionNode>();
        if (p.key.computed) {
          property_key(p.key);
          function_expression(fn, fn.name, member_text_start(p.range, fn, false));
          emit(Op::kDefineMethodElem, 1);
        } else {
          function_expression(fn, fn.name.empty() ? p.key.name : fn.name,
                              member_text_start(p.range, fn, false));
          emit(Op::kDefineMethod, atom(p.key.name), 1);
        }
        break;
      }
      case PropertyKind::kGetter:
      case PropertyKind::kSetter: {
        property_key(p.key);
        function_expression(p.value->as<FunctionNode>(), p.key.computed ? "" : p.key.name,
                            member_text_start(p.range, p.value->as<FunctionNode>(), false));
        emit(p.kind == PropertyKind::kGetter ? Op::kDefineGetter : Op::kDefineSetter, 1);
        break;
      }
      case PropertyKind::kSpread:
        expression(p.value);
        emit(Op::kCopyDataProps);
        break;
    }
  }
}

// A method's text starts at its member (with `get`, `set`, `async`, `*`) but not at `static`.
std::size_t FunctionCompiler::member_text_start(const SourceRange& member, const FunctionNode& fn,
                                                bool is_static) {
  const std::string& text = m_program.source()->text;
  std::size_t start = member.start;
  if (start >= fn.range.start || fn.range.start > text.size()) return kNoStart;
  if (is_static && text.compare(start, 6, "static") == 0) {
    start += 6;
    while (start < fn.range.start &&
           (text[start] == ' ' || text[start] == '\t' || text[start] == '\n' || text[start] == '\r')) {
      ++start;
    }
  }
  return start;
}

void FunctionCompiler::function_expression(const FunctionNode& fn, const std::string& name,
                                           std::size_t text_start) {
  Code* code = m_program.compile_function(fn, name);
  if (code == nullptr) return;
  if (text_start != kNoStart && text_start < code->range.start) code->range.start = text_start;
  emit(Op::kClosure, constant(Value::internal(code)));
}

void FunctionCompiler::class_expression(const ClassNode& c, const std::string& name) {
  Scope* saved = m_scope;
  Scope* cs = m_program.analysis().scope_of(&c);
  enter_scope(cs);
  if (cs != nullptr) {
    for (auto& v : cs->vars) {
      if (v->name.empty() || v->name[0] != '#') continue;
      emit(Op::kNewPrivateName, atom(v->name));
      emit_store_var(v->name, true, &c);
    }
  }
  if (c.superclass != nullptr) expression(c.superclass);
  Code* ctor = m_program.compile_class_constructor(c, name);
  if (ctor == nullptr) {
    m_scope = saved;
    return;
  }
  position(&c);
  emit(Op::kClass, constant(Value::internal(ctor)), c.superclass != nullptr ? 1 : 0);
  int proto = alloc_reg();
  int klass = alloc_reg();
  emit(Op::kStoreReg, static_cast<std::uint32_t>(proto));
  emit(Op::kStoreReg, static_cast<std::uint32_t>(klass));
  bool has_instance_fields = false, has_static = false;
  for (const ClassMember& m : c.members) {
    if (m.kind == ClassMemberKind::kField) {
      (m.is_static ? has_static : has_instance_fields) = true;
      if (m.key.computed) {
        // Evaluated now, in element order; the initialiser reads the hidden binding.
        property_key(m.key);
        emit_store_var("%field" + std::to_string(&m - c.members.data()), true, &c);
      }
      continue;
    }
    if (m.kind == ClassMemberKind::kStaticBlock) {
      has_static = true;
      continue;
    }
    emit(Op::kLoadReg, static_cast<std::uint32_t>(m.is_static ? klass : proto));
    const FunctionNode& fn = *m.function;
    if (m.kind == ClassMemberKind::kMethod) {
      if (m.key.computed || m.key.is_private) {
        property_key(m.key);
        function_expression(fn, fn.name, member_text_start(m.range, fn, m.is_static));
        emit(Op::kDefineMethodElem, 0);
      } else {
        function_expression(fn, fn.name.empty() ? m.key.name : fn.name,
                            member_text_start(m.range, fn, m.is_static));
        emit(Op::kDefineMethod, atom(m.key.name), 0);
      }
    } else {
      property_key(m.key);
      function_expression(fn,
                          m.key.computed     ? ""
                          : m.key.is_private ? "#" + m.key.name
                                             : m.key.name,
                          member_text_start(m.range, fn, m.is_static));
      emit(m.kind == ClassMemberKind::kGetter ? Op::kDefineGetter : Op::kDefineSetter, 0);
    }
    emit(Op::kPop);
  }
  if (has_instance_fields) {
    Code* init = m_program.compile_fields(c, false);
    if (init == nullptr) return;
    emit(Op::kLoadReg, static_cast<std::uint32_t>(klass));
    emit(Op::kClosure, constant(Value::internal(init)));
    emit(Op::kSetFieldsInit);
    emit(Op::kPop);
  }
  // The inner class binding is initialised before static elements run.
  std::string inner = c.id != nullptr ? c.id->name : "";
  if (!inner.empty() && cs != nullptr && cs->find(inner) != nullptr) {
    emit(Op::kLoadReg, static_cast<std::uint32_t>(klass));
    emit_store_var(inner, true, &c);
  }
  if (has_static) {
    Code* init = m_program.compile_fields(c, true);
    if (init == nullptr) return;
    emit(Op::kClosure, constant(Value::internal(init)));
    emit(Op::kLoadReg, static_cast<std::uint32_t>(klass));
    emit(Op::kCall, 0, atom("static initializer"));
    emit(Op::kPop);
  }
  emit(Op::kLoadReg, static_cast<std::uint32_t>(klass));
  exit_scope(cs);
  m_scope = saved;
}

// ---- destructuring ----

void FunctionCompiler::bind_pattern(const Node* target, BindMode mode) {
  if (failed()) return;
  switch (target->kind) {
    case NodeKind::kIdentifier:
      emit_store_var(target->as<Identifier>().name, mode == BindMode::kInit, target);
      return;
    case NodeKind::kMember: {
      const auto& m = target->as<MemberExpression>();
      if (m.is_private || m.object->kind == NodeKind::kSuper) {
        fail(target, "this destructuring target is not supported yet");
        return;
      }
      expression(m.object);  // [v o]
      if (m.computed) {
        expression(m.property);  // [v o k]
        emit(Op::kRot3);         // [k v o]
        emit(Op::kRot3);         // [o k v]
        emit(Op::kSetElem);
      } else {
        emit(Op::kSwap);
        emit(Op::kSetProp, atom(m.name));
      }
      emit(Op::kPop);
      return;
    }
    case NodeKind::kAssignmentPattern: {
      const auto& a = target->as<AssignmentPattern>();
      Label* has_value = new_label();
      emit_jump(Op::kJumpIfNotUndefined, *has_value);
      emit(Op::kPop);
      if (a.target->kind == NodeKind::kIdentifier) {
        expression_named(a.default_value, a.target->as<Identifier>().name);
      } else {
        expression(a.default_value);
      }
      bind(*has_value);
      bind_pattern(a.target, mode);
      return;
    }
    case NodeKind::kObjectPattern:
      bind_object_pattern(target->as<ObjectPattern>(), mode);
      return;
    case NodeKind::kArrayPattern:
      bind_array_pattern(target->as<ArrayPattern>(), mode);
      return;
    default:
      fail(target, "Invalid destructuring assignment target");
      return;
  }
}

void FunctionCompiler::bind_object_pattern(const ObjectPattern& p, BindMode mode) {
  const Node* initializer = m_pattern_source;
  m_pattern_source = nullptr;
  bool from_catch = m_pattern_catch;
  m_pattern_catch = false;
  int source = alloc_reg();
  emit(Op::kStoreReg, static_cast<std::uint32_t>(source));
  // When the first property has a default, V8 fails on its read instead ("Cannot read
  // properties of null (reading 'x')").
  bool first_has_default = !p.properties.empty() && p.properties[0].value != nullptr &&
                           p.properties[0].value->kind == NodeKind::kAssignmentPattern;
  if (initializer != nullptr && !first_has_default) {
    // A declaration's or assignment's own pattern: V8 names the first property and the
    // initialiser ("Cannot destructure property 'a' of 'obj.inner' as it is undefined."). Nested
    // patterns and parameters fail on the property read instead.
    std::string first =
        !p.properties.empty() && !p.properties[0].key.computed ? p.properties[0].key.name : "";
    std::string text;
    switch (initializer->kind) {
      case NodeKind::kIdentifier:
      case NodeKind::kMember:
      case NodeKind::kThis:
      case NodeKind::kSequence:
      case NodeKind::kLogical:
      case NodeKind::kBinary:
      case NodeKind::kNullLiteral:
        text = callee_text(initializer);
        break;
      case NodeKind::kConditional:
      case NodeKind::kAssignmentPattern:
        text = "(intermediate value)(intermediate value)(intermediate value)";
        break;
      case NodeKind::kObjectPattern:
        if (from_catch) text = ".catch";
        break;
      case NodeKind::kCall:
        text = "(intermediate value)(...)";
        break;
      default:
        break;
    }
    emit(Op::kLoadReg, static_cast<std::uint32_t>(source));
    position(&p);
    emit(Op::kRequireObjectCoercible, atom(first), atom(text));
    emit(Op::kPop);
  }
  std::vector<int> key_regs;
  for (const PatternProperty& prop : p.properties) {
    emit(Op::kLoadReg, static_cast<std::uint32_t>(source));
    if (prop.key.computed) {
      expression(prop.key.expression);
      emit(Op::kToPropertyKey);
      if (p.rest != nullptr) {
        int r = alloc_reg();
        emit(Op::kDup);
        emit(Op::kStoreReg, static_cast<std::uint32_t>(r));
        key_regs.push_back(r);
      }
      emit(Op::kGetElem);
    } else {
      emit(Op::kGetProp, atom(prop.key.name));
    }
    bind_pattern(prop.value, mode);
  }
  if (p.rest != nullptr) {
    emit(Op::kCreateObject);
    emit(Op::kLoadReg, static_cast<std::uint32_t>(source));
    std::size_t computed = 0;
    for (const PatternProperty& prop : p.properties) {
      if (prop.key.computed) {
        emit(Op::kLoadReg, static_cast<std::uint32_t>(key_regs[computed++]));
      } else {
        emit(Op::kConst, atom(prop.key.name));
      }
    }
    emit(Op::kCopyDataPropsExcept, static_cast<std::uint32_t>(p.properties.size()));
    bind_pattern(p.rest, mode);
  }
}

void FunctionCompiler::bind_array_pattern(const ArrayPattern& p, BindMode mode) {
  position(&p);
  const Node* source = m_pattern_source;
  m_pattern_source = nullptr;
  emit(Op::kGetIterator, source != nullptr ? iterable_text(source, IterableUse::kDestructure) : atom(""));
  int next = alloc_reg();
  int iter = alloc_reg();
  int done = alloc_reg();
  emit(Op::kStoreReg, static_cast<std::uint32_t>(next));
  emit(Op::kStoreReg, static_cast<std::uint32_t>(iter));
  emit(Op::kFalse);
  emit(Op::kStoreReg, static_cast<std::uint32_t>(done));
  auto step = [&]() {
    // [-> value] (undefined once done)
    Label* finished = new_label();
    Label* end = new_label();
    emit(Op::kLoadReg, static_cast<std::uint32_t>(done));
    emit_jump(Op::kJumpIfTrue, *finished);
    emit(Op::kLoadReg, static_cast<std::uint32_t>(next));
    emit(Op::kLoadReg, static_cast<std::uint32_t>(iter));
    emit(Op::kCall, 0, atom("next"));
    emit(Op::kIterResultCheck);
    Label* exhausted = new_label();
    emit_jump(Op::kIterValue, *exhausted);
    emit_jump(Op::kJump, *end);
    bind(*exhausted);
    emit(Op::kTrue);
    emit(Op::kStoreReg, static_cast<std::uint32_t>(done));
    bind(*finished);
    emit(Op::kUndefined);
    bind(*end);
  };
  for (const Node* e : p.elements) {
    if (e != nullptr && e->kind == NodeKind::kRestElement) {
      int array = alloc_reg();
      emit(Op::kCreateArray);
      emit(Op::kStoreReg, static_cast<std::uint32_t>(array));
      Label* top = new_label();
      Label* end = new_label();
      bind(*top);
      emit(Op::kLoadReg, static_cast<std::uint32_t>(done));
      emit_jump(Op::kJumpIfTrue, *end);
      emit(Op::kLoadReg, static_cast<std::uint32_t>(next));
      emit(Op::kLoadReg, static_cast<std::uint32_t>(iter));
      emit(Op::kCall, 0, atom("next"));
      emit(Op::kIterResultCheck);
      Label* exhausted = new_label();
      emit_jump(Op::kIterValue, *exhausted);
      emit(Op::kLoadReg, static_cast<std::uint32_t>(array));
      emit(Op::kSwap);
      emit(Op::kArrayPush);
      emit(Op::kPop);
      emit_jump(Op::kJump, *top);
      bind(*exhausted);
      emit(Op::kTrue);
      emit(Op::kStoreReg, static_cast<std::uint32_t>(done));
      bind(*end);
      emit(Op::kLoadReg, static_cast<std::uint32_t>(array));
      bind_pattern(e->as<RestElement>().target, mode);
      continue;
    }
    step();
    if (e == nullptr) {
      emit(Op::kPop);
    } else {
      bind_pattern(e, mode);
    }
  }
  Label* skip_close = new_label();
  emit(Op::kLoadReg, static_cast<std::uint32_t>(done));
  emit_jump(Op::kJumpIfTrue, *skip_close);
  emit(Op::kIteratorClose, static_cast<std::uint32_t>(iter));
  bind(*skip_close);
}

// ---- whole functions ----

Code* ProgramCompiler::compile_function(const FunctionNode& fn, const std::string& name) {
  if (m_failure) return nullptr;
  Scope* scope = m_analysis.scope_of(&fn);
  if (scope == nullptr) {
    m_failure =
        CompileFailure{"internal compiler error: unanalysed function", fn.range.line, fn.range.column};
    return nullptr;
  }
  Code* code = new_code(name, fn.function_kind, fn.range);
  FunctionCompiler fc(*this, code, scope);
  fc.compile_function(fn);
  return m_failure ? nullptr : code;
}

Code* ProgramCompiler::compile_class_constructor(const ClassNode& c, const std::string& name) {
  if (m_failure) return nullptr;
  bool derived = c.superclass != nullptr;
  if (c.constructor != nullptr) {
    Code* code = compile_function(*c.constructor, name);
    if (code != nullptr) {
      code->kind = derived ? FunctionKind::kDerivedConstructor : FunctionKind::kClassConstructor;
      code->range = c.range;
      code->strict = true;
    }
    return code;
  }
  Code* code =
      new_code(name, derived ? FunctionKind::kDerivedConstructor : FunctionKind::kClassConstructor, c.range);
  code->strict = true;
  FunctionCompiler fc(*this, code, nullptr);
  fc.compile_default_constructor(c, derived);
  return code;
}

void FunctionCompiler::compile_default_constructor(const ClassNode&, bool derived) {
  m_code->param_count = 0;
  if (derived) {
    // constructor(...args) { super(...args); }
    m_code->needs_arguments = true;
    emit(Op::kRestArgs, 0);
    emit(Op::kSuperCallSpread);
    emit(Op::kBindThis);
    emit(Op::kPop);
  } else {
    emit(Op::kCallFieldsInit);
    emit(Op::kPop);
  }
  emit(Op::kUndefined);
  emit(Op::kReturn);
}

Code* ProgramCompiler::compile_fields(const ClassNode& c, bool is_static) {
  if (m_failure) return nullptr;
  Scope* scope = is_static ? m_analysis.static_scope(&c) : m_analysis.fields_scope(&c);
  Code* code = new_code(is_static ? "<static_initializer>" : "<instance_members_initializer>",
                        FunctionKind::kMethod, c.range);
  code->strict = true;
  FunctionCompiler fc(*this, code, scope);
  fc.compile_fields_initializer(c, is_static);
  return m_failure ? nullptr : code;
}

void FunctionCompiler::compile_fields_initializer(const ClassNode& c, bool is_static) {
  m_code->param_count = 0;
  enter_scope(m_function_scope);
  for (const ClassMember& m : c.members) {
    if (m.is_static != is_static) continue;
    if (m.kind == ClassMemberKind::kField) {
      emit(Op::kThis);
      if (m.key.is_private) emit_load_var("#" + m.key.name, nullptr);
      if (m.key.computed) emit_load_var("%field" + std::to_string(&m - c.members.data()), nullptr);
      if (m.initializer != nullptr) {
        expression_named(m.initializer, m.key.is_private ? "#" + m.key.name : m.key.name);
      } else {
        emit(Op::kUndefined);
      }
      if (m.key.is_private || m.key.computed) {
        emit(Op::kDefineFieldElem);
      } else {
        emit(Op::kDefineField, atom(m.key.name));
      }
      emit(Op::kPop);
    } else if (m.kind == ClassMemberKind::kStaticBlock && is_static) {
      Scope* block_scope = m_program.analysis().scope_of(m.function);
      Code* code = m_program.new_code("<static_block>", FunctionKind::kMethod, m.function->range);
      code->strict = true;
      FunctionCompiler fc(m_program, code, block_scope);
      fc.compile_function(*m.function);
      emit(Op::kClosure, constant(Value::internal(code)));
      emit(Op::kThis);
      emit(Op::kCall, 0, atom("static block"));
      emit(Op::kPop);
    }
  }
  emit(Op::kUndefined);
  emit(Op::kReturn);
  finish();
}

}  // namespace

Code* compile_program(Vm& vm, const Program& program, std::shared_ptr<const SourceText> source,
                      std::optional<CompileFailure>& failure) {
  ProgramCompiler pc(vm, std::move(source));
  pc.analysis().analyse(program);
  Code* code = pc.new_code("", FunctionKind::kNormal, program.range);
  FunctionCompiler fc(pc, code, pc.analysis().script_scope());
  fc.compile_script(program);
  if (pc.failure()) {
    failure = pc.failure();
    return nullptr;
  }
  return code;
}

const char* op_name(Op op) {
  static const char* const kNames[] = {
#define LOOPLAB_JS_OP_NAME(name, operands) #name,
      LOOPLAB_JS_OPCODES(LOOPLAB_JS_OP_NAME)
#undef LOOPLAB_JS_OP_NAME
  };
  auto i = static_cast<std::size_t>(op);
  return i < static_cast<std::size_t>(Op::kCount) ? kNames[i] : "?";
}

std::string disassemble(const Code& code) {
  std::string out;
  for (std::size_t pc = 0; pc < code.bytecode.size();) {
    auto op = static_cast<Op>(code.bytecode[pc]);
    out += std::to_string(pc) + ": " + op_name(op);
    std::size_t n = static_cast<std::size_t>(op) < static_cast<std::size_t>(Op::kCount)
                        ? kOperandCount[static_cast<std::size_t>(op)]
                        : 0;
    for (std::size_t i = 0; i < n; ++i) out += " " + std::to_string(code.bytecode[pc + 1 + i]);
    out += "\n";
    pc += 1 + n;
  }
  return out;
}

}  // namespace looplab::js
