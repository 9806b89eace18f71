// CRC-32 with the reflected polynomial 0xEDB88320, a byte at a time from a 256-entry table built
// at compile time; Adler-32 as two sums modulo 65521, reduced often enough never to overflow.
#include "core/codec/checksums.h"

#include <algorithm>
#include <array>

namespace looplab::codec {

namespace {

constexpr std::array<std::uint32_t, 256> make_crc_table() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t n = 0; n < 256; ++n) {
    std::uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xedb88320u ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}

constexpr std::array<std::uint32_t, 256> kCrcTable = make_crc_table();
constexpr std::uint32_t kAdlerModulus = 65521;
// The most bytes that can be summed before the 32-bit sums must be reduced.
constexpr std::size_t kAdlerRun = 5552;

}  // namespace

std::uint32_t crc32(ByteView data, std::uint32_t previous) {
  std::uint32_t c = previous ^ 0xffffffffu;
  for (const std::uint8_t byte : data) c = kCrcTable[(c ^ byte) & 0xffu] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

std::uint32_t adler32(ByteView data, std::uint32_t previous) {
  std::uint32_t a = previous & 0xffffu;
  std::uint32_t b = previous >> 16;
  std::size_t i = 0;
  while (i < data.size()) {
    const std::size_t end = std::min(data.size(), i + kAdlerRun);
    for (; i < end; ++i) {
      a += data[i];
      b += a;
    }
    a %= kAdlerModulus;
    b %= kAdlerModulus;
  }
  return (b << 16) | a;
}

}  // namespace looplab::codec
