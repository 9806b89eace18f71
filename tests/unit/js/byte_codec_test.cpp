// The byte encodings behind TextEncoder/TextDecoder, atob/btoa and Buffer (core/js/runtime/
// byte_codec.h). Expected values are what node v20 printed for the same bytes with Buffer
// (toString('base64'), Buffer.from(bytes).toString(), ...), not written by hand.
#include "core/js/runtime/byte_codec.h"

#include <vector>

#include "doctest/doctest.h"

namespace codec = looplab::js::codec;

namespace {
std::vector<int> code_units(const std::u16string& text) {
  return std::vector<int>(text.begin(), text.end());
}
std::vector<int> ints(const std::vector<std::uint8_t>& bytes) {
  return std::vector<int>(bytes.begin(), bytes.end());
}
}  // namespace

TEST_CASE("byte codec: base64, base64url and hex encode bytes as node does") {
  const std::vector<std::uint8_t> bytes = {0, 1, 2, 253, 254, 255};
  CHECK(codec::base64_encode(bytes.data(), bytes.size(), false) == "AAEC/f7/");
  CHECK(codec::base64_encode(bytes.data(), bytes.size(), true) == "AAEC_f7_");
  CHECK(codec::hex_encode(bytes.data(), bytes.size()) == "000102fdfeff");
}

TEST_CASE("byte codec: UTF-8 decoding replaces each maximal ill-formed subpart") {
  const std::vector<std::uint8_t> truncated = {0xf0, 0x9f, 0x98, 0x41};
  CHECK(code_units(codec::utf8_decode(truncated.data(), truncated.size())) == std::vector<int>{65533, 65});
  const std::vector<std::uint8_t> surrogate = {0xed, 0xa0, 0x80};
  CHECK(code_units(codec::utf8_decode(surrogate.data(), surrogate.size())) ==
        std::vector<int>{65533, 65533, 65533});
  const std::vector<std::uint8_t> overlong = {0xc0, 0xaf};
  CHECK(code_units(codec::utf8_decode(overlong.data(), overlong.size())) == std::vector<int>{65533, 65533});
  const std::vector<std::uint8_t> euro = {0xe2, 0x82, 0xac};
  CHECK(code_units(codec::utf8_decode(euro.data(), euro.size())) == std::vector<int>{8364});
}

TEST_CASE("byte codec: lenient base64 and hex decoding and UTF-8 encoding of lone surrogates") {
  CHECK(ints(codec::base64_decode(u"YW Jj\nZA")) == std::vector<int>{97, 98, 99, 100});
  CHECK(ints(codec::hex_decode(u"0aFfzz")) == std::vector<int>{10, 255});
  CHECK(ints(codec::utf8_encode(u"\U0001F600\xD800")) == std::vector<int>{240, 159, 152, 128, 239, 191, 189});
}

TEST_CASE("byte codec: a UTF-8 decoder fed in pieces keeps an unfinished sequence") {
  codec::Utf8Decoder decoder;
  const std::vector<std::uint8_t> first = {0x41, 0xe2, 0x82};
  auto head = decoder.decode(first.data(), first.size(), false, false);
  REQUIRE(head.has_value());
  CHECK(code_units(*head) == std::vector<int>{65});
  CHECK(decoder.pending_bytes() == 2);
  const std::vector<std::uint8_t> bad = {0xff};
  codec::Utf8Decoder strict;
  CHECK_FALSE(strict.decode(bad.data(), bad.size(), true, true).has_value());
}
