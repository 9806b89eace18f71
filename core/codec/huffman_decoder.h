// A canonical Huffman code (RFC 1951, 3.2.2) read bit by bit: codes of the same length are
// consecutive integers, shorter codes first, so a decoder only needs how many codes each length
// has and the symbols in code order.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "core/codec/deflate_tables.h"

namespace looplab::codec {

class BitReader {
 public:
  explicit BitReader(std::span<const std::uint8_t> input) : m_input(input) {}

  // Reads `count` (<= 16) bits, least significant first. Past the end: sets eof() and returns 0.
  std::uint32_t bits(int count) {
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i) value |= std::uint32_t{bit()} << i;
    return value;
  }
  std::uint32_t bit() {
    if (m_byte >= m_input.size()) {
      m_eof = true;
      return 0;
    }
    const std::uint32_t value = (m_input[m_byte] >> m_bit) & 1u;
    if (++m_bit == 8) {
      m_bit = 0;
      ++m_byte;
    }
    return value;
  }
  void align_to_byte() {
    if (m_bit != 0) {
      m_bit = 0;
      ++m_byte;
    }
  }
  // Whole bytes after align_to_byte(): the stored-block copy.
  std::size_t byte_position() const { return m_byte; }
  std::size_t remaining_bytes() const { return m_byte < m_input.size() ? m_input.size() - m_byte : 0; }
  void skip_bytes(std::size_t count) { m_byte += count; }
  // Bytes touched so far, counting a partly read byte.
  std::size_t consumed() const { return m_byte + (m_bit != 0 ? 1 : 0); }
  bool eof() const { return m_eof; }

 private:
  std::span<const std::uint8_t> m_input;
  std::size_t m_byte = 0;
  int m_bit = 0;
  bool m_eof = false;
};

class HuffmanDecoder {
 public:
  enum class Shape : std::uint8_t { kComplete, kIncomplete, kOversubscribed, kEmpty };

  // Builds the code from per-symbol lengths (0 = symbol unused) and says whether the lengths form
  // a complete prefix code.
  Shape build(std::span<const std::uint8_t> lengths) {
    m_counts.fill(0);
    for (const std::uint8_t length : lengths) ++m_counts[length];
    if (m_counts[0] == lengths.size()) return Shape::kEmpty;
    int left = 1;  // codes still available at the current length
    m_longest = 0;
    for (int length = 1; length <= deflate_tables::kMaxBits; ++length) {
      left <<= 1;
      left -= m_counts[length];
      if (left < 0) return Shape::kOversubscribed;
      if (m_counts[length] != 0) m_longest = length;
    }
    std::array<std::uint16_t, deflate_tables::kMaxBits + 2> offsets{};
    for (int length = 1; length <= deflate_tables::kMaxBits; ++length)
      offsets[length + 1] = static_cast<std::uint16_t>(offsets[length] + m_counts[length]);
    m_symbols.assign(lengths.size(), 0);
    for (std::size_t symbol = 0; symbol < lengths.size(); ++symbol)
      if (lengths[symbol] != 0) m_symbols[offsets[lengths[symbol]]++] = static_cast<std::uint16_t>(symbol);
    return left > 0 ? Shape::kIncomplete : Shape::kComplete;
  }

  int longest() const { return m_longest; }

  // The next symbol, or -1 if the bits match no code (or the input ran out: see reader.eof()).
  int decode(BitReader& reader) const {
    int code = 0;   // bits read so far
    int first = 0;  // first code of the current length
    int index = 0;  // index in m_symbols of that first code
    for (int length = 1; length <= deflate_tables::kMaxBits; ++length) {
      code |= static_cast<int>(reader.bit());
      if (reader.eof()) return -1;
      const int count = m_counts[length];
      if (code - first < count) return m_symbols[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    return -1;
  }

 private:
  std::array<std::uint16_t, deflate_tables::kMaxBits + 1> m_counts{};
  std::vector<std::uint16_t> m_symbols;
  int m_longest = 0;
};

}  // namespace looplab::codec
