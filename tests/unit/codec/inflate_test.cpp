// The DEFLATE decoder on streams node's zlib produced (printed as hex by node v20), on corrupted
// and truncated input, and on random bytes.
#include "core/codec/inflate.h"

#include <string>

#include "core/codec/hex.h"
#include "doctest/doctest.h"

using namespace looplab::codec;

namespace {

std::string text_of(const Bytes& bytes) {
  return std::string(bytes.begin(), bytes.end());
}

Decoded inflate_hex(std::string_view hex) {
  return inflate_raw(*from_hex(hex));
}

std::string error_of(const Decoded& decoded) {
  return decoded.error ? decoded.error->message : "ok";
}

// node: 'The quick brown fox jumps over the lazy dog. '.repeat(20) + 'Pack my box with five dozen
// liquor jugs! 0123456789', zlib.deflateRawSync(text): one dynamic-Huffman block.
const std::string kLongText = [] {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "The quick brown fox jumps over the lazy dog. ";
  return text + "Pack my box with five dozen liquor jugs! 0123456789";
}();
constexpr std::string_view kLongDeflated =
    "edcac71583301040c156be1bf0733674c18106080b1269412052f56ec247cd7952234cde162db9d36da0d29dc6f7e38caee2588c"
    "d065e7"
    "41a9f59534e49043fe774eb2a2a53fc87567b38ba1b2ab50ea29039d9dbc3a1a5fcf176ef7c7f3f5fe7ca3f807";

// A deterministic byte source for the random-input cases.
class Xorshift {
 public:
  std::uint8_t next() {
    m_state ^= m_state << 13;
    m_state ^= m_state >> 7;
    m_state ^= m_state << 17;
    return static_cast<std::uint8_t>(m_state >> 24);
  }

 private:
  std::uint64_t m_state = 0x9e3779b97f4a7c15ull;
};

}  // namespace

TEST_CASE("inflate decodes node's dynamic-Huffman block") {
  const Decoded decoded = inflate_hex(kLongDeflated);
  REQUIRE_FALSE(decoded.error.has_value());
  CHECK(text_of(decoded.data) == kLongText);
  CHECK(decoded.consumed == kLongDeflated.size() / 2);
}

TEST_CASE("inflate decodes node's fixed-Huffman block with back references") {
  const Decoded decoded = inflate_hex("cb48cdc9c957c84022cbf38b725200");
  CHECK(error_of(decoded) == "ok");
  CHECK(text_of(decoded.data) == "hello hello hello world");
}

TEST_CASE("inflate decodes node's stored block") {
  const Decoded decoded = inflate_hex("010700f8ff73746f72656421");
  CHECK(error_of(decoded) == "ok");
  CHECK(text_of(decoded.data) == "stored!");
}

TEST_CASE("inflate of an empty input is empty, as node's inflateRaw") {
  const Decoded decoded = inflate_raw({});
  CHECK(error_of(decoded) == "ok");
  CHECK(decoded.data.empty());
}

TEST_CASE("inflate reports zlib's messages for bad blocks") {
  CHECK(error_of(inflate_hex("ffff")) == "invalid block type");
  CHECK(error_of(inflate_hex("07")) == "invalid block type");
  CHECK(error_of(inflate_hex("0105000000")) == "invalid stored block lengths");
}

TEST_CASE("inflate of a truncated stream is unexpected end of file") {
  const std::string hex(kLongDeflated);
  for (std::size_t cut = 2; cut < hex.size(); cut += 10) {
    const Decoded decoded = inflate_hex(hex.substr(0, cut));
    REQUIRE(decoded.error.has_value());
    CHECK(decoded.error->status == ZStatus::kBufError);
    CHECK(decoded.error->message == "unexpected end of file");
  }
}

TEST_CASE("inflate refers no further back than the output") {
  // Fixed block: literal 'a', then length 3 distance 2.
  // Built by hand from RFC 1951 3.2.6: BFINAL=1, BTYPE=01, 'a' = 0x91 (8 bits), 257 = 0000001
  // (7 bits), distance code 1 = 00001 (5 bits), end of block 0000000.
  Bytes stream;
  std::uint32_t acc = 0;
  int used = 0;
  const auto put = [&](std::uint32_t value, int count, bool msb_first) {
    for (int i = 0; i < count; ++i) {
      const std::uint32_t bit = msb_first ? (value >> (count - 1 - i)) & 1u : (value >> i) & 1u;
      acc |= bit << used;
      if (++used == 8) {
        stream.push_back(static_cast<std::uint8_t>(acc));
        acc = 0;
        used = 0;
      }
    }
  };
  put(1, 1, false);
  put(1, 2, false);
  put(0x30 + 'a', 8, true);
  put(1, 7, true);
  put(1, 5, true);
  put(0, 7, true);
  if (used > 0) stream.push_back(static_cast<std::uint8_t>(acc));
  CHECK(error_of(inflate_raw(stream)) == "invalid distance too far back");
}

TEST_CASE("inflate stops at the output limit") {
  const Decoded decoded = inflate_raw(*from_hex(kLongDeflated), 100);
  REQUIRE(decoded.error.has_value());
  CHECK(decoded.data.size() == 100);
}

TEST_CASE("inflate survives every single-bit corruption of a valid stream") {
  const Bytes valid = *from_hex(kLongDeflated);
  int failures = 0;
  for (std::size_t i = 0; i < valid.size() * 8; ++i) {
    Bytes corrupt = valid;
    corrupt[i / 8] ^= static_cast<std::uint8_t>(1u << (i % 8));
    const Decoded decoded = inflate_raw(corrupt);
    if (decoded.error || decoded.data != Bytes(kLongText.begin(), kLongText.end())) ++failures;
  }
  CHECK(failures > 0);
}

TEST_CASE("inflate of random bytes always returns") {
  Xorshift random;
  int errors = 0;
  for (int round = 0; round < 2000; ++round) {
    Bytes input(static_cast<std::size_t>(1 + random.next() % 64));
    for (std::uint8_t& byte : input) byte = random.next();
    const Decoded decoded = inflate_raw(input, 1 << 20);
    if (decoded.error) ++errors;
    CHECK(decoded.consumed <= input.size());
  }
  CHECK(errors > 1000);
}

TEST_CASE("inflate decodes node's long matches of every length class") {
  // node: zlib.deflateRawSync('compress me, '.repeat(100)).toString('hex')
  const Decoded decoded = inflate_hex("4bcecf2d284a2d2e56c84dd551481ee58c724639a39c91cd0100");
  CHECK(error_of(decoded) == "ok");
  std::string expected;
  for (int i = 0; i < 100; ++i) expected += "compress me, ";
  CHECK(text_of(decoded.data) == expected);
}
