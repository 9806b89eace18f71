// The process-wide compile cache: an LRU list of compiled scripts with a map from key to entry.
#include "core/js/runtime/compile_cache.h"

namespace looplab::js {

namespace {

std::string key_of(const std::string& filename, const std::string& source) {
  std::string key;
  key.reserve(filename.size() + 1 + source.size());
  key += filename;
  key += '\0';  // no file name holds a NUL, so (name, text) pairs never collide
  key += source;
  return key;
}

std::size_t bytes_of(const std::string& key, const CachedCompile& compiled) {
  std::size_t bytes = key.size() + sizeof(CachedCompile);
  if (compiled.code) {
    for (const auto& f : compiled.code->codes) {
      bytes += sizeof(f) + f.info.bytecode.size() * 4 + f.info.positions.size() * sizeof(CodeInfo::Position) +
               f.info.name.size();
      for (const auto& c : f.constants) bytes += sizeof(c) + c.text.size() * 2;
    }
  }
  if (compiled.error) bytes += compiled.error->formatted.size() + compiled.error->message.size();
  return bytes;
}

}  // namespace

CompileCache& CompileCache::process() {
  static CompileCache cache;
  return cache;
}

std::optional<CachedCompile> CompileCache::find(const std::string& filename, const std::string& source) {
  std::lock_guard lock(m_mutex);
  if (!m_enabled) return std::nullopt;
  auto it = m_index.find(key_of(filename, source));
  if (it == m_index.end()) {
    ++m_stats.misses;
    return std::nullopt;
  }
  ++m_stats.hits;
  m_entries.splice(m_entries.begin(), m_entries, it->second);
  return it->second->compiled;
}

void CompileCache::store(const std::string& filename, const std::string& source, CachedCompile compiled) {
  std::lock_guard lock(m_mutex);
  if (!m_enabled) return;
  std::string key = key_of(filename, source);
  if (auto it = m_index.find(key); it != m_index.end()) {
    m_stats.bytes -= it->second->bytes;
    m_entries.erase(it->second);
    m_index.erase(it);
  }
  std::size_t bytes = bytes_of(key, compiled);
  m_entries.push_front(Entry{key, std::move(compiled), bytes});
  m_index.emplace(std::move(key), m_entries.begin());
  m_stats.bytes += bytes;
  evict_locked();
}

void CompileCache::evict_locked() {
  // The newest entry stays even when it alone is over the byte bound.
  while (m_entries.size() > 1 && (m_entries.size() > kMaxEntries || m_stats.bytes > kMaxBytes)) {
    m_stats.bytes -= m_entries.back().bytes;
    m_index.erase(m_entries.back().key);
    m_entries.pop_back();
  }
  m_stats.entries = m_entries.size();
}

void CompileCache::set_enabled(bool enabled) {
  std::lock_guard lock(m_mutex);
  m_enabled = enabled;
}

bool CompileCache::enabled() const {
  std::lock_guard lock(m_mutex);
  return m_enabled;
}

void CompileCache::clear() {
  std::lock_guard lock(m_mutex);
  m_entries.clear();
  m_index.clear();
  m_stats = Stats{};
}

CompileCache::Stats CompileCache::stats() const {
  std::lock_guard lock(m_mutex);
  Stats s = m_stats;
  s.entries = m_entries.size();
  return s;
}

}  // namespace looplab::js
