// libuv's thread pool (src/threadpool.c), one per process.
//
// Work is queued FIFO and taken by the first free thread. The threads start on first use, as libuv
// starts them in init_once(), which is also when UV_THREADPOOL_SIZE is read: default 4, 0 means 1,
// capped at 1024 (MAX_THREADPOOL_SIZE). "Slow I/O" work (getaddrinfo for dns.lookup) may occupy at
// most (size + 1) / 2 threads, so that DNS cannot starve file system work.
//
// A work item waits `latency` (blocked in a syscall: the disk, the network — no CPU), then does
// `cpu` of CPU work on its thread, shared with every other thread of the machine. When it is done
// the owner hears of it at that virtual time; libuv would uv_async_send the loop, which runs the
// callback in its poll phase.
//
// Jobs of equal cost finish in the order they started, a few nanoseconds or microseconds apart (or
// at the very same instant). On a real machine the scheduler and the disk decide that order afresh
// each run. A non-zero tie-break seed models this, for --orders (core/scenario/orders.h):
//   - each job's latency and CPU cost are scaled by a seeded factor from 0.8 to 1.2 (the run-to-run
//     jitter of real work), so jobs of equal cost finish in a seeded order;
//   - jobs that still finish at one instant are handed to the owner in a seeded order, once every
//     completion at that instant is known (an event at the same time, scheduled after them).
// Seed 0 keeps the costs and the first-in-first-out order exactly.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "core/node/js_job.h"
#include "core/sim/machine.h"
#include "core/sim/simulation.h"
#include "core/trace/trace.h"

namespace looplab::node {

class ThreadPool final : private Machine::Client, private EventSink {
 public:
  class Owner {
   public:
    virtual void on_work_done(std::uint64_t token) = 0;

   protected:
    ~Owner() = default;
  };

  static constexpr int kDefaultSize = 4;
  static constexpr int kMaxSize = 1024;

  // UV_THREADPOOL_SIZE as libuv reads it: unset means 4; 0 or unparsable means 1; capped at 1024.
  static int size_from_env(const char* value);

  ThreadPool(Simulation& simulation, Machine& machine, Trace& trace, std::string process_name, int size,
             std::uint64_t tiebreak_seed = 0);

  void submit(PoolWork work);
  // Who hears of finished work (NodeProcess sets itself; tests may set another owner).
  void set_owner(Owner& owner) { m_owner = &owner; }

  int size() const { return m_size; }
  std::size_t queued() const { return m_queue.size(); }
  int busy() const { return m_busy; }
  bool started() const { return !m_threads.empty(); }
  std::uint64_t tiebreak_seed() const { return m_tiebreak_seed; }
  ThreadId thread(int index) const { return m_threads[index].id; }

 private:
  struct Thread {
    ThreadId id = 0;
    bool busy = false;
    PoolWork work;
  };

  void start_threads();
  void dispatch();  // hands queued work to free threads
  void on_burst_done(ThreadId thread) override;
  void on_event(std::uint64_t data) override;  // a work item's latency is over, or kFlushTies
  void complete(int index);
  void flush_ties();  // hands the jobs that finished at this instant to the owner, shuffled

  // The on_event data of the tie flush (other events carry a thread index).
  static constexpr std::uint64_t kFlushTies = ~std::uint64_t{0};

  Simulation& m_simulation;
  Machine& m_machine;
  Trace& m_trace;
  std::string m_process_name;
  int m_size;
  Owner* m_owner = nullptr;
  std::vector<Thread> m_threads;
  std::deque<PoolWork> m_queue;
  int m_busy = 0;
  int m_slow_io_running = 0;
  std::uint64_t m_tiebreak_seed = 0;  // 0: FIFO
  std::vector<std::uint64_t> m_ties;  // tokens finished at this instant, not yet reported
  bool m_flush_scheduled = false;

  friend class NodeProcess;  // sets the owner
};

}  // namespace looplab::node
