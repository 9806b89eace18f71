// require('crypto') and require('zlib') in a simulated process: what the pool requests cost in
// virtual time, that Sync forms block the JS thread for the same cost, and that results reach the
// script. (Their output against real node is checked by the oracle scripts crypto_* and zlib_*.)
#include <string>

#include "core/node/pool_requests.h"
#include "core/scenario/run_script.h"
#include "doctest/doctest.h"

using looplab::Nanos;
using looplab::scenario::run_script;
using looplab::scenario::ScriptRunResult;

namespace {

const looplab::node::PoolCosts kCosts;

std::string stdout_of(const ScriptRunResult& result) {
  std::string text;
  for (const auto& line : result.output) text += line.text + "\n";
  return text;
}

Nanos time_of(const ScriptRunResult& result, const std::string& text) {
  for (const auto& line : result.output)
    if (line.text == text) return line.time;
  FAIL("no line " << text);
  return -1;
}

}  // namespace

TEST_CASE("an async pbkdf2 completes after its pool cost, in the poll phase") {
  const ScriptRunResult result = run_script(
      "const crypto = require('crypto');\n"
      "crypto.pbkdf2('secret', 'salt', 10000, 32, 'sha256', (err, key) => console.log('done', err, "
      "key.length));\n"
      "console.log('main');\n");
  CHECK(stdout_of(result) == "main\ndone null 32\n");
  const Nanos done = time_of(result, "done null 32");
  CHECK(done >= 10000 * kCosts.pbkdf2_sha256_per_iteration);
  CHECK(done < 10000 * kCosts.pbkdf2_sha256_per_iteration + 2'000'000);
}

TEST_CASE("pbkdf2Sync blocks the JS thread for the same cost") {
  const ScriptRunResult result = run_script(
      "const crypto = require('crypto');\n"
      "console.log('before');\n"
      "const key = crypto.pbkdf2Sync('secret', 'salt', 10000, 64, 'sha512');\n"
      "console.log('after', key.toString('hex').slice(0, 8));\n");
  // node: crypto.pbkdf2Sync('secret', 'salt', 10000, 64, 'sha512').toString('hex').slice(0, 8)
  CHECK(stdout_of(result) == "before\nafter a01387d6\n");
  CHECK(time_of(result, "after a01387d6") - time_of(result, "before") >=
        10000 * kCosts.pbkdf2_sha512_per_iteration);
}

TEST_CASE("a fifth pbkdf2 waits for a free thread of the pool of four") {
  const ScriptRunResult result = run_script(
      "const crypto = require('crypto');\n"
      "for (let i = 0; i < 5; i++) crypto.pbkdf2('a', 'b', 1000, 16, 'sha512', () => console.log('done ' + "
      "i));\n");
  const Nanos one = 1000 * kCosts.pbkdf2_sha512_per_iteration;
  CHECK(time_of(result, "done 3") < 2 * one);
  CHECK(time_of(result, "done 4") >= 2 * one);
}

TEST_CASE("zlib round trips in a script and reports node's error for bad input") {
  const ScriptRunResult result = run_script(
      "const zlib = require('zlib');\n"
      "console.log(zlib.gunzipSync(zlib.gzipSync('hello world')).toString());\n"
      "zlib.inflate(Buffer.from('nope'), (err) => console.log(err.code, err.errno, err.message));\n");
  CHECK(stdout_of(result) == "hello world\nZ_DATA_ERROR -3 incorrect header check\n");
}

TEST_CASE("an async gzip costs its input size on the pool") {
  const ScriptRunResult result = run_script(
      "const zlib = require('zlib');\n"
      "zlib.gzip(Buffer.alloc(64 * 1024, 'a'), () => console.log('gzip done'));\n");
  CHECK(time_of(result, "gzip done") >= 64 * kCosts.gzip_per_kb);
}
