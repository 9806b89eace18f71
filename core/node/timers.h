// Node's timers, as lib/internal/timers.js keeps them (Node 20).
//
// How and why: Node does not give every setTimeout its own libuv timer. Timers with the same
// duration share a list (timerListMap[msecs]); within a list they are in insertion order, and since
// they all have the same duration that is also expiry order. The lists sit in a priority queue
// ordered by (expiry, list id), and Node arms one libuv timer for the earliest expiry.
//
//   timerListQueue (by expiry, then id)        timerListMap
//   ┌──────────────────────────┐
//   │ list 10 ms  expiry 12  #3 │ ── a(start 2) ── b(start 2) ── c(start 5)
//   │ list 50 ms  expiry 50  #1 │ ── d(start 0)
//   └──────────────────────────┘
//
// processTimers(now) takes lists off the queue while their expiry <= now; listOnTimeout walks one
// list and runs each timer whose `now - start >= msecs`. When it meets one that is not due yet, the
// list gets a new expiry *and a new id* (timerListId++) and goes back into the queue — which is why
// ordering is by list, not simply by (expiry, creation). Between two timers, and between two lists,
// Node ≥ 11 drains the nextTick and microtask queues (runNextTicks).
//
// This class is that bookkeeping, and nothing else: the runtime asks the cursor what to do next
// (run a timer, drain the queues, or stop) so that it can spend virtual time in between.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/node/js_job.h"

namespace looplab::node {

class TimerLists {
 public:
  static constexpr std::int64_t kTimeoutMax = 2147483647;  // 2^31 - 1 ms (TIMEOUT_MAX)

  // Node's getTimerDuration: NaN, < 1 or > TIMEOUT_MAX become 1; the list key truncates.
  static std::int64_t duration_for(double delay_ms);

  // new Timeout(...) + insert(): a timer starting at `now_ms`. Ref'd, like every new timer.
  // `created_list` is set when insert() had to create the list for this duration: Node then arms its
  // libuv timer if that list expires before the one armed (scheduleTimer in insert()).
  TimerId add(CallbackRef callback, double delay_ms, bool repeat, std::int64_t now_ms,
              bool* created_list = nullptr);

  // clearTimeout/clearInterval. Unknown or finished timers are ignored, as in Node.
  void clear(TimerId timer);

  // timeout.ref() / timeout.unref() / timeout.hasRef().
  void set_ref(TimerId timer, bool ref);
  bool has_ref(TimerId timer) const { return valid(timer) && slot(timer).ref; }

  // timeout.refresh() on a live timer: start again from `now_ms`, at the tail of its list (Node's
  // active() -> insert(), which unlinks it first). Returns true if that created a list. A timer that
  // has already fired is not live here (its slot is recycled), so it is not reactivated as Node
  // would: the bindings must keep such timers alive as long as their Timeout object.
  bool refresh(TimerId timer, std::int64_t now_ms);

  bool valid(TimerId timer) const;
  const CallbackRef& callback(TimerId timer) const { return slot(timer).callback; }
  std::int64_t duration(TimerId timer) const { return slot(timer).duration; }
  bool repeats(TimerId timer) const { return slot(timer).repeat != 0; }
  std::int64_t start(TimerId timer) const { return slot(timer).start; }  // _idleStart (ms)

  // refCount: ref'd timers that have not finished. While > 0 the timer handle keeps the loop alive.
  int ref_count() const { return m_ref_count; }
  // Timers waiting in lists.
  std::size_t pending() const { return m_pending; }
  // Bytes this structure holds (slab, free list, lists, queue), for the memory benchmark.
  std::size_t memory_bytes() const;
  // Earliest list expiry (what Node arms its libuv timer for), if any list is queued.
  std::optional<std::int64_t> next_expiry() const;

  // --- processTimers(now), one step at a time -------------------------------------------------
  enum class Action { kRunTimer, kDrain, kDone };
  struct Next {
    Action action = Action::kDone;
    TimerId timer = 0;           // for kRunTimer
    bool between_lists = false;  // for kDrain: processTimers' drain (Node <= 10 drained only there)
  };
  // Starts a timers phase with Node's `now` (ms).
  void begin_processing(std::int64_t now_ms);
  // What to do next. After kRunTimer the runtime runs the callback (taking `start` for an interval
  // first) and then calls finished(); after kDrain it drains ticks and microtasks.
  Next next();
  // The callback of `timer` has returned; re-arm an interval from `start_ms` or retire the timer.
  // Returns true if re-arming created a list (see add()).
  bool finished(TimerId timer, std::int64_t start_ms);

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
  static constexpr std::uint32_t kIndexBits = 24;

  struct Timer {
    CallbackRef callback;                      // null once cleared (Node nulls _onTimeout)
    std::int64_t start = 0;                    // _idleStart (ms)
    std::int64_t duration = 0;                 // the list it is in (ms); -1 once cleared
    std::int64_t repeat = 0;                   // interval period (ms), 0 for a timeout
    std::uint32_t prev = kNone, next = kNone;  // neighbours in its list
    std::uint32_t list = kNone;                // the list it is linked into
    // Known gap: 8 bits wrap after 256 reuses of a slot, and then a stale TimerId matches again
    // (clearTimeout on a long-dead id could clear a live timer). To widen with the engine's ids.
    std::uint8_t generation = 0;
    bool ref = true;
    bool destroyed = false;
    bool in_use = false;
  };

  struct List {
    bool alive = false;
    std::uint8_t generation = 0;  // list keys carry it, so a reused slot is not mistaken for the old list
    std::int64_t duration = 0;
    std::int64_t expiry = 0;
    std::uint64_t order = 0;  // Node's list.id: renewed each time the list is re-queued
    std::uint32_t head = kNone, tail = kNone;
  };

  using QueueKey = std::tuple<std::int64_t, std::uint64_t, std::uint32_t>;  // expiry, order, list

  Timer& slot(TimerId timer) { return m_timers[timer & ((1u << kIndexBits) - 1)]; }
  const Timer& slot(TimerId timer) const { return m_timers[timer & ((1u << kIndexBits) - 1)]; }
  static std::uint32_t index_of(TimerId timer) { return timer & ((1u << kIndexBits) - 1); }

  bool insert(std::uint32_t index, std::int64_t duration, std::int64_t start);  // true: created a list
  void unlink(std::uint32_t index);
  void destroy(std::uint32_t index);  // _destroyed = true, refCount--, slot freed for reuse
  void delete_list(std::uint32_t list);

  std::vector<Timer> m_timers;
  std::vector<std::uint32_t> m_free;
  // Lists live in a slab; a list key is slot | generation << 24 (like TimerIds), so a deleted list's
  // key stops matching even after its slot is reused.
  List* find_list(std::uint32_t key);
  std::uint32_t create_list(std::int64_t duration, std::int64_t expiry);
  std::vector<List> m_lists;
  std::vector<std::uint32_t> m_free_lists;
  std::size_t m_live_lists = 0;
  // timerListMap. Only looked up, never iterated, so an unordered map cannot affect any order.
  std::unordered_map<std::int64_t, std::uint32_t> m_by_duration;
  std::set<QueueKey> m_queue;      // timerListQueue
  std::uint64_t m_next_order = 0;  // timerListId
  int m_ref_count = 0;
  std::size_t m_pending = 0;

  // The processTimers / listOnTimeout cursor.
  struct Cursor {
    std::int64_t now = 0;
    bool in_list = false;
    std::uint32_t list = kNone;
    bool ran_list = false;                       // ranAtLeastOneList
    bool ran_timer = false;                      // ranAtLeastOneTimer (per list)
    std::optional<std::uint32_t> pending_list;   // peeked list whose drain has been requested
    std::optional<std::uint32_t> pending_timer;  // peeked timer whose drain has been requested
  } m_cursor;
};

}  // namespace looplab::node
