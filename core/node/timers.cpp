#include "core/node/timers.h"

#include <algorithm>
#include <cmath>

#include "core/base/check.h"

namespace looplab::node {

std::int64_t TimerLists::duration_for(double delay_ms) {
  // setTimeout: `after *= 1; if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;` — NaN fails both
  // comparisons. insert() then truncates: sub-millisecond precision is not promised.
  if (!(delay_ms >= 1 && delay_ms <= static_cast<double>(kTimeoutMax))) return 1;
  return static_cast<std::int64_t>(std::trunc(delay_ms));
}

bool TimerLists::valid(TimerId timer) const {
  const std::uint32_t index = index_of(timer);
  return index < m_timers.size() && m_timers[index].in_use &&
         m_timers[index].generation == generation_of(timer);
}

TimerId TimerLists::add(CallbackRef callback, double delay_ms, bool repeat, std::int64_t now_ms,
                        bool* created_list) {
  const std::uint32_t index = m_timers.allocate();
  Timer& timer = m_timers[index];
  const std::uint32_t generation = timer.generation;
  timer = Timer{};
  timer.generation = generation;
  timer.in_use = true;
  timer.callback = std::move(callback);
  const std::int64_t duration = duration_for(delay_ms);
  timer.duration = static_cast<std::int32_t>(duration);
  timer.repeat = repeat ? timer.duration : 0;
  timer.ref = true;  // new Timeout(): kRefed = true, incRefCount()
  ++m_ref_count;
  const bool created = insert(index, duration, now_ms);
  if (created_list != nullptr) *created_list = created;
  return make_id(index, generation);
}

bool TimerLists::insert(std::uint32_t index, std::int64_t duration, std::int64_t start) {
  unlink(index);  // L.append: a timer still in a list (refreshed during its own callback) leaves it first
  Timer& timer = m_timers[index];
  timer.start = start;
  auto found = m_by_duration.find(duration);
  const bool created = found == m_by_duration.end();
  const std::uint32_t slot = created ? create_list(duration, start + duration) : found->second;
  List& list = m_lists[slot];
  timer.list = slot;
  timer.prev = list.tail;
  timer.next = kNone;
  if (list.tail != kNone) {
    m_timers[list.tail].next = index;
  } else {
    list.head = index;
  }
  list.tail = index;
  ++m_pending;
  return created;
}

TimerLists::List* TimerLists::find_list(ListKey key) {
  const auto slot = static_cast<std::uint32_t>(key);
  if (slot >= m_lists.size()) return nullptr;
  List& list = m_lists[slot];
  if (!list.alive || list.generation != static_cast<std::uint32_t>(key >> 32)) return nullptr;
  return &list;
}

std::uint32_t TimerLists::create_list(std::int64_t duration, std::int64_t expiry) {
  const std::uint32_t slot = m_lists.allocate();
  List& list = m_lists[slot];
  const std::uint32_t generation = list.generation;
  list = List{};
  list.alive = true;
  list.generation = generation;
  list.duration = duration;
  list.expiry = expiry;
  list.order = m_next_order++;  // new TimersList(): this.id = timerListId++
  m_by_duration.emplace(duration, slot);
  m_queue.insert(QueueKey{list.expiry, list.order, slot});
  return slot;
}

void TimerLists::unlink(std::uint32_t index) {
  Timer& timer = m_timers[index];
  if (timer.list == kNone) return;
  List& list = m_lists[timer.list];
  if (timer.prev != kNone) {
    m_timers[timer.prev].next = timer.next;
  } else {
    list.head = timer.next;
  }
  if (timer.next != kNone) {
    m_timers[timer.next].prev = timer.prev;
  } else {
    list.tail = timer.prev;
  }
  timer.prev = timer.next = timer.list = kNone;
  --m_pending;
}

void TimerLists::destroy(std::uint32_t index) {
  Timer& timer = m_timers[index];
  if (timer.destroyed) return;
  timer.destroyed = true;
  if (timer.ref) --m_ref_count;
}

void TimerLists::recycle_if_unused(std::uint32_t index) {
  Timer& timer = m_timers[index];
  if (!timer.released || timer.list != kNone) return;
  timer.callback.reset();
  timer.in_use = false;
  timer.released = false;
  ++timer.generation;  // stale TimerIds stop matching this record
  m_timers.release(index);
}

void TimerLists::release(TimerId id) {
  if (!valid(id)) return;
  slot(id).released = true;
  recycle_if_unused(index_of(id));
}

void TimerLists::delete_list(std::uint32_t slot) {
  List& list = m_lists[slot];
  m_queue.erase(QueueKey{list.expiry, list.order, slot});
  auto mapped = m_by_duration.find(list.duration);
  if (mapped != m_by_duration.end() && mapped->second == slot) m_by_duration.erase(mapped);
  list.alive = false;
  ++list.generation;
  m_lists.release(slot);
}

void TimerLists::clear(TimerId id) {
  if (!valid(id)) return;
  const std::uint32_t index = index_of(id);
  Timer& timer = m_timers[index];
  if (timer.duration < 0) return;  // cleared before
  // unenroll(): retire the timer, unlink it, and drop timerListMap[duration] if that left it empty.
  const std::uint32_t list = timer.list;
  unlink(index);
  destroy(index);
  timer.duration = -1;  // _idleTimeout = -1: refresh() will not bring it back
  if (list != kNone && m_lists[list].head == kNone) {
    auto mapped = m_by_duration.find(m_lists[list].duration);
    if (mapped != m_by_duration.end() && mapped->second == list) delete_list(list);
  }
  recycle_if_unused(index);
}

void TimerLists::set_ref(TimerId id, bool ref) {
  if (!valid(id)) return;
  Timer& timer = slot(id);
  if (timer.ref == ref) return;
  timer.ref = ref;
  if (!timer.destroyed) m_ref_count += ref ? 1 : -1;
}

std::size_t TimerLists::memory_bytes() const {
  // std::unordered_map / std::set nodes: the payload plus about four words of bookkeeping each.
  constexpr std::size_t kNode = 4 * sizeof(void*);
  return m_timers.memory_bytes() + m_lists.memory_bytes() +
         m_by_duration.size() * (sizeof(std::pair<const std::int64_t, std::uint32_t>) + kNode) +
         m_queue.size() * (sizeof(QueueKey) + kNode);
}

bool TimerLists::refresh(TimerId id, std::int64_t now_ms) {
  if (!valid(id)) return false;
  const std::uint32_t index = index_of(id);
  Timer& timer = m_timers[index];
  if (timer.duration < 0) return false;  // insertGuarded: msecs < 0 (cleared) returns at once
  // L.append unlinks first. The list it leaves keeps its (now early) expiry in the queue, as in
  // Node: processTimers will find its first timer not due and re-queue it, or drop it if empty.
  const bool created = insert(index, timer.duration, now_ms);
  if (timer.destroyed) {  // insertGuarded: a fired timeout lives again, counted if ref'd
    timer.destroyed = false;
    if (timer.ref) ++m_ref_count;
  }
  return created;
}

std::optional<std::int64_t> TimerLists::next_expiry() const {
  if (m_queue.empty()) return std::nullopt;
  return std::get<0>(*m_queue.begin());
}

void TimerLists::begin_processing(std::int64_t now_ms) {
  m_cursor = Cursor{};
  m_cursor.now = now_ms;
}

TimerLists::Next TimerLists::next() {
  Cursor& c = m_cursor;
  for (;;) {
    if (!c.in_list) {
      // processTimers: the next list, if it is due. Between lists, drain first (runNextTicks).
      ListKey key;
      if (c.pending_list) {
        key = *c.pending_list;
        c.pending_list.reset();
      } else {
        if (m_queue.empty()) return Next{};
        const auto& [expiry, order, top] = *m_queue.begin();
        if (expiry > c.now) return Next{};
        if (c.ran_list) {
          c.pending_list = key_of(top);
          return Next{Action::kDrain, 0, true};
        }
        key = key_of(top);
      }
      c.ran_list = true;
      c.in_list = true;
      c.list = key;
      c.ran_timer = false;
      continue;
    }

    if (c.pending_timer) {
      // The peeked timer, after the drain: L.remove(timer); skip it if it was cleared meanwhile.
      const TimerId id = *c.pending_timer;
      c.pending_timer.reset();
      if (!active(id)) continue;
      unlink(index_of(id));
      return Next{Action::kRunTimer, id};
    }

    // listOnTimeout: peek the list's first timer.
    List* found = find_list(c.list);
    if (found == nullptr || found->head == kNone) {
      // Done with this list. Remove it only if it is still timerListMap's list for its duration.
      if (found != nullptr) {
        const auto slot = static_cast<std::uint32_t>(c.list);
        auto mapped = m_by_duration.find(found->duration);
        if (mapped != m_by_duration.end() && mapped->second == slot) delete_list(slot);
      }
      c.in_list = false;
      continue;
    }
    List& list = *found;
    const Timer& head = m_timers[list.head];
    if (c.now - head.start < list.duration) {
      // Too early for this one: the list goes back into the queue with a new expiry and a new id.
      const auto slot = static_cast<std::uint32_t>(c.list);
      m_queue.erase(QueueKey{list.expiry, list.order, slot});
      list.expiry = std::max(head.start + list.duration, c.now + 1);
      list.order = m_next_order++;
      m_queue.insert(QueueKey{list.expiry, list.order, slot});
      c.in_list = false;
      continue;
    }
    c.pending_timer = make_id(list.head, head.generation);
    // The list's next timer is usually far away in memory (lists interleave in the slab): fetch it
    // while this one runs.
    if (head.next != kNone) __builtin_prefetch(&m_timers[head.next]);
    if (c.ran_timer) return Next{Action::kDrain, 0, false};
    c.ran_timer = true;
  }
}

bool TimerLists::finished(TimerId id, std::int64_t start_ms) {
  // listOnTimeout's tail. Cleared during its own callback (_idleTimeout -1): nothing more to do.
  if (!valid(id) || slot(id).duration < 0) return false;
  const std::uint32_t index = index_of(id);
  Timer& timer = m_timers[index];
  if (timer.repeat != 0) return insert(index, timer.repeat, start_ms);  // re-armed from its start
  // Refreshed during its own callback: it is back in a list. Otherwise it is done (_destroyed).
  if (timer.list == kNone) {
    destroy(index);
    recycle_if_unused(index);
  }
  return false;
}

}  // namespace looplab::node
