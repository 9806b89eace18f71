// scrypt (RFC 7914): a memory-hard key derivation, as crypto.scrypt computes it.
#pragma once

#include <cstdint>

#include "core/codec/bytes.h"

namespace looplab::codec {

struct ScryptParams {
  std::uint64_t n = 16384;  // cost: a power of two > 1
  std::uint32_t r = 8;      // block size
  std::uint32_t p = 1;      // parallelization
};

// Parameters are validated by the caller (N a power of two > 1, r*p < 2^30, memory within its
// limit). Needs 128 * r * N bytes of working memory.
Bytes scrypt(ByteView password, ByteView salt, const ScryptParams& params, std::size_t key_length);

}  // namespace looplab::codec
