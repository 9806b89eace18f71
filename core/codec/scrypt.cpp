// scrypt per RFC 7914: B = PBKDF2-HMAC-SHA256(P, S, 1, p * 128 * r); each 128*r-byte chunk of B
// goes through ROMix (N sequential BlockMix steps filling V, then N data-dependent reads of V);
// the key is PBKDF2-HMAC-SHA256(P, B', 1, dkLen). BlockMix mixes 64-byte sub-blocks with the
// Salsa20/8 core.
#include "core/codec/scrypt.h"

#include <vector>

#include "core/codec/pbkdf2.h"

namespace looplab::codec {

namespace {

using Words = std::vector<std::uint32_t>;

// One Salsa20 quarter round on words a, b, c, d of x.
inline void quarter_round(std::uint32_t* x, int a, int b, int c, int d) {
  std::uint32_t t = x[a] + x[d];
  x[b] ^= (t << 7) | (t >> 25);
  t = x[b] + x[a];
  x[c] ^= (t << 9) | (t >> 23);
  t = x[c] + x[b];
  x[d] ^= (t << 13) | (t >> 19);
  t = x[d] + x[c];
  x[a] ^= (t << 18) | (t >> 14);
}

// Salsa20/8 core (RFC 7914, section 3): four double rounds, then the input added back. Plain
// arrays, for unoptimised builds' sake (scrypt's defaults run it half a million times).
void salsa20_8(std::uint32_t* b) {
  std::uint32_t x[16];
  for (int i = 0; i < 16; ++i) x[i] = b[i];
  for (int round = 0; round < 8; round += 2) {
    quarter_round(x, 0, 4, 8, 12);  // columns
    quarter_round(x, 5, 9, 13, 1);
    quarter_round(x, 10, 14, 2, 6);
    quarter_round(x, 15, 3, 7, 11);
    quarter_round(x, 0, 1, 2, 3);  // rows
    quarter_round(x, 5, 6, 7, 4);
    quarter_round(x, 10, 11, 8, 9);
    quarter_round(x, 15, 12, 13, 14);
  }
  for (int i = 0; i < 16; ++i) b[i] += x[i];
}

// BlockMix (section 4): `in` holds 2r sub-blocks of 16 words; even results go to the first half
// of `out`, odd ones to the second.
void block_mix(const std::uint32_t* in, std::uint32_t* out, std::uint32_t r) {
  std::uint32_t x[16];
  for (int i = 0; i < 16; ++i) x[i] = in[(2 * r - 1) * 16 + i];
  for (std::uint32_t i = 0; i < 2 * r; ++i) {
    for (int k = 0; k < 16; ++k) x[k] ^= in[i * 16 + k];
    salsa20_8(x);
    std::uint32_t* target = out + ((i % 2) * r + i / 2) * 16;
    for (int k = 0; k < 16; ++k) target[k] = x[k];
  }
}

// ROMix (section 5) on one 32r-word chunk, in place.
void ro_mix(std::uint32_t* chunk, std::uint64_t n, std::uint32_t r, Words& v, Words& scratch) {
  const std::size_t words = 32 * static_cast<std::size_t>(r);
  std::copy(chunk, chunk + words, scratch.begin());
  for (std::uint64_t i = 0; i < n; ++i) {
    std::copy(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(words),
              v.begin() + static_cast<std::ptrdiff_t>(i * words));
    block_mix(v.data() + i * words, scratch.data(), r);
  }
  Words mixed(words);
  for (std::uint64_t i = 0; i < n; ++i) {
    // Integerify: the first word of the last sub-block, modulo N (a power of two).
    const std::uint64_t j =
        (std::uint64_t{scratch[(2 * r - 1) * 16]} | (std::uint64_t{scratch[(2 * r - 1) * 16 + 1]} << 32)) &
        (n - 1);
    for (std::size_t k = 0; k < words; ++k) scratch[k] ^= v[j * words + k];
    block_mix(scratch.data(), mixed.data(), r);
    std::copy(mixed.begin(), mixed.end(), scratch.begin());
  }
  std::copy(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(words), chunk);
}

}  // namespace

Bytes scrypt(ByteView password, ByteView salt, const ScryptParams& params, std::size_t key_length) {
  const std::size_t chunk_bytes = 128 * static_cast<std::size_t>(params.r);
  Bytes b = pbkdf2(HashKind::kSha256, password, salt, 1, chunk_bytes * params.p);
  const std::size_t words = chunk_bytes / 4;
  Words v(static_cast<std::size_t>(params.n) * words);
  Words scratch(words);
  Words chunk(words);
  for (std::uint32_t i = 0; i < params.p; ++i) {
    std::uint8_t* bytes = b.data() + i * chunk_bytes;
    for (std::size_t k = 0; k < words; ++k) chunk[k] = load_le32(bytes + 4 * k);
    ro_mix(chunk.data(), params.n, params.r, v, scratch);
    for (std::size_t k = 0; k < words; ++k) store_le32(bytes + 4 * k, chunk[k]);
  }
  return pbkdf2(HashKind::kSha256, password, b, 1, key_length);
}

}  // namespace looplab::codec
