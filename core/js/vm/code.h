// Compiled code and captured scopes: the two engine-internal heap cells of the VM.
//
// A Code is one compiled function (or the top-level script): its bytecode (see bytecode.h), its
// constant pool, how many registers its frame needs, and where it came from in the source. A
// ClosureFunction pairs a Code with the Environment it closes over.
//
// Variables live in frame registers unless a nested function captures them; captured ones live
// in an Environment (a heap cell with slots and a parent), one per scope that has captured
// bindings, so that each iteration of `for (let i ...)` gets a fresh one.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/js/runtime/heap.h"
#include "core/js/syntax/ast.h"

namespace looplab::js {

struct SourceText {
  std::string filename;
  std::string text;
};

// Everything a compiled function is except its constant pool: plain data, no heap references,
// so a compiled script can be kept outside any engine (code_template.h) and copied into another.
struct CodeInfo {
  std::string name;  // as written or inferred; "" when anonymous
  FunctionKind kind = FunctionKind::kNormal;
  bool is_async = false;
  bool strict = false;
  bool is_script = false;        // top-level code
  bool needs_arguments = false;  // creates an arguments object
  bool has_simple_params = true;
  std::uint32_t length = 0;       // the function's `length` (params before the first default/rest)
  std::uint32_t param_count = 0;  // formal parameters received into registers 0..n-1
  std::uint32_t register_count = 0;
  std::uint32_t env_slots = 0;  // slots of the function-level environment (0: none)
  std::uint32_t max_stack = 0;

  std::vector<std::uint32_t> bytecode;
  // Exception handlers are dynamic (PushHandler instructions); the line table maps pcs to source.
  struct Position {
    std::uint32_t pc;
    std::uint32_t line;
    std::uint32_t column;
  };
  std::vector<Position> positions;
  std::shared_ptr<const SourceText> source;
  SourceRange range;  // the whole function (Function.prototype.toString)

  // Line and column of the instruction at `pc` (the last position at or before it).
  Position position_at(std::uint32_t pc) const;
};

struct CodeTemplate;

class Code final : public Cell, public CodeInfo {
 public:
  Code() : Cell(CellKind::kCode) {}

  // Numbers, atoms, nested Codes (Value::internal) and tagged templates' strings arrays. Empty
  // while constants_pending(): read them only from a frame (the interpreter fills them when it
  // first pushes one for this code).
  std::vector<Value> constants;
  std::uint32_t source_id = 0;  // the engine's id for `source`, given when a stack first needs it

  // A Code made from a template (code_template.h) gets its constants, and so its nested
  // functions, on its first call: most library functions are never called in a given run.
  std::shared_ptr<const CodeTemplate> pending_template;
  std::uint32_t pending_index = 0;  // in pending_template->codes
  bool constants_pending() const { return pending_template != nullptr; }

  void trace(Tracer& t) override { t.visit_all(constants); }
  std::size_t byte_size() const override {
    return sizeof(Code) + bytecode.capacity() * 4 + constants.capacity() * 8 + positions.capacity() * 12;
  }
};

class Environment final : public Cell {
 public:
  Environment(Environment* parent, std::size_t size)
      : Cell(CellKind::kEnvironment), parent(parent), slots(size, Value::hole()) {}
  Environment* parent;
  std::vector<Value> slots;

  void trace(Tracer& t) override {
    t.visit(parent);
    t.visit_all(slots);
  }
  std::size_t byte_size() const override { return sizeof(Environment) + slots.capacity() * 8; }
};

}  // namespace looplab::js
