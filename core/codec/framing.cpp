// zlib and gzip containers. Messages for bad headers and trailers are zlib's, as node reports them.
#include "core/codec/framing.h"

#include "core/codec/checksums.h"
#include "core/codec/deflate.h"

namespace looplab::codec {

namespace {

constexpr std::uint8_t kGzipId1 = 0x1f;
constexpr std::uint8_t kGzipId2 = 0x8b;
constexpr std::uint8_t kDeflateMethod = 8;
// gzip FLG bits (RFC 1952, 2.3.1).
constexpr std::uint8_t kFlagHeaderCrc = 0x02;
constexpr std::uint8_t kFlagExtra = 0x04;
constexpr std::uint8_t kFlagName = 0x08;
constexpr std::uint8_t kFlagComment = 0x10;
constexpr std::uint8_t kFlagReserved = 0xe0;

int effective_level(int level) {
  return level < 0 || level > 9 ? 6 : level;
}

Decoded failure(ZStatus status, const char* message) {
  Decoded result;
  result.error = ZFailure{status, message};
  return result;
}

Decoded truncated() {
  return failure(ZStatus::kBufError, "unexpected end of file");
}

// One gzip member at input[0]; `consumed` covers its trailer.
Decoded gzip_member(ByteView input, std::size_t max_output) {
  if (input.size() < 10) {
    if ((!input.empty() && input[0] != kGzipId1) || (input.size() >= 2 && input[1] != kGzipId2))
      return failure(ZStatus::kDataError, "incorrect header check");
    return truncated();
  }
  if (input[0] != kGzipId1 || input[1] != kGzipId2)
    return failure(ZStatus::kDataError, "incorrect header check");
  if (input[2] != kDeflateMethod) return failure(ZStatus::kDataError, "unknown compression method");
  const std::uint8_t flags = input[3];
  if (flags & kFlagReserved) return failure(ZStatus::kDataError, "unknown header flags set");
  std::size_t pos = 10;
  if (flags & kFlagExtra) {
    if (pos + 2 > input.size()) return truncated();
    const std::size_t length = input[pos] | (std::size_t{input[pos + 1]} << 8);
    pos += 2 + length;
    if (pos > input.size()) return truncated();
  }
  for (const std::uint8_t flag : {kFlagName, kFlagComment}) {
    if (!(flags & flag)) continue;
    while (pos < input.size() && input[pos] != 0) ++pos;
    if (pos >= input.size()) return truncated();
    ++pos;  // the terminating zero
  }
  if (flags & kFlagHeaderCrc) {
    if (pos + 2 > input.size()) return truncated();
    const std::uint32_t expected = input[pos] | (std::uint32_t{input[pos + 1]} << 8);
    if ((crc32(input.first(pos)) & 0xffffu) != expected)
      return failure(ZStatus::kDataError, "header crc mismatch");
    pos += 2;
  }
  if (pos >= input.size()) return truncated();
  Decoded body = inflate_raw(input.subspan(pos), max_output);
  if (body.error) return body;
  pos += body.consumed;
  if (pos + 8 > input.size()) return truncated();
  if (load_le32(input.data() + pos) != crc32(body.data))
    return failure(ZStatus::kDataError, "incorrect data check");
  if (load_le32(input.data() + pos + 4) != static_cast<std::uint32_t>(body.data.size()))
    return failure(ZStatus::kDataError, "incorrect length check");
  body.consumed = pos + 8;
  return body;
}

}  // namespace

Bytes zlib_compress(ByteView input, int level) {
  level = effective_level(level);
  const std::uint8_t cmf = 0x78;  // deflate, 32 KB window
  const std::uint8_t flevel = level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
  std::uint8_t flg = static_cast<std::uint8_t>(flevel << 6);
  flg = static_cast<std::uint8_t>(flg + (31 - (cmf * 256 + flg) % 31) % 31);  // FCHECK
  Bytes out{cmf, flg};
  const Bytes body = deflate_raw(input, level);
  out.insert(out.end(), body.begin(), body.end());
  out.resize(out.size() + 4);
  store_be32(out.data() + out.size() - 4, adler32(input));
  return out;
}

Bytes gzip_compress(ByteView input, int level) {
  level = effective_level(level);
  const std::uint8_t xfl = level == 9 ? 2 : level < 2 ? 4 : 0;
  Bytes out{kGzipId1, kGzipId2, kDeflateMethod, 0, 0, 0, 0, 0, xfl, 3};
  const Bytes body = deflate_raw(input, level);
  out.insert(out.end(), body.begin(), body.end());
  out.resize(out.size() + 8);
  store_le32(out.data() + out.size() - 8, crc32(input));
  store_le32(out.data() + out.size() - 4, static_cast<std::uint32_t>(input.size()));
  return out;
}

Decoded zlib_decompress(ByteView input, std::size_t max_output) {
  if (input.size() < 2) return truncated();
  const std::uint8_t cmf = input[0];
  const std::uint8_t flg = input[1];
  if ((cmf * 256 + flg) % 31 != 0) return failure(ZStatus::kDataError, "incorrect header check");
  if ((cmf & 0x0f) != kDeflateMethod) return failure(ZStatus::kDataError, "unknown compression method");
  if ((cmf >> 4) > 7) return failure(ZStatus::kDataError, "invalid window size");
  if (flg & 0x20) return failure(ZStatus::kNeedDict, "Missing dictionary");
  if (input.size() == 2) return truncated();
  Decoded body = inflate_raw(input.subspan(2), max_output);
  if (body.error) return body;
  const std::size_t pos = 2 + body.consumed;
  if (pos + 4 > input.size()) return truncated();
  if (load_be32(input.data() + pos) != adler32(body.data))
    return failure(ZStatus::kDataError, "incorrect data check");
  body.consumed = pos + 4;
  return body;
}

Decoded gzip_decompress(ByteView input, std::size_t max_output) {
  Decoded all = gzip_member(input, max_output);
  if (all.error) return all;
  std::size_t pos = all.consumed;
  while (pos < input.size() && input[pos] != 0) {
    Decoded next = gzip_member(input.subspan(pos), max_output - all.data.size());
    if (next.error) return next;
    all.data.insert(all.data.end(), next.data.begin(), next.data.end());
    pos += next.consumed;
  }
  all.consumed = pos;
  return all;
}

Decoded auto_decompress(ByteView input, std::size_t max_output) {
  if (!input.empty() && input[0] == kGzipId1 && (input.size() < 2 || input[1] == kGzipId2))
    return gzip_decompress(input, max_output);
  return zlib_decompress(input, max_output);
}

}  // namespace looplab::codec
