// The playground's session: the script and the knobs the learner edits, and the runs they give.
//
// Every edit re-runs the whole simulation (it is deterministic and fast) and the panels read the
// newest run. A script that does not parse keeps the last good run on screen, marked stale, with
// the syntax error beside it, so an edit in progress never blanks the panels. The front-end decides
// when to call run() (after a short debounce); nothing here reads a clock.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/node/node_process.h"
#include "core/scenario/run_script.h"

namespace looplab::view {

// What the Knobs panel changes besides the script (issue 6 item 2).
struct Knobs {
  int threadpool_size = 4;                  // libuv's pool, 1..kMaxThreadpool
  int cores = 4;                            // the machine's CPU cores, 1..kMaxCores
  std::string node_version = "20";          // "20" or "10" (Node <= 10 microtask batching)
  node::Profile profile;                    // costs and latencies of the machine
  std::int64_t instruction_cost_ps = 1000;  // CPU per JavaScript instruction

  friend bool operator==(const Knobs&, const Knobs&) = default;
};

inline constexpr int kMaxThreadpool = 128;
inline constexpr int kMaxCores = 64;

// Guards for a browser tab: a runaway script must be stopped in well under a second of real time,
// and explained, while lessons (a few thousand events, blocking loops of a few ms) run untouched.
struct SessionLimits {
  std::uint64_t max_events = 2'000'000;
  std::uint64_t max_instructions_per_callback = 50'000'000;  // 50 ms of simulated CPU by default
};

class Session {
 public:
  explicit Session(SessionLimits limits = {}) : m_limits(limits) {}

  const std::string& source() const { return m_source; }
  const Knobs& knobs() const { return m_knobs; }
  // Changing either marks the session dirty; run() brings the runs up to date.
  void set_source(std::string source);
  void set_knobs(const Knobs& knobs);
  bool dirty() const { return m_dirty; }

  // Runs the current script with the current knobs. Returns true when a new run is on screen
  // (false: the script has a syntax error and the previous run stays, now stale).
  bool run();

  // Bootstraps the next run's engine for the current knobs, if none is ready (most of a short
  // run's cost; the page calls it in a frame with time to spare, so the run after the next edit
  // only compiles and runs the script). The result is the same with or without it.
  void prepare_next_run();
  bool next_run_prepared() const { return m_prepared != nullptr; }
  // The last run's engine is kept until this frees it (a big heap takes a while to free: the page
  // does it in a frame with time to spare, not in the one that shows the new run).
  bool has_spent_engine() const { return m_spent != nullptr; }
  void free_spent_engine() { m_spent.reset(); }
  // Compiles one more library module into the process's compile cache (the page calls it in idle
  // frames after loading, so the first script that requires `fs` does not pay for compiling it).
  // False once every module is compiled.
  bool warm_up_step();
  bool warmed_up() const { return m_warm_up_done; }

  // The run the panels show: the newest one that parsed (nullptr before any did).
  const scenario::ScriptRunResult* shown() const { return m_shown.get(); }
  // The shown run is from an earlier text: the current one does not parse.
  bool stale() const { return m_syntax_error.has_value(); }
  // The current text's syntax error, with line and column (as node reports it).
  const std::optional<js::CompileError>& syntax_error() const { return m_syntax_error; }
  // Runs made so far (a new run changes it: panels rebuild their models when it moves).
  std::uint64_t generation() const { return m_generation; }

  // The options a run uses (also what "Copy as node script" reproduces with flags).
  scenario::ScriptRunOptions run_options() const;

  // The file name the script has inside the simulation.
  static constexpr const char* kScriptPath = "/app/main.js";

 private:
  SessionLimits m_limits;
  std::string m_source;
  Knobs m_knobs;
  bool m_dirty = true;
  std::shared_ptr<const scenario::ScriptRunResult> m_shown;
  std::optional<js::CompileError> m_syntax_error;
  std::uint64_t m_generation = 0;
  std::unique_ptr<scenario::PreparedRun> m_prepared;
  std::unique_ptr<scenario::PreparedRun> m_spent;
  std::size_t m_warm_up_next = 0;  // the next module warm_up_step compiles
  bool m_warm_up_done = false;
  std::unique_ptr<js::Engine> m_warm_up_engine;  // compiles into the cache; dropped when done
};

}  // namespace looplab::view
