// Element storage and the integer-indexed exotic object methods (ECMA-262 10.4.5) of typed arrays.
#include "core/js/runtime/typed_array.h"

#include <cmath>
#include <cstring>
#include <string>

#include "core/js/runtime/conversions.h"
#include "core/js/vm/vm.h"

namespace looplab::js {

std::size_t element_size(TypedArrayKind kind) {
  switch (kind) {
    case TypedArrayKind::kInt8:
    case TypedArrayKind::kUint8:
    case TypedArrayKind::kUint8Clamped:
      return 1;
    case TypedArrayKind::kInt16:
    case TypedArrayKind::kUint16:
      return 2;
    case TypedArrayKind::kInt32:
    case TypedArrayKind::kUint32:
    case TypedArrayKind::kFloat32:
      return 4;
    case TypedArrayKind::kFloat64:
      return 8;
  }
  return 1;
}

const char* typed_array_name(TypedArrayKind kind) {
  switch (kind) {
    case TypedArrayKind::kInt8:
      return "Int8Array";
    case TypedArrayKind::kUint8:
      return "Uint8Array";
    case TypedArrayKind::kUint8Clamped:
      return "Uint8ClampedArray";
    case TypedArrayKind::kInt16:
      return "Int16Array";
    case TypedArrayKind::kUint16:
      return "Uint16Array";
    case TypedArrayKind::kInt32:
      return "Int32Array";
    case TypedArrayKind::kUint32:
      return "Uint32Array";
    case TypedArrayKind::kFloat32:
      return "Float32Array";
    case TypedArrayKind::kFloat64:
      return "Float64Array";
  }
  return "Uint8Array";
}

namespace {

// 7.1.11 ToUint8Clamp: round half to even, clamp to 0..255, NaN to 0.
double clamp_uint8(double d) {
  if (!(d > 0)) return 0;
  if (d >= 255) return 255;
  double f = std::floor(d);
  if (f + 0.5 < d) return f + 1;
  if (d < f + 0.5) return f;
  return std::fmod(f, 2.0) == 0 ? f : f + 1;
}

template <class T>
T load(const std::uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

template <class T>
void store(std::uint8_t* p, T v) {
  std::memcpy(p, &v, sizeof(T));
}

}  // namespace

double convert_element(TypedArrayKind kind, double d) {
  auto bits = static_cast<std::uint32_t>(double_to_int32(d));
  switch (kind) {
    case TypedArrayKind::kInt8:
      return static_cast<std::int8_t>(static_cast<std::uint8_t>(bits));
    case TypedArrayKind::kUint8:
      return static_cast<std::uint8_t>(bits);
    case TypedArrayKind::kUint8Clamped:
      return clamp_uint8(d);
    case TypedArrayKind::kInt16:
      return static_cast<std::int16_t>(static_cast<std::uint16_t>(bits));
    case TypedArrayKind::kUint16:
      return static_cast<std::uint16_t>(bits);
    case TypedArrayKind::kInt32:
      return static_cast<std::int32_t>(bits);
    case TypedArrayKind::kUint32:
      return bits;
    case TypedArrayKind::kFloat32:
      return static_cast<float>(d);
    case TypedArrayKind::kFloat64:
      return d;
  }
  return d;
}

double TypedArrayObject::element(std::size_t i) const {
  const std::uint8_t* p = bytes() + i * element_size(m_kind);
  switch (m_kind) {
    case TypedArrayKind::kInt8:
      return load<std::int8_t>(p);
    case TypedArrayKind::kUint8:
    case TypedArrayKind::kUint8Clamped:
      return *p;
    case TypedArrayKind::kInt16:
      return load<std::int16_t>(p);
    case TypedArrayKind::kUint16:
      return load<std::uint16_t>(p);
    case TypedArrayKind::kInt32:
      return load<std::int32_t>(p);
    case TypedArrayKind::kUint32:
      return load<std::uint32_t>(p);
    case TypedArrayKind::kFloat32:
      return load<float>(p);
    case TypedArrayKind::kFloat64:
      return load<double>(p);
  }
  return 0;
}

void TypedArrayObject::set_element(std::size_t i, double d) {
  std::uint8_t* p = bytes() + i * element_size(m_kind);
  double v = convert_element(m_kind, d);
  switch (m_kind) {
    case TypedArrayKind::kInt8:
      store(p, static_cast<std::int8_t>(v));
      break;
    case TypedArrayKind::kUint8:
    case TypedArrayKind::kUint8Clamped:
      *p = static_cast<std::uint8_t>(v);
      break;
    case TypedArrayKind::kInt16:
      store(p, static_cast<std::int16_t>(v));
      break;
    case TypedArrayKind::kUint16:
      store(p, static_cast<std::uint16_t>(v));
      break;
    case TypedArrayKind::kInt32:
      store(p, static_cast<std::int32_t>(v));
      break;
    case TypedArrayKind::kUint32:
      store(p, static_cast<std::uint32_t>(v));
      break;
    case TypedArrayKind::kFloat32:
      store(p, static_cast<float>(v));
      break;
    case TypedArrayKind::kFloat64:
      store(p, v);
      break;
  }
}

bool TypedArrayObject::is_numeric_key(PropKey key) {
  if (key.is_symbol()) return false;
  if (key.is_array_index()) return true;
  const std::u16string& text = key.as_string()->text();
  if (text == u"-0") return true;
  if (text.empty()) return false;
  return number_to_u16string(string_to_number(text)) == text;
}

std::optional<PropertyDescriptor> TypedArrayObject::get_own_property(PropKey key) const {
  if (key.is_array_index()) {
    std::uint32_t i = key.array_index();
    if (i >= m_length) return std::nullopt;
    return PropertyDescriptor{Value(element(i)), Value::undefined(), kDefaultAttrs};
  }
  if (is_numeric_key(key)) return std::nullopt;
  return Object::get_own_property(key);
}

// Without a Vm no valueOf can run: an object stored this way (only by engine internals) is NaN.
void TypedArrayObject::define(PropKey key, Value value, std::uint8_t attrs) {
  if (key.is_array_index()) {
    std::uint32_t i = key.array_index();
    if (i < m_length && !value.is_symbol()) {
      set_element(i, value.is_object() ? std::nan("") : primitive_to_number(value));
    }
    return;
  }
  if (is_numeric_key(key)) return;
  Object::define(key, value, attrs);
}

// 10.4.5.3 [[DefineOwnProperty]]: an index must be in range and stay a plain writable,
// enumerable, configurable data property.
bool TypedArrayObject::define_own_property(PropKey key, const PropertyDescriptor& desc) {
  if (key.is_array_index()) {
    if (key.array_index() >= m_length) return false;
    if (desc.is_accessor() || !desc.configurable() || !desc.enumerable() || !desc.writable()) return false;
    define(key, desc.value, kDefaultAttrs);
    return true;
  }
  if (is_numeric_key(key)) return false;
  return Object::define_own_property(key, desc);
}

bool TypedArrayObject::delete_property(PropKey key) {
  if (key.is_array_index()) return key.array_index() >= m_length;
  if (is_numeric_key(key)) return true;
  return Object::delete_property(key);
}

std::vector<PropKey> TypedArrayObject::own_keys(Heap& heap, bool include_symbols) const {
  std::vector<PropKey> keys;
  keys.reserve(m_length);
  for (std::size_t i = 0; i < m_length; ++i) keys.emplace_back(heap.intern_utf8(std::to_string(i)));
  std::vector<PropKey> rest = Object::own_keys(heap, include_symbols);
  keys.insert(keys.end(), rest.begin(), rest.end());
  return keys;
}

void TypedArrayObject::trace(Tracer& t) {
  Object::trace(t);
  t.visit(m_buffer);
}

ArrayBufferObject* make_array_buffer(Vm& vm, double byte_length, Object* prototype) {
  if (byte_length > kMaxByteLength) {
    vm.throw_range_error("Array buffer allocation failed");
    return nullptr;
  }
  if (prototype == nullptr) prototype = vm.realm().array_buffer_prototype;
  return vm.heap().make<ArrayBufferObject>(prototype, static_cast<std::size_t>(byte_length));
}

TypedArrayObject* make_typed_array(Vm& vm, TypedArrayKind kind, double length, Object* prototype) {
  if (length > 4294967296.0) {
    vm.throw_range_error("Invalid typed array length: " + number_to_string(length));
    return nullptr;
  }
  ArrayBufferObject* buffer = make_array_buffer(vm, length * static_cast<double>(element_size(kind)));
  if (buffer == nullptr) return nullptr;
  if (prototype == nullptr) prototype = vm.realm().typed_array_prototypes[static_cast<std::size_t>(kind)];
  return vm.heap().make<TypedArrayObject>(prototype, kind, buffer, 0, static_cast<std::size_t>(length));
}

Value TypedArrayObject::set_index(Vm& vm, std::uint32_t index, Value value) {
  double d;
  if (value.is_number()) {
    d = value.as_number();
  } else {
    auto n = to_number(vm, value);
    if (!n) return Value::exception();
    d = *n;
  }
  if (index < m_length) set_element(index, d);
  return Value::boolean(true);
}

Value TypedArrayObject::set_numeric(Vm& vm, PropKey key, Value value) {
  if (key.is_array_index()) return set_index(vm, key.array_index(), value);
  if (!value.is_number() && !to_number(vm, value)) return Value::exception();
  return Value::boolean(true);
}

}  // namespace looplab::js
