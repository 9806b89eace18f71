#include "core/node/pool_requests.h"

#include <algorithm>
#include <utility>

namespace looplab::node {

namespace {

// Per-KB costs apply to partial kilobytes pro rata: cost * bytes / 1024, in integers.
Nanos per_kb(Nanos cost, std::int64_t bytes) {
  return cost * std::max<std::int64_t>(0, bytes) / 1024;
}

PoolWork cpu_work(std::string label, Nanos cpu) {
  PoolWork work;
  work.label = std::move(label);
  work.cpu = std::max<Nanos>(0, cpu);
  return work;
}

}  // namespace

PoolWork fs_request(const PoolCosts& costs, std::string label, std::int64_t bytes) {
  return cpu_work(std::move(label), costs.fs_op + per_kb(costs.fs_per_kb, bytes));
}

PoolWork dns_lookup_request(const PoolCosts& costs, std::string host) {
  PoolWork work;
  work.label = "dns.lookup " + std::move(host);
  work.latency = costs.dns_lookup;
  work.slow_io = true;
  return work;
}

PoolWork pbkdf2_request(const PoolCosts& costs, std::int64_t iterations, Digest digest) {
  const Nanos per_iteration =
      digest == Digest::kSha512 ? costs.pbkdf2_sha512_per_iteration : costs.pbkdf2_sha256_per_iteration;
  return cpu_work("crypto.pbkdf2", per_iteration * std::max<std::int64_t>(1, iterations));
}

PoolWork scrypt_request(const PoolCosts& costs, std::int64_t n, std::int64_t r, std::int64_t p) {
  return cpu_work("crypto.scrypt", costs.scrypt_per_block * std::max<std::int64_t>(1, n) *
                                       std::max<std::int64_t>(1, r) * std::max<std::int64_t>(1, p));
}

PoolWork random_bytes_request(const PoolCosts& costs, std::int64_t bytes) {
  return cpu_work("crypto.randomBytes", costs.random_bytes_base + per_kb(costs.random_bytes_per_kb, bytes));
}

PoolWork zlib_request(const PoolCosts& costs, ZlibOp op, std::int64_t bytes) {
  return op == ZlibOp::kCompress ? cpu_work("zlib.deflate", per_kb(costs.gzip_per_kb, bytes))
                                 : cpu_work("zlib.inflate", per_kb(costs.gunzip_per_kb, bytes));
}

}  // namespace looplab::node
