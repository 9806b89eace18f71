// What each kind of thread-pool request costs: the work the bindings (fs, dns, crypto, zlib) will
// submit, made from the machine profile's knobs.
//
// Defaults measured with node v20.20.2 on the development machine (2 vCPUs, x86-64, warm page
// cache), with the synchronous forms (which run the same code on the JS thread) unless stated:
//   fs.statSync ............................................ 6.1-7.7 µs per call
//   fs.readFileSync of 1 MB ................................. 195-277 µs  (~0.19-0.27 µs per KB)
//   dns.lookup('localhost') (from /etc/hosts), async ........ 280-290 µs per lookup
//   crypto.pbkdf2Sync, 100,000 iterations, sha512 / sha256 .. 1036-1059 / 440-446 ns per iteration
//   crypto.scryptSync with the defaults (N=16384, r=8, p=1) . 55.5-57.7 ms (~430 ns per N*r*p)
//   crypto.randomBytes 1 KB / 64 KB ......................... 7.2 / 24.2 µs
//   zlib.gzipSync / gunzipSync of 1 MB of text .............. 3.6-4.0 / 3.1-4.9 µs per KB
// Not modelled by default: this VM's thread hand-off, which made one async pool round trip cost
// ~190 µs more than the syscall it carried (fs.promises.stat); a lesson can add it as fs_op.
// Network DNS lookups take milliseconds, not the /etc/hosts figure: set dns_lookup for them.
#pragma once

#include <cstdint>
#include <string>

#include "core/node/js_job.h"
#include "core/sim/duration.h"

namespace looplab::node {

struct PoolCosts {
  Nanos fs_op = 6'500;         // CPU of one fs syscall (open, stat, read, close, ...)
  Nanos fs_per_kb = 220;       // CPU per KB read or written
  Nanos dns_lookup = 285'000;  // getaddrinfo: blocked, no CPU (slow I/O)
  Nanos pbkdf2_sha512_per_iteration = 1'045;
  Nanos pbkdf2_sha256_per_iteration = 443;
  Nanos scrypt_per_block = 430;     // per N * r * p
  Nanos random_bytes_base = 6'950;  // per call ...
  Nanos random_bytes_per_kb = 270;  // ... plus per KB
  Nanos gzip_per_kb = 3'800;        // deflate/gzip, per KB of input
  Nanos gunzip_per_kb = 3'100;      // inflate/gunzip, per KB of output

  friend bool operator==(const PoolCosts&, const PoolCosts&) = default;
};

enum class Digest : std::uint8_t { kSha256, kSha512 };
enum class ZlibOp : std::uint8_t { kCompress, kDecompress };

// One uv_fs request (fs.readFile makes several: open, fstat, read, close) moving `bytes` of data.
PoolWork fs_request(const PoolCosts& costs, std::string label, std::int64_t bytes = 0);
// dns.lookup: getaddrinfo on the pool, counted against the slow-I/O share.
PoolWork dns_lookup_request(const PoolCosts& costs, std::string host);
PoolWork pbkdf2_request(const PoolCosts& costs, std::int64_t iterations, Digest digest);
PoolWork scrypt_request(const PoolCosts& costs, std::int64_t n, std::int64_t r, std::int64_t p);
PoolWork random_bytes_request(const PoolCosts& costs, std::int64_t bytes);
PoolWork zlib_request(const PoolCosts& costs, ZlibOp op, std::int64_t bytes);

}  // namespace looplab::node
