// Slab: records addressed by a small integer index, stored in fixed-size chunks.
//
// Why not a std::vector: a vector that grows to a million records copies all of them each time it
// doubles and touches twice the memory on the way (page faults dominated the timer benchmark).
// Chunks never move, so growing costs one allocation per kChunk records and nothing else, and a
// record's address stays valid for the slab's life. Freed indices are reused last-in first-out,
// which keeps the live records dense in the chunks that are already warm.
//
// allocate() hands back a slot as it was left (or value-initialized the first time): owners that
// keep a generation counter in the record (to recognise stale ids) read it before resetting the rest.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "core/base/check.h"

namespace looplab {

template <typename T, unsigned kChunkBits = 12>
class Slab {
 public:
  static constexpr std::uint32_t kChunk = 1u << kChunkBits;

  std::uint32_t allocate() {
    if (!m_free.empty()) {
      const std::uint32_t index = m_free.back();
      m_free.pop_back();
      return index;
    }
    LOOPLAB_CHECK(m_size < UINT32_MAX, "a slab ran out of indices");
    if ((m_size & (kChunk - 1)) == 0) m_chunks.push_back(std::make_unique<T[]>(kChunk));
    return m_size++;
  }

  // The slot may be handed out again by a later allocate().
  void release(std::uint32_t index) { m_free.push_back(index); }

  T& operator[](std::uint32_t index) { return m_chunks[index >> kChunkBits][index & (kChunk - 1)]; }
  const T& operator[](std::uint32_t index) const {
    return m_chunks[index >> kChunkBits][index & (kChunk - 1)];
  }

  // Slots ever created (live or free); every index below it may be read.
  std::uint32_t size() const { return m_size; }

  // Bytes held: the chunks, their table and the free list.
  std::size_t memory_bytes() const {
    return m_chunks.size() * (kChunk * sizeof(T) + sizeof(std::unique_ptr<T[]>)) +
           m_free.capacity() * sizeof(std::uint32_t);
  }

 private:
  std::vector<std::unique_ptr<T[]>> m_chunks;
  std::vector<std::uint32_t> m_free;
  std::uint32_t m_size = 0;
};

}  // namespace looplab
