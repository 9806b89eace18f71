// require('os') (lib/os.js + natives/os.cpp): the machine's CPU count is the scenario's core knob,
// and the uptime follows the virtual clock. The fixed facts are checked against node by the
// oracle (tests/oracle/fs_os_machine_facts.js).
#include <string>

#include "doctest/doctest.h"
#include "run_with_disk.h"

using looplab::node::FileSystem;
using looplab::testing::run_with_disk;

TEST_CASE("os binding: cpus() and availableParallelism() count the machine's cores") {
  FileSystem disk;
  CHECK(run_with_disk(disk,
                      "const os = require('os');\n"
                      "console.log(os.cpus().length, os.availableParallelism(), os.cpus()[0].model);\n",
                      4, 6)
            .out == "6 6 Looplab virtual CPU\n");
}

TEST_CASE("os binding: uptime() moves with the virtual clock") {
  FileSystem disk;
  CHECK(run_with_disk(disk,
                      "const os = require('os');\n"
                      "const before = os.uptime();\n"
                      "setTimeout(() => console.log(os.uptime() - before >= 1.5), 1500);\n")
            .out == "true\n");
}

TEST_CASE("os binding: tmpdir() is a directory on the simulated disk") {
  FileSystem disk;
  CHECK(run_with_disk(disk,
                      "const os = require('os');\n"
                      "console.log(os.tmpdir(), require('fs').statSync(os.tmpdir()).isDirectory());\n")
            .out == "/tmp true\n");
}
