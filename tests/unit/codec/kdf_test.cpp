// HMAC, PBKDF2 and scrypt against node's crypto (vectors printed by node v20).
#include <string>

#include "core/codec/hex.h"
#include "core/codec/hmac.h"
#include "core/codec/pbkdf2.h"
#include "core/codec/scrypt.h"
#include "doctest/doctest.h"

using namespace looplab::codec;

namespace {

const std::string kFox = "The quick brown fox jumps over the lazy dog";

std::string hmac_hex(HashKind kind, const std::string& key, const std::string& data) {
  return to_hex(hmac(kind, as_bytes(key), as_bytes(data)));
}

}  // namespace

TEST_CASE("hmac matches node for every digest") {
  CHECK(hmac_hex(HashKind::kMd5, "key", kFox) == "80070713463e7749b90c2dc24911e275");
  CHECK(hmac_hex(HashKind::kSha1, "key", kFox) == "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9");
  CHECK(hmac_hex(HashKind::kSha256, "key", kFox) ==
        "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  CHECK(hmac_hex(HashKind::kSha512, "key", kFox) ==
        "b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec39353"
        "57e4"
        "e2317250d0372afa2ebeeb3a");
}

TEST_CASE("hmac hashes a key longer than a block first") {
  CHECK(hmac_hex(HashKind::kSha256, std::string(200, 'k'), "data") ==
        "0163658d479ec73f2b801df07141db1426aaae2c6b5e8e6d9e6789f92f5e2b4f");
}

TEST_CASE("pbkdf2 matches node") {
  CHECK(to_hex(pbkdf2(HashKind::kSha1, as_bytes("password"), as_bytes("salt"), 2, 20)) ==
        "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
  CHECK(to_hex(pbkdf2(HashKind::kSha256, as_bytes("password"), as_bytes("salt"), 4096, 32)) ==
        "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
  // 100 bytes: two sha512 blocks, the second cut short.
  CHECK(to_hex(pbkdf2(HashKind::kSha512, as_bytes("secret"), as_bytes("salt"), 1000, 100)) ==
        "f76f72381b75f0deb1c339334a8c8974366cadbc6bf46460f978363de8d210dbccfa7a5908cfe50e6172bf6bc4d7b72dd48f"
        "1d54"
        "3ce48736da7f7fcf6db4672cc7513ad99a97e3a457993577b8d62177e13c69a0f76e40f1ac4a5075ee175db11cf27e15");
}

TEST_CASE("pbkdf2 with a zero key length is empty") {
  CHECK(pbkdf2(HashKind::kSha256, as_bytes("p"), as_bytes("s"), 1, 0).empty());
}

TEST_CASE("scrypt matches node") {
  CHECK(to_hex(scrypt(as_bytes("secret"), as_bytes("salt"), {16, 1, 1}, 32)) ==
        "e87018e3e69234b1e9750141dc6cff01f3cf0824453cabcabc37fb5a705087d0");
  CHECK(to_hex(scrypt(as_bytes("secret"), as_bytes("salt"), {512, 4, 1}, 16)) ==
        "bf60b400a7917465315e790eed14070f");
}

TEST_CASE("scrypt matches node with p greater than one") {
  CHECK(to_hex(scrypt(as_bytes("password"), as_bytes("NaCl"), {64, 2, 3}, 64)) ==
        "e787f6524a97b79614a30218208f5b60b4049b4b8de558c236335475d8ae7c54c7142fe00c52d5e16ca02de4c899cb00f88d"
        "8d77"
        "050d332f0d5ce5ec31050ccf");
}
