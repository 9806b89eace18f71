// The natives of lib/buffer.js: the byte work of Buffer in C++ (encoding and decoding text,
// comparing, searching, copying, floats). Encodings are passed as small integers (kEncodings
// below, the same order as ENCODINGS in buffer.js): buffer.js validates names and arguments and
// throws node's errors; these natives trust their arguments but never read or write outside a
// view (they clamp), so a bug cannot corrupt memory.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "core/binding/natives/natives.h"
#include "core/js/runtime/byte_codec.h"
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/typed_array.h"

namespace looplab::binding {

namespace {

using js::ArgList;
using js::TypedArrayObject;
using js::Value;
using js::Vm;
namespace codec = js::codec;

enum class Encoding { kUtf8, kHex, kBase64, kBase64Url, kLatin1, kAscii, kUtf16le };

Encoding encoding_of(Value v) {
  int n = v.is_number() ? static_cast<int>(v.as_number()) : 0;
  return n >= 0 && n <= 6 ? static_cast<Encoding>(n) : Encoding::kUtf8;
}

TypedArrayObject* view_of(Vm& vm, Value v) {
  if (js::is_typed_array(v)) return static_cast<TypedArrayObject*>(v.as_object());
  vm.throw_type_error("argument must be a Uint8Array");
  return nullptr;
}

// An index argument clamped to [0, limit].
std::size_t clamp_index(Value v, std::size_t limit) {
  if (!v.is_number() || !(v.as_number() > 0)) return 0;
  return static_cast<std::size_t>(std::min(v.as_number(), static_cast<double>(limit)));
}

std::vector<std::uint8_t> encode(const std::u16string& text, Encoding encoding) {
  switch (encoding) {
    case Encoding::kUtf8:
      return codec::utf8_encode(text);
    case Encoding::kHex:
      return codec::hex_decode(text);
    case Encoding::kBase64:
    case Encoding::kBase64Url:
      return codec::base64_decode(text);
    case Encoding::kLatin1:
    case Encoding::kAscii:
      return codec::latin1_encode(text);
    case Encoding::kUtf16le:
      return codec::utf16le_encode(text);
  }
  return {};
}

// byteLength(string, encoding) -> the bytes the string takes in that encoding (for hex and
// base64, node's estimate: Buffer.byteLength reports it and Buffer.from trims to what decoded).
Value buffer_byte_length(Vm& vm, Value, ArgList args) {
  if (!args[0].is_string()) return vm.throw_type_error("byteLength: not a string");
  const std::u16string& text = args[0].as_string()->text();
  Encoding encoding = encoding_of(args[1]);
  if (encoding == Encoding::kUtf8) return Value(static_cast<double>(codec::utf8_length(text)));
  if (encoding == Encoding::kLatin1 || encoding == Encoding::kAscii)
    return Value(static_cast<double>(text.size()));
  if (encoding == Encoding::kUtf16le) return Value(static_cast<double>(text.size() * 2));
  if (encoding == Encoding::kHex) return Value(static_cast<double>(text.size() / 2));
  // base64: node's estimate from the length (3 bytes per 4 characters, padding excluded); the
  // decoded size may be smaller when characters are skipped.
  std::size_t n = text.size();
  if (n > 0 && text[n - 1] == u'=') --n;
  if (n > 1 && text[n - 1] == u'=') --n;
  return Value(static_cast<double>((n * 3) >> 2));
}

// write(target, string, encoding, offset, maxLength) -> bytes written. UTF-8 and UTF-16 never
// write part of a character.
Value buffer_write(Vm& vm, Value, ArgList args) {
  TypedArrayObject* target = view_of(vm, args[0]);
  if (target == nullptr) return Value::exception();
  if (!args[1].is_string()) return vm.throw_type_error("write: not a string");
  const std::u16string& text = args[1].as_string()->text();
  Encoding encoding = encoding_of(args[2]);
  std::size_t offset = clamp_index(args[3], target->byte_length());
  std::size_t room = std::min(clamp_index(args[4], target->byte_length()), target->byte_length() - offset);
  std::size_t written = 0;
  if (encoding == Encoding::kUtf8) {
    for (std::size_t i = 0; i < text.size();) {
      std::size_t units = 1;
      if (text[i] >= 0xD800 && text[i] <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
          text[i + 1] <= 0xDFFF) {
        units = 2;
      }
      std::vector<std::uint8_t> bytes = codec::utf8_encode(text.substr(i, units));
      if (written + bytes.size() > room) break;
      std::memcpy(target->bytes() + offset + written, bytes.data(), bytes.size());
      written += bytes.size();
      i += units;
    }
    return Value(static_cast<double>(written));
  }
  std::vector<std::uint8_t> bytes = encode(text, encoding);
  written = std::min(bytes.size(), room);
  if (encoding == Encoding::kUtf16le) written &= ~std::size_t{1};
  if (written > 0) std::memcpy(target->bytes() + offset, bytes.data(), written);
  return Value(static_cast<double>(written));
}

// toString(source, encoding, start, end) -> the decoded text of bytes [start, end).
Value buffer_to_string(Vm& vm, Value, ArgList args) {
  TypedArrayObject* source = view_of(vm, args[0]);
  if (source == nullptr) return Value::exception();
  std::size_t end = clamp_index(args[3], source->byte_length());
  std::size_t start = std::min(clamp_index(args[2], source->byte_length()), end);
  const std::uint8_t* p = source->bytes() + start;
  std::size_t n = end - start;
  switch (encoding_of(args[1])) {
    case Encoding::kUtf8:
      return Value(vm.string(codec::utf8_decode(p, n)));
    case Encoding::kHex:
      return Value(vm.string(codec::hex_encode(p, n)));
    case Encoding::kBase64:
      return Value(vm.string(codec::base64_encode(p, n, false)));
    case Encoding::kBase64Url:
      return Value(vm.string(codec::base64_encode(p, n, true)));
    case Encoding::kLatin1:
      return Value(vm.string(codec::latin1_decode(p, n)));
    case Encoding::kAscii:
      return Value(vm.string(codec::ascii_decode(p, n)));
    case Encoding::kUtf16le:
      return Value(vm.string(codec::utf16le_decode(p, n)));
  }
  return Value(vm.atom(""));
}

// compare(a, b) -> -1, 0 or 1 (bytewise, then by length).
Value buffer_compare(Vm& vm, Value, ArgList args) {
  TypedArrayObject* a = view_of(vm, args[0]);
  TypedArrayObject* b = view_of(vm, args[1]);
  if (a == nullptr || b == nullptr) return Value::exception();
  std::size_t n = std::min(a->byte_length(), b->byte_length());
  int c = n == 0 ? 0 : std::memcmp(a->bytes(), b->bytes(), n);
  if (c == 0) c = a->byte_length() < b->byte_length() ? -1 : a->byte_length() > b->byte_length() ? 1 : 0;
  return Value(c < 0 ? -1 : c > 0 ? 1 : 0);
}

// indexOf(haystack, needle, byteOffset, forward) -> the first (or last) byte index where the
// needle's bytes occur at or after (before) byteOffset, or -1.
Value buffer_index_of(Vm& vm, Value, ArgList args) {
  TypedArrayObject* hay = view_of(vm, args[0]);
  TypedArrayObject* needle = view_of(vm, args[1]);
  if (hay == nullptr || needle == nullptr) return Value::exception();
  auto len = static_cast<double>(hay->byte_length());
  auto m = static_cast<double>(needle->byte_length());
  double from = args[2].is_number() ? args[2].as_number() : 0;
  bool forward = args[3].is_true();
  if (from < 0) from += len;
  if (forward) {
    from = std::max(from, 0.0);
    if (m == 0) return Value(std::min(from, len));
    for (double i = from; i + m <= len; i += 1) {
      if (std::memcmp(hay->bytes() + static_cast<std::size_t>(i), needle->bytes(), needle->byte_length()) ==
          0) {
        return Value(i);
      }
    }
    return Value(-1);
  }
  from = std::min(from, len - m);
  if (m == 0) return Value(std::max(std::min(from, len), -1.0));
  for (double i = from; i >= 0; i -= 1) {
    if (std::memcmp(hay->bytes() + static_cast<std::size_t>(i), needle->bytes(), needle->byte_length()) ==
        0) {
      return Value(i);
    }
  }
  return Value(-1);
}

// copy(source, target, targetStart, sourceStart, sourceEnd) -> bytes copied (overlap-safe).
Value buffer_copy(Vm& vm, Value, ArgList args) {
  TypedArrayObject* source = view_of(vm, args[0]);
  TypedArrayObject* target = view_of(vm, args[1]);
  if (source == nullptr || target == nullptr) return Value::exception();
  std::size_t target_start = clamp_index(args[2], target->byte_length());
  std::size_t source_end = clamp_index(args[4], source->byte_length());
  std::size_t source_start = std::min(clamp_index(args[3], source->byte_length()), source_end);
  std::size_t n = std::min(source_end - source_start, target->byte_length() - target_start);
  if (n > 0) std::memmove(target->bytes() + target_start, source->bytes() + source_start, n);
  return Value(static_cast<double>(n));
}

// fillBytes(target, pattern, start, end): repeats the pattern's bytes over [start, end).
Value buffer_fill_bytes(Vm& vm, Value, ArgList args) {
  TypedArrayObject* target = view_of(vm, args[0]);
  TypedArrayObject* pattern = view_of(vm, args[1]);
  if (target == nullptr || pattern == nullptr) return Value::exception();
  std::size_t end = clamp_index(args[3], target->byte_length());
  std::size_t start = std::min(clamp_index(args[2], target->byte_length()), end);
  std::size_t m = pattern->byte_length();
  if (m == 0) return Value::undefined();
  std::vector<std::uint8_t> bytes(pattern->bytes(), pattern->bytes() + m);  // may overlap the target
  for (std::size_t i = start; i < end; ++i) target->bytes()[i] = bytes[(i - start) % m];
  return Value::undefined();
}

// readFloat(source, offset, size, littleEndian) / writeFloat(target, value, offset, size,
// littleEndian): IEEE 754 single (size 4) or double (size 8); the caller checked the bounds.
Value buffer_read_float(Vm& vm, Value, ArgList args) {
  TypedArrayObject* source = view_of(vm, args[0]);
  if (source == nullptr) return Value::exception();
  std::size_t size = args[2].is_number() && args[2].as_number() == 8 ? 8 : 4;
  std::size_t offset = clamp_index(args[1], source->byte_length());
  if (offset + size > source->byte_length())
    return vm.throw_range_error("Attempt to access memory outside buffer bounds");
  std::uint8_t bytes[8];
  std::memcpy(bytes, source->bytes() + offset, size);
  if (!args[3].is_true()) std::reverse(bytes, bytes + size);
  if (size == 4) {
    float f;
    std::memcpy(&f, bytes, 4);
    return Value(static_cast<double>(f));
  }
  double d;
  std::memcpy(&d, bytes, 8);
  return Value(d);
}

Value buffer_write_float(Vm& vm, Value, ArgList args) {
  TypedArrayObject* target = view_of(vm, args[0]);
  if (target == nullptr) return Value::exception();
  double value = args[1].is_number() ? args[1].as_number() : std::nan("");
  std::size_t size = args[3].is_number() && args[3].as_number() == 8 ? 8 : 4;
  std::size_t offset = clamp_index(args[2], target->byte_length());
  if (offset + size > target->byte_length())
    return vm.throw_range_error("Attempt to access memory outside buffer bounds");
  std::uint8_t bytes[8];
  if (size == 4) {
    auto f = static_cast<float>(value);
    std::memcpy(bytes, &f, 4);
  } else {
    std::memcpy(bytes, &value, 8);
  }
  if (!args[4].is_true()) std::reverse(bytes, bytes + size);
  std::memcpy(target->bytes() + offset, bytes, size);
  return Value(static_cast<double>(offset + size));
}

}  // namespace

js::Object* make_buffer_natives(js::Engine& engine) {
  Vm& vm = engine.vm();
  js::Object* natives = vm.new_object();
  vm.define_method(natives, "byteLength", buffer_byte_length, 2);
  vm.define_method(natives, "write", buffer_write, 5);
  vm.define_method(natives, "toString", buffer_to_string, 4);
  vm.define_method(natives, "compare", buffer_compare, 2);
  vm.define_method(natives, "indexOf", buffer_index_of, 4);
  vm.define_method(natives, "copy", buffer_copy, 5);
  vm.define_method(natives, "fillBytes", buffer_fill_bytes, 4);
  vm.define_method(natives, "readFloat", buffer_read_float, 4);
  vm.define_method(natives, "writeFloat", buffer_write_float, 5);
  return natives;
}

}  // namespace looplab::binding
