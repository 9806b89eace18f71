// PBKDF2: block i of the key is U1 ^ U2 ^ ... ^ Uc with U1 = PRF(P, S || INT(i)) and
// Uj = PRF(P, Uj-1), PRF being HMAC with the chosen digest.
//
// Speed matters here (a lesson may run 100,000 iterations several times): the HMAC's inner and
// outer states are keyed once, and each iteration copies them by value (no allocation, no virtual
// call) and runs the two compressions it needs.
#include "core/codec/pbkdf2.h"

#include <algorithm>

#include "core/codec/hash_algorithms.h"

namespace looplab::codec {

namespace {

template <class H>
Bytes pbkdf2_with(ByteView password, ByteView salt, std::uint64_t iterations, std::size_t key_length) {
  H inner_keyed;
  H outer_keyed;
  const std::size_t block = inner_keyed.block_size();
  const std::size_t h_len = inner_keyed.digest_size();
  Bytes key_block(block, 0);
  if (password.size() > block) {
    H prehash;
    prehash.update(password);
    prehash.finish_into(key_block.data());
  } else {
    std::copy(password.begin(), password.end(), key_block.begin());
  }
  Bytes pad(block);
  for (std::size_t i = 0; i < block; ++i) pad[i] = key_block[i] ^ 0x36;
  inner_keyed.update(pad);
  for (std::size_t i = 0; i < block; ++i) pad[i] = key_block[i] ^ 0x5c;
  outer_keyed.update(pad);

  std::array<std::uint8_t, 64> u{};  // the largest digest, SHA-512's
  std::array<std::uint8_t, 64> t{};
  std::array<std::uint8_t, 64> inner_digest{};
  Bytes key;
  key.reserve(key_length);
  for (std::uint32_t index = 1; key.size() < key_length; ++index) {
    std::uint8_t counter[4];
    store_be32(counter, index);
    H inner = inner_keyed;
    inner.update(salt);
    inner.update(ByteView(counter, 4));
    inner.finish_into(inner_digest.data());
    H outer = outer_keyed;
    outer.update(ByteView(inner_digest.data(), h_len));
    outer.finish_into(u.data());
    t = u;
    for (std::uint64_t j = 1; j < iterations; ++j) {
      H next_inner = inner_keyed;
      next_inner.update(ByteView(u.data(), h_len));
      next_inner.finish_into(inner_digest.data());
      H next_outer = outer_keyed;
      next_outer.update(ByteView(inner_digest.data(), h_len));
      next_outer.finish_into(u.data());
      for (std::size_t k = 0; k < h_len; ++k) t[k] ^= u[k];
    }
    const std::size_t take = std::min(h_len, key_length - key.size());
    key.insert(key.end(), t.begin(), t.begin() + static_cast<std::ptrdiff_t>(take));
  }
  return key;
}

}  // namespace

Bytes pbkdf2(HashKind kind, ByteView password, ByteView salt, std::uint64_t iterations,
             std::size_t key_length) {
  switch (kind) {
    case HashKind::kMd5:
      return pbkdf2_with<Md5>(password, salt, iterations, key_length);
    case HashKind::kSha1:
      return pbkdf2_with<Sha1>(password, salt, iterations, key_length);
    case HashKind::kSha256:
      return pbkdf2_with<Sha256>(password, salt, iterations, key_length);
    case HashKind::kSha512:
      return pbkdf2_with<Sha512>(password, salt, iterations, key_length);
  }
  return {};
}

}  // namespace looplab::codec
