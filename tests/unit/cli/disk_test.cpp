// `looplab run`'s disk and dns options (core/cli/disk.h): sizes, host entries, and mirroring a
// real folder (names and sizes now, bytes when read).
#include "core/cli/disk.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/cli/args.h"
#include "core/node/file_system.h"
#include "doctest/doctest.h"

using looplab::cli::parse_size;

TEST_CASE("--file sizes take B, KB, MB or GB (powers of 1024) or plain bytes") {
  CHECK(parse_size("0") == 0);
  CHECK(parse_size("300") == 300);
  CHECK(parse_size("300B") == 300);
  CHECK(parse_size("4KB") == 4096);
  CHECK(parse_size("10MB") == 10 * 1024 * 1024);
  CHECK(parse_size("2GB") == 2ll << 30);
  CHECK(parse_size("1024GB") == 1ll << 40);
  CHECK_FALSE(parse_size("1025GB"));  // over 1 TB
  CHECK_FALSE(parse_size("10mb"));
  CHECK_FALSE(parse_size("MB"));
  CHECK_FALSE(parse_size("-1"));
  CHECK_FALSE(parse_size("1.5MB"));
  CHECK_FALSE(parse_size(""));
}

TEST_CASE("--host takes NAME=IPv4 and names what is wrong") {
  std::pair<std::string, std::string> host;
  CHECK(looplab::cli::parse_host("db.internal=10.0.0.7", host).empty());
  CHECK(host == std::pair<std::string, std::string>{"db.internal", "10.0.0.7"});
  CHECK(looplab::cli::parse_host("db", host).find("NAME=ADDRESS") != std::string::npos);
  CHECK(looplab::cli::parse_host("=1.2.3.4", host).find("NAME=ADDRESS") != std::string::npos);
  CHECK(looplab::cli::parse_host("db=1.2.3", host).find("not an IPv4 address") != std::string::npos);
  CHECK(looplab::cli::parse_host("db=1.2.3.256", host).find("not an IPv4 address") != std::string::npos);
  CHECK(looplab::cli::parse_host("db=1..3.4", host).find("not an IPv4 address") != std::string::npos);
}

TEST_CASE("run --file, --host and --isolated are parsed into the run options") {
  const std::vector<std::string_view> args = {"run",    "--file",         "big.bin=1GB", "--file=notes.txt",
                                              "--host", "a.test=1.2.3.4", "--isolated",  "app.js"};
  const looplab::cli::Invocation invocation = looplab::cli::parse_args(args);
  REQUIRE(invocation.action == looplab::cli::Action::kRun);
  REQUIRE(invocation.run.files.size() == 2);
  CHECK(invocation.run.files[0].path == "big.bin");
  CHECK(invocation.run.files[0].size == 1ll << 30);
  CHECK(invocation.run.files[1].path == "notes.txt");
  CHECK_FALSE(invocation.run.files[1].size);
  REQUIRE(invocation.run.hosts.size() == 1);
  CHECK(invocation.run.hosts[0].second == "1.2.3.4");
  CHECK(invocation.run.isolated);
  const std::vector<std::string_view> bad = {"run", "--file", "x=12XB", "app.js"};
  CHECK(looplab::cli::parse_args(bad).action == looplab::cli::Action::kUsageError);
}

TEST_CASE("mirroring a folder lists names and sizes, reads a file's bytes only when asked") {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / ("looplab-disk-test-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "sub");
  fs::create_directories(root / "node_modules" / "pkg");
  fs::create_directories(root / ".git");
  std::ofstream(root / "a.txt") << "alpha";
  std::ofstream(root / "sub" / "b.txt") << "bravo!";
  std::ofstream(root / ".hidden") << "secret";
  std::ofstream(root / "node_modules" / "pkg" / "index.js") << "module.exports = 1;";

  looplab::scenario::ScriptRunOptions options;
  const looplab::cli::DiskReport report = looplab::cli::mirror_folder(root.string(), options);
  CHECK(report.files == 2);
  CHECK(report.skipped == 0);
  REQUIRE(options.files.size() == 2);
  CHECK(options.files[0].path == (root / "a.txt").string());
  CHECK(options.files[0].size == 5);
  CHECK(options.files[1].path == (root / "sub" / "b.txt").string());
  // node_modules and .git are there (readdir lists them), without what is inside.
  CHECK(std::count(options.directories.begin(), options.directories.end(),
                   (root / "node_modules").string()) == 1);
  CHECK(std::count(options.directories.begin(), options.directories.end(), (root / ".git").string()) == 1);

  // The bytes come from the real file when read: a change made after mirroring is seen.
  std::ofstream(root / "a.txt") << "alpha, changed";
  looplab::node::FileSystem disk;
  disk.add_file_loaded_on_read(options.files[0].path, *options.files[0].size, options.files[0].load);
  CHECK(disk.stat(options.files[0].path).value.size == 5);
  CHECK(disk.read_file(options.files[0].path).value == "alpha, changed");
  CHECK(disk.stat(options.files[0].path).value.size == 14);

  looplab::cli::MirrorLimits one_file;
  one_file.max_files = 1;
  looplab::scenario::ScriptRunOptions capped;
  CHECK(looplab::cli::mirror_folder(root.string(), capped, one_file).skipped == 1);
  fs::remove_all(root);
}
