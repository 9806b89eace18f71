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

namespace {

// splitmix64's finaliser: a well-mixed 64-bit value from (seed, token), the sort key of a shuffle.
std::uint64_t mix(std::uint64_t seed, std::uint64_t token) {
  std::uint64_t z = seed + token * 0x9E3779B97F4A7C15u;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
  return z ^ (z >> 31);
}

}  // namespace

ThreadPool::ThreadPool(Simulation& simulation, Machine& machine, Trace& trace, std::string process_name,
                       int size, std::uint64_t tiebreak_seed)
    : m_simulation(simulation),
      m_machine(machine),
      m_trace(trace),
      m_process_name(std::move(process_name)),
      m_size(std::clamp(size, 1, kMaxSize)),
      m_tiebreak_seed(tiebreak_seed) {}

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
    if (m_tiebreak_seed != 0) {
      // A seeded factor of 800..1200 per mille: this run's jitter of this job.
      const auto per_mille = static_cast<Nanos>(800 + mix(~m_tiebreak_seed, thread.work.token) % 401);
      thread.work.latency = thread.work.latency * per_mille / 1000;
      thread.work.cpu = thread.work.cpu * per_mille / 1000;
    }
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
  if (data == kFlushTies) {
    flush_ties();
    return;
  }
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
  if (m_tiebreak_seed == 0) {
    if (m_owner != nullptr) m_owner->on_work_done(token);
    return;
  }
  // Wait until every job finishing at this instant is known: events already queued for now run
  // before the flush, which is scheduled after them.
  m_ties.push_back(token);
  if (!m_flush_scheduled) {
    m_flush_scheduled = true;
    m_simulation.schedule_after(0, *this, kFlushTies);
  }
}

void ThreadPool::flush_ties() {
  m_flush_scheduled = false;
  std::vector<std::uint64_t> ties;
  ties.swap(m_ties);
  // Tokens are unique, so the keys order them fully; ties of the key fall back to the token.
  std::sort(ties.begin(), ties.end(), [&](std::uint64_t a, std::uint64_t b) {
    const std::uint64_t key_a = mix(m_tiebreak_seed, a);
    const std::uint64_t key_b = mix(m_tiebreak_seed, b);
    return key_a != key_b ? key_a < key_b : a < b;
  });
  for (const std::uint64_t token : ties) {
    if (m_owner != nullptr) m_owner->on_work_done(token);
  }
}

}  // namespace looplab::node
