// HMAC (RFC 2104) over any digest of hash.h: H((K ^ opad) || H((K ^ ipad) || message)).
#pragma once

#include <memory>

#include "core/codec/hash.h"

namespace looplab::codec {

class Hmac {
 public:
  Hmac(HashKind kind, ByteView key);
  Hmac(const Hmac& other);
  Hmac& operator=(const Hmac& other);

  void update(ByteView data) { m_inner->update(data); }
  Bytes digest();  // the object is spent afterwards
  std::size_t digest_size() const { return m_inner->digest_size(); }

 private:
  // Both states have already absorbed their padded key block, so a copy restarts the MAC with
  // the same key at the cost of two clones (PBKDF2 relies on this).
  std::unique_ptr<Hash> m_inner;
  std::unique_ptr<Hash> m_outer;
};

Bytes hmac(HashKind kind, ByteView key, ByteView data);

}  // namespace looplab::codec
