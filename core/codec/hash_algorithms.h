// The four digest classes, one per file (md5.cpp, sha1.cpp, sha256.cpp, sha512.cpp); hash.cpp
// picks one by kind. Private to core/codec.
#pragma once

#include <array>

#include "core/codec/hash.h"

namespace looplab::codec {

// RFC 1321.
class Md5 final : public BlockHash<Md5, 64, 16, 8, false> {
 public:
  void compress(const std::uint8_t* block);
  void write_digest(std::uint8_t* out) const;

 private:
  std::array<std::uint32_t, 4> m_state{0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u};
};

// FIPS 180-4, section 6.1.
class Sha1 final : public BlockHash<Sha1, 64, 20, 8, true> {
 public:
  void compress(const std::uint8_t* block);
  void write_digest(std::uint8_t* out) const;

 private:
  std::array<std::uint32_t, 5> m_state{0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u};
};

// FIPS 180-4, section 6.2.
class Sha256 final : public BlockHash<Sha256, 64, 32, 8, true> {
 public:
  Sha256();
  void compress(const std::uint8_t* block);
  void write_digest(std::uint8_t* out) const;

 private:
  std::array<std::uint32_t, 8> m_state;
};

// FIPS 180-4, section 6.4.
class Sha512 final : public BlockHash<Sha512, 128, 64, 16, true> {
 public:
  Sha512();
  void compress(const std::uint8_t* block);
  void write_digest(std::uint8_t* out) const;

 private:
  std::array<std::uint64_t, 8> m_state;
};

}  // namespace looplab::codec
