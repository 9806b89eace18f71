// Byte encodings of text (see byte_codec.h).
#include "core/js/runtime/byte_codec.h"

namespace looplab::js::codec {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

void append_code_point(std::u16string& out, std::uint32_t cp) {
  if (cp < 0x10000) {
    out += static_cast<char16_t>(cp);
  } else {
    cp -= 0x10000;
    out += static_cast<char16_t>(0xD800 + (cp >> 10));
    out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
  }
}

int base64_value(char16_t c) {
  if (c >= u'A' && c <= u'Z') return c - u'A';
  if (c >= u'a' && c <= u'z') return c - u'a' + 26;
  if (c >= u'0' && c <= u'9') return c - u'0' + 52;
  if (c == u'+' || c == u'-') return 62;
  if (c == u'/' || c == u'_') return 63;
  return -1;
}

int hex_value(char16_t c) {
  if (c >= u'0' && c <= u'9') return c - u'0';
  if (c >= u'a' && c <= u'f') return c - u'a' + 10;
  if (c >= u'A' && c <= u'F') return c - u'A' + 10;
  return -1;
}

// The code point at text[i] (a lone surrogate is U+FFFD); advances i past it.
std::uint32_t next_code_point(const std::u16string& text, std::size_t& i) {
  char16_t c = text[i++];
  if (c >= 0xD800 && c <= 0xDBFF && i < text.size() && text[i] >= 0xDC00 && text[i] <= 0xDFFF) {
    return 0x10000 + ((static_cast<std::uint32_t>(c) - 0xD800) << 10) + (text[i++] - 0xDC00);
  }
  if (c >= 0xD800 && c <= 0xDFFF) return kReplacement;
  return c;
}

}  // namespace

std::vector<std::uint8_t> utf8_encode(const std::u16string& text) {
  std::vector<std::uint8_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = next_code_point(text, i);
    if (cp < 0x80) {
      out.push_back(static_cast<std::uint8_t>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<std::uint8_t>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<std::uint8_t>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<std::uint8_t>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<std::uint8_t>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<std::uint8_t>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<std::uint8_t>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<std::uint8_t>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<std::uint8_t>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<std::uint8_t>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

std::size_t utf8_length(const std::u16string& text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = next_code_point(text, i);
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

// WHATWG Encoding, 9.1.1 UTF-8 decoder.
std::optional<std::u16string> Utf8Decoder::decode(const std::uint8_t* bytes, std::size_t size, bool flush,
                                                  bool fatal) {
  std::u16string out;
  out.reserve(size);
  std::size_t i = 0;
  while (i < size) {
    std::uint8_t b = bytes[i];
    if (m_needed == 0) {
      ++i;
      if (b < 0x80) {
        out += static_cast<char16_t>(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        m_needed = 1;
        m_code_point = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b == 0xE0) m_lower = 0xA0;
        if (b == 0xED) m_upper = 0x9F;
        m_needed = 2;
        m_code_point = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b == 0xF0) m_lower = 0x90;
        if (b == 0xF4) m_upper = 0x8F;
        m_needed = 3;
        m_code_point = b & 0x07;
      } else {
        if (fatal) {
          reset();
          return std::nullopt;
        }
        out += kReplacement;
      }
      continue;
    }
    if (b < m_lower || b > m_upper) {
      // The byte is not consumed: it starts the next sequence.
      reset();
      if (fatal) return std::nullopt;
      out += kReplacement;
      continue;
    }
    ++i;
    m_lower = 0x80;
    m_upper = 0xBF;
    m_code_point = (m_code_point << 6) | (b & 0x3F);
    if (++m_seen == m_needed) {
      append_code_point(out, m_code_point);
      reset();
    }
  }
  if (flush && m_needed != 0) {
    reset();
    if (fatal) return std::nullopt;
    out += kReplacement;
  }
  return out;
}

std::u16string utf8_decode(const std::uint8_t* bytes, std::size_t size) {
  Utf8Decoder decoder;
  return *decoder.decode(bytes, size, true, false);
}

std::u16string utf16le_decode(const std::uint8_t* bytes, std::size_t size) {
  std::u16string out;
  out.reserve(size / 2);
  for (std::size_t i = 0; i + 1 < size; i += 2) out += static_cast<char16_t>(bytes[i] | (bytes[i + 1] << 8));
  return out;
}

std::u16string latin1_decode(const std::uint8_t* bytes, std::size_t size) {
  return std::u16string(bytes, bytes + size);
}

std::u16string ascii_decode(const std::uint8_t* bytes, std::size_t size) {
  std::u16string out(size, u'\0');
  for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<char16_t>(bytes[i] & 0x7F);
  return out;
}

std::vector<std::uint8_t> utf16le_encode(const std::u16string& text) {
  std::vector<std::uint8_t> out;
  out.reserve(text.size() * 2);
  for (char16_t c : text) {
    out.push_back(static_cast<std::uint8_t>(c & 0xFF));
    out.push_back(static_cast<std::uint8_t>(c >> 8));
  }
  return out;
}

std::vector<std::uint8_t> latin1_encode(const std::u16string& text) {
  std::vector<std::uint8_t> out(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) out[i] = static_cast<std::uint8_t>(text[i] & 0xFF);
  return out;
}

std::string base64_encode(const std::uint8_t* bytes, std::size_t size, bool url) {
  const char* alphabet = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                             : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((size + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < size; i += 3) {
    std::uint32_t n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += alphabet[n >> 18];
    out += alphabet[(n >> 12) & 63];
    out += alphabet[(n >> 6) & 63];
    out += alphabet[n & 63];
  }
  if (i + 1 == size) {
    std::uint32_t n = bytes[i] << 16;
    out += alphabet[n >> 18];
    out += alphabet[(n >> 12) & 63];
    if (!url) out += "==";
  } else if (i + 2 == size) {
    std::uint32_t n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += alphabet[n >> 18];
    out += alphabet[(n >> 12) & 63];
    out += alphabet[(n >> 6) & 63];
    if (!url) out += '=';
  }
  return out;
}

std::vector<std::uint8_t> base64_decode(const std::u16string& text) {
  std::vector<std::uint8_t> out;
  out.reserve(text.size() * 3 / 4);
  std::uint32_t bits = 0;
  int count = 0;
  for (char16_t c : text) {
    // node reads each UTF-16 unit's low byte: U+754C decodes as 'L'.
    auto low = static_cast<char16_t>(c & 0xFF);
    if (low == u'=') break;
    int v = base64_value(low);
    if (v < 0) continue;
    bits = (bits << 6) | static_cast<std::uint32_t>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out.push_back(static_cast<std::uint8_t>((bits >> count) & 0xFF));
    }
  }
  return out;
}

std::string hex_encode(const std::uint8_t* bytes, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 15];
  }
  return out;
}

std::vector<std::uint8_t> hex_decode(const std::u16string& text) {
  std::vector<std::uint8_t> out;
  for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
    int hi = hex_value(text[i]);
    int lo = hex_value(text[i + 1]);
    if (hi < 0 || lo < 0) break;
    out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
  }
  return out;
}

}  // namespace looplab::js::codec
