// Compiled scripts shared by every Engine of the process, keyed by file name and source text.
//
// Every run of a scenario builds a new Engine, and each used to parse and compile the prelude and
// the library modules again: most of a run's cost (the playground re-runs on every edit). The
// cache keeps each compiled script as a CodeTemplate (plain data, no heap references) and hands
// it to the next engine that compiles the same text under the same name; a syntax error is kept
// too, so re-running a broken script does not parse it again. Only the text and name decide what
// is compiled, so a hit is exactly what compiling again would give.
//
// Bounded: least recently used entries go past kMaxEntries or kMaxBytes (the library's dozen
// modules are used by every run and stay; old versions of an edited script fall out).
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/js/vm/code_template.h"

namespace looplab::js {

// Why a script did not compile (Engine::compile's error).
struct CompileError {
  std::string message;  // V8's text: "Unexpected token ';'"
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string formatted;  // as node prints it: "file:3\nlet x = ;\n        ^\n\nSyntaxError: ..."
};

struct CachedCompile {
  std::shared_ptr<const CodeTemplate> code;  // null when `error` is set
  std::optional<CompileError> error;
};

class CompileCache {
 public:
  static constexpr std::size_t kMaxEntries = 128;
  static constexpr std::size_t kMaxBytes = 32u << 20;

  // The one cache of the process (runs on different threads share it safely).
  static CompileCache& process();

  std::optional<CachedCompile> find(const std::string& filename, const std::string& source);
  void store(const std::string& filename, const std::string& source, CachedCompile compiled);

  // Off: every find misses and nothing is stored (tests compare the two paths).
  void set_enabled(bool enabled);
  bool enabled() const;
  void clear();

  struct Stats {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::size_t entries = 0;
    std::size_t bytes = 0;  // approximate: key text plus the templates' vectors
  };
  Stats stats() const;

 private:
  struct Entry {
    std::string key;
    CachedCompile compiled;
    std::size_t bytes = 0;
  };
  void evict_locked();

  mutable std::mutex m_mutex;
  bool m_enabled = true;
  std::list<Entry> m_entries;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> m_index;
  Stats m_stats;
};

}  // namespace looplab::js
