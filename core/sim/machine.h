// The machine: C CPU cores shared by every simulated thread.
//
// Every thread that computes — a process's JS thread, each thread-pool thread, later worker
// threads, child processes and GC helpers — asks the machine for CPU time in bursts ("run this
// thread for 3 ms of CPU work"). When more threads are busy than there are cores, each runs slower,
// so that the machine never does more than C cores' worth of work per unit of time.
//
// Model: processor sharing. With n busy threads and C cores, every busy thread progresses at rate
// min(1, C / n). Real schedulers time-slice instead, but over the millisecond scale of a lesson the
// two agree on throughput and on each thread's share, and processor sharing needs no quantum knob
// and stays exact when threads start and stop at arbitrary nanoseconds.
//
// How (GPS virtual time): since all busy threads share one rate, one "work clock" W — the CPU work
// a single busy thread has received since the start — describes them all. A burst started at W0
// with cost w finishes when W reaches W0 + w. Busy threads wait in a heap ordered by that finish
// value, and only the earliest finish is an event in the simulation; when the number of busy
// threads changes, W is brought up to date and that one event is moved. O(log n) per change.
//
// W counts CPU work in 1/1024 ns so that the slowed-down rate C/n loses almost nothing to integer
// rounding; integers keep the result identical natively and in wasm.
#pragma once

#include <cstdint>
#include <optional>
#include <queue>
#include <string>
#include <vector>

#include "core/sim/simulation.h"
#include "core/sim/thread_id.h"

namespace looplab {

class Trace;

class Machine final : private EventSink {
 public:
  // Told when a thread's burst is done. It may start the thread's next burst from there.
  class Client {
   public:
    virtual void on_burst_done(ThreadId thread) = 0;

   protected:
    ~Client() = default;
  };

  static constexpr int kDefaultCores = 4;
  static constexpr int kMaxCores = 1024;

  struct ThreadStats {
    Nanos busy = 0;            // virtual time spent in completed bursts (stretched by contention)
    Nanos cpu = 0;             // CPU work done in completed bursts
    std::uint64_t bursts = 0;  // completed bursts
  };

  // `cores` must be 1..kMaxCores.
  Machine(Simulation& simulation, int cores = kDefaultCores);

  int cores() const { return m_cores; }

  // Records CPU contention into `trace`: an event each time the number of busy threads changes
  // while it is, or was, above the number of cores (nothing at all on an uncontended machine).
  void set_trace(Trace* trace) { m_trace = trace; }

  ThreadId add_thread(std::string name, Client& client);
  std::size_t thread_count() const { return m_threads.size(); }
  const std::string& thread_name(ThreadId thread) const { return m_threads[thread].name; }

  // Runs `thread` for `cpu` nanoseconds of CPU work (>= 0). The thread must be idle.
  void start_burst(ThreadId thread, Nanos cpu);

  // The same burst, completed at once when that changes nothing: if the thread gets a whole core
  // (no contention, even counting it) and neither another thread's burst nor any other event comes
  // before its end, virtual time moves to its end (Simulation::try_advance_to) and this returns true;
  // the client is not called back. Otherwise it returns false and nothing happened: the caller
  // uses start_burst. Same result as start_burst, without an event per burst — this is what lets a
  // JS thread run a chain of short callbacks quickly.
  bool try_run_burst_now(ThreadId thread, Nanos cpu);

  bool busy(ThreadId thread) const { return m_threads[thread].busy; }
  int busy_threads() const { return static_cast<int>(m_running.size()); }
  const ThreadStats& stats(ThreadId thread) const { return m_threads[thread].stats; }

 private:
  static constexpr std::int64_t kTicksPerNano = 1024;

  struct Thread {
    std::string name;
    Client* client = nullptr;
    bool busy = false;
    Nanos burst_start = 0;  // virtual time the current burst started
    Nanos burst_cpu = 0;    // its CPU cost
    ThreadStats stats;
  };

  struct Running {
    std::int64_t finish;  // work clock value at which the burst is done
    std::uint64_t order;  // start order: ties finish in the order they started
    ThreadId thread;
  };
  // Puts the earliest (finish, order) on top of a std::priority_queue.
  struct FinishesLater {
    bool operator()(const Running& a, const Running& b) const {
      return a.finish != b.finish ? a.finish > b.finish : a.order > b.order;
    }
  };

  void on_event(std::uint64_t data) override;
  void advance_work_clock();
  void schedule_next_finish();
  void note_contention(ThreadId thread, std::size_t busy_before);

  Simulation& m_simulation;
  Trace* m_trace = nullptr;
  int m_cores;
  std::vector<Thread> m_threads;
  std::priority_queue<Running, std::vector<Running>, FinishesLater> m_running;
  std::int64_t m_work_clock = 0;  // W, in ticks
  Nanos m_work_clock_time = 0;    // virtual time W was last brought up to date
  std::uint64_t m_next_order = 0;
  std::optional<EventSeq> m_finish_event;  // the one pending event: earliest finish
  Nanos m_finish_time = 0;                 // its time
  bool m_dispatching = false;              // inside on_event: reschedule once at the end
  std::vector<ThreadId> m_done;            // bursts finished by the current event
  std::size_t m_done_delivered = 0;        // how many of them have been handed to their client
};

}  // namespace looplab
