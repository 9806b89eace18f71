// Text <-> bytes: UTF-8 (WHATWG Encoding: ill-formed sequences become U+FFFD, one per maximal
// subpart), UTF-16LE, Latin-1, base64 / base64url and hex. Used by TextEncoder / TextDecoder,
// atob / btoa and node's Buffer natives. Pure functions, no engine types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace looplab::js::codec {

// UTF-16 (lone surrogates become U+FFFD) to UTF-8.
std::vector<std::uint8_t> utf8_encode(const std::u16string& text);
std::size_t utf8_length(const std::u16string& text);

// A UTF-8 decoder that can be fed in pieces (TextDecoder's stream option).
class Utf8Decoder {
 public:
  // Decodes `bytes`; with `flush`, an unfinished sequence at the end becomes U+FFFD. Returns
  // nullopt at the first ill-formed sequence when `fatal` (the state is then reset).
  std::optional<std::u16string> decode(const std::uint8_t* bytes, std::size_t size, bool flush, bool fatal);
  void reset() { *this = Utf8Decoder(); }
  // How many bytes at the end of the last input belong to an unfinished sequence.
  int pending_bytes() const { return m_needed != 0 ? m_seen + 1 : 0; }

 private:
  std::uint32_t m_code_point = 0;
  int m_needed = 0;
  int m_seen = 0;
  std::uint8_t m_lower = 0x80;
  std::uint8_t m_upper = 0xBF;
};

// One-shot decoding with replacement characters.
std::u16string utf8_decode(const std::uint8_t* bytes, std::size_t size);
std::u16string utf16le_decode(const std::uint8_t* bytes, std::size_t size);
std::u16string latin1_decode(const std::uint8_t* bytes, std::size_t size);
std::u16string ascii_decode(const std::uint8_t* bytes, std::size_t size);  // high bit dropped

std::vector<std::uint8_t> utf16le_encode(const std::u16string& text);
std::vector<std::uint8_t> latin1_encode(const std::u16string& text);  // low byte of each unit

// base64 with padding, or base64url without it.
std::string base64_encode(const std::uint8_t* bytes, std::size_t size, bool url);
// node's lenient decoder: both alphabets, other characters skipped, stops at the first '=';
// like node it looks only at the low byte of each UTF-16 unit.
std::vector<std::uint8_t> base64_decode(const std::u16string& text);
std::string hex_encode(const std::uint8_t* bytes, std::size_t size);
// node's hex decoder: pairs of hex digits until the first pair that is not one.
std::vector<std::uint8_t> hex_decode(const std::u16string& text);

}  // namespace looplab::js::codec
