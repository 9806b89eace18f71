// Code lengths for the encoder: optimal when unconstrained, within the limit and still a complete
// prefix code when a plain Huffman tree would be too deep.
#include <numeric>

#include "core/codec/huffman_encoder.h"
#include "doctest/doctest.h"

using namespace looplab::codec;

namespace {

// Kraft sum scaled by 2^limit: exactly 2^limit for a complete code.
std::uint64_t kraft(const std::vector<std::uint8_t>& lengths, int limit) {
  std::uint64_t sum = 0;
  for (const std::uint8_t length : lengths)
    if (length != 0) sum += std::uint64_t{1} << (limit - length);
  return sum;
}

}  // namespace

TEST_CASE("huffman lengths of a small alphabet are the textbook ones") {
  const std::vector<std::uint32_t> freq{5, 9, 12, 13, 16, 45};
  CHECK(huffman_lengths(freq, 15) == std::vector<std::uint8_t>{4, 4, 3, 3, 3, 1});
}

TEST_CASE("huffman lengths stay within the limit and complete on fibonacci frequencies") {
  std::vector<std::uint32_t> freq(30);
  std::uint32_t a = 1;
  std::uint32_t b = 1;
  for (std::uint32_t& f : freq) {
    f = a;
    const std::uint32_t next = a + b;
    a = b;
    b = next;
  }
  for (const int limit : {7, 15}) {
    CAPTURE(limit);
    const std::vector<std::uint8_t> lengths = huffman_lengths(freq, limit);
    for (const std::uint8_t length : lengths) {
      CHECK(length >= 1);
      CHECK(length <= limit);
    }
    CHECK(kraft(lengths, limit) == (std::uint64_t{1} << limit));
  }
}

TEST_CASE("huffman gives two codes even when one symbol is used") {
  const std::vector<std::uint32_t> freq{0, 0, 7, 0};
  const std::vector<std::uint8_t> lengths = huffman_lengths(freq, 15);
  CHECK(lengths[2] == 1);
  CHECK(std::accumulate(lengths.begin(), lengths.end(), 0) == 2);
}

TEST_CASE("canonical codes follow RFC 1951's example") {
  // RFC 1951 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give 010 011 100 101 110 00 1110 1111.
  const std::vector<std::uint8_t> lengths{3, 3, 3, 3, 3, 2, 4, 4};
  CHECK(canonical_codes(lengths) == std::vector<std::uint16_t>{2, 3, 4, 5, 6, 0, 14, 15});
}
