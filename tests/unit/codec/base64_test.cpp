// Base64 as node's Buffer writes and reads it (expected values printed by node v20).
#include "core/codec/base64.h"

#include <string>

#include "core/codec/hex.h"
#include "doctest/doctest.h"

using namespace looplab::codec;

namespace {

std::string decoded_text(std::string_view base64) {
  const Bytes bytes = from_base64(base64);
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

TEST_CASE("base64 encodes RFC 4648's examples with and without padding") {
  const char* inputs[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
  const char* padded[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
  const char* url[] = {"", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy"};
  for (int i = 0; i < 7; ++i) {
    CAPTURE(i);
    CHECK(to_base64(as_bytes(inputs[i])) == padded[i]);
    CHECK(to_base64(as_bytes(inputs[i]), true) == url[i]);
    CHECK(decoded_text(padded[i]) == inputs[i]);
  }
  CHECK(to_base64(*from_hex("fffefd")) == "//79");
  CHECK(to_base64(*from_hex("fffefd"), true) == "__79");
}

TEST_CASE("base64 decoding is lenient like node's") {
  CHECK(decoded_text("Zm9v YmFy") == "foobar");
  CHECK(decoded_text("Zm9vYg==Zm9v") == "foob");
  CHECK(to_hex(from_base64("_-8")) == "ffef");
  CHECK(to_hex(from_base64("Zm9vY")) == "666f6f");
}
