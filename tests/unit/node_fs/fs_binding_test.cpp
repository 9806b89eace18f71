// require('fs') over a scenario's disk (lib/fs.js + natives/fs.cpp): what only the simulator can
// show (files described by size, a disk separate from the real one, what Sync calls cost, pool
// queueing). Agreement with node on ordinary scripts is the oracle's job (tests/oracle/fs_*.js).
#include <string>

#include "doctest/doctest.h"
#include "run_with_disk.h"

namespace {

using namespace looplab;
using testing::Run;

Run run(node::FileSystem& disk, const std::string& source, int threadpool_size = 4) {
  return testing::run_with_disk(disk, source, threadpool_size);
}

}  // namespace

TEST_CASE("fs binding: a script reads the files its scenario describes") {
  node::FileSystem disk;
  disk.add_file("/app/data/config.json", "{\"port\": 8080}");
  CHECK(run(disk,
            "const fs = require('fs');\n"
            "console.log(JSON.parse(fs.readFileSync('data/config.json', 'utf8')).port);\n"
            "fs.readFile('/app/data/config.json', 'utf8', (err, text) => console.log(err, text.length));\n")
            .out == "8080\nnull 14\n");
}

TEST_CASE("fs binding: a file described by its size reads as filler, a part at a time") {
  node::FileSystem disk;
  disk.add_file_of_size("/data/huge.log", 1LL << 30);
  CHECK(run(disk,
            "const fs = require('fs');\n"
            "console.log(fs.statSync('/data/huge.log').size);\n"
            "const fd = fs.openSync('/data/huge.log', 'r');\n"
            "const bytes = new Uint8Array(8);\n"
            "console.log(fs.readSync(fd, bytes, 0, 8, 1e9), String.fromCharCode(...bytes));\n"
            "try { fs.readFileSync('/data/huge.log'); } catch (e) { console.log(e.code); }\n")
            .out == "1073741824\n8 looplab\n\nERR_LOOPLAB_UNSUPPORTED\n");
}

TEST_CASE("fs binding: writes change the simulated disk, never the real one") {
  node::FileSystem disk;
  CHECK(run(disk,
            "const fs = require('fs');\n"
            "fs.mkdirSync('/tmp/out/logs', { recursive: true });\n"
            "fs.writeFileSync('/tmp/out/logs/a.txt', 'one');\n"
            "fs.appendFile('/tmp/out/logs/a.txt', ' two', (err) => console.log('appended', err));\n"
            "console.log(fs.existsSync('/etc/passwd'));\n")
            .out == "false\nappended null\n");
  CHECK(disk.read_file("/tmp/out/logs/a.txt").value == "one two");
}

TEST_CASE("fs binding: a Sync call blocks the JS thread for the syscalls' cost") {
  node::FileSystem disk;
  disk.add_file_of_size("/data/1mb.bin", 1024 * 1024);
  // readFileSync of 1 MB: open, fstat, two 512 KB reads, close (5 x 6.5 us) plus 1024 KB x 220 ns.
  const Run result = run(disk,
                         "const fs = require('fs');\n"
                         "const [s0, n0] = process.hrtime();\n"
                         "fs.readFileSync('/data/1mb.bin', 'latin1');\n"
                         "const [s1, n1] = process.hrtime();\n"
                         "const us = ((s1 - s0) * 1e9 + (n1 - n0)) / 1000;\n"
                         "console.log(us >= 257, us < 400);\n");
  CHECK(result.out == "true true\n");
}

TEST_CASE("fs binding: readFile's round trips queue behind other pool work") {
  node::FileSystem disk;
  disk.add_file("/app/a.txt", "a");
  // One pool thread, FIFO: readFile's open runs first, but each of its next steps (fstat, read,
  // close) is queued from a callback, behind the three stats.
  CHECK(run(disk,
            "const fs = require('fs');\n"
            "fs.readFile('/app/a.txt', 'utf8', () => console.log('readFile'));\n"
            "for (let i = 0; i < 3; ++i) fs.stat('/app/a.txt', () => console.log('stat', i));\n",
            1)
            .out == "stat 0\nstat 1\nstat 2\nreadFile\n");
}

TEST_CASE("fs binding: errors name the syscall and the path as the script wrote it") {
  node::FileSystem disk;
  CHECK(run(disk,
            "const fs = require('fs');\n"
            "try { fs.readFileSync('missing.txt'); } catch (e) { console.log(e.message, e.errno); }\n"
            "fs.stat('/nope', (e) => console.log(e.code, e.syscall, e.path));\n")
            .out == "ENOENT: no such file or directory, open 'missing.txt' -2\nENOENT stat /nope\n");
}
