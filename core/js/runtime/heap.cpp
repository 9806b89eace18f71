// Mark-and-sweep over every cell; see heap.h for when it runs and what it keeps.
#include "core/js/runtime/heap.h"

#include <algorithm>

#include "core/js/runtime/string.h"

namespace looplab::js {

const char* cell_kind_name(CellKind kind) {
  switch (kind) {
    case CellKind::kString:
      return "string";
    case CellKind::kSymbol:
      return "symbol";
    case CellKind::kObject:
      return "object";
    case CellKind::kEnvironment:
      return "environment";
    case CellKind::kCode:
      return "code";
    case CellKind::kOther:
      return "other";
    case CellKind::kCount:
      break;
  }
  return "?";
}

Heap::Heap() {
  m_atoms.reserve(4096);
  m_ascii_atoms.reserve(2048);  // a realm and the library intern a few thousand names at start
}

Heap::~Heap() {
  for (Cell* cell : m_cells) delete cell;
}

void Heap::register_cell(Cell* cell) {
  m_cells.push_back(cell);
  ++m_stats.allocations;
  m_allocated_since_gc += cell->byte_size();
}

String* Heap::intern(const std::u16string& text) {
  auto it = m_atoms.find(std::u16string_view(text));
  if (it != m_atoms.end()) return it->second;
  String* s = make<String>(text);
  s->m_atom = true;
  if (auto index = parse_array_index(text)) s->m_index = *index;
  m_atoms.emplace(std::u16string_view(s->m_text), s);
  return s;
}

String* Heap::intern_utf8(std::string_view text) {
  if (auto it = m_ascii_atoms.find(text); it != m_ascii_atoms.end()) return it->second;
  String* s = intern(utf8_to_utf16(text));
  constexpr std::size_t kLongestKept = 64;  // names, not texts
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
  if (ascii && text.size() <= kLongestKept && !s->m_ascii_keyed) {
    m_ascii_atoms.emplace(std::string(text), s);
    s->m_ascii_keyed = true;
  }
  return s;
}

std::size_t Heap::add_root_tracer(RootTracer tracer) {
  std::size_t id = m_next_tracer++;
  m_root_tracers.emplace_back(id, std::move(tracer));
  return id;
}

void Heap::remove_root_tracer(std::size_t id) {
  std::erase_if(m_root_tracers, [id](const auto& entry) { return entry.first == id; });
}

std::uint32_t Heap::persist(Value v) {
  if (!m_free_persistent.empty()) {
    std::uint32_t slot = m_free_persistent.back();
    m_free_persistent.pop_back();
    m_persistent[slot] = v;
    return slot;
  }
  m_persistent.push_back(v);
  return static_cast<std::uint32_t>(m_persistent.size() - 1);
}

void Heap::release(std::uint32_t slot) {
  m_persistent[slot] = Value::undefined();
  m_free_persistent.push_back(slot);
}

void Heap::collect() {
  Tracer tracer;
  for (auto& entry : m_root_tracers) entry.second(tracer);
  for (Value v : m_persistent) tracer.visit(v);
  auto drain = [&tracer] {
    while (!tracer.m_work.empty()) {
      Cell* cell = tracer.m_work.back();
      tracer.m_work.pop_back();
      cell->trace(tracer);
    }
  };
  drain();
  // Ephemerons: a WeakMap value is live only if its key is; repeat until nothing new is marked.
  std::erase_if(m_weak_containers, [](Cell* c) { return !Tracer::is_marked(c); });
  for (bool progress = true; progress;) {
    progress = false;
    for (Cell* weak : m_weak_containers) progress |= weak->trace_ephemerons(tracer);
    drain();
  }
  for (Cell* weak : m_weak_containers) weak->clear_dead_entries();

  std::size_t freed_bytes = 0, freed_cells = 0;
  std::size_t kept = 0;
  for (Cell* cell : m_cells) {
    if (cell->m_marked) {
      cell->m_marked = false;
      m_cells[kept++] = cell;
      continue;
    }
    if (cell->m_kind == CellKind::kString) {
      auto* s = static_cast<String*>(cell);
      if (s->m_atom) m_atoms.erase(std::u16string_view(s->m_text));
      if (s->m_ascii_keyed) m_ascii_atoms.erase(std::string(s->m_text.begin(), s->m_text.end()));
    }
    freed_bytes += cell->byte_size();
    ++freed_cells;
    delete cell;
  }
  m_cells.resize(kept);
  ++m_stats.collections;
  m_stats.last_freed_bytes = freed_bytes;
  m_stats.last_freed_cells = freed_cells;
  m_allocated_since_gc = 0;
  std::size_t live = 0;
  for (Cell* cell : m_cells) live += cell->byte_size();
  // Next collection after the heap has grown by as much as is live (at least 4 MiB).
  m_threshold = std::max<std::size_t>(live, 4u << 20);
}

const HeapStats& Heap::stats() {
  m_stats.live_bytes.fill(0);
  m_stats.live_cells.fill(0);
  m_stats.total_live_bytes = 0;
  for (Cell* cell : m_cells) {
    auto k = static_cast<std::size_t>(cell->m_kind);
    std::size_t bytes = cell->byte_size();
    m_stats.live_bytes[k] += bytes;
    m_stats.live_cells[k] += 1;
    m_stats.total_live_bytes += bytes;
  }
  return m_stats;
}

}  // namespace looplab::js
