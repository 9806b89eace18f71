// zlib and gzip containers and the checksums, against node's output (printed as hex by node v20)
// and its error messages for bad headers and trailers.
#include "core/codec/framing.h"

#include <string>

#include "core/codec/checksums.h"
#include "core/codec/hex.h"
#include "doctest/doctest.h"

using namespace looplab::codec;

namespace {

std::string text_of(const Bytes& bytes) {
  return std::string(bytes.begin(), bytes.end());
}
std::string error_of(const Decoded& decoded) {
  return decoded.error ? decoded.error->message : "ok";
}
Bytes hex(std::string_view text) {
  return *from_hex(text);
}

// node: zlib.gzipSync('hello gzip'), zlib.deflateSync('hello zlib').
const Bytes kGzip = hex("1f8b0800000000000003cb48cdc9c95748afca2c0000196ad2df0a000000");
const Bytes kZlib = hex("789ccb48cdc9c957a8cac94c0200159503e6");

}  // namespace

TEST_CASE("crc32 and adler32 match node") {
  CHECK(crc32(as_bytes("The quick brown fox jumps over the lazy dog")) == 0x414fa339u);
  CHECK(crc32({}) == 0u);
  CHECK(crc32(as_bytes("fox"), crc32(as_bytes("The quick brown "))) ==
        crc32(as_bytes("The quick brown fox")));
  CHECK(adler32(as_bytes("Wikipedia")) == 0x11e60398u);
  CHECK(adler32(as_bytes(std::string(100000, 'a'))) == 0x79660b4du);
}

TEST_CASE("gunzip and inflate decode node's streams") {
  CHECK(text_of(gzip_decompress(kGzip).data) == "hello gzip");
  CHECK(text_of(zlib_decompress(kZlib).data) == "hello zlib");
  CHECK(text_of(auto_decompress(kGzip).data) == "hello gzip");
  CHECK(text_of(auto_decompress(kZlib).data) == "hello zlib");
}

TEST_CASE("short outputs match node's bytes") {
  // node: zlib.gzipSync('abc') and zlib.deflateSync('abc'), default level and levels 9, 1, 0.
  CHECK(to_hex(gzip_compress(as_bytes("abc"))) == "1f8b08000000000000034b4c4a0600c241243503000000");
  CHECK(to_hex(zlib_compress(as_bytes("abc"))) == "789c4b4c4a0600024d0127");
  CHECK(to_hex(gzip_compress(as_bytes("abc"), 9)) == "1f8b08000000000002034b4c4a0600c241243503000000");
  CHECK(to_hex(zlib_compress(as_bytes("abc"), 9)) == "78da4b4c4a0600024d0127");
  CHECK(to_hex(zlib_compress(as_bytes("abc"), 1)) == "78014b4c4a0600024d0127");
  CHECK(to_hex(zlib_compress(as_bytes("abc"), 0)) == "7801010300fcff616263024d0127");
  CHECK(to_hex(gzip_compress({})) == "1f8b080000000000000303000000000000000000");
}

TEST_CASE("containers round trip") {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "line " + std::to_string(i % 97) + "\n";
  const Bytes input(text.begin(), text.end());
  CHECK(gzip_decompress(gzip_compress(input)).data == input);
  CHECK(zlib_decompress(zlib_compress(input)).data == input);
  CHECK(auto_decompress(gzip_compress(input, 1)).data == input);
}

TEST_CASE("bad headers give node's messages") {
  CHECK(error_of(zlib_decompress(as_bytes("hello"))) == "incorrect header check");
  CHECK(error_of(gzip_decompress(as_bytes("hello world"))) == "incorrect header check");
  CHECK(error_of(auto_decompress(as_bytes("hello"))) == "incorrect header check");
  CHECK(error_of(zlib_decompress(hex("799c"))) == "incorrect header check");
  CHECK(error_of(zlib_decompress(hex("8898"))) == "invalid window size");
  const Decoded dictionary = zlib_decompress(hex("78bb00000000"));
  CHECK(error_of(dictionary) == "Missing dictionary");
  CHECK(dictionary.error->status == ZStatus::kNeedDict);
  CHECK(error_of(gzip_decompress(hex("1f8b07000000000000030300"))) == "unknown compression method");
  CHECK(error_of(gzip_decompress(hex("1f8b08e0000000000003030000"))) == "unknown header flags set");
}

TEST_CASE("bad trailers give node's messages") {
  Bytes crc = kGzip;
  crc[crc.size() - 5] ^= 1;
  CHECK(error_of(gzip_decompress(crc)) == "incorrect data check");
  Bytes length = kGzip;
  length[length.size() - 1] ^= 1;
  CHECK(error_of(gzip_decompress(length)) == "incorrect length check");
  Bytes adler = kZlib;
  adler[adler.size() - 1] ^= 1;
  CHECK(error_of(zlib_decompress(adler)) == "incorrect data check");
}

TEST_CASE("truncated and empty inputs are unexpected end of file") {
  const Decoded cut = gzip_decompress(ByteView(kGzip).first(kGzip.size() - 3));
  CHECK(error_of(cut) == "unexpected end of file");
  CHECK(cut.error->status == ZStatus::kBufError);
  CHECK(error_of(zlib_decompress({})) == "unexpected end of file");
  CHECK(error_of(gzip_decompress({})) == "unexpected end of file");
  CHECK(error_of(zlib_decompress(ByteView(kZlib).first(2))) == "unexpected end of file");
}

TEST_CASE("gunzip decodes concatenated members and ignores trailing zeros") {
  Bytes two = kGzip;
  two.insert(two.end(), kGzip.begin(), kGzip.end());
  CHECK(text_of(gzip_decompress(two).data) == "hello gziphello gzip");
  Bytes padded = kGzip;
  padded.insert(padded.end(), 4, 0);
  CHECK(text_of(gzip_decompress(padded).data) == "hello gzip");
  Bytes garbage = kGzip;
  for (const char c : std::string("xyz")) garbage.push_back(static_cast<std::uint8_t>(c));
  CHECK(error_of(gzip_decompress(garbage)) == "incorrect header check");
}

TEST_CASE("inflate ignores data after the zlib stream") {
  Bytes trailing = kZlib;
  trailing.push_back('z');
  CHECK(text_of(zlib_decompress(trailing).data) == "hello zlib");
}
