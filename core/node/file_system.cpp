// The simulated disk (file_system.h): a tree of inodes walked component by component, and a
// table of open file descriptors. Each operation checks what the kernel checks, in the order it
// checks it, so that the errno a script sees is the one Linux would give.
#include "core/node/file_system.h"

#include <algorithm>
#include <array>
#include <functional>

namespace looplab::node {

namespace {

constexpr std::uint32_t kTypeFile = 0100000;       // S_IFREG
constexpr std::uint32_t kTypeDirectory = 0040000;  // S_IFDIR
constexpr std::uint32_t kPermissionBits = 07777;
constexpr std::uint32_t kUmask = 022;
constexpr std::uint32_t kDefaultFileMode = 0644;
constexpr std::uint32_t kDefaultDirectoryMode = 0755;
constexpr std::uint32_t kStickyWorldWritable = 01777;
// 2024-01-01T00:00:00Z, the engine's Date epoch: files a scenario describes are that old.
constexpr Nanos kDefaultSetupTime = 1'704'067'200'000LL * kNanosPerMilli;
constexpr std::string_view kFiller = "looplab\n";

struct ErrorText {
  std::string_view code;
  int number;
  std::string_view description;
};

constexpr std::array<ErrorText, 12> kErrors = {{
    {"OK", 0, "success"},
    {"EPERM", 1, "operation not permitted"},
    {"ENOENT", 2, "no such file or directory"},
    {"EBADF", 9, "bad file descriptor"},
    {"EACCES", 13, "permission denied"},
    {"EEXIST", 17, "file already exists"},
    {"EXDEV", 18, "cross-device link not permitted"},
    {"ENOTDIR", 20, "not a directory"},
    {"EISDIR", 21, "illegal operation on a directory"},
    {"EINVAL", 22, "invalid argument"},
    {"ENOTEMPTY", 39, "directory not empty"},
    {"EBUSY", 16, "resource busy or locked"},
}};

const ErrorText& error_text(FsErrc error) {
  return kErrors[static_cast<std::size_t>(error)];
}

std::vector<std::string_view> split_components(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = path.find('/', start);
    const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
    if (end > start) parts.push_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return parts;
}

}  // namespace

std::string_view fs_error_code(FsErrc error) {
  return error_text(error).code;
}
int fs_error_errno(FsErrc error) {
  return error_text(error).number;
}
std::string_view fs_error_description(FsErrc error) {
  return error_text(error).description;
}

struct FileSystem::Inode {
  FsKind kind = FsKind::kFile;
  std::uint32_t mode = 0;  // permission bits only
  std::uint64_t ino = 0;
  std::uint64_t nlink = 1;
  // A file's bytes: `data` holds the first data.size() bytes; the rest, up to `size`, is filler.
  // A file mirrored from elsewhere (the CLI's copy of the script's folder) gets its bytes from
  // `loader` when first read or written: until then only its size is known.
  mutable std::string data;
  mutable std::int64_t size = 0;
  mutable std::function<std::string()> loader;
  std::map<std::string, std::shared_ptr<Inode>> entries;  // a directory's, by name (sorted)
  Nanos atime = 0;
  Nanos mtime = 0;
  Nanos ctime = 0;
  Nanos birthtime = 0;

  bool is_directory() const { return kind == FsKind::kDirectory; }
  void touch(Nanos now) { mtime = ctime = now; }
  // Makes data cover [0, end): filler up to size, zeros past it (a hole reads as zeros).
  void load() const {
    if (!loader) return;
    const std::function<std::string()> take = std::move(loader);
    loader = nullptr;
    data = take();
    size = static_cast<std::int64_t>(data.size());
  }
  void materialise(std::int64_t end) {
    load();
    const auto have = static_cast<std::int64_t>(data.size());
    if (end <= have) return;
    data.reserve(static_cast<std::size_t>(end));
    for (std::int64_t offset = have; offset < end; ++offset)
      data.push_back(offset < size ? filler_byte(offset) : '\0');
    size = std::max(size, end);
  }
  std::string read_range(std::int64_t offset, std::int64_t length) const {
    load();
    std::string out;
    if (offset >= size || length <= 0) return out;
    const std::int64_t end = std::min(size, offset + length);
    out.reserve(static_cast<std::size_t>(end - offset));
    const auto have = static_cast<std::int64_t>(data.size());
    if (offset < have)
      out.append(data, static_cast<std::size_t>(offset),
                 static_cast<std::size_t>(std::min(end, have) - offset));
    for (std::int64_t at = std::max(offset, have); at < end; ++at) out.push_back(filler_byte(at));
    return out;
  }
  void resize(std::int64_t length) {
    load();
    if (length < size) {
      if (static_cast<std::int64_t>(data.size()) > length) data.resize(static_cast<std::size_t>(length));
      size = length;
    } else if (length > size) {
      materialise(length);
    }
  }
};

struct FileSystem::OpenFile {
  std::shared_ptr<Inode> node;
  int flags = 0;
  std::int64_t position = 0;

  bool readable() const { return (flags & 3) == kFsReadOnly || (flags & 3) == kFsReadWrite; }
  bool writable() const { return (flags & 3) == kFsWriteOnly || (flags & 3) == kFsReadWrite; }
};

char FileSystem::filler_byte(std::int64_t offset) {
  return kFiller[static_cast<std::size_t>(offset % static_cast<std::int64_t>(kFiller.size()))];
}

FileSystem::FileSystem() : m_setup_time(kDefaultSetupTime) {
  m_root = make_inode(FsKind::kDirectory, kDefaultDirectoryMode, m_setup_time);
  // Every Linux machine has a /tmp that anyone may write to (os.tmpdir()).
  m_root->entries["tmp"] = make_inode(FsKind::kDirectory, kStickyWorldWritable, m_setup_time);
  m_root->nlink += 1;
}

FileSystem::~FileSystem() = default;

std::shared_ptr<FileSystem::Inode> FileSystem::make_inode(FsKind kind, std::uint32_t mode, Nanos now) {
  auto node = std::make_shared<Inode>();
  node->kind = kind;
  node->mode = mode & kPermissionBits;
  node->ino = m_next_ino++;
  node->nlink = kind == FsKind::kDirectory ? 2 : 1;
  node->atime = node->mtime = node->ctime = node->birthtime = now;
  return node;
}

void FileSystem::set_cwd(std::string cwd) {
  m_cwd = absolute(cwd);
}

std::string FileSystem::absolute(std::string_view path) const {
  std::string joined = path.starts_with('/') ? std::string(path) : m_cwd + "/" + std::string(path);
  std::vector<std::string_view> kept;
  for (std::string_view part : split_components(joined)) {
    if (part == ".") continue;
    if (part == "..") {
      if (!kept.empty()) kept.pop_back();
      continue;
    }
    kept.push_back(part);
  }
  std::string out;
  for (std::string_view part : kept) {
    out += '/';
    out += part;
  }
  return out.empty() ? "/" : out;
}

FsResult<FileSystem::Lookup> FileSystem::lookup(std::string_view path) const {
  if (path.empty()) return {FsErrc::kENOENT, {}};
  const std::string joined = path.starts_with('/') ? std::string(path) : m_cwd + "/" + std::string(path);
  const std::vector<std::string_view> parts = split_components(joined);
  const bool trailing_slash = joined.size() > 1 && joined.back() == '/';
  // The walk keeps the chain of directories so ".." can step back up it.
  std::vector<std::shared_ptr<Inode>> chain{m_root};
  std::vector<std::string> names{"/"};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view part = parts[i];
    if (!chain.back()->is_directory()) return {FsErrc::kENOTDIR, {}};
    if (part == ".") continue;
    if (part == "..") {
      if (chain.size() > 1) {
        chain.pop_back();
        names.pop_back();
      }
      continue;
    }
    auto found = chain.back()->entries.find(std::string(part));
    if (found == chain.back()->entries.end()) {
      const bool last = std::all_of(parts.begin() + static_cast<std::ptrdiff_t>(i) + 1, parts.end(),
                                    [](std::string_view rest) { return rest == "."; });
      if (!last || i + 1 < parts.size()) return {FsErrc::kENOENT, {}};
      return {FsErrc::kOk, Lookup{chain.back(), std::string(part), nullptr}};
    }
    chain.push_back(found->second);
    names.emplace_back(part);
  }
  if (trailing_slash && !chain.back()->is_directory()) return {FsErrc::kENOTDIR, {}};
  const auto& parent = chain.size() > 1 ? chain[chain.size() - 2] : m_root;
  return {FsErrc::kOk, Lookup{parent, names.back(), chain.back()}};
}

std::shared_ptr<FileSystem::Inode> FileSystem::ensure_directories(std::string_view path) {
  std::shared_ptr<Inode> at = m_root;
  const std::string full = absolute(path);  // outlives the views split_components returns
  for (std::string_view part : split_components(full)) {
    auto& slot = at->entries[std::string(part)];
    if (!slot || !slot->is_directory()) {
      slot = make_inode(FsKind::kDirectory, kDefaultDirectoryMode, m_setup_time);
      at->nlink = 2 + static_cast<std::uint64_t>(std::count_if(
                          at->entries.begin(), at->entries.end(),
                          [](const auto& entry) { return entry.second && entry.second->is_directory(); }));
    }
    at = slot;
  }
  return at;
}

void FileSystem::add_directory(std::string path) {
  ensure_directories(path);
}

void FileSystem::add_file(std::string path, std::string contents) {
  const std::string full = absolute(path);
  if (full == "/") return;
  const std::size_t slash = full.rfind('/');
  auto parent = ensure_directories(full.substr(0, slash));
  auto node = make_inode(FsKind::kFile, kDefaultFileMode, m_setup_time);
  node->size = static_cast<std::int64_t>(contents.size());
  node->data = std::move(contents);
  parent->entries[full.substr(slash + 1)] = node;
}

bool FileSystem::set_file_contents(std::string_view path, std::string contents) {
  FsResult<Lookup> found = lookup(path);
  if (!found.ok() || found.value.node == nullptr || found.value.node->kind != FsKind::kFile) return false;
  Inode& node = *found.value.node;
  node.size = static_cast<std::int64_t>(contents.size());
  node.data = std::move(contents);
  node.loader = nullptr;
  return true;
}

void FileSystem::add_file_loaded_on_read(std::string path, std::int64_t size,
                                         std::function<std::string()> loader) {
  const std::string full = absolute(path);
  if (full == "/") return;
  const std::size_t slash = full.rfind('/');
  auto parent = ensure_directories(full.substr(0, slash));
  auto node = make_inode(FsKind::kFile, kDefaultFileMode, m_setup_time);
  node->size = size;
  node->loader = std::move(loader);
  parent->entries[full.substr(slash + 1)] = node;
}

void FileSystem::add_file_of_size(std::string path, std::int64_t size) {
  const std::string full = absolute(path);
  if (full == "/") return;
  const std::size_t slash = full.rfind('/');
  auto parent = ensure_directories(full.substr(0, slash));
  auto node = make_inode(FsKind::kFile, kDefaultFileMode, m_setup_time);
  node->size = std::max<std::int64_t>(size, 0);
  parent->entries[full.substr(slash + 1)] = node;
}

FsErrc FileSystem::check_permission(const Inode& node, int mode) const {
  if ((mode & kFsCanRead) != 0 && (node.mode & 0400) == 0) return FsErrc::kEACCES;
  if ((mode & kFsCanWrite) != 0 && (node.mode & 0200) == 0) return FsErrc::kEACCES;
  if ((mode & kFsCanExecute) != 0 && (node.mode & 0100) == 0) return FsErrc::kEACCES;
  return FsErrc::kOk;
}

FsResult<FsStat> FileSystem::stat(std::string_view path) const {
  auto found = lookup(path);
  if (!found.ok()) return {found.error, {}};
  if (!found.value.node) return {FsErrc::kENOENT, {}};
  const Inode& node = *found.value.node;
  FsStat out;
  out.kind = node.kind;
  out.mode = (node.is_directory() ? kTypeDirectory : kTypeFile) | node.mode;
  out.size = node.is_directory() ? 4096 : node.size;
  out.ino = node.ino;
  out.nlink = node.nlink;
  out.blocks = (out.size + 511) / 512;
  out.blocks = (out.blocks + 7) / 8 * 8;  // whole 4 KB blocks, counted in 512-byte units
  out.atime = node.atime;
  out.mtime = node.mtime;
  out.ctime = node.ctime;
  out.birthtime = node.birthtime;
  return {FsErrc::kOk, out};
}

FsErrc FileSystem::access(std::string_view path, int mode) const {
  auto found = lookup(path);
  if (!found.ok()) return found.error;
  if (!found.value.node) return FsErrc::kENOENT;
  return check_permission(*found.value.node, mode);
}

FsResult<std::vector<FsDirEntry>> FileSystem::readdir(std::string_view path) const {
  auto found = lookup(path);
  if (!found.ok()) return {found.error, {}};
  if (!found.value.node) return {FsErrc::kENOENT, {}};
  const Inode& node = *found.value.node;
  if (!node.is_directory()) return {FsErrc::kENOTDIR, {}};
  if (auto denied = check_permission(node, kFsCanRead); denied != FsErrc::kOk) return {denied, {}};
  std::vector<FsDirEntry> out;
  for (const auto& [name, child] : node.entries) out.push_back({name, child->kind});
  return {FsErrc::kOk, std::move(out)};
}

FsErrc FileSystem::mkdir(std::string_view path, std::uint32_t mode, Nanos now) {
  auto found = lookup(path);
  if (!found.ok()) return found.error;
  if (found.value.node) return FsErrc::kEEXIST;
  Inode& parent = *found.value.parent;
  if (auto denied = check_permission(parent, kFsCanWrite); denied != FsErrc::kOk) return denied;
  parent.entries[found.value.name] = make_inode(FsKind::kDirectory, mode & ~kUmask, now);
  parent.nlink += 1;
  parent.touch(now);
  return FsErrc::kOk;
}

FsResult<std::optional<std::string>> FileSystem::mkdir_recursive(std::string_view path, std::uint32_t mode,
                                                                 Nanos now) {
  if (path.empty()) return {FsErrc::kENOENT, {}};
  // Walks the prefixes of `path` as written, so the first directory made is reported in the
  // caller's form ("d/n" for "d/n/m", as node returns it).
  std::optional<std::string> first;
  std::size_t end = 0;
  while (end < path.size()) {
    end = path.find('/', end + 1);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view prefix = path.substr(0, end);
    if (prefix.empty() || prefix.ends_with('/')) continue;
    auto found = lookup(prefix);
    if (!found.ok()) return {found.error, {}};
    if (found.value.node) {
      if (!found.value.node->is_directory()) {
        const bool last = path.find_first_not_of('/', end) == std::string_view::npos;
        return {last ? FsErrc::kEEXIST : FsErrc::kENOTDIR, {}};
      }
      continue;
    }
    if (auto error = mkdir(prefix, mode, now); error != FsErrc::kOk) return {error, {}};
    if (!first) first = std::string(prefix);
  }
  return {FsErrc::kOk, first};
}

FsErrc FileSystem::rmdir(std::string_view path, Nanos now) {
  auto found = lookup(path);
  if (!found.ok()) return found.error;
  if (!found.value.node) return FsErrc::kENOENT;
  const auto& node = found.value.node;
  if (!node->is_directory()) return FsErrc::kENOTDIR;
  if (node == m_root) return FsErrc::kEBUSY;
  if (!node->entries.empty()) return FsErrc::kENOTEMPTY;
  Inode& parent = *found.value.parent;
  if (auto denied = check_permission(parent, kFsCanWrite); denied != FsErrc::kOk) return denied;
  parent.entries.erase(found.value.name);
  parent.nlink -= 1;
  parent.touch(now);
  return FsErrc::kOk;
}

FsErrc FileSystem::unlink(std::string_view path, Nanos now) {
  auto found = lookup(path);
  if (!found.ok()) return found.error;
  if (!found.value.node) return FsErrc::kENOENT;
  if (found.value.node->is_directory()) return FsErrc::kEISDIR;
  Inode& parent = *found.value.parent;
  if (auto denied = check_permission(parent, kFsCanWrite); denied != FsErrc::kOk) return denied;
  found.value.node->nlink -= 1;
  found.value.node->ctime = now;
  parent.entries.erase(found.value.name);
  parent.touch(now);
  return FsErrc::kOk;
}

FsErrc FileSystem::remove_recursive(std::string_view path, Nanos now) {
  auto found = lookup(path);
  if (!found.ok()) return found.error;
  if (!found.value.node) return FsErrc::kENOENT;
  if (found.value.node == m_root) return FsErrc::kEBUSY;
  Inode& parent = *found.value.parent;
  if (auto denied = check_permission(parent, kFsCanWrite); denied != FsErrc::kOk) return denied;
  if (found.value.node->is_directory()) parent.nlink -= 1;
  parent.entries.erase(found.value.name);
  parent.touch(now);
  return FsErrc::kOk;
}

FsErrc FileSystem::rename(std::string_view from, std::string_view to, Nanos now) {
  auto source = lookup(from);
  if (!source.ok()) return source.error;
  if (!source.value.node) return FsErrc::kENOENT;
  auto target = lookup(to);
  if (!target.ok()) return target.error;
  const auto node = source.value.node;
  if (node == m_root) return FsErrc::kEBUSY;
  if (target.value.node == node) return FsErrc::kOk;
  if (node->is_directory()) {
    // A directory cannot move into itself or below itself.
    const std::string source_path = absolute(from);
    const std::string target_path = absolute(to);
    if (target_path.starts_with(source_path + "/")) return FsErrc::kEINVAL;
  }
  if (const auto& existing = target.value.node) {
    if (node->is_directory() && !existing->is_directory()) return FsErrc::kENOTDIR;
    if (!node->is_directory() && existing->is_directory()) return FsErrc::kEISDIR;
    if (existing->is_directory() && !existing->entries.empty()) return FsErrc::kENOTEMPTY;
  }
  Inode& old_parent = *source.value.parent;
  Inode& new_parent = *target.value.parent;
  if (auto denied = check_permission(old_parent, kFsCanWrite); denied != FsErrc::kOk) return denied;
  if (auto denied = check_permission(new_parent, kFsCanWrite); denied != FsErrc::kOk) return denied;
  old_parent.entries.erase(source.value.name);
  if (node->is_directory()) old_parent.nlink -= 1;
  if (target.value.node && target.value.node->is_directory()) new_parent.nlink -= 1;
  new_parent.entries[target.value.name] = node;
  if (node->is_directory()) new_parent.nlink += 1;
  old_parent.touch(now);
  new_parent.touch(now);
  node->ctime = now;
  return FsErrc::kOk;
}

FsErrc FileSystem::copy_file(std::string_view from, std::string_view to, bool exclusive, Nanos now) {
  auto source = lookup(from);
  if (!source.ok()) return source.error;
  if (!source.value.node) return FsErrc::kENOENT;
  if (source.value.node->is_directory()) return FsErrc::kEISDIR;
  if (auto denied = check_permission(*source.value.node, kFsCanRead); denied != FsErrc::kOk) return denied;
  auto target = lookup(to);
  if (!target.ok()) return target.error;
  if (target.value.node) {
    if (exclusive) return FsErrc::kEEXIST;
    if (target.value.node->is_directory()) return FsErrc::kEISDIR;
    if (target.value.node == source.value.node) return FsErrc::kOk;
    if (auto denied = check_permission(*target.value.node, kFsCanWrite); denied != FsErrc::kOk) return denied;
    source.value.node->load();
    Inode& existing = *target.value.node;
    existing.data = source.value.node->data;
    existing.size = source.value.node->size;
    existing.touch(now);
    return FsErrc::kOk;
  }
  Inode& parent = *target.value.parent;
  if (auto denied = check_permission(parent, kFsCanWrite); denied != FsErrc::kOk) return denied;
  source.value.node->load();
  auto copy = make_inode(FsKind::kFile, source.value.node->mode, now);
  copy->data = source.value.node->data;
  copy->size = source.value.node->size;
  parent.entries[target.value.name] = copy;
  parent.touch(now);
  return FsErrc::kOk;
}

FsErrc FileSystem::truncate(std::string_view path, std::int64_t length, Nanos now) {
  auto found = lookup(path);
  if (!found.ok()) return found.error;
  if (!found.value.node) return FsErrc::kENOENT;
  if (found.value.node->is_directory()) return FsErrc::kEISDIR;
  if (length < 0) return FsErrc::kEINVAL;
  if (auto denied = check_permission(*found.value.node, kFsCanWrite); denied != FsErrc::kOk) return denied;
  found.value.node->resize(length);
  found.value.node->touch(now);
  return FsErrc::kOk;
}

FsErrc FileSystem::chmod(std::string_view path, std::uint32_t mode, Nanos now) {
  auto found = lookup(path);
  if (!found.ok()) return found.error;
  if (!found.value.node) return FsErrc::kENOENT;
  found.value.node->mode = mode & kPermissionBits;
  found.value.node->ctime = now;
  return FsErrc::kOk;
}

FsErrc FileSystem::utimes(std::string_view path, Nanos atime, Nanos mtime, Nanos now) {
  auto found = lookup(path);
  if (!found.ok()) return found.error;
  if (!found.value.node) return FsErrc::kENOENT;
  found.value.node->atime = atime;
  found.value.node->mtime = mtime;
  found.value.node->ctime = now;
  return FsErrc::kOk;
}

FsResult<int> FileSystem::open(std::string_view path, int flags, std::uint32_t mode, Nanos now) {
  auto found = lookup(path);
  if (!found.ok()) return {found.error, 0};
  std::shared_ptr<Inode> node = found.value.node;
  const int access_mode = flags & 3;
  const bool wants_write = access_mode == kFsWriteOnly || access_mode == kFsReadWrite;
  if (node) {
    if ((flags & kFsCreate) != 0 && (flags & kFsExclusive) != 0) return {FsErrc::kEEXIST, 0};
    if (node->is_directory() && wants_write) return {FsErrc::kEISDIR, 0};
    if ((flags & kFsDirectory) != 0 && !node->is_directory()) return {FsErrc::kENOTDIR, 0};
    const int needed = (access_mode != kFsWriteOnly ? kFsCanRead : 0) | (wants_write ? kFsCanWrite : 0);
    if (auto denied = check_permission(*node, needed); denied != FsErrc::kOk) return {denied, 0};
    if ((flags & kFsTruncate) != 0 && wants_write && !node->is_directory()) {
      node->resize(0);
      node->touch(now);
    }
  } else {
    if ((flags & kFsCreate) == 0) return {FsErrc::kENOENT, 0};
    Inode& parent = *found.value.parent;
    if (auto denied = check_permission(parent, kFsCanWrite); denied != FsErrc::kOk) return {denied, 0};
    node = make_inode(FsKind::kFile, mode & ~kUmask, now);
    parent.entries[found.value.name] = node;
    parent.touch(now);
  }
  int fd = kFsFirstFd;
  for (const auto& entry : m_fds) {
    if (entry.first != fd) break;
    ++fd;
  }
  auto file = std::make_unique<OpenFile>();
  file->node = std::move(node);
  file->flags = flags;
  m_fds.emplace(fd, std::move(file));
  return {FsErrc::kOk, fd};
}

FsResult<FileSystem::OpenFile*> FileSystem::find_fd(int fd) const {
  auto found = m_fds.find(fd);
  if (found == m_fds.end()) return {FsErrc::kEBADF, nullptr};
  return {FsErrc::kOk, found->second.get()};
}

FsErrc FileSystem::close(int fd) {
  return m_fds.erase(fd) == 0 ? FsErrc::kEBADF : FsErrc::kOk;
}

FsResult<FsStat> FileSystem::fstat(int fd) const {
  auto file = find_fd(fd);
  if (!file.ok()) return {file.error, {}};
  const Inode& node = *file.value->node;
  FsStat out;
  out.kind = node.kind;
  out.mode = (node.is_directory() ? kTypeDirectory : kTypeFile) | node.mode;
  out.size = node.is_directory() ? 4096 : node.size;
  out.ino = node.ino;
  out.nlink = node.nlink;
  out.blocks = ((out.size + 511) / 512 + 7) / 8 * 8;
  out.atime = node.atime;
  out.mtime = node.mtime;
  out.ctime = node.ctime;
  out.birthtime = node.birthtime;
  return {FsErrc::kOk, out};
}

FsResult<std::string> FileSystem::read(int fd, std::int64_t length, std::optional<std::int64_t> position,
                                       Nanos /*now*/) {
  auto file = find_fd(fd);
  if (!file.ok()) return {file.error, {}};
  OpenFile& open = *file.value;
  if (!open.readable()) return {FsErrc::kEBADF, {}};
  if (open.node->is_directory()) return {FsErrc::kEISDIR, {}};
  if (position && *position < 0) return {FsErrc::kEINVAL, {}};
  const std::int64_t at = position.value_or(open.position);
  std::string bytes = open.node->read_range(at, length);
  if (!position) open.position += static_cast<std::int64_t>(bytes.size());
  return {FsErrc::kOk, std::move(bytes)};
}

FsResult<std::int64_t> FileSystem::write(int fd, std::string_view data, std::optional<std::int64_t> position,
                                         Nanos now) {
  auto file = find_fd(fd);
  if (!file.ok()) return {file.error, 0};
  OpenFile& open = *file.value;
  if (!open.writable()) return {FsErrc::kEBADF, 0};
  if (position && *position < 0) return {FsErrc::kEINVAL, 0};
  Inode& node = *open.node;
  node.load();
  // Linux appends in O_APPEND mode even when pwrite names a position.
  const std::int64_t at = (open.flags & kFsAppend) != 0 ? node.size : position.value_or(open.position);
  const auto length = static_cast<std::int64_t>(data.size());
  if (length > 0) {
    node.materialise(at);
    const auto offset = static_cast<std::size_t>(at);
    if (node.data.size() < offset + data.size()) node.data.resize(offset + data.size());
    node.data.replace(offset, data.size(), data);
    node.size = std::max(node.size, at + length);
    node.touch(now);
  }
  if (!position || (open.flags & kFsAppend) != 0) open.position = at + length;
  return {FsErrc::kOk, length};
}

FsErrc FileSystem::ftruncate(int fd, std::int64_t length, Nanos now) {
  auto file = find_fd(fd);
  if (!file.ok()) return file.error;
  if (!file.value->writable()) return FsErrc::kEINVAL;
  if (length < 0) return FsErrc::kEINVAL;
  file.value->node->resize(length);
  file.value->node->touch(now);
  return FsErrc::kOk;
}

FsResult<std::string> FileSystem::read_file(std::string_view path) const {
  auto found = lookup(path);
  if (!found.ok()) return {found.error, {}};
  if (!found.value.node) return {FsErrc::kENOENT, {}};
  if (found.value.node->is_directory()) return {FsErrc::kEISDIR, {}};
  found.value.node->load();
  return {FsErrc::kOk, found.value.node->read_range(0, found.value.node->size)};
}

}  // namespace looplab::node
