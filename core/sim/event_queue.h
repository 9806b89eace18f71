// The discrete-event queue: future events ordered by (time, sequence number).
//
// As in ns-3 and SimPy, the queue, the clock (Simulation) and the event payload are separate
// objects. Ties at the same virtual time break on a sequence number that increases with every push,
// so two events scheduled for the same nanosecond run in the order they were scheduled — on every
// platform, in every build. Nothing here depends on pointer values or unordered containers.
//
// Cancellation is lazy: a cancelled entry stays in the heap, marked, and is dropped when it reaches
// the top. The invariant "the top entry is live" is restored after every operation, so next_time()
// is always the time of a live event.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
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
    m_heap.push_back(Entry{time, seq, std::move(payload)});
    sift_up(m_heap.size() - 1);
    return seq;
  }

  // Cancels a pending event. The caller must know it is still pending (not popped, not cancelled):
  // owners of events (a CPU, a loop) track that themselves, so the queue does not pay for it.
  void cancel(EventSeq seq) {
    m_cancelled.insert(seq);
    drop_cancelled_top();
  }

  bool empty() const { return m_heap.empty(); }

  // Live (not cancelled) events.
  std::size_t size() const { return m_heap.size() - m_cancelled.size(); }

  // Time of the next live event. Requires !empty().
  Nanos next_time() const { return m_heap.front().time; }

  // Removes and returns the next live event. Requires !empty().
  Entry pop() {
    Entry top = std::move(m_heap.front());
    remove_top();
    drop_cancelled_top();
    return top;
  }

  // Total events ever pushed (also the next sequence number).
  EventSeq pushed() const { return m_next_seq; }

 private:
  static bool before(const Entry& a, const Entry& b) {
    return a.time != b.time ? a.time < b.time : a.seq < b.seq;
  }

  void sift_up(std::size_t index) {
    while (index > 0) {
      const std::size_t parent = (index - 1) / 2;
      if (!before(m_heap[index], m_heap[parent])) break;
      std::swap(m_heap[index], m_heap[parent]);
      index = parent;
    }
  }

  void sift_down(std::size_t index) {
    const std::size_t count = m_heap.size();
    for (;;) {
      const std::size_t left = 2 * index + 1;
      if (left >= count) break;
      std::size_t best = left;
      if (left + 1 < count && before(m_heap[left + 1], m_heap[left])) best = left + 1;
      if (!before(m_heap[best], m_heap[index])) break;
      std::swap(m_heap[index], m_heap[best]);
      index = best;
    }
  }

  void remove_top() {
    m_heap.front() = std::move(m_heap.back());
    m_heap.pop_back();
    if (!m_heap.empty()) sift_down(0);
  }

  void drop_cancelled_top() {
    while (!m_cancelled.empty() && !m_heap.empty()) {
      auto found = m_cancelled.find(m_heap.front().seq);
      if (found == m_cancelled.end()) break;
      m_cancelled.erase(found);
      remove_top();
    }
  }

  std::vector<Entry> m_heap;       // binary min-heap on (time, seq)
  std::set<EventSeq> m_cancelled;  // cancelled entries still in the heap
  EventSeq m_next_seq = 0;
};

}  // namespace looplab
