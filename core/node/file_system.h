// The simulated machine's disk: what `fs` reads and writes. A scenario describes it (files with
// contents, files known only by their size, directories); scripts then change it through the fs
// binding. It is a tree of inodes under "/", POSIX style:
//
//   "/" ── app/ ── main.js        (contents: bytes held in a std::string)
//        │       └ data/ ── big.log  (size only: 1 GB costs nothing until bytes are read)
//        └ tmp/                   (always there, mode 1777: os.tmpdir())
//
// - Paths: absolute, or relative to the working directory (set_cwd, process.cwd()). ".", ".."
//   and repeated slashes are resolved while walking, as the kernel does, so "a/../b" fails with
//   ENOTDIR when "a" is a file. There are no symbolic links.
// - A file described by size only reads as the filler "looplab\n" repeated; the filler is made
//   only for the bytes actually read. Bytes written into it are kept as a real prefix (writing
//   past the prefix materialises the filler up to the written range).
// - Errors are errno values (FsErrc) that the binding turns into node's errors
//   ("ENOENT: no such file or directory, open '/app/missing.txt'").
// - File descriptors are a table of open files with their own position and flags. The first fd
//   is 18: that is what node v20 prints for a script's first fs.openSync on Linux (stdio, the
//   loop's epoll, its signal and async pipes take the lower numbers); a closed fd number is
//   reused, lowest first, as POSIX open() does.
// - Times are nanoseconds since the Unix epoch, passed in by the caller (the virtual wall clock);
//   nothing here reads a clock.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sim/duration.h"

namespace looplab::node {

// The errors the file system reports, with Linux's errno numbers (node's err.errno is minus these).
enum class FsErrc : std::uint8_t {
  kOk,
  kEPERM,      // 1  operation not permitted
  kENOENT,     // 2  no such file or directory
  kEBADF,      // 9  bad file descriptor
  kEACCES,     // 13 permission denied
  kEEXIST,     // 17 file already exists
  kEXDEV,      // 18 cross-device link not permitted (unused: one device)
  kENOTDIR,    // 20 not a directory
  kEISDIR,     // 21 illegal operation on a directory
  kEINVAL,     // 22 invalid argument
  kENOTEMPTY,  // 39 directory not empty
  kEBUSY,      // 16 resource busy or locked (removing "/")
};

// "ENOENT", 2, "no such file or directory" (libuv's uv_err_name / uv_strerror texts).
std::string_view fs_error_code(FsErrc error);
int fs_error_errno(FsErrc error);
std::string_view fs_error_description(FsErrc error);

template <typename T>
struct FsResult {
  FsErrc error = FsErrc::kOk;
  T value{};
  bool ok() const { return error == FsErrc::kOk; }
};

enum class FsKind : std::uint8_t { kFile, kDirectory };

// stat(2)'s fields as node's Stats shows them.
struct FsStat {
  FsKind kind = FsKind::kFile;
  std::uint32_t mode = 0;  // type bits | permission bits (S_IFREG | 0644)
  std::int64_t size = 0;
  std::uint64_t ino = 0;
  std::uint64_t nlink = 1;
  std::uint32_t uid = 1000;
  std::uint32_t gid = 1000;
  std::uint64_t dev = 2049;
  std::int64_t blksize = 4096;
  std::int64_t blocks = 0;
  Nanos atime = 0;
  Nanos mtime = 0;
  Nanos ctime = 0;
  Nanos birthtime = 0;
};

struct FsDirEntry {
  std::string name;
  FsKind kind = FsKind::kFile;
};

// open(2) flags, Linux values (fs.constants.O_*).
inline constexpr int kFsReadOnly = 0;
inline constexpr int kFsWriteOnly = 1;
inline constexpr int kFsReadWrite = 2;
inline constexpr int kFsCreate = 0100;
inline constexpr int kFsExclusive = 0200;
inline constexpr int kFsTruncate = 01000;
inline constexpr int kFsAppend = 02000;
inline constexpr int kFsDirectory = 0200000;

// access(2) modes.
inline constexpr int kFsExists = 0;
inline constexpr int kFsCanExecute = 1;
inline constexpr int kFsCanWrite = 2;
inline constexpr int kFsCanRead = 4;

// The first file descriptor a script's open gets (see the top of this file).
inline constexpr int kFsFirstFd = 18;

class FileSystem {
 public:
  FileSystem();
  ~FileSystem();
  FileSystem(const FileSystem&) = delete;
  FileSystem& operator=(const FileSystem&) = delete;

  // ---- The scenario's disk (parent directories are created as needed; a path that exists is
  // replaced). Their times are setup_time().
  void add_file(std::string path, std::string contents);
  void add_file_of_size(std::string path, std::int64_t size);
  // A file of `size` bytes whose contents `loader` gives when the file is first read or written
  // (then its size is the loaded contents' size): a real file mirrored without reading it up front.
  void add_file_loaded_on_read(std::string path, std::int64_t size, std::function<std::string()> loader);
  void add_directory(std::string path);
  // Replaces a file's contents in place (same inode, times unchanged); false when `path` is not a
  // file. The playground fills in the script of an engine bootstrapped before it was typed.
  bool set_file_contents(std::string_view path, std::string contents);
  void set_setup_time(Nanos time) { m_setup_time = time; }
  Nanos setup_time() const { return m_setup_time; }

  // The working directory relative paths start from (process.cwd()); "/" by default.
  void set_cwd(std::string cwd);
  const std::string& cwd() const { return m_cwd; }
  // `path` made absolute against cwd() and normalised (".", "..", "//"), without looking at the
  // disk: "/app/./a/../b" -> "/app/b".
  std::string absolute(std::string_view path) const;

  // ---- By path (each as the syscall of the same name).
  FsResult<FsStat> stat(std::string_view path) const;
  FsResult<FsStat> lstat(std::string_view path) const { return stat(path); }
  FsErrc access(std::string_view path, int mode) const;
  bool exists(std::string_view path) const { return stat(path).ok(); }
  FsResult<std::vector<FsDirEntry>> readdir(std::string_view path) const;  // sorted by name (bytes)
  FsErrc mkdir(std::string_view path, std::uint32_t mode, Nanos now);
  // mkdir -p: the first directory it created (nullopt when all existed).
  FsResult<std::optional<std::string>> mkdir_recursive(std::string_view path, std::uint32_t mode, Nanos now);
  FsErrc rmdir(std::string_view path, Nanos now);
  FsErrc unlink(std::string_view path, Nanos now);
  // rm -r: a file, or a directory and everything in it.
  FsErrc remove_recursive(std::string_view path, Nanos now);
  FsErrc rename(std::string_view from, std::string_view to, Nanos now);
  FsErrc copy_file(std::string_view from, std::string_view to, bool exclusive, Nanos now);
  FsErrc truncate(std::string_view path, std::int64_t length, Nanos now);
  FsErrc chmod(std::string_view path, std::uint32_t mode, Nanos now);
  FsErrc utimes(std::string_view path, Nanos atime, Nanos mtime, Nanos now);

  // ---- By file descriptor.
  FsResult<int> open(std::string_view path, int flags, std::uint32_t mode, Nanos now);
  FsErrc close(int fd);
  FsResult<FsStat> fstat(int fd) const;
  // Reads up to `length` bytes at `position` (nullopt: at the fd's position, which then moves).
  FsResult<std::string> read(int fd, std::int64_t length, std::optional<std::int64_t> position, Nanos now);
  // Writes `data` at `position` (nullopt: at the fd's position, or the end in append mode).
  FsResult<std::int64_t> write(int fd, std::string_view data, std::optional<std::int64_t> position,
                               Nanos now);
  FsErrc ftruncate(int fd, std::int64_t length, Nanos now);
  std::size_t open_fd_count() const { return m_fds.size(); }

  // ---- Whole files (a convenience for tests and front-ends; the binding goes through fds as
  // node does).
  FsResult<std::string> read_file(std::string_view path) const;

  // The filler byte at `offset` of a file described by size only.
  static char filler_byte(std::int64_t offset);

 private:
  struct Inode;
  struct OpenFile;
  // Where a path leads: its parent directory, the last component's name, and the inode if any.
  struct Lookup {
    std::shared_ptr<Inode> parent;
    std::string name;
    std::shared_ptr<Inode> node;
  };

  FsResult<Lookup> lookup(std::string_view path) const;
  std::shared_ptr<Inode> make_inode(FsKind kind, std::uint32_t mode, Nanos now);
  std::shared_ptr<Inode> ensure_directories(std::string_view path);
  FsErrc check_permission(const Inode& node, int mode) const;
  FsResult<OpenFile*> find_fd(int fd) const;

  std::shared_ptr<Inode> m_root;
  std::string m_cwd = "/";
  std::map<int, std::unique_ptr<OpenFile>> m_fds;
  std::uint64_t m_next_ino = 1;
  Nanos m_setup_time;
};

}  // namespace looplab::node
