// Typed arrays and ArrayBuffer as util.inspect prints them (node's formatTypedArray and
// formatArrayBuffer): `Uint8Array(3) [ 1, 2, 3 ]`, `ArrayBuffer { [Uint8Contents]: <01 02>,
// byteLength: 2 }`. See inspector.h.
#include <algorithm>

#include "core/js/inspect/inspector.h"
#include "core/js/runtime/conversions.h"
#include "core/js/runtime/typed_array.h"

namespace looplab::js::inspect_detail {

// getOwnNonIndexProperties of a typed array: own non-index keys, enumerable ones unless showHidden.
std::vector<PropKey> Inspector::typed_array_keys(TypedArrayObject* ta) {
  std::vector<PropKey> keys;
  for (PropKey key : ta->Object::own_keys(m_vm.heap())) {
    if (key.is_array_index()) continue;
    if (m_opts.show_hidden || has_own_enumerable(ta, key)) keys.push_back(key);
  }
  return keys;
}

std::vector<std::u16string> Inspector::format_typed_array(TypedArrayObject* ta, int recurse_times) {
  std::size_t length = ta->length();
  auto max_length = static_cast<std::size_t>(
      std::min<double>(std::max(0, m_opts.max_array_length), static_cast<double>(length)));
  std::vector<std::u16string> output;
  output.reserve(max_length + 1);
  for (std::size_t i = 0; i < max_length; ++i) output.push_back(format_number(ta->element(i), m_opts.colors));
  if (length > max_length) output.push_back(remaining_text(static_cast<double>(length - max_length)));
  if (m_opts.show_hidden) {
    // .buffer goes last: it is not a primitive like the others.
    m_indentation += 2;
    for (const char* key : {"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"}) {
      Value v = get(Value(ta), key);
      if (m_threw) break;
      m_buffer_of_view = std::string_view(key) == "buffer";
      std::u16string str = format_value(v, recurse_times);
      m_buffer_of_view = false;
      output.push_back(u"[" + ascii(key) + u"]: " + str);
    }
    m_indentation -= 2;
  }
  return output;
}

std::vector<std::u16string> Inspector::format_array_buffer(ArrayBufferObject* buffer) {
  const std::vector<std::uint8_t>& data = buffer->data();
  auto shown = static_cast<std::size_t>(
      std::min<double>(std::max(0, m_opts.max_array_length), static_cast<double>(data.size())));
  static constexpr char kHex[] = "0123456789abcdef";
  std::u16string text;
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) text += u' ';
    text += static_cast<char16_t>(kHex[data[i] >> 4]);
    text += static_cast<char16_t>(kHex[data[i] & 15]);
  }
  double remaining = static_cast<double>(data.size()) - std::max(0, m_opts.max_array_length);
  if (remaining > 0) {
    text += u" ... " + number_to_u16string(remaining) + u" more byte" + (remaining > 1 ? u"s" : u"");
  }
  return {stylize(u"[Uint8Contents]", "special") + u": <" + text + u">"};
}

}  // namespace looplab::js::inspect_detail
