// Picks a digest by kind or by node's name for it.
#include "core/codec/hash.h"

#include <string>

#include "core/codec/hash_algorithms.h"

namespace looplab::codec {

std::unique_ptr<Hash> make_hash(HashKind kind) {
  switch (kind) {
    case HashKind::kMd5:
      return std::make_unique<Md5>();
    case HashKind::kSha1:
      return std::make_unique<Sha1>();
    case HashKind::kSha256:
      return std::make_unique<Sha256>();
    case HashKind::kSha512:
      return std::make_unique<Sha512>();
  }
  return std::make_unique<Sha256>();
}

Bytes hash_bytes(HashKind kind, ByteView data) {
  std::unique_ptr<Hash> hash = make_hash(kind);
  hash->update(data);
  return hash->digest();
}

std::optional<HashKind> hash_kind_from_name(std::string_view name) {
  std::string lower;
  for (const char c : name) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (lower.starts_with("rsa-")) lower.erase(0, 4);
  if (lower == "md5") return HashKind::kMd5;
  if (lower == "sha1" || lower == "sha-1") return HashKind::kSha1;
  if (lower == "sha256" || lower == "sha-256") return HashKind::kSha256;
  if (lower == "sha512" || lower == "sha-512") return HashKind::kSha512;
  return std::nullopt;
}

}  // namespace looplab::codec
