// ArrayBuffer and the integer-indexed exotic objects (typed arrays) of ECMA-262 25.1 and 10.4.5.
//
// An ArrayBufferObject owns its bytes; a TypedArrayObject is a view: a buffer, a byte offset, an
// element count and an element kind. Elements are stored little-endian (the byte order of every
// target Looplab builds for) and read and written through the kind's conversion: integers wrap
// modulo 2^bits, Uint8Clamped rounds half to even and clamps to 0..255, Float32 rounds to single
// precision. Buffers never shrink (no transfer / detach / resize), so a view's range always fits.
//
// The exotic behaviour: an index below the length is an own, writable, enumerable, configurable
// data property; any other index does not exist, reads give undefined and writes are ignored.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/js/runtime/object.h"

namespace looplab::js {

enum class TypedArrayKind : std::uint8_t {
  kInt8,
  kUint8,
  kUint8Clamped,
  kInt16,
  kUint16,
  kInt32,
  kUint32,
  kFloat32,
  kFloat64,
};
constexpr std::size_t kTypedArrayKindCount = 9;

std::size_t element_size(TypedArrayKind kind);
// The constructor's name: "Uint8Array", "Float64Array", ...
const char* typed_array_name(TypedArrayKind kind);
// The value an element of this kind holds after storing `d` (ToInt8, ToUint8Clamp, ...).
double convert_element(TypedArrayKind kind, double d);

class ArrayBufferObject final : public Object {
 public:
  ArrayBufferObject(Object* prototype, std::size_t byte_length)
      : Object(prototype, ObjectClass::kArrayBuffer), m_data(byte_length, 0) {}
  std::vector<std::uint8_t>& data() { return m_data; }
  const std::vector<std::uint8_t>& data() const { return m_data; }
  std::size_t byte_length() const { return m_data.size(); }
  std::size_t byte_size() const override { return Object::byte_size() + m_data.capacity(); }

 private:
  std::vector<std::uint8_t> m_data;
};

class TypedArrayObject final : public Object {
 public:
  TypedArrayObject(Object* prototype, TypedArrayKind kind, ArrayBufferObject* buffer, std::size_t byte_offset,
                   std::size_t length)
      : Object(prototype, ObjectClass::kTypedArray),
        m_kind(kind),
        m_buffer(buffer),
        m_byte_offset(byte_offset),
        m_length(length) {}

  TypedArrayKind kind() const { return m_kind; }
  ArrayBufferObject* buffer() const { return m_buffer; }
  std::size_t byte_offset() const { return m_byte_offset; }
  std::size_t length() const { return m_length; }
  std::size_t byte_length() const { return m_length * element_size(m_kind); }
  std::uint8_t* bytes() { return m_buffer->data().data() + m_byte_offset; }
  const std::uint8_t* bytes() const { return m_buffer->data().data() + m_byte_offset; }

  // Whether a number key is an element index (an integer in [0, length), not -0): the
  // interpreter's fast path for ta[i].
  bool valid_index(double d) const {
    return d >= 0 && d < static_cast<double>(m_length) &&
           d == static_cast<double>(static_cast<std::size_t>(d)) && !(d == 0 && std::signbit(d));
  }
  // Element i (i < length()) as a number.
  double element(std::size_t i) const;
  // Stores `d` converted to the element kind (i < length()).
  void set_element(std::size_t i, double d);

  std::optional<PropertyDescriptor> get_own_property(PropKey key) const override;
  void define(PropKey key, Value value, std::uint8_t attrs = kDefaultAttrs) override;
  bool define_own_property(PropKey key, const PropertyDescriptor& desc) override;
  bool delete_property(PropKey key) override;
  std::vector<PropKey> own_keys(Heap& heap, bool include_symbols = true) const override;
  void trace(Tracer& t) override;

  // CanonicalNumericIndexString (7.1.21) holds: "-1", "1.5", "-0", "NaN" are numeric keys that
  // never exist on a typed array (array indices are numeric too).
  static bool is_numeric_key(PropKey key);

  // 10.4.5.5 [[Set]] of an index on the typed array itself: ToNumber (may run valueOf), then
  // store when the index is in range. Returns true or exception.
  Value set_index(Vm& vm, std::uint32_t index, Value value);
  // The same for any numeric key (is_numeric_key): a non-index one is converted and ignored.
  Value set_numeric(Vm& vm, PropKey key, Value value);

 private:
  TypedArrayKind m_kind;
  ArrayBufferObject* m_buffer;
  std::size_t m_byte_offset;
  std::size_t m_length;
};

// A new ArrayBuffer of `byte_length` zero bytes (prototype: %ArrayBuffer.prototype% unless given).
// Buffers above kMaxByteLength are refused with node's RangeError "Array buffer allocation
// failed" (node would try; a simulated process should not take its host down): nullptr, thrown.
constexpr double kMaxByteLength = 256.0 * 1024 * 1024;
ArrayBufferObject* make_array_buffer(Vm& vm, double byte_length, Object* prototype = nullptr);
// A new typed array of `kind` and `length` elements over a fresh zeroed buffer (prototype: the
// kind's own unless given); nullptr when it threw a RangeError.
TypedArrayObject* make_typed_array(Vm& vm, TypedArrayKind kind, double length, Object* prototype = nullptr);

inline bool is_typed_array(Value v) {
  return v.is_object() && v.as_object()->object_class() == ObjectClass::kTypedArray;
}
inline bool is_array_buffer(Value v) {
  return v.is_object() && v.as_object()->object_class() == ObjectClass::kArrayBuffer;
}

}  // namespace looplab::js
