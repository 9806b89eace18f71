// TimerLists on its own: the bookkeeping of Node's timer lists, without a loop around it.
#include "core/node/timers.h"

#include <cstdint>

#include "core/node/script.h"
#include "doctest/doctest.h"

using looplab::node::CallbackRef;
using looplab::node::Script;
using looplab::node::TimerId;
using looplab::node::TimerLists;

namespace {

CallbackRef noop() {
  return Script::callback("t", [](Script&) {});
}

// Runs the timers phase at `now_ms` to the end; returns how many timers ran.
int run_due(TimerLists& timers, std::int64_t now_ms) {
  int ran = 0;
  timers.begin_processing(now_ms);
  for (;;) {
    const TimerLists::Next next = timers.next();
    if (next.action == TimerLists::Action::kDone) return ran;
    if (next.action == TimerLists::Action::kRunTimer) {
      ++ran;
      timers.finished(next.timer, now_ms);
    }
  }
}

}  // namespace

TEST_CASE("a stale timer id never touches the timer that reuses its record") {
  TimerLists timers;
  const TimerId first = timers.add(noop(), 10, false, 0);
  timers.clear(first);
  timers.release(first);
  // 65,536 timers pass through the same record: the last one's generation is 65,536, which an 8- or
  // 16-bit generation counter would wrap back to the stale id's 0.
  constexpr int kReuses = 65536;
  TimerId live = 0;
  for (int i = 0; i < kReuses; ++i) {
    live = timers.add(noop(), 10, false, 0);
    if (i + 1 < kReuses) {
      timers.clear(live);
      timers.release(live);
    }
  }
  CHECK(timers.pending() == 1);
  timers.clear(first);  // clearTimeout on a long-dead id: ignored
  timers.set_ref(first, false);
  CHECK(timers.pending() == 1);
  CHECK(timers.ref_count() == 1);
  CHECK(timers.active(live));
  CHECK_FALSE(timers.valid(first));
}

TEST_CASE("a fired timeout keeps its record until released, and can be refreshed until then") {
  TimerLists timers;
  const TimerId id = timers.add(noop(), 5, false, 0);
  CHECK(run_due(timers, 5) == 1);
  CHECK(timers.valid(id));
  CHECK_FALSE(timers.active(id));
  CHECK(timers.ref_count() == 0);
  CHECK(timers.has_ref(id));  // kRefed is left as it was
  timers.refresh(id, 20);
  CHECK(timers.active(id));
  CHECK(timers.ref_count() == 1);
  CHECK(run_due(timers, 24) == 0);
  CHECK(run_due(timers, 25) == 1);
  // Released while idle: recycled at once; the id is dead.
  timers.release(id);
  CHECK_FALSE(timers.valid(id));
  timers.refresh(id, 30);
  CHECK(timers.pending() == 0);
}

TEST_CASE("a pending timer released by its owner still fires, then its record is recycled") {
  TimerLists timers;
  const TimerId id = timers.add(noop(), 5, false, 0);
  timers.release(id);
  CHECK(timers.active(id));
  CHECK(run_due(timers, 5) == 1);
  CHECK_FALSE(timers.valid(id));
  CHECK(timers.ref_count() == 0);
}
