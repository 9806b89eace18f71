// The simulated machine's disk and DNS table as `looplab run` describes them: the script's folder
// mirrored from the real disk (so require('./lib') and fs.readFileSync('data.txt') find what node
// would find), plus --file and --host entries from the command line. Nothing here touches the
// simulation: the result goes into ScriptRunOptions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/scenario/run_script.h"

namespace looplab::cli {

// `--file PATH=SIZE`: a file of SIZE bytes ("10MB", "512KB", "1GB", "300B" or plain bytes) whose
// contents are filler; `--file PATH`: the real file (or folder, recursively) copied in.
struct FileOption {
  std::string path;
  std::optional<std::int64_t> size;
};

// "10MB" -> 10485760 (B, KB, MB, GB: powers of 1024; a plain number is bytes); nothing when the
// text is not a size or is over 1 TB.
std::optional<std::int64_t> parse_size(std::string_view text);

// `--host NAME=ADDRESS`: a dns entry; an error message when it is not one ("" when fine).
std::string parse_host(std::string_view text, std::pair<std::string, std::string>& host);

// What mirroring a real folder may copy, so that a script in a big folder stays fast.
struct MirrorLimits {
  std::size_t max_files = 5000;
  int max_depth = 8;
};

struct DiskReport {
  std::size_t files = 0;
  std::size_t sized_only = 0;      // files past max_bytes, present with their size but filler bytes
  std::size_t skipped = 0;         // entries left out: past max_files or max_depth, or unreadable
  std::vector<std::string> notes;  // what the user should know (printed to stderr by the CLI)
};

// Adds the real folder `folder` (absolute) to `options` under the same path, recursively, leaving
// out hidden files and what is inside node_modules and hidden folders (".git"): those folders are
// there, empty. Only names and sizes are read now: a file's bytes
// are read from the real disk when the script first reads it. The script itself is added by
// run_script.
DiskReport mirror_folder(const std::string& folder, scenario::ScriptRunOptions& options,
                         const MirrorLimits& limits = {});

// Adds --file entries (paths made absolute against `cwd`); an error message for a real path that
// cannot be read ("" when all were added).
std::string add_file_options(const std::vector<FileOption>& files, const std::string& cwd,
                             scenario::ScriptRunOptions& options, DiskReport& report);

}  // namespace looplab::cli
