// The compressor: its output is valid DEFLATE (our inflater reads it back) for every level and
// kind of input, and it compresses what is compressible.
#include "core/codec/deflate.h"

#include <string>

#include "core/codec/inflate.h"
#include "doctest/doctest.h"

using namespace looplab::codec;

namespace {

Bytes round_trip(const Bytes& input, int level) {
  const Decoded decoded = inflate_raw(deflate_raw(input, level));
  REQUIRE_FALSE(decoded.error.has_value());
  return decoded.data;
}

Bytes text_bytes(const std::string& text) {
  return Bytes(text.begin(), text.end());
}

Bytes pseudo_random(std::size_t size, std::uint32_t seed) {
  Bytes bytes(size);
  for (std::uint8_t& byte : bytes) {
    seed = seed * 1103515245u + 12345u;
    byte = static_cast<std::uint8_t>(seed >> 16);
  }
  return bytes;
}

// English-like text with a small vocabulary: long matches and skewed literal frequencies.
Bytes wordy(std::size_t size) {
  const char* words[] = {"event ", "loop ", "timer ", "callback ", "promise ", "tick ", "poll ", "check "};
  std::string text;
  std::uint32_t seed = 7;
  while (text.size() < size) {
    seed = seed * 1103515245u + 12345u;
    text += words[(seed >> 16) % 8];
  }
  text.resize(size);
  return text_bytes(text);
}

}  // namespace

TEST_CASE("deflate round trips at every level") {
  const Bytes input = wordy(20000);
  for (int level = 0; level <= 9; ++level) {
    CAPTURE(level);
    CHECK(round_trip(input, level) == input);
  }
}

TEST_CASE("deflate round trips empty and one-byte inputs") {
  CHECK(round_trip({}, 6).empty());
  CHECK(round_trip({}, 0).empty());
  CHECK(round_trip({42}, 6) == Bytes{42});
}

TEST_CASE("deflate of an empty input is node's two bytes") {
  // node: zlib.deflateRawSync('') is 0300; with level 0, 010000ffff.
  CHECK(deflate_raw({}, 6) == Bytes{0x03, 0x00});
  CHECK(deflate_raw({}, 0) == Bytes{0x01, 0x00, 0x00, 0xff, 0xff});
}

TEST_CASE("deflate compresses repetitive text and barely grows random data") {
  const Bytes text = wordy(100000);
  CHECK(deflate_raw(text, 6).size() < text.size() / 2);
  const Bytes noise = pseudo_random(100000, 1);
  const Bytes packed = deflate_raw(noise, 6);
  CHECK(packed.size() <= noise.size() + noise.size() / 1000 + 16);
  CHECK(round_trip(noise, 6) == noise);
}

TEST_CASE("deflate round trips long runs and inputs larger than a stored block") {
  const Bytes zeros(200000, 0);
  CHECK(round_trip(zeros, 6) == zeros);
  CHECK(deflate_raw(zeros, 6).size() < 1000);
  const Bytes noise = pseudo_random(150000, 9);
  CHECK(round_trip(noise, 0) == noise);
  CHECK(round_trip(noise, 1) == noise);
}

TEST_CASE("deflate round trips text whose literal frequencies are very skewed") {
  std::string text;
  std::uint64_t a = 1;
  std::uint64_t b = 1;
  for (int symbol = 0; symbol < 20; ++symbol) {
    for (std::uint64_t i = 0; i < a; ++i) text += static_cast<char>('A' + symbol);
    const std::uint64_t next = a + b;
    a = b;
    b = next;
  }
  Bytes input = text_bytes(text);
  const Bytes order = pseudo_random(input.size(), 3);
  for (std::size_t i = input.size(); i > 1; --i)
    std::swap(input[i - 1], input[(order[i - 1] * 7919u + i) % i]);
  CHECK(round_trip(input, 6) == input);
}

TEST_CASE("deflate round trips matches of every length from 3 to 258") {
  // A random block followed by copies of its prefixes of each length, separated by fresh bytes so
  // that each copy is one match of exactly that length.
  const Bytes noise = pseudo_random(300, 5);
  Bytes input = noise;
  const Bytes separators = pseudo_random(600, 11);
  for (std::size_t length = 3; length <= 258; ++length) {
    input.insert(input.end(), noise.begin(), noise.begin() + static_cast<std::ptrdiff_t>(length));
    input.push_back(separators[length]);
    input.push_back(separators[length + 300]);
  }
  for (const int level : {1, 6, 9}) {
    CAPTURE(level);
    CHECK(round_trip(input, level) == input);
  }
}
