// Possible orders: where real node's output depends on timing that real machines vary, run the
// script under a set of such perturbations and collect every distinct output, each with how it
// arises.
//
// What is varied (each from the default run, one thing at a time):
//   - where the loop clock's millisecond boundaries fall (clock_offset swept across a millisecond,
//     plus a boundary just after each timer armed in the default run): this decides whether a 1 ms
//     timer is already due when the loop starts, the classic setTimeout 0 vs setImmediate race;
//   - how fast the machine is (every CPU cost of the profile and of the engine scaled);
//   - which of the thread-pool jobs finishing at the same instant is reported first
//     (pool_tiebreak_seed), only when the script used the pool;
//   - how long the loop takes to wake up after a completion is signalled (Profile::poll_wakeup),
//     only when the script used the pool or the network: completions within that window run in
//     one poll phase.
// The runs and their order are fixed, so the same script always gives the same report; the first
// output is the default run's.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/scenario/run_script.h"

namespace looplab::scenario {

// One variation of the machine, relative to the options the caller gave.
struct Perturbation {
  enum class Kind : std::uint8_t { kNone, kClockOffset, kCpuSpeed, kPoolOrder, kPollWakeup };
  Kind kind = Kind::kNone;
  Nanos clock_offset = 0;       // kClockOffset: the clock's reading at virtual time 0
  int speed_percent = 100;      // kCpuSpeed: CPU costs are this percent of the default
  std::uint64_t pool_seed = 0;  // kPoolOrder
  Nanos poll_wakeup = 0;        // kPollWakeup (with pool_seed: jitter as kPoolOrder)
  std::string description;      // in words: "the loop clock ticks a millisecond 0.25 ms after start"
  std::string flags;            // `looplab run` flags that reproduce it ("" for the default run)
};

// One distinct output (stdout and exit code) and the runs that gave it.
struct PossibleOutput {
  std::string stdout_text;  // every stdout line, each ending in '\n'
  int exit_code = 0;
  bool stopped = false;                   // the simulation had to stop the script
  std::vector<Perturbation> produced_by;  // in run order
  std::string reason;                     // how it arises, in sentences a learner can read
};

struct OrdersReport {
  std::vector<PossibleOutput> outputs;  // the default run's first, then in order of discovery
  int runs = 0;                         // simulations made
  int planned = 0;                      // runs the plan held before the cap
  bool capped = false;                  // planned > the cap: some perturbations were not tried
  std::string note;                     // why fewer runs were made, if so
};

inline constexpr int kMaxOrderRuns = 64;

OrdersReport explore_orders(const std::string& source, const ScriptRunOptions& options = {},
                            int max_runs = kMaxOrderRuns);

// The same exploration one run at a time, for a front-end that must keep drawing frames (the
// playground runs a step per frame). The constructor makes the default run; report() can be read
// at any point and is final once done().
class OrdersExplorer {
 public:
  OrdersExplorer(std::string source, ScriptRunOptions options, int max_runs = kMaxOrderRuns);
  ~OrdersExplorer();
  OrdersExplorer(OrdersExplorer&&) noexcept;
  OrdersExplorer& operator=(OrdersExplorer&&) noexcept;

  bool done() const;
  void step();  // makes the next planned run
  int runs_done() const;
  int runs_planned() const;  // after the cap for long runs
  OrdersReport report() const;

 private:
  struct State;
  std::unique_ptr<State> m_state;
};

// Every CPU cost of the profile and the engine, and the bootstrap, times percent / 100.
void scale_cpu_costs(ScriptRunOptions& options, int percent);

}  // namespace looplab::scenario
