// The simulated disk: what scenarios describe, and the errno each operation gives in the cases
// where Linux (as node v20 reports it on ext4) fails.
#include "core/node/file_system.h"

#include <string>
#include <vector>

#include "doctest/doctest.h"

using looplab::Nanos;
using looplab::node::FileSystem;
using looplab::node::FsErrc;
using looplab::node::FsKind;
namespace fs = looplab::node;

namespace {

constexpr Nanos kNow = 1'704'067'300'000'000'000;

std::vector<std::string> names(const FileSystem& disk, const std::string& path) {
  std::vector<std::string> out;
  for (const auto& entry : disk.readdir(path).value) out.push_back(entry.name);
  return out;
}

}  // namespace

TEST_CASE("file system: add_file creates its parent directories") {
  FileSystem disk;
  disk.add_file("/app/data/a.txt", "hello");
  CHECK(disk.stat("/app").value.kind == FsKind::kDirectory);
  CHECK(disk.stat("/app/data").value.kind == FsKind::kDirectory);
  CHECK(disk.stat("/app/data/a.txt").value.size == 5);
  CHECK(disk.read_file("/app/data/a.txt").value == "hello");
  CHECK(disk.stat("/app/data/a.txt").value.mode == 0100644);
  CHECK(disk.stat("/app").value.mode == 040755);
}

TEST_CASE("file system: add_file works for deep paths with long names") {
  FileSystem disk;
  const std::string path = "/workspace/projects/looplab-lessons/chapter-three/examples/reading_files.js";
  disk.add_file(path, "x");
  CHECK(disk.stat(path).ok());
  CHECK(names(disk, "/workspace/projects/looplab-lessons") == std::vector<std::string>{"chapter-three"});
}

TEST_CASE("file system: /tmp is there from the start, writable by anyone") {
  FileSystem disk;
  CHECK(disk.stat("/tmp").value.mode == 041777);
  CHECK(names(disk, "/") == std::vector<std::string>{"tmp"});
}

TEST_CASE("file system: a file described by size reads as filler without holding its bytes") {
  FileSystem disk;
  disk.add_file_of_size("/data/big.bin", 1LL << 30);
  CHECK(disk.stat("/data/big.bin").value.size == (1LL << 30));
  auto fd = disk.open("/data/big.bin", fs::kFsReadOnly, 0, kNow);
  REQUIRE(fd.ok());
  CHECK(disk.read(fd.value, 12, std::nullopt, kNow).value == "looplab\nloop");
  CHECK(disk.read(fd.value, 4, std::nullopt, kNow).value == "lab\n");
  // Near the end: only the bytes that exist.
  CHECK(disk.read(fd.value, 100, (1LL << 30) - 3, kNow).value == "ab\n");
  CHECK(disk.read(fd.value, 100, 1LL << 30, kNow).value.empty());
}

TEST_CASE("file system: writing into a sized file keeps the filler after the written range") {
  FileSystem disk;
  disk.add_file_of_size("/f", 20);
  auto fd = disk.open("/f", fs::kFsReadWrite, 0, kNow);
  CHECK(disk.write(fd.value, "XY", 3, kNow).value == 2);
  CHECK(disk.read_file("/f").value == "looXYab\nlooplab\nloop");
  CHECK(disk.stat("/f").value.size == 20);
}

TEST_CASE("file system: a file loaded on read calls its loader once, at the first read or write") {
  FileSystem disk;
  int loads = 0;
  disk.add_file_loaded_on_read("/app/data.txt", 3, [&] {
    ++loads;
    return std::string("hello");
  });
  disk.add_file_loaded_on_read("/app/log.txt", 2, [&] {
    ++loads;
    return std::string("ab");
  });
  // Listing and stat use the size given; nothing is loaded.
  CHECK(disk.stat("/app/data.txt").value.size == 3);
  CHECK(names(disk, "/app") == std::vector<std::string>{"data.txt", "log.txt"});
  CHECK(loads == 0);
  CHECK(disk.read_file("/app/data.txt").value == "hello");
  CHECK(disk.stat("/app/data.txt").value.size == 5);
  CHECK(disk.read_file("/app/data.txt").value == "hello");
  CHECK(loads == 1);
  // An append lands after the loaded bytes, a copy carries them.
  auto fd = disk.open("/app/log.txt", fs::kFsWriteOnly | fs::kFsAppend, 0, kNow);
  REQUIRE(fd.ok());
  CHECK(disk.write(fd.value, "c", std::nullopt, kNow).value == 1);
  CHECK(loads == 2);
  CHECK(disk.copy_file("/app/log.txt", "/app/copy.txt", true, kNow) == FsErrc::kOk);
  CHECK(disk.read_file("/app/copy.txt").value == "abc");
}

TEST_CASE("file system: paths resolve . and .. while walking, relative to the cwd") {
  FileSystem disk;
  disk.add_file("/app/main.js", "x");
  disk.add_directory("/app/sub");
  disk.set_cwd("/app");
  CHECK(disk.stat("main.js").ok());
  CHECK(disk.stat("./sub/../main.js").ok());
  CHECK(disk.stat("//app///main.js").ok());
  CHECK(disk.stat("/../../app/main.js").ok());
  CHECK(disk.absolute("sub/./x/../y") == "/app/sub/y");
  // The kernel walks "main.js/.." and finds a file where a directory should be.
  CHECK(disk.stat("main.js/../main.js").error == FsErrc::kENOTDIR);
  CHECK(disk.stat("main.js/").error == FsErrc::kENOTDIR);
  CHECK(disk.stat("main.js/x").error == FsErrc::kENOTDIR);
  CHECK(disk.stat("").error == FsErrc::kENOENT);
  CHECK(disk.stat("/nope/x").error == FsErrc::kENOENT);
}

TEST_CASE("file system: error codes, numbers and texts are libuv's") {
  CHECK(fs::fs_error_code(FsErrc::kENOENT) == "ENOENT");
  CHECK(fs::fs_error_errno(FsErrc::kENOENT) == 2);
  CHECK(fs::fs_error_description(FsErrc::kENOENT) == "no such file or directory");
  CHECK(fs::fs_error_description(FsErrc::kEISDIR) == "illegal operation on a directory");
  CHECK(fs::fs_error_description(FsErrc::kEEXIST) == "file already exists");
  CHECK(fs::fs_error_errno(FsErrc::kENOTEMPTY) == 39);
  CHECK(fs::fs_error_errno(FsErrc::kEBADF) == 9);
}

TEST_CASE("file system: readdir lists names sorted by bytes, as libuv's scandir does") {
  FileSystem disk;
  disk.add_file("/d/b", "");
  disk.add_file("/d/a", "");
  disk.add_file("/d/B", "");
  disk.add_directory("/d/c");
  CHECK(names(disk, "/d") == std::vector<std::string>{"B", "a", "b", "c"});
  CHECK(disk.readdir("/d").value[3].kind == FsKind::kDirectory);
  CHECK(disk.readdir("/d/a").error == FsErrc::kENOTDIR);
  CHECK(disk.readdir("/nope").error == FsErrc::kENOENT);
}

TEST_CASE("file system: mkdir fails on an existing path or a missing parent") {
  FileSystem disk;
  disk.add_file("/d/f", "hello");
  CHECK(disk.mkdir("/d/n", 0777, kNow) == FsErrc::kOk);
  CHECK(disk.stat("/d/n").value.mode == 040755);
  CHECK(disk.stat("/d/n").value.birthtime == kNow);
  CHECK(disk.mkdir("/d/n", 0777, kNow) == FsErrc::kEEXIST);
  CHECK(disk.mkdir("/d/f", 0777, kNow) == FsErrc::kEEXIST);
  CHECK(disk.mkdir("/d/zz/yy", 0777, kNow) == FsErrc::kENOENT);
  CHECK(disk.mkdir("", 0777, kNow) == FsErrc::kENOENT);
}

TEST_CASE("file system: mkdir -p reports the first directory it made, in the caller's form") {
  FileSystem disk;
  disk.add_file("/d/f", "hello");
  disk.add_directory("/d/sub");
  disk.set_cwd("/");
  auto made = disk.mkdir_recursive("d/n/m/o", 0777, kNow);
  REQUIRE(made.ok());
  CHECK(made.value == std::optional<std::string>("d/n"));
  CHECK(disk.stat("/d/n/m/o").ok());
  CHECK(disk.mkdir_recursive("/d/sub", 0777, kNow).value == std::nullopt);
  CHECK(disk.mkdir_recursive("/d/f", 0777, kNow).error == FsErrc::kEEXIST);
  CHECK(disk.mkdir_recursive("/d/f/x/y", 0777, kNow).error == FsErrc::kENOTDIR);
}

TEST_CASE("file system: rmdir, unlink and rm -r") {
  FileSystem disk;
  disk.add_file("/d/f", "hello");
  disk.add_file("/d/n/m/file", "x");
  disk.add_directory("/d/empty");
  CHECK(disk.rmdir("/d/n", kNow) == FsErrc::kENOTEMPTY);
  CHECK(disk.rmdir("/d/f", kNow) == FsErrc::kENOTDIR);
  CHECK(disk.rmdir("/d/zz", kNow) == FsErrc::kENOENT);
  CHECK(disk.unlink("/d/empty", kNow) == FsErrc::kEISDIR);
  CHECK(disk.rmdir("/d/empty", kNow) == FsErrc::kOk);
  CHECK(disk.unlink("/d/f", kNow) == FsErrc::kOk);
  CHECK(disk.unlink("/d/f", kNow) == FsErrc::kENOENT);
  CHECK(disk.remove_recursive("/d/n", kNow) == FsErrc::kOk);
  CHECK(names(disk, "/d").empty());
  CHECK(disk.stat("/d").value.nlink == 2);
}

TEST_CASE("file system: rename moves files and directories with the kernel's checks") {
  FileSystem disk;
  disk.add_file("/d/f", "hello");
  disk.add_directory("/d/sub");
  disk.add_file("/d/n/m/x", "");
  CHECK(disk.rename("/d/sub", "/d/f", kNow) == FsErrc::kENOTDIR);
  CHECK(disk.rename("/d/f", "/d/sub", kNow) == FsErrc::kEISDIR);
  CHECK(disk.rename("/d/n", "/d/n/m/q", kNow) == FsErrc::kEINVAL);
  CHECK(disk.rename("/d/sub", "/d/n", kNow) == FsErrc::kENOTEMPTY);
  CHECK(disk.rename("/d/missing", "/d/g", kNow) == FsErrc::kENOENT);
  CHECK(disk.rename("/d/f", "/d/g", kNow) == FsErrc::kOk);
  CHECK(disk.read_file("/d/g").value == "hello");
  CHECK_FALSE(disk.exists("/d/f"));
  CHECK(disk.rename("/d/n", "/d/sub", kNow) == FsErrc::kOk);  // over an empty directory
  CHECK(disk.exists("/d/sub/m/x"));
}

TEST_CASE("file system: copy_file copies bytes and refuses directories") {
  FileSystem disk;
  disk.add_file("/d/f", "hello");
  disk.add_directory("/d/sub");
  CHECK(disk.copy_file("/d/sub", "/d/c", false, kNow) == FsErrc::kEISDIR);
  CHECK(disk.copy_file("/d/f", "/d/f", true, kNow) == FsErrc::kEEXIST);
  CHECK(disk.copy_file("/d/nope", "/d/c", false, kNow) == FsErrc::kENOENT);
  CHECK(disk.copy_file("/d/f", "/d/c", false, kNow) == FsErrc::kOk);
  CHECK(disk.read_file("/d/c").value == "hello");
}

TEST_CASE("file system: open honours create, exclusive, truncate and append flags") {
  FileSystem disk;
  disk.add_file("/d/f", "hello");
  disk.add_directory("/d/sub");
  CHECK(disk.open("/d/missing", fs::kFsReadOnly, 0666, kNow).error == FsErrc::kENOENT);
  CHECK(disk.open("/d/f", fs::kFsWriteOnly | fs::kFsCreate | fs::kFsExclusive, 0666, kNow).error ==
        FsErrc::kEEXIST);
  CHECK(disk.open("/d/sub", fs::kFsWriteOnly, 0666, kNow).error == FsErrc::kEISDIR);

  auto append = disk.open("/d/f", fs::kFsWriteOnly | fs::kFsAppend | fs::kFsCreate, 0666, kNow);
  CHECK(disk.write(append.value, " world", 0, kNow).value == 6);  // O_APPEND ignores the position
  CHECK(disk.read_file("/d/f").value == "hello world");

  auto truncate = disk.open("/d/f", fs::kFsWriteOnly | fs::kFsTruncate | fs::kFsCreate, 0666, kNow);
  CHECK(disk.stat("/d/f").value.size == 0);
  CHECK(disk.write(truncate.value, "ab", std::nullopt, kNow).value == 2);
  CHECK(disk.write(truncate.value, "cd", std::nullopt, kNow).value == 2);
  CHECK(disk.read_file("/d/f").value == "abcd");

  auto created = disk.open("/d/new", fs::kFsWriteOnly | fs::kFsCreate, 0666, kNow);
  REQUIRE(created.ok());
  CHECK(disk.stat("/d/new").value.mode == 0100644);
}

TEST_CASE("file system: descriptors start at 18, reuse the lowest free number, and check access") {
  FileSystem disk;
  disk.add_file("/f", "hello");
  const int a = disk.open("/f", fs::kFsReadOnly, 0, kNow).value;
  const int b = disk.open("/f", fs::kFsReadOnly, 0, kNow).value;
  CHECK(a == 18);
  CHECK(b == 19);
  CHECK(disk.close(a) == FsErrc::kOk);
  CHECK(disk.open("/f", fs::kFsReadOnly, 0, kNow).value == 18);
  CHECK(disk.close(a) == FsErrc::kOk);
  CHECK(disk.close(a) == FsErrc::kEBADF);
  CHECK(disk.close(99) == FsErrc::kEBADF);
  CHECK(disk.write(b, "x", std::nullopt, kNow).error == FsErrc::kEBADF);  // read-only fd
  const int w = disk.open("/f", fs::kFsWriteOnly, 0, kNow).value;
  CHECK(disk.read(w, 3, std::nullopt, kNow).error == FsErrc::kEBADF);  // write-only fd
  CHECK(disk.read(99, 3, std::nullopt, kNow).error == FsErrc::kEBADF);
}

TEST_CASE("file system: reading a directory through an fd is EISDIR") {
  FileSystem disk;
  disk.add_directory("/d");
  auto fd = disk.open("/d", fs::kFsReadOnly, 0, kNow);
  REQUIRE(fd.ok());
  CHECK(disk.read(fd.value, 10, std::nullopt, kNow).error == FsErrc::kEISDIR);
  CHECK(disk.fstat(fd.value).value.kind == FsKind::kDirectory);
}

TEST_CASE("file system: an unlinked file stays readable through an open fd") {
  FileSystem disk;
  disk.add_file("/f", "still here");
  const int fd = disk.open("/f", fs::kFsReadOnly, 0, kNow).value;
  CHECK(disk.unlink("/f", kNow) == FsErrc::kOk);
  CHECK(disk.read(fd, 100, std::nullopt, kNow).value == "still here");
  CHECK(disk.fstat(fd).value.nlink == 0);
}

TEST_CASE("file system: times come from the caller and writes move mtime") {
  FileSystem disk;
  disk.add_file("/f", "x");
  CHECK(disk.stat("/f").value.mtime == disk.setup_time());
  const int fd = disk.open("/f", fs::kFsWriteOnly, 0, kNow).value;
  disk.write(fd, "y", std::nullopt, kNow + 5);
  CHECK(disk.stat("/f").value.mtime == kNow + 5);
  CHECK(disk.stat("/f").value.birthtime == disk.setup_time());
}

TEST_CASE("file system: truncate shortens, and lengthens with zeros") {
  FileSystem disk;
  disk.add_file("/f", "hello");
  CHECK(disk.truncate("/f", 2, kNow) == FsErrc::kOk);
  CHECK(disk.read_file("/f").value == "he");
  CHECK(disk.truncate("/f", 4, kNow) == FsErrc::kOk);
  CHECK(disk.read_file("/f").value == std::string("he\0\0", 4));
  CHECK(disk.truncate("/f", -1, kNow) == FsErrc::kEINVAL);
}

TEST_CASE("file system: permission bits deny reads and writes (a non-root user)") {
  FileSystem disk;
  disk.add_file("/f", "x");
  disk.chmod("/f", 0444, kNow);
  CHECK(disk.open("/f", fs::kFsWriteOnly, 0, kNow).error == FsErrc::kEACCES);
  CHECK(disk.access("/f", fs::kFsCanWrite) == FsErrc::kEACCES);
  CHECK(disk.access("/f", fs::kFsCanRead) == FsErrc::kOk);
  CHECK(disk.access("/nope", fs::kFsExists) == FsErrc::kENOENT);
}
