#include "core/cli/disk.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace looplab::cli {

namespace fs = std::filesystem;

namespace {

bool read_whole(const fs::path& path, std::string& contents) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::ostringstream text;
  text << file.rdbuf();
  contents = std::move(text).str();
  return !file.bad();
}

struct Mirror {
  scenario::ScriptRunOptions& options;
  const MirrorLimits& limits;
  DiskReport& report;

  void add_file(const fs::path& path, std::int64_t size) {
    if (report.files >= limits.max_files) {
      ++report.skipped;
      return;
    }
    scenario::ScriptRunOptions::File file;
    file.path = path.string();
    file.size = size;
    // A file that vanished since it was listed reads as empty.
    file.load = [path] {
      std::string contents;
      read_whole(path, contents);
      return contents;
    };
    options.files.push_back(std::move(file));
    ++report.files;
  }

  void add_folder(const fs::path& folder, int depth) {
    std::error_code error;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      entries.push_back(*it);
    }
    // Sorted, so the caps cut the same entries on every run.
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
    for (const fs::directory_entry& entry : entries) {
      const std::string name = entry.path().filename().string();
      if (name.empty()) continue;
      const bool left_out = name.front() == '.' || name == "node_modules";
      if (entry.is_directory(error)) {
        if (left_out) {  // listed, as node lists it, but not walked (it can be huge)
          options.directories.push_back(entry.path().string());
          continue;
        }
        if (depth >= limits.max_depth) {
          ++report.skipped;
          continue;
        }
        options.directories.push_back(entry.path().string());
        add_folder(entry.path(), depth + 1);
      } else if (entry.is_regular_file(error)) {
        if (name.front() == '.') continue;
        const auto size = entry.file_size(error);
        if (error) {
          ++report.skipped;
          continue;
        }
        add_file(entry.path(), static_cast<std::int64_t>(size));
      }
    }
  }
};

}  // namespace

std::optional<std::int64_t> parse_size(std::string_view text) {
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end == text.data() || number < 0) return std::nullopt;
  const std::string_view unit = text.substr(static_cast<std::size_t>(end - text.data()));
  std::int64_t scale = 0;
  if (unit.empty() || unit == "B") {
    scale = 1;
  } else if (unit == "KB") {
    scale = 1ll << 10;
  } else if (unit == "MB") {
    scale = 1ll << 20;
  } else if (unit == "GB") {
    scale = 1ll << 30;
  } else {
    return std::nullopt;
  }
  constexpr std::int64_t kMax = 1ll << 40;
  if (number > kMax / scale) return std::nullopt;
  return number * scale;
}

std::string parse_host(std::string_view text, std::pair<std::string, std::string>& host) {
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos || equals == 0 || equals + 1 == text.size())
    return "--host needs NAME=ADDRESS, such as --host example.com=93.184.216.34";
  const std::string_view address = text.substr(equals + 1);
  // An IPv4 address: four numbers 0-255.
  int parts = 0;
  std::size_t at = 0;
  while (at <= address.size()) {
    std::size_t dot = address.find('.', at);
    if (dot == std::string_view::npos) dot = address.size();
    int value = -1;
    const auto [end, error] = std::from_chars(address.data() + at, address.data() + dot, value);
    if (error != std::errc() || end != address.data() + dot || dot == at || value > 255) {
      parts = -1;
      break;
    }
    ++parts;
    at = dot + 1;
  }
  if (parts != 4) return "--host: '" + std::string(address) + "' is not an IPv4 address (such as 10.0.0.7)";
  host = {std::string(text.substr(0, equals)), std::string(address)};
  return "";
}

DiskReport mirror_folder(const std::string& folder, scenario::ScriptRunOptions& options,
                         const MirrorLimits& limits) {
  DiskReport report;
  Mirror mirror{options, limits, report};
  mirror.add_folder(fs::path(folder), 0);
  return report;
}

std::string add_file_options(const std::vector<FileOption>& files, const std::string& cwd,
                             scenario::ScriptRunOptions& options, DiskReport& report) {
  MirrorLimits limits;
  Mirror mirror{options, limits, report};
  for (const FileOption& file : files) {
    fs::path path = fs::path(file.path);
    if (path.is_relative()) path = fs::path(cwd) / path;
    path = path.lexically_normal();
    if (file.size) {
      options.files.push_back({path.string(), {}, *file.size, {}});
      continue;
    }
    std::error_code error;
    if (fs::is_directory(path, error)) {
      options.directories.push_back(path.string());
      mirror.add_folder(path, 0);
    } else if (fs::is_regular_file(path, error)) {
      scenario::ScriptRunOptions::File entry;
      entry.path = path.string();
      if (!read_whole(path, entry.contents)) return "--file: cannot read '" + file.path + "'";
      options.files.push_back(std::move(entry));
    } else {
      return "--file: no file or folder '" + file.path + "' (to make one of a given size: --file " +
             file.path + "=10MB)";
    }
  }
  return "";
}

}  // namespace looplab::cli
