// The thread-pool request kinds and what they cost, and one of them played out on a process.
#include "core/node/pool_requests.h"

#include "core/node/node_process.h"
#include "core/node/script.h"
#include "doctest/doctest.h"

using looplab::kNanosPerMilli;
using namespace looplab::node;

TEST_CASE("pool requests cost what the profile says, scaled by their size") {
  const PoolCosts costs;
  CHECK(fs_request(costs, "fs.read", 0).cpu == costs.fs_op);
  CHECK(fs_request(costs, "fs.read", 1024 * 1024).cpu == costs.fs_op + 1024 * costs.fs_per_kb);
  CHECK(fs_request(costs, "fs.read", 512).cpu == costs.fs_op + costs.fs_per_kb / 2);
  CHECK(pbkdf2_request(costs, 100'000, Digest::kSha512).cpu == 100'000 * costs.pbkdf2_sha512_per_iteration);
  CHECK(pbkdf2_request(costs, 100'000, Digest::kSha256).cpu == 100'000 * costs.pbkdf2_sha256_per_iteration);
  CHECK(scrypt_request(costs, 16384, 8, 1).cpu == 16384 * 8 * costs.scrypt_per_block);
  CHECK(random_bytes_request(costs, 2048).cpu == costs.random_bytes_base + 2 * costs.random_bytes_per_kb);
  CHECK(zlib_request(costs, ZlibOp::kCompress, 4096).cpu == 4 * costs.gzip_per_kb);
  CHECK(zlib_request(costs, ZlibOp::kDecompress, 4096).cpu == 4 * costs.gunzip_per_kb);
  const PoolWork dns = dns_lookup_request(costs, "localhost");
  CHECK(dns.slow_io);
  CHECK(dns.cpu == 0);
  CHECK(dns.latency == costs.dns_lookup);
  CHECK(dns.label == "dns.lookup localhost");
}

// crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', cb) x2 with the default profile: ~105 ms of
// CPU each on their own pool threads and cores; both callbacks near 105 ms.
TEST_CASE("pbkdf2 requests take their cost on pool threads, in parallel on free cores") {
  looplab::Simulation sim;
  looplab::Machine machine(sim, 4);
  looplab::Trace trace;
  NodeProcess process(sim, machine, trace);
  const PoolWork work = pbkdf2_request(ProcessOptions{}.profile.pool, 100'000, Digest::kSha512);
  const auto done = Script::callback("done", [](Script& s) { s.log("done"); });
  process.start(Script::callback("main script", [&](Script& s) {
    s.host_call([&](JsHost& host) {
      host.submit_work(work, done);
      host.submit_work(work, done);
    });
  }));
  sim.run();
  REQUIRE(process.output().size() == 2);
  for (const auto& line : process.output()) {
    CHECK(line.time >= work.cpu);
    CHECK(line.time < work.cpu + 1 * kNanosPerMilli);
  }
  CHECK(work.cpu > 100 * kNanosPerMilli);
  CHECK(work.cpu < 110 * kNanosPerMilli);
}
