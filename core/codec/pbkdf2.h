// PBKDF2 (RFC 8018, 5.2) with HMAC over any digest of hash.h, as crypto.pbkdf2 computes it.
#pragma once

#include <cstdint>

#include "core/codec/hash.h"

namespace looplab::codec {

// `iterations` >= 1 (callers validate); returns `key_length` bytes.
Bytes pbkdf2(HashKind kind, ByteView password, ByteView salt, std::uint64_t iterations,
             std::size_t key_length);

}  // namespace looplab::codec
