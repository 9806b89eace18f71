// The DEFLATE decoder (RFC 1951, 3.2.3 onwards). Each block starts with BFINAL and BTYPE; stored
// blocks are copied, Huffman blocks decode literal/length symbols and, for lengths, a distance back
// into the output produced so far. Errors use zlib's messages, the ones node reports.
//
// Every loop reads input or stops: the symbol loop either consumes at least one bit per turn or
// fails, so a malicious stream ends (with an error at the latest when the input runs out) and the
// output is capped at max_output.
#include "core/codec/inflate.h"

#include <vector>

#include "core/codec/huffman_decoder.h"

namespace looplab::codec {

namespace {

using namespace deflate_tables;

ZFailure data_error(const char* message) {
  return ZFailure{ZStatus::kDataError, message};
}
ZFailure end_of_input() {
  return ZFailure{ZStatus::kBufError, "unexpected end of file"};
}

class Inflater {
 public:
  Inflater(ByteView input, std::size_t max_output) : m_reader(input), m_max_output(max_output) {}

  Decoded run() {
    Decoded result;
    bool last = false;
    while (!last && !m_failure) {
      last = m_reader.bit() != 0;
      const std::uint32_t type = m_reader.bits(2);
      if (m_reader.eof()) break;
      switch (type) {
        case 0:
          stored_block();
          break;
        case 1:
          fixed_block();
          break;
        case 2:
          dynamic_block();
          break;
        default:
          m_failure = data_error("invalid block type");
          break;
      }
      if (!m_failure && m_reader.eof()) break;
    }
    if (!m_failure && m_reader.eof()) m_failure = end_of_input();
    result.consumed = m_reader.consumed();
    result.error = m_failure;
    result.data = std::move(m_output);
    return result;
  }

 private:
  void stored_block() {
    m_reader.align_to_byte();
    const std::uint32_t length = m_reader.bits(16);
    const std::uint32_t complement = m_reader.bits(16);
    if (m_reader.eof()) return;
    if ((length ^ 0xffffu) != complement) {
      m_failure = data_error("invalid stored block lengths");
      return;
    }
    for (std::uint32_t i = 0; i < length; ++i) {
      const std::uint32_t byte = m_reader.bits(8);
      if (m_reader.eof()) return;
      if (!emit(static_cast<std::uint8_t>(byte))) return;
    }
  }

  void fixed_block() {
    std::vector<std::uint8_t> lengths(288);
    for (int symbol = 0; symbol < 288; ++symbol)
      lengths[symbol] = static_cast<std::uint8_t>(fixed_literal_length(symbol));
    HuffmanDecoder literals;
    literals.build(lengths);
    std::vector<std::uint8_t> distance_lengths(30, kFixedDistanceLength);
    HuffmanDecoder distances;
    distances.build(distance_lengths);
    codes(literals, distances);
  }

  void dynamic_block() {
    const int literal_count = static_cast<int>(m_reader.bits(5)) + 257;
    const int distance_count = static_cast<int>(m_reader.bits(5)) + 1;
    const int code_length_count = static_cast<int>(m_reader.bits(4)) + 4;
    if (m_reader.eof()) return;
    if (literal_count > 286 || distance_count > 30) {
      m_failure = data_error("too many length or distance symbols");
      return;
    }
    std::vector<std::uint8_t> code_lengths(19, 0);
    for (int i = 0; i < code_length_count; ++i)
      code_lengths[kCodeLengthOrder[i]] = static_cast<std::uint8_t>(m_reader.bits(3));
    if (m_reader.eof()) return;
    HuffmanDecoder code_length_code;
    if (code_length_code.build(code_lengths) != HuffmanDecoder::Shape::kComplete) {
      m_failure = data_error("invalid code lengths set");
      return;
    }
    // Literal/length and distance lengths form one sequence; repeats may cross from one to the other.
    std::vector<std::uint8_t> lengths(static_cast<std::size_t>(literal_count + distance_count), 0);
    for (std::size_t i = 0; i < lengths.size();) {
      const int symbol = code_length_code.decode(m_reader);
      if (m_reader.eof()) return;
      if (symbol < 0) {
        m_failure = data_error("invalid code lengths set");
        return;
      }
      if (symbol < 16) {
        lengths[i++] = static_cast<std::uint8_t>(symbol);
        continue;
      }
      std::uint8_t value = 0;
      std::uint32_t repeat = 0;
      if (symbol == 16) {
        if (i == 0) {
          m_failure = data_error("invalid bit length repeat");
          return;
        }
        value = lengths[i - 1];
        repeat = 3 + m_reader.bits(2);
      } else if (symbol == 17) {
        repeat = 3 + m_reader.bits(3);
      } else {
        repeat = 11 + m_reader.bits(7);
      }
      if (m_reader.eof()) return;
      if (i + repeat > lengths.size()) {
        m_failure = data_error("invalid bit length repeat");
        return;
      }
      for (std::uint32_t k = 0; k < repeat; ++k) lengths[i++] = value;
    }
    if (lengths[kEndOfBlock] == 0) {
      m_failure = data_error("invalid code -- missing end-of-block");
      return;
    }
    const std::span<const std::uint8_t> all(lengths);
    HuffmanDecoder literals;
    if (!acceptable(literals.build(all.first(static_cast<std::size_t>(literal_count))), literals)) {
      m_failure = data_error("invalid literal/lengths set");
      return;
    }
    HuffmanDecoder distances;
    const HuffmanDecoder::Shape distance_shape =
        distances.build(all.subspan(static_cast<std::size_t>(literal_count)));
    if (distance_shape != HuffmanDecoder::Shape::kEmpty && !acceptable(distance_shape, distances)) {
      m_failure = data_error("invalid distances set");
      return;
    }
    codes(literals, distances);
  }

  // Like zlib: a code must be complete, except a lone code of one bit.
  static bool acceptable(HuffmanDecoder::Shape shape, const HuffmanDecoder& code) {
    return shape == HuffmanDecoder::Shape::kComplete ||
           (shape == HuffmanDecoder::Shape::kIncomplete && code.longest() == 1);
  }

  void codes(const HuffmanDecoder& literals, const HuffmanDecoder& distances) {
    for (;;) {
      const int symbol = literals.decode(m_reader);
      if (m_reader.eof()) return;
      if (symbol < 0 || symbol > 285) {
        m_failure = data_error("invalid literal/length code");
        return;
      }
      if (symbol < 256) {
        if (!emit(static_cast<std::uint8_t>(symbol))) return;
        continue;
      }
      if (symbol == kEndOfBlock) return;
      const int length_index = symbol - 257;
      const std::uint32_t length = kLengthBase[length_index] + m_reader.bits(kLengthExtra[length_index]);
      const int distance_symbol = distances.decode(m_reader);
      if (m_reader.eof()) return;
      if (distance_symbol < 0 || distance_symbol >= kDistanceCodes) {
        m_failure = data_error("invalid distance code");
        return;
      }
      const std::uint32_t distance =
          kDistanceBase[distance_symbol] + m_reader.bits(kDistanceExtra[distance_symbol]);
      if (m_reader.eof()) return;
      if (distance > m_output.size()) {
        m_failure = data_error("invalid distance too far back");
        return;
      }
      const std::size_t from = m_output.size() - distance;
      for (std::uint32_t k = 0; k < length; ++k)
        if (!emit(m_output[from + k])) return;
    }
  }

  bool emit(std::uint8_t byte) {
    if (m_output.size() >= m_max_output) {
      m_failure = ZFailure{ZStatus::kBufError, "output exceeds the maximum length"};
      return false;
    }
    m_output.push_back(byte);
    return true;
  }

  BitReader m_reader;
  std::size_t m_max_output;
  Bytes m_output;
  std::optional<ZFailure> m_failure;
};

}  // namespace

Decoded inflate_raw(ByteView input, std::size_t max_output) {
  if (input.empty()) return Decoded{};
  return Inflater(input, max_output).run();
}

}  // namespace looplab::codec
