// A DEFLATE compressor (RFC 1951): LZ77 matching over a 32 KB window, then per block the smallest
// of a stored, a fixed-Huffman or a dynamic-Huffman encoding. Valid output that any inflater
// reads; not byte-for-byte zlib's (sizes differ somewhat from node's).
#pragma once

#include "core/codec/bytes.h"

namespace looplab::codec {

// level: 0 = stored blocks only, 1 (fastest) .. 9 (smallest); -1 is the default (6), like zlib's.
Bytes deflate_raw(ByteView input, int level = -1);

}  // namespace looplab::codec
