// The event-loop state index: resolves trace events into operations on items once, then replays
// them from the nearest checkpoint for any cursor.
#include "core/view/loop_state.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <utility>

#include "core/view/steps.h"

namespace looplab::view {
namespace {

using Index = LoopStateIndex;
using List = Index::List;
using OpKind = Index::OpKind;
constexpr std::uint32_t kNone = Index::kNone;

std::size_t list_index(List list) {
  return static_cast<std::size_t>(list);
}

LoopPhase phase_of(std::string_view name) {
  if (name == "main") return LoopPhase::kMainScript;
  if (name == "timers") return LoopPhase::kTimers;
  if (name == "pending") return LoopPhase::kPending;
  if (name == "idle" || name == "prepare") return LoopPhase::kIdlePrepare;
  if (name == "poll") return LoopPhase::kPoll;
  if (name == "check") return LoopPhase::kCheck;
  if (name == "close") return LoopPhase::kClose;
  if (name == "beforeExit") return LoopPhase::kBeforeExit;
  if (name == "exit") return LoopPhase::kExit;
  return LoopPhase::kOther;
}

bool in_wheel(LoopPhase phase) {
  return phase >= LoopPhase::kTimers && phase <= LoopPhase::kClose;
}

// "12 ms" at the end of `text` after `marker`: the number as nanoseconds, or -1.
Nanos millis_after(std::string_view text, std::string_view marker) {
  const std::size_t at = text.rfind(marker);
  if (at == std::string_view::npos) return -1;
  const char* first = text.data() + at + marker.size();
  std::int64_t ms = 0;
  const auto [end, error] = std::from_chars(first, text.data() + text.size(), ms);
  if (error != std::errc() || end == first) return -1;
  return ms * kNanosPerMilli;
}

// Splits "queue <- label" (or "->"): the queue name and the label.
bool split_queue(std::string_view text, std::string_view arrow, std::string_view& queue,
                 std::string_view& label) {
  const std::size_t at = text.find(arrow);
  if (at == std::string_view::npos) return false;
  queue = text.substr(0, at);
  label = text.substr(at + arrow.size());
  return true;
}

// Whether a completion's label ("fs.read -> cb (line 4)") extends a request's ("fs.read").
bool extends(std::string_view completion, std::string_view request) {
  return completion == request ||
         (completion.starts_with(request) && completion.substr(request.size()).starts_with(" -> "));
}

// Resolves events to operations: the only place that matches labels. Runs once, at build time,
// on the same state the replay produces.
class Resolver {
 public:
  Resolver(std::vector<Index::Item>& items, std::vector<Index::Op>& ops, std::vector<ThreadId> pool_threads)
      : m_items(items), m_ops(ops), m_pool_threads(std::move(pool_threads)) {}

  void resolve(const Index::State& state, const TraceEvent& event) {
    const std::string_view text = event.text;
    switch (event.kind) {
      case TraceKind::kPhase:
        emit(OpKind::kPhase, List::kTicks, kNone, static_cast<std::int64_t>(phase_of(text)));
        break;
      case TraceKind::kPhaseEnd:
        emit(OpKind::kPhaseEnd, List::kTicks, kNone, text == "main" ? 1 : 0);
        break;
      case TraceKind::kCallbackStart: {
        std::uint32_t item = m_popped;
        m_popped = kNone;
        if (item == kNone) {
          item = make(text, text == "main script" ? ItemKind::kMainScript : ItemKind::kOther);
        }
        if (event.source != 0) m_items[item].source = event.source;
        emit(OpKind::kStart, List::kTicks, item);
        break;
      }
      case TraceKind::kCallbackEnd:
        emit(OpKind::kEnd, List::kTicks, kNone);
        break;
      case TraceKind::kQueuePush:
        push(state, text);
        break;
      case TraceKind::kQueuePop:
        pop(state, text);
        break;
      case TraceKind::kTimerArmed:
        armed(state, text);
        break;
      case TraceKind::kTimerCleared: {
        const std::uint32_t item = find(state, List::kTimers, text, -1);
        if (item != kNone) emit(OpKind::kRemove, List::kTimers, item);
        break;
      }
      case TraceKind::kTimerFired: {
        const std::size_t at = text.rfind(" (due at ");
        const std::string_view label = text.substr(0, at);
        const Nanos due = millis_after(text, " (due at ");
        std::uint32_t item = find(state, List::kTimers, label, due);
        if (item == kNone) item = find(state, List::kTimers, label, -1);
        if (item == kNone) {
          item = make(label, ItemKind::kTimer);
        } else {
          emit(OpKind::kRemove, List::kTimers, item);
        }
        m_popped = item;
        m_last_fired = item;
        break;
      }
      case TraceKind::kPoolQueued: {
        const std::uint32_t item = make(text, ItemKind::kPool);
        emit(OpKind::kAdd, List::kPoolQueue, item);
        break;
      }
      case TraceKind::kPoolStarted: {
        const std::size_t slot = slot_of(event.thread);
        std::uint32_t item = find(state, List::kPoolQueue, text, -1);
        if (item == kNone) {
          item = make(text, ItemKind::kPool);
        } else {
          emit(OpKind::kRemove, List::kPoolQueue, item);
        }
        m_items[item].pool_started = event.time;
        emit(OpKind::kPoolStart, List::kPoolQueue, item, static_cast<std::int64_t>(slot));
        break;
      }
      case TraceKind::kPoolFinished: {
        const std::size_t slot = slot_of(event.thread);
        const std::uint32_t item = slot < state.pool.size() ? state.pool[slot].item : kNone;
        if (item != kNone) {
          m_items[item].pool_finished = event.time;
          m_pool_done.push_back(item);
        }
        emit(OpKind::kPoolFinish, List::kPoolQueue, item, static_cast<std::int64_t>(slot));
        break;
      }
      case TraceKind::kHandleClose: {
        // The close phase takes the latest closed handle first.
        const auto& closing = state.lists[list_index(List::kClosing)];
        for (auto it = closing.rbegin(); it != closing.rend(); ++it) {
          if (m_items[it->item].match_label == text) {
            emit(OpKind::kRemove, List::kClosing, it->item);
            break;
          }
        }
        break;
      }
      case TraceKind::kQueueLength: {
        // clearImmediate is seen only as a shorter queue: take the latest immediates as cleared.
        if (text != "immediates") break;
        const auto& immediates = state.lists[list_index(List::kImmediates)];
        const auto wanted = static_cast<std::size_t>(std::max<std::int64_t>(0, event.value));
        for (std::size_t n = immediates.size(); n > wanted; --n) {
          emit(OpKind::kRemove, List::kImmediates, immediates[n - 1].item);
        }
        break;
      }
      case TraceKind::kPollWait:
        emit(OpKind::kPollWait, List::kTicks, kNone);
        break;
      case TraceKind::kProcessExit: {
        int code = 1;
        if (text.starts_with("code ")) {
          std::from_chars(text.data() + 5, text.data() + text.size(), code);
        }
        emit(OpKind::kExit, List::kTicks, kNone, code);
        break;
      }
      default:
        break;
    }
  }

  std::size_t pool_slots() const { return m_pool_threads.size(); }

 private:
  void emit(OpKind kind, List list, std::uint32_t item, std::int64_t value = 0) {
    m_ops.push_back(Index::Op{kind, list, item, value});
  }

  std::uint32_t make(std::string_view label, ItemKind kind) {
    m_items.push_back(Index::Item{std::string(label), std::string(label), 0, kind, -1, -1});
    return static_cast<std::uint32_t>(m_items.size() - 1);
  }

  // The first item of a list with this label (and due time, unless -1).
  std::uint32_t find(const Index::State& state, List list, std::string_view label, Nanos due) const {
    for (const Index::Entry& entry : state.lists[list_index(list)]) {
      if (m_items[entry.item].match_label == label && (due < 0 || entry.due == due)) return entry.item;
    }
    return kNone;
  }

  std::size_t slot_of(ThreadId thread) {
    auto found = std::find(m_pool_threads.begin(), m_pool_threads.end(), thread);
    if (found == m_pool_threads.end()) {
      m_pool_threads.push_back(thread);  // a pool thread the names did not announce
      return m_pool_threads.size() - 1;
    }
    return static_cast<std::size_t>(found - m_pool_threads.begin());
  }

  void push(const Index::State& state, std::string_view text) {
    std::string_view queue;
    std::string_view label;
    if (!split_queue(text, " <- ", queue, label)) return;
    if (queue == "nextTick") {
      emit(OpKind::kAdd, List::kTicks, make(label, ItemKind::kTick));
    } else if (queue == "microtasks") {
      emit(OpKind::kAdd, List::kMicrotasks, make(label, ItemKind::kMicrotask));
    } else if (queue == "immediates") {
      emit(OpKind::kAdd, List::kImmediates, make(label, ItemKind::kImmediate));
    } else if (queue == "awaiting I/O") {
      emit(OpKind::kAdd, List::kPending, make(label, ItemKind::kIo));
    } else if (queue == "closing") {
      emit(OpKind::kAdd, List::kClosing, make(label, ItemKind::kClosing));
    } else if (queue == "completed") {
      completed(state, label);
    }
  }

  // A request's callback is ready for poll: a finished pool task's, or an awaited I/O's.
  void completed(const Index::State& state, std::string_view label) {
    for (auto it = m_pool_done.begin(); it != m_pool_done.end(); ++it) {
      const std::uint32_t item = *it;
      if (!extends(label, m_items[item].match_label)) continue;
      m_pool_done.erase(it);
      m_items[item].label = std::string(label);
      m_items[item].match_label = std::string(label);
      emit(OpKind::kAdd, List::kPending, item, 1);
      return;
    }
    for (const Index::Entry& entry : state.lists[list_index(List::kPending)]) {
      if (entry.ready || !extends(label, m_items[entry.item].match_label)) continue;
      m_items[entry.item].label = std::string(label);
      m_items[entry.item].match_label = std::string(label);
      emit(OpKind::kReady, List::kPending, entry.item);
      return;
    }
    emit(OpKind::kAdd, List::kPending, make(label, ItemKind::kIo), 1);
  }

  void pop(const Index::State& state, std::string_view text) {
    std::string_view queue;
    std::string_view label;
    if (!split_queue(text, " -> ", queue, label)) return;
    List list = List::kTicks;
    ItemKind kind = ItemKind::kOther;
    if (queue == "nextTick") {
      list = List::kTicks, kind = ItemKind::kTick;
    } else if (queue == "microtasks") {
      list = List::kMicrotasks, kind = ItemKind::kMicrotask;
    } else if (queue == "immediates") {
      list = List::kImmediates, kind = ItemKind::kImmediate;
    } else if (queue == "completed") {
      list = List::kPending, kind = ItemKind::kIo;
    } else {
      // The closing queue's item left with its handle's close; rejections are never pushed.
      m_popped = make(label, queue == "closing" ? ItemKind::kClosing : ItemKind::kRejection);
      return;
    }
    std::uint32_t item = kNone;
    for (const Index::Entry& entry : state.lists[list_index(list)]) {
      if (m_items[entry.item].match_label != label) continue;
      if (list == List::kPending && !entry.ready) continue;
      item = entry.item;
      break;
    }
    if (item == kNone) {
      item = make(label, kind);
    } else {
      emit(OpKind::kRemove, list, item);
    }
    m_popped = item;
  }

  void armed(const Index::State& state, std::string_view text) {
    const Nanos due = millis_after(text, ", due at ");
    std::string_view head = text.substr(0, text.rfind(", due at "));
    std::uint32_t item = kNone;
    if (head.ends_with(" again")) {  // an interval re-armed after its callback
      head.remove_suffix(6);
      if (m_last_fired != kNone && m_items[m_last_fired].match_label == head) item = m_last_fired;
    } else if (head.ends_with(" refreshed")) {
      head.remove_suffix(10);
      item = find(state, List::kTimers, head, -1);
      if (item == kNone && m_last_fired != kNone && m_items[m_last_fired].match_label == head) {
        item = m_last_fired;
      }
    } else {
      const std::size_t at = head.rfind(" for ");
      if (at != std::string_view::npos) head = head.substr(0, at);
    }
    if (item == kNone) item = make(head, ItemKind::kTimer);
    emit(OpKind::kTimerSet, List::kTimers, item, due);
  }

  std::vector<Index::Item>& m_items;
  std::vector<Index::Op>& m_ops;
  std::vector<ThreadId> m_pool_threads;
  std::uint32_t m_popped = kNone;         // taken off its queue; the next callback start is its
  std::uint32_t m_last_fired = kNone;     // the latest timer fired (an interval re-arms it)
  std::deque<std::uint32_t> m_pool_done;  // finished pool tasks whose completion is not queued yet
};

void remove_item(std::deque<Index::Entry>& list, std::uint32_t item) {
  auto found = std::find_if(list.begin(), list.end(), [&](const Index::Entry& e) { return e.item == item; });
  if (found != list.end()) list.erase(found);
}

}  // namespace

const char* to_string(LoopPhase phase) {
  switch (phase) {
    case LoopPhase::kStarting:
      return "starting";
    case LoopPhase::kMainScript:
      return "main script";
    case LoopPhase::kTimers:
      return "timers";
    case LoopPhase::kPending:
      return "pending";
    case LoopPhase::kIdlePrepare:
      return "idle, prepare";
    case LoopPhase::kPoll:
      return "poll";
    case LoopPhase::kCheck:
      return "check";
    case LoopPhase::kClose:
      return "close";
    case LoopPhase::kBetween:
      return "between phases";
    case LoopPhase::kBeforeExit:
      return "beforeExit";
    case LoopPhase::kExit:
      return "exit";
    case LoopPhase::kExited:
      return "exited";
    case LoopPhase::kOther:
      return "other";
  }
  return "other";
}

LoopStateIndex::LoopStateIndex(const Trace& trace, std::size_t checkpoint_every)
    : m_checkpoint_every(std::max<std::size_t>(1, checkpoint_every)) {
  const auto& events = trace.events();
  m_times.reserve(events.size());
  for (const TraceEvent& event : events) m_times.push_back(event.time);
  for (Cursor step{0};; step = next_step(trace, step)) {
    m_steps.push_back(static_cast<std::uint32_t>(step.event));
    if (step == end_of(trace)) break;
  }
  std::vector<ThreadId> pool_threads;
  const auto& names = trace.thread_names();
  for (std::size_t id = 0; id < names.size(); ++id) {
    if (names[id].find(":pool") != std::string::npos) pool_threads.push_back(static_cast<ThreadId>(id));
  }
  Resolver resolver(m_items, m_ops, pool_threads);
  State state;
  state.pool.resize(pool_threads.size());
  m_op_begin.reserve(events.size() + 1);
  m_ops.reserve(events.size());
  m_checkpoints.reserve(events.size() / m_checkpoint_every + 1);
  m_op_begin.push_back(0);
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (i % m_checkpoint_every == 0) m_checkpoints.push_back(state);
    resolver.resolve(state, events[i]);
    const TraceKind kind = events[i].kind;
    if (kind == TraceKind::kPhase || kind == TraceKind::kPollWait || kind == TraceKind::kProcessExit) {
      m_texts.emplace_back(static_cast<std::uint32_t>(i), events[i].text);
    }
    m_op_begin.push_back(static_cast<std::uint32_t>(m_ops.size()));
    apply(state, static_cast<std::uint32_t>(i));
  }
  if (events.size() % m_checkpoint_every == 0) m_checkpoints.push_back(state);
  // Name every pool thread, announced or found on the way.
  const std::size_t slots = resolver.pool_slots();
  for (std::size_t s = 0; s < slots; ++s) {
    m_pool_names.push_back(s < pool_threads.size() && pool_threads[s] < names.size()
                               ? names[pool_threads[s]]
                               : "pool " + std::to_string(s + 1));
  }
}

void LoopStateIndex::apply(State& state, std::uint32_t event) const {
  for (std::uint32_t k = m_op_begin[event]; k < m_op_begin[event + 1]; ++k) {
    const Op& op = m_ops[k];
    auto& list = state.lists[list_index(op.list)];
    // Poll stops waiting when anything else happens on the loop.
    if (op.kind == OpKind::kPhase || op.kind == OpKind::kPhaseEnd || op.kind == OpKind::kStart ||
        op.kind == OpKind::kExit) {
      state.wait_event = kNone;
    }
    switch (op.kind) {
      case OpKind::kPhase:
        state.phase = static_cast<LoopPhase>(op.value);
        state.phase_event = event;
        state.phase_since = event;
        if (in_wheel(state.phase)) state.loop_started = true;
        break;
      case OpKind::kPhaseEnd:
        state.phase = LoopPhase::kBetween;
        state.phase_since = event;
        if (op.value == 1) state.loop_started = true;  // the main script's phase is over
        break;
      case OpKind::kStart:
        state.running = op.item;
        state.running_since = event;
        break;
      case OpKind::kEnd:
        state.running = kNone;
        break;
      case OpKind::kAdd:
        list.push_back(Entry{op.item, event, -1, op.value == 1});
        break;
      case OpKind::kRemove:
        remove_item(list, op.item);
        break;
      case OpKind::kReady:
        for (Entry& entry : list) {
          if (entry.item == op.item) entry.ready = true, entry.since = event;
        }
        break;
      case OpKind::kTimerSet: {
        remove_item(list, op.item);
        // By due time; a timer armed later goes after those due at the same time.
        const auto at = std::upper_bound(list.begin(), list.end(), op.value,
                                         [](Nanos due, const Entry& e) { return due < e.due; });
        list.insert(at, Entry{op.item, event, op.value, false});
        break;
      }
      case OpKind::kPoolStart: {
        const auto slot = static_cast<std::size_t>(op.value);
        if (slot >= state.pool.size()) state.pool.resize(slot + 1);
        state.pool[slot] = Slot{op.item, event};
        break;
      }
      case OpKind::kPoolFinish: {
        const auto slot = static_cast<std::size_t>(op.value);
        if (slot >= state.pool.size()) state.pool.resize(slot + 1);
        state.pool[slot] = Slot{kNone, event};
        break;
      }
      case OpKind::kPollWait:
        state.wait_event = event;
        break;
      case OpKind::kExit:
        state.exited = true;
        state.exit_code = static_cast<int>(op.value);
        state.exit_event = event;
        state.phase = LoopPhase::kExited;
        state.phase_since = event;
        state.running = kNone;
        break;
    }
  }
}

const std::string& LoopStateIndex::text_of(std::uint32_t event) const {
  static const std::string kEmpty;
  const auto found = std::lower_bound(m_texts.begin(), m_texts.end(), event,
                                      [](const auto& entry, std::uint32_t e) { return entry.first < e; });
  return found != m_texts.end() && found->first == event ? found->second : kEmpty;
}

LoopSnapshot LoopStateIndex::at(Cursor cursor) const {
  const std::size_t end = std::min(cursor.event, m_times.size());
  return snapshot(Cursor{end}, end == 0 ? 0 : m_times[end - 1]);
}

LoopSnapshot LoopStateIndex::at_time(Nanos time) const {
  // As cursor_at_time: every event at or before `time` has happened.
  const auto later = std::upper_bound(m_times.begin(), m_times.end(), time);
  const auto end = static_cast<std::size_t>(later - m_times.begin());
  return snapshot(Cursor{end}, std::max(time, end == 0 ? Nanos{0} : m_times[end - 1]));
}

LoopSnapshot LoopStateIndex::snapshot(Cursor cursor, Nanos time) const {
  const std::size_t end = std::min(cursor.event, m_times.size());
  const std::size_t checkpoint = std::min(end / m_checkpoint_every, m_checkpoints.size() - 1);
  State state = m_checkpoints[checkpoint];
  for (std::size_t i = checkpoint * m_checkpoint_every; i < end; ++i)
    apply(state, static_cast<std::uint32_t>(i));

  LoopSnapshot snapshot;
  snapshot.cursor = Cursor{end};
  // The last step: from the latest step position before the cursor (previous_step, precomputed).
  const auto step = std::lower_bound(m_steps.begin(), m_steps.end(), static_cast<std::uint32_t>(end));
  snapshot.step_begin = Cursor{step == m_steps.begin() ? 0 : *(step - 1)};
  const std::size_t begin = snapshot.step_begin.event;
  const auto changed = [&](std::uint32_t since) { return since != kNone && since >= begin && since < end; };
  snapshot.time = time;
  snapshot.phase = state.phase;
  snapshot.phase_name = state.phase == LoopPhase::kOther && state.phase_event != kNone
                            ? text_of(state.phase_event)
                            : to_string(state.phase);
  snapshot.phase_changed = changed(state.phase_since);
  if (state.wait_event != kNone) snapshot.waiting = text_of(state.wait_event);
  snapshot.exited = state.exited;
  snapshot.in_loop = state.loop_started && !state.exited && state.phase != LoopPhase::kBeforeExit &&
                     state.phase != LoopPhase::kExit;
  snapshot.exit_code = state.exit_code;
  if (state.exit_event != kNone) snapshot.exit_text = text_of(state.exit_event);

  const auto item_view = [&](std::uint32_t item, std::uint32_t since) {
    const Item& info = m_items[item];
    LoopItem view;
    view.label = info.label;
    view.source = info.source;
    view.kind = info.kind;
    view.since = m_times[since];
    view.changed = changed(since);
    return view;
  };
  if (state.running != kNone) snapshot.running = item_view(state.running, state.running_since);

  const auto queue_view = [&](List list, QueueView& out) {
    const auto& entries = state.lists[list_index(list)];
    out.size = entries.size();
    const std::size_t shown = std::min(entries.size(), QueueView::kMaxShown);
    out.items.reserve(shown);
    for (std::size_t k = 0; k < shown; ++k) {
      LoopItem view = item_view(entries[k].item, entries[k].since);
      view.due = entries[k].due;
      view.ready = entries[k].ready;
      out.items.push_back(std::move(view));
    }
  };
  queue_view(List::kTicks, snapshot.ticks);
  queue_view(List::kMicrotasks, snapshot.microtasks);
  queue_view(List::kTimers, snapshot.timers);
  queue_view(List::kImmediates, snapshot.immediates);
  queue_view(List::kPending, snapshot.pending_io);
  queue_view(List::kClosing, snapshot.closing);
  queue_view(List::kPoolQueue, snapshot.pool_queue);

  snapshot.pool.resize(m_pool_names.size());
  for (std::size_t s = 0; s < snapshot.pool.size(); ++s) {
    PoolThreadView& view = snapshot.pool[s];
    view.name = m_pool_names[s];
    const Slot slot = s < state.pool.size() ? state.pool[s] : Slot{};
    view.changed = changed(slot.since);
    if (slot.item == kNone) continue;
    const Item& info = m_items[slot.item];
    view.busy = true;
    view.task = item_view(slot.item, slot.since);
    view.started = info.pool_started;
    view.finishes = info.pool_finished;
    if (view.finishes > view.started) {
      const double done = static_cast<double>(snapshot.time - view.started) /
                          static_cast<double>(view.finishes - view.started);
      view.progress = std::clamp(done, 0.0, 1.0);
    } else if (view.finishes == view.started) {
      view.progress = 1.0;
    }
  }
  return snapshot;
}

}  // namespace looplab::view
