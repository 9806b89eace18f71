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
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/base/slab.h"
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

  // clearTimeout/clearInterval (unenroll): the timer leaves its list for good; refresh() no longer
  // brings it back. Unknown, released or already cleared timers are ignored, as in Node.
  void clear(TimerId timer);

  // timeout.ref() / timeout.unref() / timeout.hasRef(). The flag always changes; refCount only for
  // a timer that is still pending (Node's ref() checks !_destroyed).
  void set_ref(TimerId timer, bool ref);
  bool has_ref(TimerId timer) const { return valid(timer) && slot(timer).ref; }

  // timeout.refresh(): start again from `now_ms`, at the tail of its list (Node's active() ->
  // insertGuarded() -> insert(), which unlinks it first). A timeout that has already fired is
  // brought back to life (and counted in refCount again if ref'd), as in Node; a cleared one is not.
  // Returns true if that created a list. Does nothing (false) for a cleared or unknown timer.
  bool refresh(TimerId timer, std::int64_t now_ms);

  // The Timeout object is gone (the engine collected it): its id will not be used again. The record
  // is recycled once the timer is no longer pending (a pending timer is still referenced by its list).
  void release(TimerId timer);

  // Refers to a timer record that has not been released.
  bool valid(TimerId timer) const;
  // Waiting in a list: it will fire unless cleared.
  bool active(TimerId timer) const { return valid(timer) && slot(timer).list != kNone; }
  const CallbackRef& callback(TimerId timer) const { return slot(timer).callback; }
  std::int64_t duration(TimerId timer) const { return slot(timer).duration; }  // _idleTimeout
  bool repeats(TimerId timer) const { return slot(timer).repeat != 0; }
  std::int64_t start(TimerId timer) const { return slot(timer).start; }  // _idleStart (ms)

  // refCount: ref'd timers that have not finished. While > 0 the timer handle keeps the loop alive.
  int ref_count() const { return m_ref_count; }
  // Timers waiting in lists.
  std::size_t pending() const { return m_pending; }
  // Bytes this structure holds (records, free lists, lists, queue), for the memory benchmark.
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

  // A TimerId is the record's index in the low 32 bits and its generation in the high 32: the
  // generation changes when a released record is recycled, so a stale id never matches a new timer.
  static std::uint32_t index_of(TimerId timer) { return static_cast<std::uint32_t>(timer); }
  static std::uint32_t generation_of(TimerId timer) { return static_cast<std::uint32_t>(timer >> 32); }
  static TimerId make_id(std::uint32_t index, std::uint32_t generation) {
    return static_cast<TimerId>(generation) << 32 | index;
  }

  struct Timer {
    CallbackRef callback;                      // kept after firing: refresh() may call it again
    std::int64_t start = 0;                    // _idleStart (ms)
    std::int32_t duration = 0;                 // _idleTimeout (ms); -1 once cleared
    std::int32_t repeat = 0;                   // interval period (ms), 0 for a timeout
    std::uint32_t prev = kNone, next = kNone;  // neighbours in its list
    std::uint32_t list = kNone;                // the list (slot) it is linked into, if pending
    std::uint32_t generation = 0;
    bool ref = true;
    bool destroyed = false;  // _destroyed: fired or cleared, not counted in refCount
    bool in_use = false;     // the record belongs to a timer (not released and recycled)
    bool released = false;   // the owner let go of it: recycle once it is not pending
  };

  struct List {
    bool alive = false;
    std::uint32_t generation = 0;  // cursor keys carry it: a reused slot is not the old list
    std::int64_t duration = 0;
    std::int64_t expiry = 0;
    std::uint64_t order = 0;  // Node's list.id: renewed each time the list is re-queued
    std::uint32_t head = kNone, tail = kNone;
  };

  // Pending timers are always linked into a live list, and a list is deleted only when empty, so
  // timers, timerListMap and the queue refer to lists by slot. Only the processTimers cursor, which
  // holds on to a list across callbacks that may delete it, needs the generation (ListKey).
  using ListKey = std::uint64_t;
  using QueueKey = std::tuple<std::int64_t, std::uint64_t, std::uint32_t>;  // expiry, order, slot

  Timer& slot(TimerId timer) { return m_timers[index_of(timer)]; }
  const Timer& slot(TimerId timer) const { return m_timers[index_of(timer)]; }

  bool insert(std::uint32_t index, std::int64_t duration, std::int64_t start);  // true: created a list
  void unlink(std::uint32_t index);
  void destroy(std::uint32_t index);  // _destroyed = true, refCount--
  void recycle_if_unused(std::uint32_t index);
  std::uint32_t create_list(std::int64_t duration, std::int64_t expiry);
  void delete_list(std::uint32_t list);
  ListKey key_of(std::uint32_t list) const {
    return static_cast<ListKey>(m_lists[list].generation) << 32 | list;
  }
  List* find_list(ListKey key);

  Slab<Timer> m_timers;
  Slab<List> m_lists;
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
    ListKey list = 0;
    bool ran_list = false;                 // ranAtLeastOneList
    bool ran_timer = false;                // ranAtLeastOneTimer (per list)
    std::optional<ListKey> pending_list;   // peeked list whose drain has been requested
    std::optional<TimerId> pending_timer;  // peeked timer whose drain has been requested
  } m_cursor;
};

}  // namespace looplab::node
