#include "core/node/thread_pool.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "core/base/check.h"

namespace looplab::node {

int ThreadPool::size_from_env(const char* value) {
  // threadpool.c init_threads(): nthreads (unsigned) = atoi(getenv("UV_THREADPOOL_SIZE")) when set;
  // 0 (also "" or "abc") becomes 1; more than 1024 — including negatives, which wrap around as
  // unsigned — becomes 1024.
  if (value == nullptr) return kDefaultSize;
  const long parsed = std::strtol(value, nullptr, 10);
  if (parsed == 0) return 1;
  if (parsed < 0) return kMaxSize;
  return static_cast<int>(std::min<long>(parsed, kMaxSize));
}

ThreadPool::ThreadPool(Simulation& simulation, Machine& machine, Trace& trace, std::string process_name,
                       int size)
    : m_simulation(simulation),
      m_machine(machine),
      m_trace(trace),
      m_process_name(std::move(process_name)),
      m_size(std::clamp(size, 1, kMaxSize)) {}

void ThreadPool::start_threads() {
  for (int i = 0; i < m_size; ++i) {
    Thread thread;
    thread.id = m_machine.add_thread(m_process_name + " pool " + std::to_string(i + 1), *this);
    m_trace.set_thread_name(thread.id, m_process_name + ":pool" + std::to_string(i + 1));
    m_threads.push_back(std::move(thread));
  }
}

void ThreadPool::submit(PoolWork work) {
  if (m_threads.empty()) start_threads();  // uv_once(init_once) on first use
  m_queue.push_back(std::move(work));
  dispatch();
}

void ThreadPool::dispatch() {
  const int slow_io_limit = (m_size + 1) / 2;
  for (int index = 0; index < m_size && !m_queue.empty(); ++index) {
    Thread& thread = m_threads[index];
    if (thread.busy) continue;
    // First queued item this thread may take: slow I/O waits while its share of threads is in use.
    auto next = std::find_if(m_queue.begin(), m_queue.end(), [&](const PoolWork& work) {
      return !work.slow_io || m_slow_io_running < slow_io_limit;
    });
    if (next == m_queue.end()) return;
    thread.work = std::move(*next);
    m_queue.erase(next);
    thread.busy = true;
    ++m_busy;
    if (thread.work.slow_io) ++m_slow_io_running;
    m_trace.add_lazy(m_simulation.now(), thread.id, TraceKind::kPoolStarted,
                     [&] { return thread.work.label; });
    if (thread.work.latency > 0) {
      m_simulation.schedule_after(thread.work.latency, *this, static_cast<std::uint64_t>(index));
    } else {
      m_machine.start_burst(thread.id, thread.work.cpu);
    }
  }
}

void ThreadPool::on_event(std::uint64_t data) {
  const int index = static_cast<int>(data);
  m_machine.start_burst(m_threads[index].id, m_threads[index].work.cpu);
}

void ThreadPool::on_burst_done(ThreadId thread) {
  // The pool's threads were added to the machine one after the other: ids are consecutive.
  const auto index = static_cast<int>(thread - m_threads.front().id);
  LOOPLAB_CHECK(index >= 0 && index < m_size && m_threads[index].id == thread,
                "a burst finished on a thread the pool does not own");
  complete(index);
}

void ThreadPool::complete(int index) {
  Thread& thread = m_threads[index];
  m_trace.add_lazy(m_simulation.now(), thread.id, TraceKind::kPoolFinished,
                   [&] { return thread.work.label; });
  const std::uint64_t token = thread.work.token;
  if (thread.work.slow_io) --m_slow_io_running;
  thread.busy = false;
  --m_busy;
  dispatch();  // the freed thread takes the next item at once (worker loop in threadpool.c)
  if (m_owner != nullptr) m_owner->on_work_done(token);
}

}  // namespace looplab::node
