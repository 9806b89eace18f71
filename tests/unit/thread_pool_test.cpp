// The thread pool: size rules, FIFO waves, CPU sharing with the machine, completions in poll.
#include "core/node/thread_pool.h"

#include <string>
#include <vector>

#include "core/node/node_process.h"
#include "core/node/script.h"
#include "doctest/doctest.h"
#include "oracle.h"

using looplab::kNanosPerMilli;
using looplab::Machine;
using looplab::Nanos;
using looplab::Simulation;
using looplab::Trace;
using looplab::node::NodeProcess;
using looplab::node::ProcessOptions;
using looplab::node::Script;
using looplab::node::ThreadPool;

namespace {

constexpr Nanos ms = kNanosPerMilli;

// Output lines of a run, each prefixed with the virtual time in whole milliseconds.
std::vector<std::string> timed(const NodeProcess& process) {
  std::vector<std::string> lines;
  for (const auto& line : process.output()) {
    lines.push_back(std::to_string(line.time / ms) + " " + line.text);
  }
  return lines;
}

}  // namespace

TEST_CASE("UV_THREADPOOL_SIZE is read the way libuv reads it") {
  CHECK(ThreadPool::size_from_env(nullptr) == 4);
  CHECK(ThreadPool::size_from_env("8") == 8);
  CHECK(ThreadPool::size_from_env("0") == 1);
  CHECK(ThreadPool::size_from_env("") == 1);     // atoi("") == 0
  CHECK(ThreadPool::size_from_env("abc") == 1);  // atoi("abc") == 0
  CHECK(ThreadPool::size_from_env("2000") == 1024);
  CHECK(ThreadPool::size_from_env("-5") == 1024);  // unsigned nthreads wraps around
}

// node pool.js on this 2-vCPU machine (one pbkdf2 of this size alone: 80-98 ms):
//   for (let i = 1; i <= 6; i++) crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', () =>
//     console.log(`job ${i} done at ${Math.round(performance.now() - start)} ms`));
// printed: job 1 at 153, jobs 4 3 2 at 237, job 5 at 298, job 6 at 323 — four jobs share two cores
// (about twice the single time), then the last two run side by side (about one more). With
// UV_THREADPOOL_SIZE=1 the jobs run one after the other: job 5 at 453, job 6 at 556 ms.
// The model has no noise: the first four finish together, in the order they started.
TEST_CASE("six CPU jobs on four pool threads and two cores finish in two waves") {
  Simulation sim;
  Machine machine(sim, 2);
  Trace trace;
  NodeProcess process(sim, machine, trace);
  process.start(Script::callback("main script", [](Script& s) {
    for (int i = 1; i <= 6; ++i) {
      s.queue_work("crypto.pbkdf2", 0, 80 * ms,
                   [i](Script& s) { s.log("job " + std::to_string(i) + " done"); });
    }
  }));
  sim.run();
  CHECK(timed(process) == std::vector<std::string>{"160 job 1 done", "160 job 2 done", "160 job 3 done",
                                                   "160 job 4 done", "240 job 5 done", "240 job 6 done"});
}

TEST_CASE("a pool of one thread runs the jobs one after the other") {
  Simulation sim;
  Machine machine(sim, 2);
  Trace trace;
  ProcessOptions options;
  options.threadpool_size = ThreadPool::size_from_env("1");
  NodeProcess process(sim, machine, trace, options);
  process.start(Script::callback("main script", [](Script& s) {
    for (int i = 1; i <= 3; ++i) {
      s.queue_work("crypto.pbkdf2", 0, 80 * ms,
                   [i](Script& s) { s.log("job " + std::to_string(i) + " done"); });
    }
  }));
  sim.run();
  CHECK(timed(process) == std::vector<std::string>{"80 job 1 done", "160 job 2 done", "240 job 3 done"});
}

// tests/oracle/io_callback_immediate.js:
//   fs.readFile(__filename, () => {
//     setTimeout(() => console.log('timeout'), 0);
//     setImmediate(() => console.log('immediate'));
//     process.nextTick(() => console.log('tick'));
//   });
// prints: tick, immediate, timeout — from an I/O callback, check comes before the next timers.
TEST_CASE("from an I/O callback the immediate beats the timeout") {
  Simulation sim;
  Machine machine(sim, 4);
  Trace trace;
  NodeProcess process(sim, machine, trace);
  process.start(Script::callback("main script", [](Script& s) {
    s.queue_work("fs.readFile", 300 * looplab::kNanosPerMicro, 20 * looplab::kNanosPerMicro, [](Script& s) {
      s.set_timeout("t", 0, [](Script& s) { s.log("timeout"); });
      s.set_immediate("i", [](Script& s) { s.log("immediate"); });
      s.next_tick("t", [](Script& s) { s.log("tick"); });
    });
  }));
  sim.run();
  std::vector<std::string> out;
  for (const auto& line : process.output()) out.push_back(line.text);
  CHECK(out == oracle_lines("io_callback_immediate"));
  CHECK(process.exited());
}

TEST_CASE("dns.lookup-style slow I/O may use only half the pool") {
  // Pool of 4: at most (4 + 1) / 2 = 2 slow jobs at once; a fast job behind them is not held up.
  Simulation sim;
  Machine machine(sim, 4);
  Trace trace;
  NodeProcess process(sim, machine, trace);
  process.start(Script::callback("main script", [](Script& s) {
    for (int i = 1; i <= 3; ++i) {
      s.queue_work(
          "dns.lookup", 50 * ms, 0, [i](Script& s) { s.log("lookup " + std::to_string(i)); }, true);
    }
    s.queue_work("fs.stat", 10 * ms, 0, [](Script& s) { s.log("stat"); });
  }));
  sim.run();
  CHECK(timed(process) == std::vector<std::string>{"10 stat", "50 lookup 1", "50 lookup 2", "100 lookup 3"});
}

TEST_CASE("network readiness is not on the pool: it arrives while every pool thread is busy") {
  Simulation sim;
  Machine machine(sim, 4);
  Trace trace;
  ProcessOptions options;
  options.threadpool_size = 1;
  NodeProcess process(sim, machine, trace, options);
  process.start(Script::callback("main script", [](Script& s) {
    s.queue_work("crypto.pbkdf2", 0, 100 * ms, [](Script& s) { s.log("pbkdf2 done"); });
    s.await_io("socket data", 5 * ms, [](Script& s) {
      s.log("data");
      s.set_timeout("t", 0, [](Script& s) { s.log("timeout"); });
      s.set_immediate("i", [](Script& s) { s.log("immediate"); });
    });
    s.set_timeout("10", 10, [](Script& s) { s.log("timer 10"); });
  }));
  sim.run();
  CHECK(timed(process) ==
        std::vector<std::string>{"5 data", "5 immediate", "6 timeout", "10 timer 10", "100 pbkdf2 done"});
}
