// Decoding of raw DEFLATE streams (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
// Any input gives an answer: the bytes, or a failure with zlib's message for it. Never reads out
// of bounds, never loops without consuming input, and stops at `max_output` bytes.
#pragma once

#include "core/codec/zerror.h"

namespace looplab::codec {

constexpr std::size_t kDefaultMaxOutput = std::size_t{1} << 30;

// Decodes one stream starting at input[0]. `consumed` is the number of input bytes up to and
// including the byte holding the last bit of the final block. An empty input is an empty stream
// (node's inflateRaw of an empty buffer gives an empty buffer); a stream cut short fails with
// "unexpected end of file" (kBufError).
Decoded inflate_raw(ByteView input, std::size_t max_output = kDefaultMaxOutput);

}  // namespace looplab::codec
