// Message digests (MD5, SHA-1, SHA-256, SHA-512) behind one incremental interface, so HMAC,
// PBKDF2 and crypto.createHash can take any of them by kind.
//
// Each algorithm is a Merkle-Damgard construction: the message is cut into fixed-size blocks that a
// compression function folds into the state; the last block is padded with 0x80, zeros and the
// message length in bits. BlockHash (below) does the cutting and padding once for all four; each
// algorithm's file only writes its compression function and its initial state.
#pragma once

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

#include "core/codec/bytes.h"

namespace looplab::codec {

enum class HashKind : std::uint8_t { kMd5, kSha1, kSha256, kSha512 };

class Hash {
 public:
  virtual ~Hash() = default;
  virtual void update(ByteView data) = 0;
  // Pads, finishes and returns the digest. The object is spent afterwards (node's "Digest already
  // called" is the caller's business).
  virtual Bytes digest() = 0;
  virtual std::unique_ptr<Hash> clone() const = 0;
  virtual std::size_t block_size() const = 0;
  virtual std::size_t digest_size() const = 0;
};

std::unique_ptr<Hash> make_hash(HashKind kind);
// One-shot digest of `data`.
Bytes hash_bytes(HashKind kind, ByteView data);
// Node's algorithm names (case-insensitive): "md5", "sha1", "sha256", "sha512", and the
// "RSA-" / "sha-" spellings OpenSSL also accepts. Anything else: nullopt.
std::optional<HashKind> hash_kind_from_name(std::string_view name);

// Buffering and padding shared by the four digests. `Derived` provides
// `void compress(const std::uint8_t* block)` and `void write_digest(std::uint8_t* out) const`.
// kLengthBytes: width of the trailing bit-length field (8, or 16 for SHA-512).
template <class Derived, std::size_t kBlock, std::size_t kDigest, std::size_t kLengthBytes, bool kBigEndian>
class BlockHash : public Hash {
 public:
  void update(ByteView data) final {
    m_total += data.size();
    std::size_t offset = 0;
    if (m_used > 0) {
      const std::size_t take = std::min(kBlock - m_used, data.size());
      std::memcpy(m_buffer.data() + m_used, data.data(), take);
      m_used += take;
      offset = take;
      if (m_used < kBlock) return;
      self().compress(m_buffer.data());
      m_used = 0;
    }
    for (; offset + kBlock <= data.size(); offset += kBlock) self().compress(data.data() + offset);
    std::memcpy(m_buffer.data(), data.data() + offset, data.size() - offset);
    m_used = data.size() - offset;
  }

  Bytes digest() final {
    Bytes out(kDigest);
    finish_into(out.data());
    return out;
  }

  // digest() without allocating: writes kDigest bytes to `out` (the hot loop of PBKDF2).
  void finish_into(std::uint8_t* out) {
    const std::uint64_t bits = m_total * 8;
    m_buffer[m_used++] = 0x80;
    if (m_used > kBlock - kLengthBytes) {
      std::memset(m_buffer.data() + m_used, 0, kBlock - m_used);
      self().compress(m_buffer.data());
      m_used = 0;
    }
    std::memset(m_buffer.data() + m_used, 0, kBlock - m_used);
    if constexpr (kBigEndian) {
      store_be64(m_buffer.data() + kBlock - 8, bits);
    } else {
      store_le64(m_buffer.data() + kBlock - kLengthBytes, bits);
    }
    self().compress(m_buffer.data());
    m_used = 0;
    self().write_digest(out);
  }

  std::unique_ptr<Hash> clone() const final { return std::make_unique<Derived>(self()); }
  std::size_t block_size() const final { return kBlock; }
  std::size_t digest_size() const final { return kDigest; }

 private:
  Derived& self() { return static_cast<Derived&>(*this); }
  const Derived& self() const { return static_cast<const Derived&>(*this); }

  std::array<std::uint8_t, kBlock> m_buffer{};
  std::size_t m_used = 0;
  std::uint64_t m_total = 0;  // bytes hashed so far
};

}  // namespace looplab::codec
