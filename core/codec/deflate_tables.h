// The fixed tables of RFC 1951 (3.2.5, 3.2.6, 3.2.7) shared by the encoder and the decoder:
// length and distance codes with their extra bits, the fixed Huffman code lengths, and the order in
// which code-length code lengths are sent.
#pragma once

#include <array>
#include <cstdint>

namespace looplab::codec::deflate_tables {

constexpr int kEndOfBlock = 256;
constexpr int kLengthCodes = 29;    // symbols 257..285
constexpr int kDistanceCodes = 30;  // symbols 0..29
constexpr int kMaxBits = 15;        // longest literal/length or distance code
constexpr int kMaxCodeLengthBits = 7;
constexpr std::size_t kWindow = 32768;
constexpr std::size_t kMinMatch = 3;
constexpr std::size_t kMaxMatch = 258;

// Base match length of symbols 257..285 and their extra bits.
constexpr std::array<std::uint16_t, kLengthCodes> kLengthBase{3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                              15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                              67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<std::uint8_t, kLengthCodes> kLengthExtra{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                              2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
// Base distance of symbols 0..29 and their extra bits.
constexpr std::array<std::uint16_t, kDistanceCodes> kDistanceBase{
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<std::uint8_t, kDistanceCodes> kDistanceExtra{
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
// The order of the code length code lengths in a dynamic block header.
constexpr std::array<std::uint8_t, 19> kCodeLengthOrder{16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                        11, 4,  12, 3, 13, 2, 14, 1, 15};

// Fixed Huffman code lengths (3.2.6): 288 literal/length symbols, 30 distance symbols of 5 bits.
constexpr int fixed_literal_length(int symbol) {
  return symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8;
}
constexpr int kFixedDistanceLength = 5;

}  // namespace looplab::codec::deflate_tables
