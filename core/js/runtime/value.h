// A JavaScript value in 64 bits (NaN boxing).
//
// Every double except a NaN is stored as itself; NaNs are canonicalised to one quiet NaN, which
// frees the bit patterns above 0xFFF8'0000'0000'0000 for tagged values:
//
//   tag (top 16 bits)  payload (low 48 bits)
//   0xFFF9             a constant: undefined, null, false, true, the hole, the exception marker
//   0xFFFA             String*      (a heap cell)
//   0xFFFB             Symbol*
//   0xFFFC             Object*      (and every subclass: arrays, functions, promises, ...)
//   0xFFFD             another Cell* the engine keeps in values (environments, code)
//
// Value is trivially copyable; it does not keep what it points at alive: the GC finds values in the
// VM's stack, in heap cells, in the realm and in Persistent handles (heap.h).
//
// Two markers are not JavaScript values:
// - the hole: an array element that does not exist (`[1, , 3]`), and an uninitialised `let`
//   binding (the temporal dead zone);
// - the exception marker: what a native function or a runtime helper returns after it has thrown
//   (vm.throw_*): "an exception is pending, unwind".
#pragma once

#include <cstdint>
#include <cstring>

namespace looplab::js {

class Cell;
class String;
class Symbol;
class Object;

class Value {
 public:
  constexpr Value() : m_bits(kUndefinedBits) {}
  Value(double d) : m_bits(d != d ? kCanonicalNaN : __builtin_bit_cast(std::uint64_t, d)) {}  // NOLINT
  Value(int i) : Value(static_cast<double>(i)) {}                                             // NOLINT
  Value(String* s) : m_bits(box(kStringTag, s)) {}                                            // NOLINT
  Value(Symbol* s) : m_bits(box(kSymbolTag, s)) {}                                            // NOLINT
  Value(Object* o) : m_bits(box(kObjectTag, o)) {}                                            // NOLINT
  Value(bool) = delete;  // use Value::boolean(b): a pointer must not silently turn into a bool

  static constexpr Value undefined() { return from_bits(kUndefinedBits); }
  static constexpr Value null() { return from_bits(kNullBits); }
  static constexpr Value boolean(bool b) { return from_bits(b ? kTrueBits : kFalseBits); }
  static constexpr Value hole() { return from_bits(kHoleBits); }
  static constexpr Value exception() { return from_bits(kExceptionBits); }
  static Value number(double d) { return Value(d); }
  static Value internal(Cell* c) { return from_bits(box(kCellTag, c)); }
  static constexpr Value from_bits(std::uint64_t bits) {
    Value v;
    v.m_bits = bits;
    return v;
  }

  std::uint64_t bits() const { return m_bits; }

  bool is_number() const { return m_bits < kFirstTagged; }
  bool is_undefined() const { return m_bits == kUndefinedBits; }
  bool is_null() const { return m_bits == kNullBits; }
  bool is_nullish() const { return m_bits == kUndefinedBits || m_bits == kNullBits; }
  bool is_boolean() const { return m_bits == kTrueBits || m_bits == kFalseBits; }
  bool is_true() const { return m_bits == kTrueBits; }
  bool is_hole() const { return m_bits == kHoleBits; }
  bool is_exception() const { return m_bits == kExceptionBits; }
  bool is_string() const { return (m_bits >> 48) == kStringTag; }
  bool is_symbol() const { return (m_bits >> 48) == kSymbolTag; }
  bool is_object() const { return (m_bits >> 48) == kObjectTag; }
  bool is_internal() const { return (m_bits >> 48) == kCellTag; }
  // Points at a heap cell (string, symbol, object or internal).
  bool is_cell() const { return (m_bits >> 48) >= kStringTag; }

  double as_number() const { return __builtin_bit_cast(double, m_bits); }
  bool as_boolean() const { return m_bits == kTrueBits; }
  String* as_string() const { return reinterpret_cast<String*>(payload()); }
  Symbol* as_symbol() const { return reinterpret_cast<Symbol*>(payload()); }
  Object* as_object() const { return reinterpret_cast<Object*>(payload()); }
  Cell* as_cell() const { return reinterpret_cast<Cell*>(payload()); }

  // Same bits: identity for cells, equal doubles except that 0 != -0 and NaN == NaN.
  friend bool operator==(Value a, Value b) { return a.m_bits == b.m_bits; }

 private:
  static constexpr std::uint64_t kCanonicalNaN = 0x7FF8'0000'0000'0000ull;
  static constexpr std::uint64_t kFirstTagged = 0xFFF9'0000'0000'0000ull;
  static constexpr std::uint64_t kConstTag = 0xFFF9;
  static constexpr std::uint64_t kStringTag = 0xFFFA;
  static constexpr std::uint64_t kSymbolTag = 0xFFFB;
  static constexpr std::uint64_t kObjectTag = 0xFFFC;
  static constexpr std::uint64_t kCellTag = 0xFFFD;
  static constexpr std::uint64_t kUndefinedBits = (kConstTag << 48) | 1;
  static constexpr std::uint64_t kNullBits = (kConstTag << 48) | 2;
  static constexpr std::uint64_t kFalseBits = (kConstTag << 48) | 3;
  static constexpr std::uint64_t kTrueBits = (kConstTag << 48) | 4;
  static constexpr std::uint64_t kHoleBits = (kConstTag << 48) | 5;
  static constexpr std::uint64_t kExceptionBits = (kConstTag << 48) | 6;

  static std::uint64_t box(std::uint64_t tag, const void* p) {
    return (tag << 48) | static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(p));
  }
  std::uintptr_t payload() const { return static_cast<std::uintptr_t>(m_bits & 0x0000'FFFF'FFFF'FFFFull); }

  std::uint64_t m_bits;
};

static_assert(sizeof(Value) == 8);

// Arguments of a call: a view of values owned by the caller (the VM stack or a vector).
// Reading past the end gives undefined, as JavaScript does for missing arguments.
class ArgList {
 public:
  ArgList() = default;
  ArgList(const Value* data, std::size_t size) : m_data(data), m_size(size) {}
  std::size_t size() const { return m_size; }
  Value operator[](std::size_t i) const { return i < m_size ? m_data[i] : Value::undefined(); }
  const Value* begin() const { return m_data; }
  const Value* end() const { return m_data + m_size; }
  ArgList drop(std::size_t n) const { return n >= m_size ? ArgList() : ArgList(m_data + n, m_size - n); }

 private:
  const Value* m_data = nullptr;
  std::size_t m_size = 0;
};

}  // namespace looplab::js
