// The garbage-collected heap: every string, symbol, object and engine-internal record is a Cell.
//
// Collection is precise mark-and-sweep. It runs ONLY at the interpreter's safe points (calls and
// loop back-edges of the outermost run), never while native C++ code is on the stack, so a native
// may hold raw Cell pointers in C++ locals without rooting them. What survives a collection:
// - everything reachable from the roots: the realm (intrinsics, global object), the VM's stack and
//   frames, and Persistent handles (C++ objects outside the heap that hold values, e.g. callbacks
//   queued in the runtime);
// - interned strings (atoms) only while something else reaches them (the table is weak);
// - WeakMap entries only while their key is reachable (ephemerons, see Heap::collect).
//
// Accounting (for the V8 heap panel of a later issue): bytes live per kind, allocations,
// collections and what the last collection freed.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/js/runtime/value.h"

namespace looplab::js {

class Heap;
class Tracer;

enum class CellKind : std::uint8_t {
  kString,
  kSymbol,
  kObject,
  kEnvironment,  // captured variables of a scope (vm)
  kCode,         // compiled function (vm)
  kOther,
  kCount,
};

const char* cell_kind_name(CellKind kind);

class Cell {
 public:
  explicit Cell(CellKind kind) : m_kind(kind) {}
  virtual ~Cell() = default;
  Cell(const Cell&) = delete;
  Cell& operator=(const Cell&) = delete;

  CellKind cell_kind() const { return m_kind; }
  // Reports every Value and Cell* this cell holds.
  virtual void trace(Tracer&) {}
  // Approximate bytes owned (the object and its out-of-line storage), for accounting.
  virtual std::size_t byte_size() const { return sizeof(Cell); }
  // Weak containers (WeakMap): after strong marking, mark the values of entries whose key is
  // marked (returns true when it marked something new); then drop entries whose key is dead.
  virtual bool trace_ephemerons(Tracer&) { return false; }
  virtual void clear_dead_entries() {}

 private:
  friend class Heap;
  friend class Tracer;
  CellKind m_kind;
  bool m_marked = false;
};

class Tracer {
 public:
  void visit(Value v) {
    if (v.is_cell()) visit(v.as_cell());
  }
  void visit(Cell* cell) {
    if (cell != nullptr && !cell->m_marked) {
      cell->m_marked = true;
      m_work.push_back(cell);
    }
  }
  template <class T>
  void visit_all(const T& values) {
    for (const auto& v : values) visit(v);
  }
  static bool is_marked(const Cell* cell) { return cell->m_marked; }

 private:
  friend class Heap;
  std::vector<Cell*> m_work;
};

struct HeapStats {
  std::array<std::size_t, static_cast<std::size_t>(CellKind::kCount)> live_bytes{};
  std::array<std::size_t, static_cast<std::size_t>(CellKind::kCount)> live_cells{};
  std::size_t total_live_bytes = 0;
  std::uint64_t allocations = 0;
  std::uint64_t collections = 0;
  std::size_t last_freed_bytes = 0;
  std::size_t last_freed_cells = 0;
};

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  template <class T, class... Args>
  T* make(Args&&... args) {
    T* cell = new T(std::forward<Args>(args)...);
    register_cell(cell);
    return cell;
  }

  // Interned string (atom) for a UTF-16 text: equal texts give the same String*.
  String* intern(const std::u16string& text);
  String* intern_utf8(std::string_view text);

  // Roots besides Persistent handles: the realm and the VM register a tracer each.
  using RootTracer = std::function<void(Tracer&)>;
  std::size_t add_root_tracer(RootTracer tracer);
  void remove_root_tracer(std::size_t id);

  // Should the next safe point collect? (bytes allocated since the last collection)
  bool wants_collection() const { return m_allocated_since_gc >= m_threshold; }
  void collect();
  // Growth of an object's out-of-line storage (arrays, property tables), for the trigger.
  void note_growth(std::size_t bytes) { m_allocated_since_gc += bytes; }
  // A cell with weak entries (a WeakMap) that collect() must visit as an ephemeron table.
  void register_weak_container(Cell* cell) { m_weak_containers.push_back(cell); }

  const HeapStats& stats();  // refreshed live figures
  std::size_t cell_count() const { return m_cells.size(); }

  // Persistent roots: slots that hold a value alive until released.
  std::uint32_t persist(Value v);
  void release(std::uint32_t slot);
  Value persisted(std::uint32_t slot) const { return m_persistent[slot]; }

 private:
  void register_cell(Cell* cell);

  std::vector<Cell*> m_cells;
  // Keys view each atom's own text (a String never moves or changes), so interning copies the text
  // once; an atom's entry is erased before the String is freed. Lookups only, never iterated.
  std::unordered_map<std::u16string_view, String*> m_atoms;
  // intern_utf8 of ASCII text (property names the natives use at every call: "length", "prototype",
  // typeof's answers) skips converting to UTF-16: the same atoms, found by their 8-bit text. ASCII
  // only, so each atom has one key here, which the sweep rebuilds to erase it.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, String*, TextHash, std::equal_to<>> m_ascii_atoms;
  std::vector<std::pair<std::size_t, RootTracer>> m_root_tracers;
  std::size_t m_next_tracer = 1;
  std::vector<Value> m_persistent;
  std::vector<Cell*> m_weak_containers;
  std::vector<std::uint32_t> m_free_persistent;
  std::size_t m_allocated_since_gc = 0;
  std::size_t m_threshold = 4u << 20;
  HeapStats m_stats;
};

// A root held by C++ code outside the heap (a queued callback, a test). Movable, not copyable.
class Persistent {
 public:
  Persistent() = default;
  Persistent(Heap& heap, Value v) : m_heap(&heap), m_slot(heap.persist(v)) {}
  ~Persistent() { reset(); }
  Persistent(Persistent&& other) noexcept : m_heap(other.m_heap), m_slot(other.m_slot) {
    other.m_heap = nullptr;
  }
  Persistent& operator=(Persistent&& other) noexcept {
    if (this != &other) {
      reset();
      m_heap = other.m_heap;
      m_slot = other.m_slot;
      other.m_heap = nullptr;
    }
    return *this;
  }
  Persistent(const Persistent&) = delete;
  Persistent& operator=(const Persistent&) = delete;

  Value get() const { return m_heap != nullptr ? m_heap->persisted(m_slot) : Value::undefined(); }
  void reset() {
    if (m_heap != nullptr) m_heap->release(m_slot);
    m_heap = nullptr;
  }

 private:
  Heap* m_heap = nullptr;
  std::uint32_t m_slot = 0;
};

}  // namespace looplab::js
