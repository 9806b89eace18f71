// Code's line table and the ClosureFunction queries that read its Code.
#include "core/js/vm/code.h"

#include "core/js/runtime/object.h"

namespace looplab::js {

CodeInfo::Position CodeInfo::position_at(std::uint32_t pc) const {
  Position best{0, range.line, range.column};
  // positions are sorted by pc: binary search for the last at or before pc.
  std::size_t lo = 0, hi = positions.size();
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (positions[mid].pc <= pc) {
      best = positions[mid];
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return best;
}

bool ClosureFunction::is_class_constructor() const {
  return m_code->kind == FunctionKind::kClassConstructor || m_code->kind == FunctionKind::kDerivedConstructor;
}
bool ClosureFunction::is_derived_constructor() const {
  return m_code->kind == FunctionKind::kDerivedConstructor;
}
bool ClosureFunction::is_async() const {
  return m_code->is_async;
}
bool ClosureFunction::is_arrow() const {
  return m_code->kind == FunctionKind::kArrow;
}

std::string ClosureFunction::source_text() const {
  if (!m_code->source) return "function () { [native code] }";
  const std::string& text = m_code->source->text;
  if (m_code->range.end > text.size() || m_code->range.start > m_code->range.end) return "";
  return text.substr(m_code->range.start, m_code->range.end - m_code->range.start);
}

void ClosureFunction::trace(Tracer& t) {
  Object::trace(t);
  t.visit(m_code);
  t.visit(m_env);
  t.visit(m_bound_this);
  t.visit(m_bound_new_target);
  t.visit(m_home);
  t.visit(m_fields);
}

}  // namespace looplab::js
