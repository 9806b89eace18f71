// Freezing a compiled Code tree into plain data and instantiating it in another heap.
#include "core/js/vm/code_template.h"

#include <unordered_map>

#include "core/js/runtime/heap.h"
#include "core/js/runtime/string.h"

namespace looplab::js {

namespace {

using Constant = CodeTemplate::Constant;

// Appends `code` and, depth first, every Code its constants reach; false when a constant is an
// object or symbol (nothing the compiler emits today except tagged templates' strings arrays).
bool freeze_into(const Code& code, CodeTemplate& out, std::unordered_map<const Code*, std::uint32_t>& seen) {
  auto index = static_cast<std::uint32_t>(out.codes.size());
  seen.emplace(&code, index);
  out.codes.push_back(CodeTemplate::Function{static_cast<const CodeInfo&>(code), {}});
  std::vector<Constant> constants;
  constants.reserve(code.constants.size());
  for (Value v : code.constants) {
    Constant c;
    if (!v.is_cell()) {
      c.kind = Constant::Kind::kPrimitive;
      c.bits = v.bits();
    } else if (v.is_string() && v.as_string()->is_atom()) {
      c.kind = Constant::Kind::kAtom;
      c.text = v.as_string()->text();
    } else if (v.is_internal() && v.as_cell()->cell_kind() == CellKind::kCode) {
      const auto* child = static_cast<const Code*>(v.as_cell());
      auto it = seen.find(child);
      std::uint32_t child_index = 0;
      if (it != seen.end()) {
        child_index = it->second;
      } else {
        child_index = static_cast<std::uint32_t>(out.codes.size());
        if (!freeze_into(*child, out, seen)) return false;
      }
      c.kind = Constant::Kind::kCode;
      c.bits = child_index;
    } else {
      return false;
    }
    constants.push_back(std::move(c));
  }
  out.codes[index].constants = std::move(constants);
  return true;
}

}  // namespace

std::shared_ptr<const CodeTemplate> freeze_code(const Code& script) {
  auto out = std::make_shared<CodeTemplate>();
  std::unordered_map<const Code*, std::uint32_t> seen;
  if (!freeze_into(script, *out, seen)) return nullptr;
  return out;
}

namespace {

Code* make_pending(Heap& heap, const std::shared_ptr<const CodeTemplate>& tmpl, std::uint32_t index) {
  Code* code = heap.make<Code>();
  static_cast<CodeInfo&>(*code) = tmpl->codes[index].info;
  code->pending_template = tmpl;
  code->pending_index = index;
  return code;
}

}  // namespace

Code* instantiate_code(Heap& heap, std::shared_ptr<const CodeTemplate> tmpl) {
  if (tmpl == nullptr || tmpl->codes.empty()) return nullptr;
  return make_pending(heap, tmpl, 0);
}

void fill_constants(Heap& heap, Code& code) {
  if (!code.constants_pending()) return;
  // Taken first: the template must outlive this call even though the Code lets go of it. The
  // Codes made here are reachable only through `code.constants` once filled, and allocation
  // does not collect (collections happen at the interpreter's safe points).
  std::shared_ptr<const CodeTemplate> tmpl = std::move(code.pending_template);
  code.pending_template = nullptr;
  const auto& constants = tmpl->codes[code.pending_index].constants;
  code.constants.reserve(constants.size());
  for (const Constant& c : constants) {
    switch (c.kind) {
      case Constant::Kind::kPrimitive:
        code.constants.push_back(Value::from_bits(c.bits));
        break;
      case Constant::Kind::kAtom:
        code.constants.push_back(Value(heap.intern(c.text)));
        break;
      case Constant::Kind::kCode:
        code.constants.push_back(
            Value::internal(make_pending(heap, tmpl, static_cast<std::uint32_t>(c.bits))));
        break;
    }
  }
}

}  // namespace looplab::js
