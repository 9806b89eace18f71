// The abstract syntax tree of a scenario script: one node type per construct (LibJS style).
//
// The parser builds it, the compiler walks it once and throws it away. Nodes live in an AstArena
// owned by the Program, so a tree is freed at once and node pointers stay valid while it lives.
// Dispatch is on `kind` (a switch), not on virtual functions: the compiler is the only visitor.
//
// Conventions
// - Strings: identifiers and property names are UTF-8 (`std::string`); the cooked value of a
//   string or template literal is UTF-16 (`std::u16string`), as JavaScript strings are, so a lone
//   surrogate written as "\uD800" survives.
// - Every node carries the source range it was parsed from (byte offsets into the script, plus
//   the 1-based line and column of its first character) so that the VM can say which range is
//   running and errors can point at it.
// - Patterns (destructuring targets) are nodes of their own; the parser converts an expression
//   written on the left of `=` (`[a, b] = [b, a]`) into a pattern.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

namespace looplab::js {

struct SourceRange {
  std::uint32_t start = 0;   // byte offset of the first character
  std::uint32_t end = 0;     // byte offset just past the last character
  std::uint32_t line = 1;    // 1-based line of `start`
  std::uint32_t column = 1;  // 1-based column of `start`, in UTF-16 code units as V8 counts them
};

enum class NodeKind : std::uint8_t {
  // Expressions
  kNumberLiteral,
  kStringLiteral,
  kTemplateLiteral,
  kTaggedTemplate,
  kBooleanLiteral,
  kNullLiteral,
  kIdentifier,
  kPrivateName,  // `#x` in `this.#x` and `#x in obj`
  kThis,
  kSuper,  // only as the callee of a call or the object of a member expression
  kArray,
  kObject,
  kFunction,  // function expression, arrow, method (see FunctionNode::kind)
  kClass,
  kUnary,
  kUpdate,
  kBinary,
  kLogical,
  kAssignment,
  kConditional,
  kCall,
  kNew,
  kMember,
  kOptionalChain,  // the whole `a?.b.c()` chain: where a short-circuit lands
  kSequence,
  kSpread,  // `...x` in array literals and argument lists
  kAwait,
  kNewTarget,

  // Patterns
  kObjectPattern,
  kArrayPattern,
  kAssignmentPattern,  // `target = default`
  kRestElement,        // `...target` in a pattern or parameter list

  // Statements
  kVariableDeclaration,
  kFunctionDeclaration,
  kClassDeclaration,
  kExpressionStatement,
  kBlock,
  kEmpty,
  kIf,
  kFor,
  kForIn,
  kForOf,
  kWhile,
  kDoWhile,
  kReturn,
  kBreak,
  kContinue,
  kThrow,
  kTry,
  kSwitch,
  kLabeled,
  kDebugger,
  kProgram,
};

struct Node {
  NodeKind kind;
  bool parenthesized = false;  // written inside parentheses: `(a) = 1` is fine, `({a}) = 1` is not
  SourceRange range;
  explicit Node(NodeKind k) : kind(k) {}
  virtual ~Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  template <class T>
  T& as() {
    return static_cast<T&>(*this);
  }
  template <class T>
  const T& as() const {
    return static_cast<const T&>(*this);
  }
};

// Owns every node of one tree. Nodes are carved out of large blocks (one allocation per ~64 KiB
// instead of one per node: parsing speed) and destroyed together with the arena.
class AstArena {
 public:
  AstArena() = default;
  AstArena(const AstArena&) = delete;
  AstArena& operator=(const AstArena&) = delete;
  ~AstArena() {
    for (std::size_t i = m_nodes.size(); i-- > 0;) m_nodes[i]->~Node();
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(alignof(T) <= alignof(std::max_align_t));
    std::size_t size = (sizeof(T) + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
    if (m_used + size > m_capacity) grow(size);
    T* raw = new (m_blocks.back().get() + m_used) T(std::forward<Args>(args)...);
    m_used += size;
    m_nodes.push_back(raw);
    return raw;
  }
  std::size_t size() const { return m_nodes.size(); }

 private:
  static constexpr std::size_t kBlockSize = 64 * 1024;
  void grow(std::size_t at_least) {
    std::size_t capacity = at_least > kBlockSize ? at_least : kBlockSize;
    m_blocks.push_back(std::unique_ptr<std::byte[]>(new std::byte[capacity]));
    m_capacity = capacity;
    m_used = 0;
  }

  std::vector<std::unique_ptr<std::byte[]>> m_blocks;
  std::size_t m_used = 0;
  std::size_t m_capacity = 0;
  std::vector<Node*> m_nodes;  // in creation order, for the destructors
};

// ---- Expressions -----------------------------------------------------------------------------

struct NumberLiteral : Node {
  double value = 0;
  NumberLiteral() : Node(NodeKind::kNumberLiteral) {}
};

struct StringLiteral : Node {
  std::u16string value;  // cooked: escapes resolved
  StringLiteral() : Node(NodeKind::kStringLiteral) {}
};

// `a${x}b${y}c`: quasis.size() == expressions.size() + 1.
struct TemplateLiteral : Node {
  std::vector<std::u16string> cooked;
  std::vector<std::u16string> raw;
  std::vector<Node*> expressions;
  // Per quasi: the cooked value is undefined (a tagged template with an invalid escape such as
  // String.raw`\unicode`); the matching `cooked` entry is then empty.
  std::vector<bool> cooked_undefined;
  TemplateLiteral() : Node(NodeKind::kTemplateLiteral) {}
};

struct TaggedTemplate : Node {
  Node* tag = nullptr;
  TemplateLiteral* quasi = nullptr;
  TaggedTemplate() : Node(NodeKind::kTaggedTemplate) {}
};

struct BooleanLiteral : Node {
  bool value = false;
  BooleanLiteral() : Node(NodeKind::kBooleanLiteral) {}
};

struct NullLiteral : Node {
  NullLiteral() : Node(NodeKind::kNullLiteral) {}
};

struct Identifier : Node {
  std::string name;
  Identifier() : Node(NodeKind::kIdentifier) {}
};

struct PrivateName : Node {
  std::string name;  // without the '#'
  PrivateName() : Node(NodeKind::kPrivateName) {}
};

struct ThisExpression : Node {
  ThisExpression() : Node(NodeKind::kThis) {}
};

struct SuperExpression : Node {
  SuperExpression() : Node(NodeKind::kSuper) {}
};

// Elements may be null (holes: `[1, , 3]`) or SpreadElement.
struct ArrayExpression : Node {
  std::vector<Node*> elements;
  ArrayExpression() : Node(NodeKind::kArray) {}
};

struct FunctionNode;

enum class PropertyKind : std::uint8_t {
  kInit,    // `a: 1`, and shorthand `a`
  kMethod,  // `f() {}` (value is a FunctionNode)
  kGetter,  // `get a() {}`
  kSetter,  // `set a(v) {}`
  kSpread,  // `...obj` (value is the spread expression; key is null)
};

// The key of a property, a class member or a destructuring entry.
// Non-computed keys are stored as their property name (`1.50` becomes "1.5", as ToString does).
struct PropertyKey {
  bool computed = false;
  std::string name;            // when !computed and not private
  Node* expression = nullptr;  // when computed: `[expr]`
  bool is_private = false;     // class members `#x` (name without '#')
};

struct Property {
  PropertyKind kind = PropertyKind::kInit;
  PropertyKey key;
  Node* value = nullptr;
  bool shorthand = false;
  SourceRange range;
};

struct ObjectExpression : Node {
  std::vector<Property> properties;
  ObjectExpression() : Node(NodeKind::kObject) {}
};

enum class UnaryOp : std::uint8_t { kMinus, kPlus, kNot, kBitNot, kTypeof, kVoid, kDelete };

struct UnaryExpression : Node {
  UnaryOp op = UnaryOp::kMinus;
  Node* argument = nullptr;
  UnaryExpression() : Node(NodeKind::kUnary) {}
};

struct UpdateExpression : Node {
  bool increment = true;  // ++ or --
  bool prefix = true;
  Node* argument = nullptr;  // Identifier or MemberExpression
  UpdateExpression() : Node(NodeKind::kUpdate) {}
};

enum class BinaryOp : std::uint8_t {
  kAdd,
  kSub,
  kMul,
  kDiv,
  kMod,
  kExp,
  kShl,
  kSar,
  kShr,
  kBitAnd,
  kBitOr,
  kBitXor,
  kEq,
  kNe,
  kStrictEq,
  kStrictNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kIn,
  kInstanceof,
};

struct BinaryExpression : Node {
  BinaryOp op = BinaryOp::kAdd;
  Node* left = nullptr;  // a PrivateName for `#x in obj`
  Node* right = nullptr;
  BinaryExpression() : Node(NodeKind::kBinary) {}
};

enum class LogicalOp : std::uint8_t { kAnd, kOr, kNullish };

struct LogicalExpression : Node {
  LogicalOp op = LogicalOp::kAnd;
  Node* left = nullptr;
  Node* right = nullptr;
  LogicalExpression() : Node(NodeKind::kLogical) {}
};

enum class AssignOp : std::uint8_t {
  kAssign,
  kAdd,
  kSub,
  kMul,
  kDiv,
  kMod,
  kExp,
  kShl,
  kSar,
  kShr,
  kBitAnd,
  kBitOr,
  kBitXor,
  kAndAssign,
  kOrAssign,
  kNullishAssign,  // &&= ||= ??= (short-circuit: may not assign)
};

struct AssignmentExpression : Node {
  AssignOp op = AssignOp::kAssign;
  Node* target = nullptr;  // Identifier, MemberExpression, or (for kAssign) a pattern
  Node* value = nullptr;
  AssignmentExpression() : Node(NodeKind::kAssignment) {}
};

struct ConditionalExpression : Node {
  Node* test = nullptr;
  Node* consequent = nullptr;
  Node* alternate = nullptr;
  ConditionalExpression() : Node(NodeKind::kConditional) {}
};

// Arguments may be SpreadElement. `optional` is the `?.` in `f?.()`.
struct CallExpression : Node {
  Node* callee = nullptr;  // SuperExpression for `super(...)`
  std::vector<Node*> arguments;
  bool optional = false;
  CallExpression() : Node(NodeKind::kCall) {}
};

struct NewExpression : Node {
  Node* callee = nullptr;
  std::vector<Node*> arguments;
  NewExpression() : Node(NodeKind::kNew) {}
};

// `object.name`, `object[expr]`, `object.#name`; `optional` is the `?.` before this access.
struct MemberExpression : Node {
  Node* object = nullptr;  // SuperExpression for `super.x`
  bool computed = false;
  std::string name;          // when !computed (without '#' if is_private)
  Node* property = nullptr;  // when computed
  bool is_private = false;
  bool optional = false;
  MemberExpression() : Node(NodeKind::kMember) {}
};

// Wraps the outermost member/call of a chain that contains `?.`: when any optional link finds
// null or undefined, the whole chain evaluates to undefined.
struct OptionalChain : Node {
  Node* expression = nullptr;
  OptionalChain() : Node(NodeKind::kOptionalChain) {}
};

struct SequenceExpression : Node {
  std::vector<Node*> expressions;
  SequenceExpression() : Node(NodeKind::kSequence) {}
};

struct SpreadElement : Node {
  Node* argument = nullptr;
  SpreadElement() : Node(NodeKind::kSpread) {}
};

struct AwaitExpression : Node {
  Node* argument = nullptr;
  AwaitExpression() : Node(NodeKind::kAwait) {}
};

struct NewTargetExpression : Node {
  NewTargetExpression() : Node(NodeKind::kNewTarget) {}
};

// ---- Functions and classes -------------------------------------------------------------------

enum class FunctionKind : std::uint8_t {
  kNormal,  // declaration or `function` expression
  kArrow,
  kMethod,  // object-literal or class method
  kGetter,
  kSetter,
  kClassConstructor,
  kDerivedConstructor,  // constructor of a class with `extends`
};

struct FunctionNode : Node {
  FunctionKind function_kind = FunctionKind::kNormal;
  bool is_async = false;
  std::string name;                 // "" when anonymous (the compiler infers names as V8 does)
  Identifier* id = nullptr;         // the binding name of a declaration/named expression
  std::vector<Node*> params;        // patterns: Identifier, ObjectPattern, ArrayPattern,
                                    // AssignmentPattern (default), RestElement (last)
  Node* body = nullptr;             // BlockStatement, or an expression for a concise arrow
  bool expression_body = false;     // `x => x + 1`
  bool strict = false;              // "use strict" in force (classes are always strict)
  bool simple_parameters = true;    // no defaults, rest or destructuring
  bool uses_arguments = false;      // mentions `arguments` (outside nested non-arrow functions)
  bool uses_this_or_super = false;  // for arrows: captures the enclosing `this`
  FunctionNode() : Node(NodeKind::kFunction) {}
};

enum class ClassMemberKind : std::uint8_t { kMethod, kGetter, kSetter, kField, kStaticBlock };

struct ClassMember {
  ClassMemberKind kind = ClassMemberKind::kMethod;
  bool is_static = false;
  PropertyKey key;
  FunctionNode* function = nullptr;  // methods, accessors, static blocks (as a method body)
  Node* initializer = nullptr;       // fields: may be null (`x;` initialises to undefined)
  SourceRange range;
};

struct ClassNode : Node {
  std::string name;  // "" when anonymous
  Identifier* id = nullptr;
  Node* superclass = nullptr;           // the `extends` expression
  FunctionNode* constructor = nullptr;  // null: the default constructor
  std::vector<ClassMember> members;     // everything but the constructor, in source order
  ClassNode() : Node(NodeKind::kClass) {}
};

// ---- Patterns --------------------------------------------------------------------------------

struct PatternProperty {
  PropertyKey key;
  Node* value = nullptr;  // a pattern (Identifier, MemberExpression in assignments, nested
                          // pattern, or AssignmentPattern for a default)
  bool shorthand = false;
  SourceRange range;
};

struct ObjectPattern : Node {
  std::vector<PatternProperty> properties;
  Node* rest = nullptr;  // `...rest` target (Identifier or MemberExpression), or null
  ObjectPattern() : Node(NodeKind::kObjectPattern) {}
};

// Elements may be null (elisions: `[, b]`); the last may be a RestElement.
struct ArrayPattern : Node {
  std::vector<Node*> elements;
  ArrayPattern() : Node(NodeKind::kArrayPattern) {}
};

struct AssignmentPattern : Node {
  Node* target = nullptr;
  Node* default_value = nullptr;
  AssignmentPattern() : Node(NodeKind::kAssignmentPattern) {}
};

struct RestElement : Node {
  Node* target = nullptr;
  RestElement() : Node(NodeKind::kRestElement) {}
};

// ---- Statements ------------------------------------------------------------------------------

enum class DeclarationKind : std::uint8_t { kVar, kLet, kConst };

struct VariableDeclarator {
  Node* target = nullptr;  // Identifier or pattern
  Node* init = nullptr;    // may be null
  SourceRange range;
};

struct VariableDeclaration : Node {
  DeclarationKind declaration_kind = DeclarationKind::kVar;
  std::vector<VariableDeclarator> declarations;
  VariableDeclaration() : Node(NodeKind::kVariableDeclaration) {}
};

struct FunctionDeclaration : Node {
  FunctionNode* function = nullptr;
  FunctionDeclaration() : Node(NodeKind::kFunctionDeclaration) {}
};

struct ClassDeclaration : Node {
  ClassNode* klass = nullptr;
  ClassDeclaration() : Node(NodeKind::kClassDeclaration) {}
};

struct ExpressionStatement : Node {
  Node* expression = nullptr;
  ExpressionStatement() : Node(NodeKind::kExpressionStatement) {}
};

struct BlockStatement : Node {
  std::vector<Node*> body;
  BlockStatement() : Node(NodeKind::kBlock) {}
};

struct EmptyStatement : Node {
  EmptyStatement() : Node(NodeKind::kEmpty) {}
};

struct IfStatement : Node {
  Node* test = nullptr;
  Node* consequent = nullptr;
  Node* alternate = nullptr;
  IfStatement() : Node(NodeKind::kIf) {}
};

struct ForStatement : Node {
  Node* init = nullptr;  // VariableDeclaration, expression, or null
  Node* test = nullptr;
  Node* update = nullptr;
  Node* body = nullptr;
  ForStatement() : Node(NodeKind::kFor) {}
};

// `for (left in right)` / `for (left of right)`: left is a VariableDeclaration with one
// declarator and no init, or an assignment target (Identifier, MemberExpression, pattern).
struct ForInStatement : Node {
  Node* left = nullptr;
  Node* right = nullptr;
  Node* body = nullptr;
  ForInStatement() : Node(NodeKind::kForIn) {}
};

struct ForOfStatement : Node {
  Node* left = nullptr;
  Node* right = nullptr;
  Node* body = nullptr;
  bool is_await = false;  // `for await (...)`
  ForOfStatement() : Node(NodeKind::kForOf) {}
};

struct WhileStatement : Node {
  Node* test = nullptr;
  Node* body = nullptr;
  WhileStatement() : Node(NodeKind::kWhile) {}
};

struct DoWhileStatement : Node {
  Node* body = nullptr;
  Node* test = nullptr;
  DoWhileStatement() : Node(NodeKind::kDoWhile) {}
};

struct ReturnStatement : Node {
  Node* argument = nullptr;
  ReturnStatement() : Node(NodeKind::kReturn) {}
};

struct BreakStatement : Node {
  std::string label;  // "" when none
  BreakStatement() : Node(NodeKind::kBreak) {}
};

struct ContinueStatement : Node {
  std::string label;
  ContinueStatement() : Node(NodeKind::kContinue) {}
};

struct ThrowStatement : Node {
  Node* argument = nullptr;
  ThrowStatement() : Node(NodeKind::kThrow) {}
};

struct TryStatement : Node {
  BlockStatement* block = nullptr;
  Node* param = nullptr;                // catch binding pattern, null for `catch {` or no catch
  BlockStatement* handler = nullptr;    // null when there is no catch clause
  BlockStatement* finalizer = nullptr;  // null when there is no finally clause
  TryStatement() : Node(NodeKind::kTry) {}
};

struct SwitchCase {
  Node* test = nullptr;  // null for `default:`
  std::vector<Node*> consequent;
  SourceRange range;
};

struct SwitchStatement : Node {
  Node* discriminant = nullptr;
  std::vector<SwitchCase> cases;
  SwitchStatement() : Node(NodeKind::kSwitch) {}
};

struct LabeledStatement : Node {
  std::string label;
  Node* body = nullptr;
  LabeledStatement() : Node(NodeKind::kLabeled) {}
};

struct DebuggerStatement : Node {
  DebuggerStatement() : Node(NodeKind::kDebugger) {}
};

// A whole script. Owns its nodes.
struct Program : Node {
  std::vector<Node*> body;
  bool strict = false;  // starts with "use strict"
  std::string source;   // the script's text (Function.prototype.toString and error excerpts)
  AstArena arena;
  Program() : Node(NodeKind::kProgram) {}
};

}  // namespace looplab::js
