// The thread pool's tie-break seed, which --orders varies: jobs finishing at the same instant are
// reported in a seeded order; seed 0 keeps the order they started in.
#include <algorithm>
#include <cstdint>
#include <set>
#include <vector>

#include "core/node/thread_pool.h"
#include "doctest/doctest.h"

using looplab::kNanosPerMilli;
using looplab::Machine;
using looplab::Nanos;
using looplab::Simulation;
using looplab::Trace;
using looplab::node::PoolWork;
using looplab::node::ThreadPool;

namespace {

class Recorder final : public ThreadPool::Owner {
 public:
  void on_work_done(std::uint64_t token) override { tokens.push_back(token); }
  std::vector<std::uint64_t> tokens;
};

// Submits a 1 ms job, with the event's data as its token, when its event comes.
class Submitter final : public looplab::EventSink {
 public:
  explicit Submitter(ThreadPool& pool) : m_pool(pool) {}
  void on_event(std::uint64_t token) override {
    PoolWork work;
    work.label = "job";
    work.cpu = kNanosPerMilli;
    work.token = token;
    m_pool.submit(work);
  }

 private:
  ThreadPool& m_pool;
};

// Submits one job per cost (token = its position, from 1) and returns the order they were reported.
std::vector<std::uint64_t> finish_order(std::uint64_t seed, const std::vector<Nanos>& costs) {
  Simulation simulation;
  Machine machine(simulation, 8);
  Trace trace;
  ThreadPool pool(simulation, machine, trace, "main", 4, seed);
  Recorder recorder;
  pool.set_owner(recorder);
  for (std::size_t i = 0; i < costs.size(); ++i) {
    PoolWork work;
    work.label = "job";
    work.cpu = costs[i];
    work.token = i + 1;
    pool.submit(work);
  }
  simulation.run();
  return recorder.tokens;
}

constexpr Nanos ms = kNanosPerMilli;

}  // namespace

TEST_CASE("pool jobs finishing together are reported first in first out with seed 0") {
  CHECK(finish_order(0, {ms, ms, ms, ms}) == std::vector<std::uint64_t>{1, 2, 3, 4});
}

TEST_CASE("a tie-break seed shuffles the jobs that finish at one instant, the same way every time") {
  std::set<std::vector<std::uint64_t>> orders;
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    CAPTURE(seed);
    const std::vector<std::uint64_t> order = finish_order(seed, {ms, ms, ms, ms});
    CHECK(order == finish_order(seed, {ms, ms, ms, ms}));
    std::vector<std::uint64_t> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<std::uint64_t>{1, 2, 3, 4});  // every job, once
    orders.insert(order);
  }
  CHECK(orders.size() >= 4);  // eight seeds give several orders, not just FIFO
}

TEST_CASE("a tie-break seed does not reorder jobs whose costs differ by more than its jitter") {
  // The jitter scales each cost by 0.8 to 1.2: 1 ms ends by 1.2 ms, 2 ms between 1.6 and 2.4 ms.
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    CAPTURE(seed);
    CHECK(finish_order(seed, {4 * ms, ms, 2 * ms}) == std::vector<std::uint64_t>{2, 3, 1});
  }
}

TEST_CASE("a tie-break seed reorders equal jobs started a little apart") {
  // Jobs of 1 ms submitted 1 us apart: FIFO with seed 0, several orders over eight seeds.
  std::set<std::vector<std::uint64_t>> orders;
  for (std::uint64_t seed = 0; seed <= 8; ++seed) {
    Simulation simulation;
    Machine machine(simulation, 8);
    Trace trace;
    ThreadPool pool(simulation, machine, trace, "main", 4, seed);
    Recorder recorder;
    pool.set_owner(recorder);
    Submitter submitter(pool);
    for (std::uint64_t token = 1; token <= 3; ++token)
      simulation.schedule_at(Nanos(token) * 1'000, submitter, token);
    simulation.run();
    if (seed == 0) CHECK(recorder.tokens == std::vector<std::uint64_t>{1, 2, 3});
    orders.insert(recorder.tokens);
  }
  CHECK(orders.size() >= 3);
}
