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
         m_timers[index].generation == static_cast<std::uint8_t>(timer >> kIndexBits);
}

TimerId TimerLists::add(CallbackRef callback, double delay_ms, bool repeat, std::int64_t now_ms,
                        bool* created_list) {
  std::uint32_t index;
  if (!m_free.empty()) {
    index = m_free.back();
    m_free.pop_back();
  } else {
    LOOPLAB_CHECK(m_timers.size() < (1u << kIndexBits), "more than 16 million live timers");
    index = static_cast<std::uint32_t>(m_timers.size());
    m_timers.emplace_back();
  }
  Timer& timer = m_timers[index];
  const std::uint8_t generation = timer.generation;
  timer = Timer{};
  timer.generation = generation;
  timer.in_use = true;
  timer.callback = std::move(callback);
  const std::int64_t duration = duration_for(delay_ms);
  timer.repeat = repeat ? duration : 0;
  timer.ref = true;  // new Timeout(): kRefed = true, incRefCount()
  ++m_ref_count;
  const bool created = insert(index, duration, now_ms);
  if (created_list != nullptr) *created_list = created;
  return (static_cast<TimerId>(generation) << kIndexBits) | index;
}

bool TimerLists::insert(std::uint32_t index, std::int64_t duration, std::int64_t start) {
  unlink(index);  // L.append: a timer still in a list (refreshed during its own callback) leaves it first
  Timer& timer = m_timers[index];
  timer.start = start;
  timer.duration = duration;
  auto found = m_by_duration.find(duration);
  std::uint32_t key;
  const bool created = found == m_by_duration.end();
  if (created) {
    key = create_list(duration, start + duration);
  } else {
    key = found->second;
  }
  List& list = *find_list(key);
  timer.list = key;
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

TimerLists::List* TimerLists::find_list(std::uint32_t key) {
  const std::uint32_t slot = key & ((1u << kIndexBits) - 1);
  if (slot >= m_lists.size()) return nullptr;
  List& list = m_lists[slot];
  if (!list.alive || list.generation != static_cast<std::uint8_t>(key >> kIndexBits)) return nullptr;
  return &list;
}

std::uint32_t TimerLists::create_list(std::int64_t duration, std::int64_t expiry) {
  std::uint32_t slot;
  if (!m_free_lists.empty()) {
    slot = m_free_lists.back();
    m_free_lists.pop_back();
  } else {
    slot = static_cast<std::uint32_t>(m_lists.size());
    m_lists.emplace_back();
  }
  List& list = m_lists[slot];
  const std::uint8_t generation = list.generation;
  list = List{};
  list.alive = true;
  list.generation = generation;
  list.duration = duration;
  list.expiry = expiry;
  list.order = m_next_order++;  // new TimersList(): this.id = timerListId++
  const std::uint32_t key = (static_cast<std::uint32_t>(generation) << kIndexBits) | slot;
  m_by_duration.emplace(duration, key);
  m_queue.insert(QueueKey{list.expiry, list.order, key});
  ++m_live_lists;
  return key;
}

void TimerLists::unlink(std::uint32_t index) {
  Timer& timer = m_timers[index];
  if (timer.list == kNone) return;
  List& list = *find_list(timer.list);
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
  timer.destroyed = true;
  if (timer.ref) --m_ref_count;
  timer.callback.reset();
  timer.in_use = false;
  ++timer.generation;  // stale TimerIds stop matching this slot
  m_free.push_back(index);
}

void TimerLists::delete_list(std::uint32_t key) {
  List& list = *find_list(key);
  m_queue.erase(QueueKey{list.expiry, list.order, key});
  auto mapped = m_by_duration.find(list.duration);
  if (mapped != m_by_duration.end() && mapped->second == key) m_by_duration.erase(mapped);
  list.alive = false;
  ++list.generation;
  m_free_lists.push_back(key & ((1u << kIndexBits) - 1));
  --m_live_lists;
}

void TimerLists::clear(TimerId id) {
  if (!valid(id)) return;
  const std::uint32_t index = index_of(id);
  const std::int64_t duration = m_timers[index].duration;
  // unenroll(): retire the timer, unlink it, and drop timerListMap[duration] if that left it empty.
  unlink(index);
  destroy(index);
  auto mapped = m_by_duration.find(duration);
  if (mapped != m_by_duration.end() && find_list(mapped->second)->head == kNone) delete_list(mapped->second);
}

void TimerLists::set_ref(TimerId id, bool ref) {
  if (!valid(id)) return;
  Timer& timer = slot(id);
  if (timer.ref == ref) return;
  timer.ref = ref;
  m_ref_count += ref ? 1 : -1;
}

std::size_t TimerLists::memory_bytes() const {
  // std::map / std::set nodes: the payload plus about four words of tree bookkeeping each.
  constexpr std::size_t kTreeNode = 4 * sizeof(void*);
  return m_timers.capacity() * sizeof(Timer) + m_free.capacity() * sizeof(std::uint32_t) +
         m_lists.capacity() * sizeof(List) + m_free_lists.capacity() * sizeof(std::uint32_t) +
         m_by_duration.size() * (sizeof(std::pair<const std::int64_t, std::uint32_t>) + kTreeNode) +
         m_queue.size() * (sizeof(QueueKey) + kTreeNode);
}

bool TimerLists::refresh(TimerId id, std::int64_t now_ms) {
  if (!valid(id)) return false;
  const std::uint32_t index = index_of(id);
  Timer& timer = m_timers[index];
  const std::int64_t duration = timer.repeat != 0 ? timer.repeat : timer.duration;
  // L.append unlinks first. The list it leaves keeps its (now early) expiry in the queue, as in
  // Node: processTimers will find its first timer not due and re-queue it, or drop it if empty.
  unlink(index);
  return insert(index, duration, now_ms);
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
      std::uint32_t key;
      if (c.pending_list) {
        key = *c.pending_list;
        c.pending_list.reset();
      } else {
        if (m_queue.empty()) return Next{};
        const auto& [expiry, order, top] = *m_queue.begin();
        if (expiry > c.now) return Next{};
        if (c.ran_list) {
          c.pending_list = top;
          return Next{Action::kDrain, 0, true};
        }
        key = top;
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
      if (!valid(id)) continue;
      unlink(index_of(id));
      return Next{Action::kRunTimer, id};
    }

    // listOnTimeout: peek the list's first timer.
    List* found = find_list(c.list);
    if (found == nullptr || found->head == kNone) {
      // Done with this list. Remove it only if it is still timerListMap's list for its duration.
      if (found != nullptr) {
        auto mapped = m_by_duration.find(found->duration);
        if (mapped != m_by_duration.end() && mapped->second == c.list) delete_list(c.list);
      }
      c.in_list = false;
      continue;
    }
    List& list = *found;
    const Timer& head = m_timers[list.head];
    if (c.now - head.start < list.duration) {
      // Too early for this one: the list goes back into the queue with a new expiry and a new id.
      m_queue.erase(QueueKey{list.expiry, list.order, c.list});
      list.expiry = std::max(head.start + list.duration, c.now + 1);
      list.order = m_next_order++;
      m_queue.insert(QueueKey{list.expiry, list.order, c.list});
      c.in_list = false;
      continue;
    }
    const TimerId id = (static_cast<TimerId>(head.generation) << kIndexBits) | list.head;
    c.pending_timer = id;
    if (c.ran_timer) return Next{Action::kDrain, 0, false};
    c.ran_timer = true;
  }
}

bool TimerLists::finished(TimerId id, std::int64_t start_ms) {
  if (!valid(id)) return false;  // cleared (and maybe reused) during its own callback
  const std::uint32_t index = index_of(id);
  Timer& timer = m_timers[index];
  if (timer.repeat != 0) return insert(index, timer.repeat, start_ms);  // re-armed from its start
  if (timer.list == kNone) destroy(index);
  return false;
}

}  // namespace looplab::node
