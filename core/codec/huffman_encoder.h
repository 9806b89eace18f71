// Building the Huffman codes a DEFLATE encoder sends: code lengths from symbol frequencies, with a
// longest-code limit (15 bits, or 7 for the code-length code), then the canonical codes of
// RFC 1951 3.2.2.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace looplab::codec {

// Optimal lengths (0 for symbols of frequency 0) no longer than `limit` bits, forming a complete
// code: at least two symbols always get a code (unused ones are added if needed), so a decoder
// never sees a one-code or an incomplete set.
std::vector<std::uint8_t> huffman_lengths(std::span<const std::uint32_t> frequencies, int limit);

// Canonical codes for those lengths, MSB-first values (the writer reverses them).
std::vector<std::uint16_t> canonical_codes(std::span<const std::uint8_t> lengths);

}  // namespace looplab::codec
