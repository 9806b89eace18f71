// The discrete-event queue: future events ordered by (time, sequence number).
//
// As in ns-3 and SimPy, the queue, the clock (Simulation) and the event payload are separate
// objects. Ties at the same virtual time break on a sequence number that increases with every push,
// so two events scheduled for the same nanosecond run in the order they were scheduled — on every
// platform, in every build. Nothing here depends on pointer values or unordered containers.
//
// Cancellation is lazy: a cancelled entry stays in the heap, marked in a bitmap, and is dropped
// when it reaches the top. The invariant "the top entry is live" is restored after every operation, so
// next_time() is always the time of a live event.
#pragma once

#include <cstddef>
#include <cstdint>
#include <queue>
#include <utility>
#include <vector>

#include "core/sim/duration.h"

namespace looplab {

// Identifies one scheduled event; unique for the life of a queue.
using EventSeq = std::uint64_t;

template <typename Payload>
class EventQueue {
 public:
  struct Entry {
    Nanos time;
    EventSeq seq;
    Payload payload;
  };

  // Schedules `payload` at `time`; returns its sequence number (for cancel()).
  EventSeq push(Nanos time, Payload payload) {
    const EventSeq seq = m_next_seq++;
    m_heap.push(Entry{time, seq, std::move(payload)});
    return seq;
  }

  // Cancels a pending event. The caller must know it is still pending (not popped, not cancelled):
  // owners of events (a CPU, a loop) track that themselves, so the queue does not pay for it.
  void cancel(EventSeq seq) {
    const std::size_t word = seq / 64;
    if (m_cancelled.size() <= word) m_cancelled.resize(word + 1, 0);
    m_cancelled[word] |= std::uint64_t{1} << (seq % 64);
    ++m_cancelled_count;
    drop_cancelled_top();
  }

  bool empty() const { return m_heap.empty(); }

  // Live (not cancelled) events.
  std::size_t size() const { return m_heap.size() - m_cancelled_count; }

  // Time of the next live event. Requires !empty().
  Nanos next_time() const { return m_heap.top().time; }

  // Removes and returns the next live event. Requires !empty().
  Entry pop() {
    Entry top = m_heap.top();
    m_heap.pop();
    drop_cancelled_top();
    return top;
  }

  // Total events ever pushed (also the next sequence number).
  EventSeq pushed() const { return m_next_seq; }

 private:
  // std::priority_queue keeps the greatest on top: "later" puts the earliest (time, seq) there.
  struct Later {
    bool operator()(const Entry& a, const Entry& b) const {
      return a.time != b.time ? a.time > b.time : a.seq > b.seq;
    }
  };

  bool is_cancelled(EventSeq seq) const {
    const std::size_t word = seq / 64;
    return word < m_cancelled.size() && (m_cancelled[word] >> (seq % 64) & 1) != 0;
  }

  void drop_cancelled_top() {
    while (m_cancelled_count > 0 && !m_heap.empty() && is_cancelled(m_heap.top().seq)) {
      --m_cancelled_count;
      m_heap.pop();
    }
  }

  std::priority_queue<Entry, std::vector<Entry>, Later> m_heap;
  // One bit per sequence number ever pushed: set when cancelled. A bitmap rather than a set keeps
  // cancel and pop O(1); it costs pushed()/8 bytes, 12.5 MB at the default cap of 1e8 events.
  std::vector<std::uint64_t> m_cancelled;
  std::size_t m_cancelled_count = 0;  // cancelled entries still in the heap
  EventSeq m_next_seq = 0;
};

}  // namespace looplab
