// The digests against node's crypto.createHash output (vectors printed by node v20).
#include "core/codec/hash.h"

#include <string>

#include "core/codec/hex.h"
#include "doctest/doctest.h"

using namespace looplab::codec;

namespace {

std::string digest_hex(HashKind kind, const std::string& text) {
  return to_hex(hash_bytes(kind, as_bytes(text)));
}

const std::string kFox = "The quick brown fox jumps over the lazy dog";
const std::string kThousandA(1000, 'a');

}  // namespace

TEST_CASE("md5 matches node") {
  CHECK(digest_hex(HashKind::kMd5, "") == "d41d8cd98f00b204e9800998ecf8427e");
  CHECK(digest_hex(HashKind::kMd5, "abc") == "900150983cd24fb0d6963f7d28e17f72");
  CHECK(digest_hex(HashKind::kMd5, kFox) == "9e107d9d372bb6826bd81d3542a419d6");
  CHECK(digest_hex(HashKind::kMd5, kThousandA) == "cabe45dcc9ae5b66ba86600cca6b8ba8");
}

TEST_CASE("sha1 matches node") {
  CHECK(digest_hex(HashKind::kSha1, "") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(digest_hex(HashKind::kSha1, "abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(digest_hex(HashKind::kSha1, kFox) == "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12");
  CHECK(digest_hex(HashKind::kSha1, kThousandA) == "291e9a6c66994949b57ba5e650361e98fc36b1ba");
}

TEST_CASE("sha256 matches node") {
  CHECK(digest_hex(HashKind::kSha256, "") ==
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(digest_hex(HashKind::kSha256, "abc") ==
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(digest_hex(HashKind::kSha256, kFox) ==
        "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
  CHECK(digest_hex(HashKind::kSha256, kThousandA) ==
        "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
}

TEST_CASE("sha512 matches node") {
  CHECK(digest_hex(HashKind::kSha512, "") ==
        "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b9"
        "31bd"
        "47417a81a538327af927da3e");
  CHECK(digest_hex(HashKind::kSha512, "abc") ==
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d"
        "4423"
        "643ce80e2a9ac94fa54ca49f");
  CHECK(digest_hex(HashKind::kSha512, kFox) ==
        "07e547d9586f6a73f73fbac0435ed76951218fb7d0c8d788a309d785436bbb642e93a252a954f23912547d1e8a3b5ed6e1bf"
        "d70978"
        "21233fa0538f3db854fee6");
  CHECK(digest_hex(HashKind::kSha512, kThousandA) ==
        "67ba5535a46e3f86dbfbed8cbbaf0125c76ed549ff8b0b9e03e0c88cf90fa634fa7b12b47d77b694de488ace8d9a65967dc9"
        "6df5"
        "99727d3292a8d9d447709c97");
}

TEST_CASE("updates split across block boundaries give the one-shot digest") {
  std::unique_ptr<Hash> sha256 = make_hash(HashKind::kSha256);
  sha256->update(as_bytes(std::string(63, 'a')));
  sha256->update(as_bytes(std::string(70, 'b')));
  CHECK(to_hex(sha256->digest()) == "6f0ce6eb60df35a7060b4fc15e3d8dc258d55ddb947d0b2ee5f1871aa0205f86");
  std::unique_ptr<Hash> sha512 = make_hash(HashKind::kSha512);
  sha512->update(as_bytes(std::string(111, 'a')));
  sha512->update(as_bytes(std::string(130, 'b')));
  CHECK(to_hex(sha512->digest()) ==
        "bec5e670bad98482317de7fef2b4b510d8871660da7daf7c3f574fd1a40a7401d9734e33b3bd03e5aea039d222c746eeeb4d"
        "841906"
        "b4071a5aa0541b5ce8ec79");
}

TEST_CASE("a cloned hash continues independently") {
  std::unique_ptr<Hash> first = make_hash(HashKind::kSha1);
  first->update(as_bytes("ab"));
  std::unique_ptr<Hash> second = first->clone();
  first->update(as_bytes("c"));
  second->update(as_bytes("x"));
  CHECK(to_hex(first->digest()) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(to_hex(second->digest()) == digest_hex(HashKind::kSha1, "abx"));
}

TEST_CASE("hash names are node's, case-insensitive") {
  CHECK(hash_kind_from_name("sha256") == HashKind::kSha256);
  CHECK(hash_kind_from_name("SHA512") == HashKind::kSha512);
  CHECK(hash_kind_from_name("RSA-SHA1") == HashKind::kSha1);
  CHECK(hash_kind_from_name("md5") == HashKind::kMd5);
  CHECK_FALSE(hash_kind_from_name("sha3").has_value());
  CHECK_FALSE(hash_kind_from_name("").has_value());
}

TEST_CASE("hex round trips and rejects bad text") {
  CHECK(to_hex(*from_hex("00ff7A")) == "00ff7a");
  CHECK_FALSE(from_hex("abc").has_value());
  CHECK_FALSE(from_hex("zz").has_value());
}
