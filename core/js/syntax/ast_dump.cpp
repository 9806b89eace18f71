// The S-expression dump of a syntax tree (see ast_dump.h). The spellings:
//   literals       1  "s"  true  null  (template "a" x "b")  (tagged tag (template ...))
//   names          x  #x  this  super  new.target
//   operators      (+ a b)  (&& a b)  (= a b)  (+= a b)  (- x)  (typeof x)  (++x x)  (x++ x)
//                  (? test then else)  (, a b)  (... x)  (await x)
//   access/calls   (. o name)  (?. o name)  ([] o k)  (?.[] o k)  (.# o name)  (call f args)
//                  (call?. f args)  (new C args)  (chain expr)
//   literals       (array a _ b)  (object (init k v) (short k v) (method k fn) (get k fn)
//                  (set k fn) (spread v)); computed keys print as [expr]
//   functions      (function "name" [async] [arrow|method|get|set|ctor|derived-ctor]
//                  [strict] [args] [this] (params ...) body)
//   classes        (class "name" [(extends e)] [(constructor fn)] members...), members are
//                  (method k fn) (get k fn) (set k fn) (field k init) (static-block fn), each
//                  prefixed by `static ` when static
//   patterns       (opat (k v)... [(rest r)])  (apat a _ (rest r))  (default t v)  (rest t)
//   statements     (var|let|const (x init) (y))  (function-decl fn)  (class-decl c)  (expr e)
//                  (block ...)  ;  (if t c [a])  (for init test update body)  (for-in l r b)
//                  (for-of l r b)  (for-await-of l r b)  (while t b)  (do b t)  (return [x])
//                  (break [l])  (continue [l])  (throw x)  (try b [(catch p h)] [(finally f)])
//                  (switch d (case t ...) (default ...))  (label l b)  debugger
#include "core/js/syntax/ast_dump.h"

#include <cmath>
#include <cstdio>

#include "core/js/syntax/lexer.h"
#include "core/js/syntax/parser_impl.h"

namespace looplab::js {

namespace {

void append_u16(std::string& out, const std::u16string& s) {
  out.push_back('"');
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::uint32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      i++;
    }
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
      char buf[12];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else {
      append_utf8(out, c);
    }
  }
  out.push_back('"');
}

class Dumper {
 public:
  std::string out;

  void node(const Node* n) {
    if (n == nullptr) {
      out += "_";
      return;
    }
    switch (n->kind) {
      case NodeKind::kNumberLiteral:
        out += number_to_property_name(n->as<NumberLiteral>().value);
        return;
      case NodeKind::kStringLiteral:
        append_u16(out, n->as<StringLiteral>().value);
        return;
      case NodeKind::kTemplateLiteral: {
        auto& t = n->as<TemplateLiteral>();
        out += "(template";
        for (std::size_t i = 0; i < t.cooked.size(); ++i) {
          out += ' ';
          if (i < t.cooked_undefined.size() && t.cooked_undefined[i]) {
            out += "undefined";
          } else {
            append_u16(out, t.cooked[i]);
          }
          if (i < t.expressions.size()) {
            out += ' ';
            node(t.expressions[i]);
          }
        }
        out += ')';
        return;
      }
      case NodeKind::kTaggedTemplate: {
        auto& t = n->as<TaggedTemplate>();
        open("tagged");
        node(t.tag);
        out += ' ';
        node(t.quasi);
        out += ')';
        return;
      }
      case NodeKind::kBooleanLiteral:
        out += n->as<BooleanLiteral>().value ? "true" : "false";
        return;
      case NodeKind::kNullLiteral:
        out += "null";
        return;
      case NodeKind::kIdentifier:
        out += n->as<Identifier>().name;
        return;
      case NodeKind::kPrivateName:
        out += "#" + n->as<PrivateName>().name;
        return;
      case NodeKind::kThis:
        out += "this";
        return;
      case NodeKind::kSuper:
        out += "super";
        return;
      case NodeKind::kNewTarget:
        out += "new.target";
        return;
      case NodeKind::kArray: {
        out += "(array";
        for (const Node* e : n->as<ArrayExpression>().elements) {
          out += ' ';
          node(e);
        }
        out += ')';
        return;
      }
      case NodeKind::kObject: {
        out += "(object";
        for (const Property& p : n->as<ObjectExpression>().properties) {
          out += " (";
          switch (p.kind) {
            case PropertyKind::kInit:
              out += p.shorthand ? "short " : "init ";
              break;
            case PropertyKind::kMethod:
              out += "method ";
              break;
            case PropertyKind::kGetter:
              out += "get ";
              break;
            case PropertyKind::kSetter:
              out += "set ";
              break;
            case PropertyKind::kSpread:
              out += "spread";
              break;
          }
          if (p.kind != PropertyKind::kSpread) {
            key(p.key);
          }
          out += ' ';
          node(p.value);
          out += ')';
        }
        out += ')';
        return;
      }
      case NodeKind::kFunction:
        function(n->as<FunctionNode>());
        return;
      case NodeKind::kClass:
        klass(n->as<ClassNode>());
        return;
      case NodeKind::kUnary: {
        static const char* kOps[] = {"-", "+", "!", "~", "typeof", "void", "delete"};
        auto& u = n->as<UnaryExpression>();
        open(kOps[static_cast<int>(u.op)]);
        node(u.argument);
        out += ')';
        return;
      }
      case NodeKind::kUpdate: {
        auto& u = n->as<UpdateExpression>();
        open(u.prefix ? (u.increment ? "++x" : "--x") : (u.increment ? "x++" : "x--"));
        node(u.argument);
        out += ')';
        return;
      }
      case NodeKind::kBinary: {
        static const char* kOps[] = {
            "+", "-",  "*",  "/",   "%",   "**", "<<", ">>", ">>>", "&",  "|",
            "^", "==", "!=", "===", "!==", "<",  "<=", ">",  ">=",  "in", "instanceof"};
        auto& b = n->as<BinaryExpression>();
        binary(kOps[static_cast<int>(b.op)], b.left, b.right);
        return;
      }
      case NodeKind::kLogical: {
        static const char* kOps[] = {"&&", "||", "??"};
        auto& b = n->as<LogicalExpression>();
        binary(kOps[static_cast<int>(b.op)], b.left, b.right);
        return;
      }
      case NodeKind::kAssignment: {
        static const char* kOps[] = {"=",   "+=",   "-=", "*=", "/=", "%=",  "**=", "<<=",
                                     ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "?\?="};
        auto& a = n->as<AssignmentExpression>();
        binary(kOps[static_cast<int>(a.op)], a.target, a.value);
        return;
      }
      case NodeKind::kConditional: {
        auto& c = n->as<ConditionalExpression>();
        open("?");
        node(c.test);
        out += ' ';
        node(c.consequent);
        out += ' ';
        node(c.alternate);
        out += ')';
        return;
      }
      case NodeKind::kCall: {
        auto& c = n->as<CallExpression>();
        open(c.optional ? "call?." : "call");
        node(c.callee);
        list(c.arguments);
        out += ')';
        return;
      }
      case NodeKind::kNew: {
        auto& c = n->as<NewExpression>();
        open("new");
        node(c.callee);
        list(c.arguments);
        out += ')';
        return;
      }
      case NodeKind::kMember: {
        auto& m = n->as<MemberExpression>();
        if (m.computed) {
          open(m.optional ? "?.[]" : "[]");
          node(m.object);
          out += ' ';
          node(m.property);
        } else {
          open(m.is_private ? (m.optional ? "?.#" : ".#") : (m.optional ? "?." : "."));
          node(m.object);
          out += ' ';
          out += m.name;
        }
        out += ')';
        return;
      }
      case NodeKind::kOptionalChain:
        open("chain");
        node(n->as<OptionalChain>().expression);
        out += ')';
        return;
      case NodeKind::kSequence:
        out += "(,";
        list(n->as<SequenceExpression>().expressions);
        out += ')';
        return;
      case NodeKind::kSpread:
        open("...");
        node(n->as<SpreadElement>().argument);
        out += ')';
        return;
      case NodeKind::kAwait:
        open("await");
        node(n->as<AwaitExpression>().argument);
        out += ')';
        return;
      case NodeKind::kObjectPattern: {
        auto& p = n->as<ObjectPattern>();
        out += "(opat";
        for (const PatternProperty& prop : p.properties) {
          out += " (";
          key(prop.key);
          out += ' ';
          node(prop.value);
          out += ')';
        }
        if (p.rest) {
          out += " (rest ";
          node(p.rest);
          out += ')';
        }
        out += ')';
        return;
      }
      case NodeKind::kArrayPattern:
        out += "(apat";
        list(n->as<ArrayPattern>().elements);
        out += ')';
        return;
      case NodeKind::kAssignmentPattern: {
        auto& a = n->as<AssignmentPattern>();
        binary("default", a.target, a.default_value);
        return;
      }
      case NodeKind::kRestElement:
        open("rest");
        node(n->as<RestElement>().target);
        out += ')';
        return;
      case NodeKind::kVariableDeclaration: {
        auto& d = n->as<VariableDeclaration>();
        static const char* kKinds[] = {"var", "let", "const"};
        out += '(';
        out += kKinds[static_cast<int>(d.declaration_kind)];
        for (const VariableDeclarator& v : d.declarations) {
          out += " (";
          node(v.target);
          if (v.init) {
            out += ' ';
            node(v.init);
          }
          out += ')';
        }
        out += ')';
        return;
      }
      case NodeKind::kFunctionDeclaration:
        open("function-decl");
        node(n->as<FunctionDeclaration>().function);
        out += ')';
        return;
      case NodeKind::kClassDeclaration:
        open("class-decl");
        node(n->as<ClassDeclaration>().klass);
        out += ')';
        return;
      case NodeKind::kExpressionStatement:
        open("expr");
        node(n->as<ExpressionStatement>().expression);
        out += ')';
        return;
      case NodeKind::kBlock:
        out += "(block";
        list(n->as<BlockStatement>().body);
        out += ')';
        return;
      case NodeKind::kEmpty:
        out += ";";
        return;
      case NodeKind::kIf: {
        auto& s = n->as<IfStatement>();
        open("if");
        node(s.test);
        out += ' ';
        node(s.consequent);
        if (s.alternate) {
          out += ' ';
          node(s.alternate);
        }
        out += ')';
        return;
      }
      case NodeKind::kFor: {
        auto& s = n->as<ForStatement>();
        open("for");
        node(s.init);
        out += ' ';
        node(s.test);
        out += ' ';
        node(s.update);
        out += ' ';
        node(s.body);
        out += ')';
        return;
      }
      case NodeKind::kForIn: {
        auto& s = n->as<ForInStatement>();
        open("for-in");
        node(s.left);
        out += ' ';
        node(s.right);
        out += ' ';
        node(s.body);
        out += ')';
        return;
      }
      case NodeKind::kForOf: {
        auto& s = n->as<ForOfStatement>();
        open(s.is_await ? "for-await-of" : "for-of");
        node(s.left);
        out += ' ';
        node(s.right);
        out += ' ';
        node(s.body);
        out += ')';
        return;
      }
      case NodeKind::kWhile: {
        auto& s = n->as<WhileStatement>();
        binary("while", s.test, s.body);
        return;
      }
      case NodeKind::kDoWhile: {
        auto& s = n->as<DoWhileStatement>();
        binary("do", s.body, s.test);
        return;
      }
      case NodeKind::kReturn: {
        auto& s = n->as<ReturnStatement>();
        out += "(return";
        if (s.argument) {
          out += ' ';
          node(s.argument);
        }
        out += ')';
        return;
      }
      case NodeKind::kBreak:
      case NodeKind::kContinue: {
        const std::string& label =
            n->kind == NodeKind::kBreak ? n->as<BreakStatement>().label : n->as<ContinueStatement>().label;
        out += n->kind == NodeKind::kBreak ? "(break" : "(continue";
        if (!label.empty()) out += " " + label;
        out += ')';
        return;
      }
      case NodeKind::kThrow:
        open("throw");
        node(n->as<ThrowStatement>().argument);
        out += ')';
        return;
      case NodeKind::kTry: {
        auto& s = n->as<TryStatement>();
        open("try");
        node(s.block);
        if (s.handler) {
          out += " (catch ";
          node(s.param);
          out += ' ';
          node(s.handler);
          out += ')';
        }
        if (s.finalizer) {
          out += " (finally ";
          node(s.finalizer);
          out += ')';
        }
        out += ')';
        return;
      }
      case NodeKind::kSwitch: {
        auto& s = n->as<SwitchStatement>();
        open("switch");
        node(s.discriminant);
        for (const SwitchCase& c : s.cases) {
          if (c.test) {
            out += " (case ";
            node(c.test);
          } else {
            out += " (default";
          }
          list(c.consequent);
          out += ')';
        }
        out += ')';
        return;
      }
      case NodeKind::kLabeled: {
        auto& s = n->as<LabeledStatement>();
        out += "(label " + s.label + " ";
        node(s.body);
        out += ')';
        return;
      }
      case NodeKind::kDebugger:
        out += "debugger";
        return;
      case NodeKind::kProgram: {
        auto& p = n->as<Program>();
        out += p.strict ? "(program strict" : "(program";
        list(p.body);
        out += ')';
        return;
      }
    }
  }

 private:
  void open(const char* what) {
    out += '(';
    out += what;
    out += ' ';
  }
  void binary(const char* op, const Node* a, const Node* b) {
    open(op);
    node(a);
    out += ' ';
    node(b);
    out += ')';
  }
  void list(const std::vector<Node*>& nodes) {
    for (const Node* n : nodes) {
      out += ' ';
      node(n);
    }
  }
  void key(const PropertyKey& k) {
    if (k.computed) {
      out += '[';
      node(k.expression);
      out += ']';
    } else if (k.is_private) {
      out += "#" + k.name;
    } else {
      out += k.name;
    }
  }
  void function(const FunctionNode& f) {
    out += "(function \"" + f.name + "\"";
    if (f.is_async) out += " async";
    static const char* kKinds[] = {"", "arrow", "method", "get", "set", "ctor", "derived-ctor"};
    if (f.function_kind != FunctionKind::kNormal) {
      out += ' ';
      out += kKinds[static_cast<int>(f.function_kind)];
    }
    if (f.strict) out += " strict";
    if (f.uses_arguments) out += " args";
    if (f.uses_this_or_super) out += " this";
    if (!f.simple_parameters) out += " complex";
    out += " (params";
    list(f.params);
    out += ") ";
    node(f.body);
    out += ')';
  }
  void klass(const ClassNode& c) {
    out += "(class \"" + c.name + "\"";
    if (c.superclass) {
      out += " (extends ";
      node(c.superclass);
      out += ')';
    }
    if (c.constructor) {
      out += " (constructor ";
      node(c.constructor);
      out += ')';
    }
    for (const ClassMember& m : c.members) {
      out += " (";
      if (m.is_static) out += "static ";
      switch (m.kind) {
        case ClassMemberKind::kMethod:
          out += "method ";
          break;
        case ClassMemberKind::kGetter:
          out += "get ";
          break;
        case ClassMemberKind::kSetter:
          out += "set ";
          break;
        case ClassMemberKind::kField:
          out += "field ";
          break;
        case ClassMemberKind::kStaticBlock:
          out += "block ";
          break;
      }
      if (m.kind != ClassMemberKind::kStaticBlock) {
        key(m.key);
        out += ' ';
      }
      if (m.kind == ClassMemberKind::kField) {
        node(m.initializer);
      } else {
        node(m.function);
      }
      out += ')';
    }
    out += ')';
  }
};

}  // namespace

std::string dump_ast(const Node& node) {
  Dumper d;
  d.node(&node);
  return d.out;
}

}  // namespace looplab::js
