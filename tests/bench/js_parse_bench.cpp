// js_parse_mb_per_s: how fast the parser turns script text into an AST. The text is real code:
// every script of the language corpus (tests/js) that parses, repeated to about 2 MB, so that the
// mix of constructs is what learners write. Best of 5 runs.
//
//   looplab_js_parse_bench CORPUS_DIR
// Prints: BENCH js_parse_mb_per_s <value> MB/s (<bytes> bytes, <nodes> nodes)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/js/syntax/parser.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: looplab_js_parse_bench CORPUS_DIR\n");
    return 2;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (entry.is_regular_file() && entry.path().extension() == ".js") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string program;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    // Each script in its own block scope, so their top-level declarations do not collide.
    std::string block = "{\n" + text.str() + "\n}\n";
    if (looplab::js::parse_program(block).error) continue;
    program += block;
  }
  if (program.empty()) {
    std::fprintf(stderr, "looplab_js_parse_bench: no parseable scripts under %s\n", argv[1]);
    return 1;
  }
  const std::string unit = program;
  while (program.size() < (2u << 20)) program += unit;

  double best_seconds = 1e9;
  std::size_t nodes = 0;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    looplab::js::ParseResult result = looplab::js::parse_program(program);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (result.error) {
      std::fprintf(stderr, "looplab_js_parse_bench: the joined corpus does not parse: %s\n",
                   result.error->message.c_str());
      return 1;
    }
    nodes = result.program->arena.size();
    best_seconds = std::min(best_seconds, elapsed.count());
  }
  const double megabytes = static_cast<double>(program.size()) / (1024.0 * 1024.0);
  std::printf("BENCH js_parse_mb_per_s %.1f MB/s (%zu bytes, %zu nodes)\n", megabytes / best_seconds,
              program.size(), nodes);
  return 0;
}
