// HMAC: the key is hashed if longer than a block, zero-padded to a block, then XORed with the
// inner (0x36) and outer (0x5c) pads, each absorbed once up front.
#include "core/codec/hmac.h"

namespace looplab::codec {

Hmac::Hmac(HashKind kind, ByteView key) : m_inner(make_hash(kind)), m_outer(make_hash(kind)) {
  const std::size_t block = m_inner->block_size();
  Bytes padded = key.size() > block ? hash_bytes(kind, key) : Bytes(key.begin(), key.end());
  padded.resize(block, 0);
  Bytes pad(block);
  for (std::size_t i = 0; i < block; ++i) pad[i] = padded[i] ^ 0x36;
  m_inner->update(pad);
  for (std::size_t i = 0; i < block; ++i) pad[i] = padded[i] ^ 0x5c;
  m_outer->update(pad);
}

Hmac::Hmac(const Hmac& other) : m_inner(other.m_inner->clone()), m_outer(other.m_outer->clone()) {}

Hmac& Hmac::operator=(const Hmac& other) {
  if (this != &other) {
    m_inner = other.m_inner->clone();
    m_outer = other.m_outer->clone();
  }
  return *this;
}

Bytes Hmac::digest() {
  const Bytes inner = m_inner->digest();
  m_outer->update(inner);
  return m_outer->digest();
}

Bytes hmac(HashKind kind, ByteView key, ByteView data) {
  Hmac mac(kind, key);
  mac.update(data);
  return mac.digest();
}

}  // namespace looplab::codec
