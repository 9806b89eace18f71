// The compressor in two passes.
//
//  input ──► LZ77 (hash chains over 3-byte prefixes) ──► tokens: literal | (length, distance)
//        ──► blocks of up to kBlockTokens tokens, each written as whichever of
//            stored / fixed Huffman / dynamic Huffman takes the fewest bits.
//
// Matching: head[h] is the latest position whose next three bytes hash to h, prev[p] the one
// before it with the same hash; a search walks that chain (up to a level-dependent number of
// links, never further back than the window). From level 4 on, a match is deferred by one byte
// when the next position has a longer one ("lazy" matching).
#include "core/codec/deflate.h"

#include <algorithm>
#include <array>

#include "core/codec/deflate_tables.h"
#include "core/codec/huffman_encoder.h"

namespace looplab::codec {

namespace {

using namespace deflate_tables;

constexpr std::size_t kBlockTokens = 16384;
constexpr int kHashBits = 15;
constexpr std::size_t kMaxStored = 65535;
constexpr int kLiteralSymbols = 286;

struct Token {
  std::uint16_t length = 0;  // 0: a literal
  std::uint16_t value = 0;   // the literal byte, or the match distance
};

struct LevelTuning {
  int chain;  // most hash-chain links followed per search
  bool lazy;
  int good;  // a match this long is good enough to stop searching
};

LevelTuning tuning(int level) {
  switch (level) {
    case 1:
      return {4, false, 8};
    case 2:
      return {8, false, 16};
    case 3:
      return {32, false, 32};
    case 4:
      return {16, true, 16};
    case 5:
      return {32, true, 32};
    case 7:
      return {256, true, 128};
    case 8:
      return {1024, true, 258};
    case 9:
      return {4096, true, 258};
    default:
      return {128, true, 128};
  }
}

class Matcher {
 public:
  Matcher(ByteView input, LevelTuning tune)
      : m_input(input), m_tune(tune), m_head(std::size_t{1} << kHashBits, -1), m_prev(input.size(), -1) {}

  std::vector<Token> tokens() {
    std::vector<Token> out;
    const std::size_t n = m_input.size();
    std::size_t pos = 0;
    while (pos < n) {
      Match match = find(pos);
      insert(pos);
      if (match.length >= kMinMatch && m_tune.lazy && match.length < static_cast<std::size_t>(m_tune.good) &&
          pos + 1 < n) {
        const Match next = find(pos + 1);
        if (next.length > match.length) {
          out.push_back({0, m_input[pos]});
          ++pos;
          continue;
        }
      }
      if (match.length >= kMinMatch) {
        out.push_back({static_cast<std::uint16_t>(match.length), static_cast<std::uint16_t>(match.distance)});
        for (std::size_t k = 1; k < match.length; ++k) insert(pos + k);
        pos += match.length;
      } else {
        out.push_back({0, m_input[pos]});
        ++pos;
      }
    }
    return out;
  }

 private:
  struct Match {
    std::size_t length = 0;
    std::size_t distance = 0;
  };

  std::size_t hash(std::size_t pos) const {
    const std::uint32_t v =
        (std::uint32_t{m_input[pos]} << 16) | (std::uint32_t{m_input[pos + 1]} << 8) | m_input[pos + 2];
    return (v * 2654435761u) >> (32 - kHashBits);
  }

  void insert(std::size_t pos) {
    if (pos + kMinMatch > m_input.size()) return;
    const std::size_t h = hash(pos);
    m_prev[pos] = m_head[h];
    m_head[h] = static_cast<std::int64_t>(pos);
  }

  Match find(std::size_t pos) const {
    Match best;
    if (pos + kMinMatch > m_input.size()) return best;
    const std::size_t limit = std::min<std::size_t>(kMaxMatch, m_input.size() - pos);
    std::int64_t candidate = m_head[hash(pos)];
    for (int links = 0; candidate >= 0 && links < m_tune.chain; ++links) {
      const std::size_t from = static_cast<std::size_t>(candidate);
      if (pos - from > kWindow) break;
      std::size_t length = 0;
      while (length < limit && m_input[from + length] == m_input[pos + length]) ++length;
      if (length > best.length) {
        best = {length, pos - from};
        if (length >= limit || static_cast<int>(length) >= m_tune.good * 2) break;
      }
      candidate = m_prev[from];
    }
    return best;
  }

  ByteView m_input;
  LevelTuning m_tune;
  std::vector<std::int64_t> m_head;
  std::vector<std::int64_t> m_prev;
};

int length_symbol(std::size_t length) {
  int index = kLengthCodes - 1;
  while (kLengthBase[static_cast<std::size_t>(index)] > length) --index;
  return index;  // symbol is 257 + index
}

int distance_symbol(std::size_t distance) {
  int index = kDistanceCodes - 1;
  while (kDistanceBase[static_cast<std::size_t>(index)] > distance) --index;
  return index;
}

class BitWriter {
 public:
  void bits(std::uint32_t value, int count) {
    for (int i = 0; i < count; ++i) {
      if (m_bit == 0) m_out.push_back(0);
      m_out.back() |= static_cast<std::uint8_t>(((value >> i) & 1u) << m_bit);
      m_bit = (m_bit + 1) & 7;
    }
  }
  // Huffman codes go most significant bit first.
  void code(std::uint32_t code, int length) {
    for (int i = length - 1; i >= 0; --i) bits((code >> i) & 1u, 1);
  }
  void align() { m_bit = 0; }
  void byte(std::uint8_t value) {
    align();
    m_out.push_back(value);
  }
  Bytes take() { return std::move(m_out); }

 private:
  Bytes m_out;
  int m_bit = 0;  // next free bit in m_out.back(); 0: start a new byte
};

// A Huffman code ready to write: lengths and codes per symbol.
struct Code {
  std::vector<std::uint8_t> lengths;
  std::vector<std::uint16_t> codes;

  static Code from_lengths(std::vector<std::uint8_t> lengths) {
    Code code;
    code.codes = canonical_codes(lengths);
    code.lengths = std::move(lengths);
    return code;
  }
};

// One run-length-coded entry of the code length sequence (symbols 0..18, RFC 1951 3.2.7).
struct LengthOp {
  std::uint8_t symbol;
  std::uint8_t extra;  // the repeat count minus the symbol's base
};

std::vector<LengthOp> run_length(const std::vector<std::uint8_t>& lengths) {
  std::vector<LengthOp> ops;
  for (std::size_t i = 0; i < lengths.size();) {
    const std::uint8_t value = lengths[i];
    std::size_t run = 1;
    while (i + run < lengths.size() && lengths[i + run] == value) ++run;
    std::size_t left = run;
    if (value == 0) {
      while (left >= 11) {
        const std::size_t take = std::min<std::size_t>(left, 138);
        ops.push_back({18, static_cast<std::uint8_t>(take - 11)});
        left -= take;
      }
      if (left >= 3) {
        ops.push_back({17, static_cast<std::uint8_t>(left - 3)});
        left = 0;
      }
    } else {
      ops.push_back({value, 0});
      --left;
      while (left >= 3) {
        const std::size_t take = std::min<std::size_t>(left, 6);
        ops.push_back({16, static_cast<std::uint8_t>(take - 3)});
        left -= take;
      }
    }
    for (; left > 0; --left) ops.push_back({value, 0});
    i += run;
  }
  return ops;
}

constexpr int extra_bits_of_length_op(int symbol) {
  return symbol == 16 ? 2 : symbol == 17 ? 3 : symbol == 18 ? 7 : 0;
}

class BlockWriter {
 public:
  explicit BlockWriter(BitWriter& out) : m_out(out) {
    std::vector<std::uint8_t> literal(288);
    for (int s = 0; s < 288; ++s)
      literal[static_cast<std::size_t>(s)] = static_cast<std::uint8_t>(fixed_literal_length(s));
    m_fixed_literals = Code::from_lengths(std::move(literal));
    m_fixed_distances = Code::from_lengths(std::vector<std::uint8_t>(30, kFixedDistanceLength));
  }

  void write(std::span<const Token> tokens, ByteView raw, bool last) {
    std::vector<std::uint32_t> literal_freq(kLiteralSymbols, 0);
    std::vector<std::uint32_t> distance_freq(kDistanceCodes, 0);
    for (const Token& token : tokens) {
      if (token.length == 0) {
        ++literal_freq[token.value];
      } else {
        ++literal_freq[static_cast<std::size_t>(257 + length_symbol(token.length))];
        ++distance_freq[static_cast<std::size_t>(distance_symbol(token.value))];
      }
    }
    ++literal_freq[kEndOfBlock];
    const Code literals = Code::from_lengths(huffman_lengths(literal_freq, kMaxBits));
    const Code distances = Code::from_lengths(huffman_lengths(distance_freq, kMaxBits));
    const DynamicHeader header = dynamic_header(literals, distances);

    const std::uint64_t dynamic_bits = 3 + header.bits + data_bits(tokens, literals, distances);
    const std::uint64_t fixed_bits = 3 + data_bits(tokens, m_fixed_literals, m_fixed_distances);
    // Stored: the header byte(s) and alignment are at most 3 + 7 bits, then LEN/NLEN and the data.
    const std::uint64_t stored_chunks = std::max<std::size_t>(1, (raw.size() + kMaxStored - 1) / kMaxStored);
    const std::uint64_t stored_bits = stored_chunks * (3 + 7 + 32) + 8 * std::uint64_t{raw.size()};

    if (stored_bits <= fixed_bits && stored_bits <= dynamic_bits) {
      stored(raw, last);
    } else if (fixed_bits <= dynamic_bits) {
      m_out.bits(last ? 1 : 0, 1);
      m_out.bits(1, 2);
      symbols(tokens, m_fixed_literals, m_fixed_distances);
    } else {
      m_out.bits(last ? 1 : 0, 1);
      m_out.bits(2, 2);
      write_header(header);
      symbols(tokens, literals, distances);
    }
  }

  void stored(ByteView raw, bool last) {
    std::size_t offset = 0;
    do {
      const std::size_t take = std::min(kMaxStored, raw.size() - offset);
      const bool final_chunk = offset + take == raw.size();
      m_out.bits(last && final_chunk ? 1 : 0, 1);
      m_out.bits(0, 2);
      m_out.align();
      m_out.byte(static_cast<std::uint8_t>(take & 0xff));
      m_out.byte(static_cast<std::uint8_t>(take >> 8));
      m_out.byte(static_cast<std::uint8_t>(~take & 0xff));
      m_out.byte(static_cast<std::uint8_t>((~take >> 8) & 0xff));
      for (std::size_t k = 0; k < take; ++k) m_out.byte(raw[offset + k]);
      offset += take;
    } while (offset < raw.size());
  }

 private:
  struct DynamicHeader {
    int literal_count = 257;
    int distance_count = 1;
    int code_length_count = 4;
    std::vector<LengthOp> ops;
    Code length_code;
    std::uint64_t bits = 0;
  };

  static DynamicHeader dynamic_header(const Code& literals, const Code& distances) {
    DynamicHeader header;
    header.literal_count = kLiteralSymbols;
    while (header.literal_count > 257 &&
           literals.lengths[static_cast<std::size_t>(header.literal_count - 1)] == 0)
      --header.literal_count;
    header.distance_count = kDistanceCodes;
    while (header.distance_count > 1 &&
           distances.lengths[static_cast<std::size_t>(header.distance_count - 1)] == 0)
      --header.distance_count;
    std::vector<std::uint8_t> sequence(literals.lengths.begin(),
                                       literals.lengths.begin() + header.literal_count);
    sequence.insert(sequence.end(), distances.lengths.begin(),
                    distances.lengths.begin() + header.distance_count);
    header.ops = run_length(sequence);
    std::vector<std::uint32_t> freq(19, 0);
    for (const LengthOp& op : header.ops) ++freq[op.symbol];
    header.length_code = Code::from_lengths(huffman_lengths(freq, kMaxCodeLengthBits));
    header.code_length_count = 19;
    while (header.code_length_count > 4 &&
           header.length_code
                   .lengths[kCodeLengthOrder[static_cast<std::size_t>(header.code_length_count - 1)]] == 0)
      --header.code_length_count;
    header.bits = 5 + 5 + 4 + 3 * static_cast<std::uint64_t>(header.code_length_count);
    for (const LengthOp& op : header.ops)
      header.bits += header.length_code.lengths[op.symbol] + extra_bits_of_length_op(op.symbol);
    return header;
  }

  void write_header(const DynamicHeader& header) {
    m_out.bits(static_cast<std::uint32_t>(header.literal_count - 257), 5);
    m_out.bits(static_cast<std::uint32_t>(header.distance_count - 1), 5);
    m_out.bits(static_cast<std::uint32_t>(header.code_length_count - 4), 4);
    for (int i = 0; i < header.code_length_count; ++i)
      m_out.bits(header.length_code.lengths[kCodeLengthOrder[static_cast<std::size_t>(i)]], 3);
    for (const LengthOp& op : header.ops) {
      m_out.code(header.length_code.codes[op.symbol], header.length_code.lengths[op.symbol]);
      m_out.bits(op.extra, extra_bits_of_length_op(op.symbol));
    }
  }

  static std::uint64_t data_bits(std::span<const Token> tokens, const Code& literals, const Code& distances) {
    std::uint64_t bits = literals.lengths[kEndOfBlock];
    for (const Token& token : tokens) {
      if (token.length == 0) {
        bits += literals.lengths[token.value];
        continue;
      }
      const int ls = length_symbol(token.length);
      const int ds = distance_symbol(token.value);
      const std::uint8_t literal_length = literals.lengths[static_cast<std::size_t>(257 + ls)];
      const std::uint8_t distance_length = distances.lengths[static_cast<std::size_t>(ds)];
      if (literal_length == 0 || distance_length == 0) return ~std::uint64_t{0} >> 2;  // cannot code
      bits += literal_length + kLengthExtra[static_cast<std::size_t>(ls)] + distance_length +
              kDistanceExtra[static_cast<std::size_t>(ds)];
    }
    return bits;
  }

  void symbols(std::span<const Token> tokens, const Code& literals, const Code& distances) {
    for (const Token& token : tokens) {
      if (token.length == 0) {
        m_out.code(literals.codes[token.value], literals.lengths[token.value]);
        continue;
      }
      const std::size_t ls = static_cast<std::size_t>(length_symbol(token.length));
      m_out.code(literals.codes[257 + ls], literals.lengths[257 + ls]);
      m_out.bits(token.length - kLengthBase[ls], kLengthExtra[ls]);
      const std::size_t ds = static_cast<std::size_t>(distance_symbol(token.value));
      m_out.code(distances.codes[ds], distances.lengths[ds]);
      m_out.bits(token.value - kDistanceBase[ds], kDistanceExtra[ds]);
    }
    m_out.code(literals.codes[kEndOfBlock], literals.lengths[kEndOfBlock]);
  }

  BitWriter& m_out;
  Code m_fixed_literals;
  Code m_fixed_distances;
};

}  // namespace

Bytes deflate_raw(ByteView input, int level) {
  if (level < 0 || level > 9) level = 6;
  BitWriter out;
  BlockWriter writer(out);
  if (level == 0) {
    // zlib's stored blocks; an empty input is one empty stored block.
    writer.stored(input, true);
    return out.take();
  }
  const std::vector<Token> tokens = Matcher(input, tuning(level)).tokens();
  std::size_t raw_start = 0;
  std::size_t index = 0;
  do {
    const std::size_t count = std::min(kBlockTokens, tokens.size() - index);
    const std::span<const Token> block(tokens.data() + index, count);
    std::size_t raw_length = 0;
    for (const Token& token : block) raw_length += token.length == 0 ? 1 : token.length;
    index += count;
    writer.write(block, input.subspan(raw_start, raw_length), index == tokens.size());
    raw_start += raw_length;
  } while (index < tokens.size());
  return out.take();
}

}  // namespace looplab::codec
