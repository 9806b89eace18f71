// What the Event loop panel shows at a cursor: the loop's phase, the running callback, every queue
// (nextTick, microtasks, timers, immediates, pending I/O, closing handles), the thread pool's
// threads and waiting queue, and the exit code once the process is gone.
//
// How it is read from the trace. Queue events name their queue and item in their text:
//   queue push   "nextTick <- tick f (line 3)"        queue pop   "nextTick -> tick f (line 3)"
//   queues: nextTick, microtasks, immediates, awaiting I/O, completed, closing, unhandled rejections
//   timer armed  "L for N ms, due at D ms" | "L again, due at D ms" | "L refreshed, due at D ms"
//   timer fired  "L (due at D ms, late by X)"         timer cleared "L"
//   pool queued / started / finished  "crypto.pbkdf2" (started and finished on the pool thread)
// Events carry no item id, so items are paired by label, first in first out per queue: a pop takes
// the first item with its label; a completion "completed <- fs.read -> cb (line 4)" belongs to the
// earliest finished pool task (or I/O wait) whose label it extends; clearImmediate leaves only a
// shorter "immediates" queue length, so the latest immediate is taken as the cleared one. A pushed
// item learns its source slot from the callback start that follows its pop, and a pool task its
// callback's label from its completion, so queued items read like the code that will run.
//
// The index replays the trace once, resolving every event into a few operations on item ids and
// keeping a full state every kCheckpointEvery events; at() copies the nearest checkpoint and
// replays at most that many events. Items "changed" when they entered or changed state during the
// last step: the events between previous_step(cursor) and the cursor (core/view/steps.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/sim/duration.h"
#include "core/trace/trace.h"
#include "core/view/cursor.h"

namespace looplab::view {

// The loop's position. The wheel phases are kTimers..kClose; pending and idle/prepare are never
// traced yet (the model runs no pending callbacks) but belong to the wheel.
enum class LoopPhase : std::uint8_t {
  kStarting,    // before the main script
  kMainScript,  // the main module, then its ticks and microtasks
  kTimers,
  kPending,
  kIdlePrepare,
  kPoll,
  kCheck,
  kClose,
  kBetween,     // one phase ended and the next has not begun
  kBeforeExit,  // 'beforeExit' listeners
  kExit,        // 'exit' listeners
  kExited,      // the process is gone
  kOther,       // a phase name this model does not know
};

// Where an item (or the running callback) comes from: the panel colours it by this.
enum class ItemKind : std::uint8_t {
  kMainScript,
  kTick,
  kMicrotask,
  kTimer,
  kImmediate,
  kIo,    // awaited I/O (network, dns.resolve) and its completion
  kPool,  // a thread-pool task and its completion
  kClosing,
  kRejection,  // an unhandled rejection being reported
  kOther,      // listeners and anything else run from C++
};

struct LoopItem {
  std::string label;         // from the trace, e.g. "timeout arrow function (line 3)"
  std::uint32_t source = 0;  // source slot of its callback: source - 1 indexes ScriptRunResult::sources
  ItemKind kind = ItemKind::kOther;
  Nanos since = 0;       // when it joined its queue, was (re)armed, became ready or started running
  Nanos due = -1;        // timers: when due; -1 otherwise
  bool ready = false;    // pending I/O: completed, its callback waits for the poll phase
  bool changed = false;  // joined or changed state in the last step

  friend bool operator==(const LoopItem&, const LoopItem&) = default;
};

// A queue as shown: its first kMaxShown items (in run order) and its full length.
struct QueueView {
  static constexpr std::size_t kMaxShown = 256;
  std::vector<LoopItem> items;
  std::size_t size = 0;

  friend bool operator==(const QueueView&, const QueueView&) = default;
};

struct PoolThreadView {
  std::string name;      // the trace's thread name, e.g. "main:pool1"
  bool busy = false;     // running a task at the cursor
  LoopItem task;         // the task (label, source); empty when idle
  Nanos started = -1;    // when it took the task
  Nanos finishes = -1;   // when the trace says the task finished; -1 if the run ended first
  double progress = 0;   // 0..1 at the cursor's time
  bool changed = false;  // took or finished a task in the last step

  friend bool operator==(const PoolThreadView&, const PoolThreadView&) = default;
};

struct LoopSnapshot {
  Cursor cursor;
  Cursor step_begin;  // the last step: events [step_begin, cursor) are what "changed" marks
  Nanos time = 0;
  LoopPhase phase = LoopPhase::kStarting;
  std::string phase_name;  // "main script", "timers", "poll", ..., "exited"
  bool phase_changed = false;
  // Poll is blocked waiting for I/O or the next timer: the trace's words, "for 10 ms" or
  // "until a request completes"; empty when the loop is not waiting.
  std::string waiting;
  bool in_loop = false;  // the loop runs: after the main script, before beforeExit/exit and the end
  bool exited = false;
  int exit_code = 0;
  std::string exit_text;            // the trace's words: "code 1 (uncaught exception)", "stopped: ..."
  std::optional<LoopItem> running;  // the callback on the JS thread: the call stack this model shows
  QueueView ticks, microtasks, timers, immediates, pending_io, closing, pool_queue;
  std::vector<PoolThreadView> pool;  // one per pool thread, in thread order

  friend bool operator==(const LoopSnapshot&, const LoopSnapshot&) = default;
};

// The phase's display name ("main script", "timers", ..., "exited").
const char* to_string(LoopPhase phase);

class LoopStateIndex {
 public:
  static constexpr std::size_t kCheckpointEvery = 512;

  // Replays the trace once and keeps what it needs: the trace may move or go away afterwards.
  // `checkpoint_every` exists for tests (any value gives the same snapshots).
  explicit LoopStateIndex(const Trace& trace, std::size_t checkpoint_every = kCheckpointEvery);

  LoopSnapshot at(Cursor cursor) const;
  // The same at a time between events (the timeline's cursor): the state after every event at or
  // before `time`, with pool progress and the snapshot's time at `time` itself.
  LoopSnapshot at_time(Nanos time) const;

  // Internal representation, public only so the implementation's helpers can name it.
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  enum class List : std::uint8_t {
    kTicks,
    kMicrotasks,
    kTimers,
    kImmediates,
    kPending,
    kClosing,
    kPoolQueue
  };
  static constexpr std::size_t kLists = 7;
  struct Entry {
    std::uint32_t item = kNone;
    std::uint32_t since = 0;  // event index at which it joined or changed
    Nanos due = -1;
    bool ready = false;
  };
  struct Slot {
    std::uint32_t item = kNone;
    std::uint32_t since = kNone;  // event index of its last start or finish
  };
  struct State {
    LoopPhase phase = LoopPhase::kStarting;
    std::uint32_t phase_event = kNone;  // the phase event (for its name)
    std::uint32_t phase_since = kNone;
    bool loop_started = false;
    std::uint32_t wait_event = kNone;  // the poll wait under way
    std::uint32_t running = kNone;
    std::uint32_t running_since = 0;
    std::deque<Entry> lists[kLists];
    std::vector<Slot> pool;
    bool exited = false;
    int exit_code = 0;
    std::uint32_t exit_event = kNone;
  };
  struct Item {
    std::string label;
    std::string match_label;  // the label its queue events use (a pool task's before completion)
    std::uint32_t source = 0;
    ItemKind kind = ItemKind::kOther;
    Nanos pool_started = -1;
    Nanos pool_finished = -1;
  };
  enum class OpKind : std::uint8_t {
    kPhase,
    kPhaseEnd,
    kStart,
    kEnd,
    kAdd,
    kRemove,
    kReady,
    kTimerSet,
    kPoolStart,
    kPoolFinish,
    kPollWait,
    kExit
  };
  struct Op {
    OpKind kind = OpKind::kPhase;
    List list = List::kTicks;
    std::uint32_t item = kNone;
    std::int64_t value = 0;  // a due time, a pool slot, an exit code, a phase
  };

 private:
  void apply(State& state, std::uint32_t event) const;
  LoopSnapshot snapshot(Cursor cursor, Nanos time) const;
  const std::string& text_of(std::uint32_t event) const;

  std::vector<Nanos> m_times;                                  // each event's time
  std::vector<std::uint32_t> m_steps;                          // step positions (steps.h), ascending
  std::vector<std::pair<std::uint32_t, std::string>> m_texts;  // phase, poll wait and exit texts
  std::size_t m_checkpoint_every;
  std::vector<Item> m_items;
  std::vector<Op> m_ops;
  std::vector<std::uint32_t> m_op_begin;  // ops of event i: [m_op_begin[i], m_op_begin[i + 1])
  std::vector<State> m_checkpoints;       // state after events [0, k * m_checkpoint_every)
  std::vector<std::string> m_pool_names;
};

}  // namespace looplab::view
