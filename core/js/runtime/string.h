// Strings and symbols: immutable heap cells.
//
// A String holds UTF-16 code units, as JavaScript strings do (a lone surrogate is a valid string).
// Property keys are atoms: interned Strings (Heap::intern), so comparing two keys compares
// pointers. An atom that is a canonical array index ("0", "17", not "017" or "4294967295") caches
// that index, so `obj["3"]` and `arr[3]` find the same element.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/js/runtime/heap.h"

namespace looplab::js {

class String final : public Cell {
 public:
  static constexpr std::uint32_t kNotIndex = 0xFFFF'FFFFu;

  explicit String(std::u16string text) : Cell(CellKind::kString), m_text(std::move(text)) {}

  const std::u16string& text() const { return m_text; }
  std::size_t length() const { return m_text.size(); }
  std::string to_utf8() const;
  bool is_atom() const { return m_atom; }
  // For atoms: the array index this key names, or kNotIndex.
  std::uint32_t array_index() const { return m_index; }
  bool is_array_index() const { return m_index != kNotIndex; }

  std::size_t byte_size() const override { return sizeof(String) + m_text.capacity() * 2; }

 private:
  friend class Heap;
  std::u16string m_text;
  std::uint32_t m_index = kNotIndex;
  bool m_atom = false;
  bool m_ascii_keyed = false;  // also in the heap's ASCII atom table (Heap::intern_utf8)
};

class Symbol final : public Cell {
 public:
  // `description` is undefined (Symbol()) or a String.
  explicit Symbol(Value description, bool registered = false)
      : Cell(CellKind::kSymbol), m_description(description), m_registered(registered) {}

  Value description() const { return m_description; }
  bool is_registered() const { return m_registered; }  // Symbol.for
  // A class's private name (`#x`): keys its private members, never listed by own_keys.
  bool is_private() const { return m_private; }
  void set_private() { m_private = true; }
  // "Symbol(desc)", as String(sym) and util.inspect show it.
  std::string descriptive_string() const;

  void trace(Tracer& t) override { t.visit(m_description); }
  std::size_t byte_size() const override { return sizeof(Symbol); }

 private:
  Value m_description;
  bool m_registered;
  bool m_private = false;
};

// UTF-8 <-> UTF-16 (invalid UTF-8 becomes U+FFFD; a lone surrogate becomes U+FFFD in UTF-8).
std::u16string utf8_to_utf16(std::string_view utf8);
std::string utf16_to_utf8(std::u16string_view utf16);

// The index a key text names when it is a canonical array index (0 .. 2^32-2).
std::optional<std::uint32_t> parse_array_index(std::u16string_view text);

}  // namespace looplab::js
