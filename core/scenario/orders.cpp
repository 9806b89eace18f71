#include "core/scenario/orders.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

namespace looplab::scenario {

namespace {

constexpr Nanos kMs = kNanosPerMilli;
constexpr Nanos kUs = kNanosPerMilli / 1000;
// Trace events all the runs of one exploration may produce together (a lesson's run makes thousands).
constexpr std::uint64_t kOrdersEventBudget = 20'000'000;

struct Run {
  Perturbation perturbation;
  ScriptRunResult result;
};

// What a run's trace says about the moments that decide an order.
struct RunFacts {
  std::vector<std::string> callbacks;     // labels of callbacks on the main JS thread, in order
  std::vector<std::string> due_at_start;  // timers run by the timers pass before the first poll
  std::vector<std::string> pool_jobs;     // "crypto.pbkdf2 x3": the pool's jobs, by kind
};

// "timeout (line 1) (due at 1 ms, late by 0 ns)" -> "timeout (line 1)".
std::string timer_name(const std::string& text) {
  const std::size_t due = text.find(" (due at ");
  return due == std::string::npos ? text : text.substr(0, due);
}

RunFacts facts_of(const Trace& trace) {
  RunFacts facts;
  bool in_loop = false;
  bool polled = false;
  ThreadId main_thread = 0;
  bool main_thread_known = false;
  std::vector<std::string> pool_labels;  // each job queued on the pool, in order
  for (const TraceEvent& event : trace.events()) {
    switch (event.kind) {
      case TraceKind::kCallbackStart:
        if (!main_thread_known) {
          main_thread = event.thread;
          main_thread_known = true;
        }
        if (event.thread == main_thread) facts.callbacks.push_back(event.text);
        break;
      case TraceKind::kPhase:
        if (event.text != "main") in_loop = true;
        if (event.text == "poll") polled = true;
        break;
      case TraceKind::kTimerFired:
        if (in_loop && !polled) facts.due_at_start.push_back(timer_name(event.text));
        break;
      case TraceKind::kPoolQueued:
        pool_labels.push_back(event.text);
        break;
      default:
        break;
    }
  }
  // Count each kind of pool job, in order of first appearance.
  std::vector<std::pair<std::string, int>> kinds;
  for (const std::string& label : pool_labels) {
    auto found =
        std::find_if(kinds.begin(), kinds.end(), [&](const auto& kind) { return kind.first == label; });
    if (found == kinds.end()) {
      kinds.emplace_back(label, 1);
    } else {
      ++found->second;
    }
  }
  for (const auto& kind : kinds) {
    facts.pool_jobs.push_back(kind.first + (kind.second > 1 ? " x" + std::to_string(kind.second) : ""));
  }
  return facts;
}

std::string stdout_of(const ScriptRunResult& result) {
  std::string text;
  for (const node::OutputLine& line : result.output) {
    if (line.stream == node::Stream::kStdout) text += line.text + "\n";
  }
  return text;
}

bool used_pool(const Trace& trace) {
  return std::any_of(trace.events().begin(), trace.events().end(),
                     [](const TraceEvent& event) { return event.kind == TraceKind::kPoolQueued; });
}

// The script waited for I/O (a pool job or the network), so poll's wake-up latency matters.
bool waited_for_io(const Trace& trace) {
  return std::any_of(trace.events().begin(), trace.events().end(), [](const TraceEvent& event) {
    return event.kind == TraceKind::kPoolQueued ||
           (event.kind == TraceKind::kQueuePush && event.text.starts_with("awaiting I/O"));
  });
}

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += i + 1 == items.size() ? " and " : ", ";
    text += "`" + items[i] + "`";
  }
  return text;
}

Perturbation clock_perturbation(Nanos offset) {
  Perturbation perturbation;
  perturbation.kind = Perturbation::Kind::kClockOffset;
  perturbation.clock_offset = offset;
  const Nanos first_tick = kMs - offset % kMs;
  perturbation.description = "the loop clock's first millisecond tick comes " + format_duration(first_tick) +
                             " after the process starts";
  perturbation.flags = "--clock-offset " + std::to_string(offset) + "ns";
  return perturbation;
}

Perturbation speed_perturbation(int percent) {
  Perturbation perturbation;
  perturbation.kind = Perturbation::Kind::kCpuSpeed;
  perturbation.speed_percent = percent;
  perturbation.description = percent < 100 ? "a CPU " + std::to_string(100 / percent) + " times faster"
                                           : "a CPU " + std::to_string(percent / 100) + " times slower";
  perturbation.description += " (every CPU cost " + std::to_string(percent) + "% of the profile's)";
  return perturbation;
}

Perturbation pool_perturbation(std::uint64_t seed) {
  Perturbation perturbation;
  perturbation.kind = Perturbation::Kind::kPoolOrder;
  perturbation.pool_seed = seed;
  perturbation.description =
      "thread-pool jobs with run-to-run jitter (each cost x0.8 to x1.2, ties shuffled), "
      "seed " +
      std::to_string(seed);
  perturbation.flags = "--pool-seed " + std::to_string(seed);
  return perturbation;
}

// Poll's wake-up latency, alone (seed 0) or with pool jitter (a batch's order then varies too).
Perturbation wakeup_perturbation(Nanos latency, std::uint64_t seed) {
  Perturbation perturbation;
  perturbation.kind = Perturbation::Kind::kPollWakeup;
  perturbation.poll_wakeup = latency;
  perturbation.pool_seed = seed;
  perturbation.description =
      latency == 0 ? "the loop running a completion the moment it is signalled"
                   : "the loop waking " + format_duration(latency) + " after a completion is signalled";
  perturbation.flags = "--profile poll_wakeup=" + std::to_string(latency) + "ns";
  if (seed != 0) {
    perturbation.description += ", thread-pool jobs with jitter (seed " + std::to_string(seed) + ")";
    perturbation.flags += " --pool-seed " + std::to_string(seed);
  }
  return perturbation;
}

// The plan: every perturbation to try after the default run, in a fixed order.
std::vector<Perturbation> plan_for(const ScriptRunOptions& options, const Trace& default_trace) {
  std::vector<Perturbation> plan;
  const Nanos base_offset = options.clock_offset.value_or(0);
  std::set<Nanos> offsets{base_offset % kMs};
  auto add_offset = [&](Nanos offset) {
    offset = ((offset % kMs) + kMs) % kMs;
    if (offsets.insert(offset).second) plan.push_back(clock_perturbation(base_offset / kMs * kMs + offset));
  };
  // A millisecond tick just after each timer the default run armed (the first few): the timer's
  // due time counts from the tick before, so the loop may find it due sooner.
  std::set<Nanos> armed;
  for (const TraceEvent& event : default_trace.events()) {
    if (event.kind == TraceKind::kTimerArmed && armed.size() < 8) armed.insert(event.time);
  }
  for (const Nanos time : armed) add_offset(kMs - (time + base_offset + 1) % kMs + base_offset);
  // The whole millisecond in sixteenths.
  for (int step = 1; step < 16; ++step) add_offset(base_offset + step * kMs / 16);
  for (const int percent : {50, 200, 400}) plan.push_back(speed_perturbation(percent));
  if (used_pool(default_trace)) {
    for (std::uint64_t seed = 1; seed <= 16; ++seed) plan.push_back(pool_perturbation(seed));
  }
  if (waited_for_io(default_trace)) {
    const std::uint64_t seeds = used_pool(default_trace) ? 3 : 1;
    for (const Nanos latency : {Nanos{0}, 50 * kUs, 250 * kUs}) {
      if (latency == options.profile.poll_wakeup) continue;
      for (std::uint64_t seed = 0; seed < seeds; ++seed) plan.push_back(wakeup_perturbation(latency, seed));
    }
  }
  return plan;
}

ScriptRunOptions apply(const ScriptRunOptions& base, const Perturbation& perturbation) {
  ScriptRunOptions options = base;
  options.record_trace = true;
  switch (perturbation.kind) {
    case Perturbation::Kind::kNone:
      break;
    case Perturbation::Kind::kClockOffset:
      options.clock_offset = perturbation.clock_offset;
      break;
    case Perturbation::Kind::kCpuSpeed:
      scale_cpu_costs(options, perturbation.speed_percent);
      break;
    case Perturbation::Kind::kPoolOrder:
      options.pool_tiebreak_seed = perturbation.pool_seed;
      break;
    case Perturbation::Kind::kPollWakeup:
      options.profile.poll_wakeup = perturbation.poll_wakeup;
      options.pool_tiebreak_seed = perturbation.pool_seed;
      break;
  }
  return options;
}

// What the outputs as a whole show, for the reasons.
struct Outcome {
  bool start_race = false;   // they disagree on which timers were due when the loop started
  bool pool_race = false;    // an output other than the default's came from a pool perturbation
  bool only_output = false;  // every run printed the same
};

// How the output of `run` arises, compared with the default run and the other outputs.
std::string reason_for(const Run& run, const RunFacts& facts, const RunFacts& default_facts, bool is_default,
                       const Outcome& outcome) {
  std::string reason;
  if (outcome.start_race) {
    // The setTimeout vs setImmediate race: were the main module's timers due when the loop started?
    if (!facts.due_at_start.empty()) {
      reason = "when the loop clock passes a millisecond tick between arming " + join(facts.due_at_start) +
               " and the start of the loop, the timer is already due when the loop starts, so it runs in "
               "the first timers phase, before poll and check (setImmediate)";
    } else {
      reason =
          "when the main script (and bootstrap) end less than 1 ms after the loop clock last ticked, "
          "a 1 ms timer armed there is not yet due when the loop starts, so the loop goes on to poll "
          "and check first: setImmediate runs before the timer";
    }
  } else if (run.perturbation.kind == Perturbation::Kind::kPoolOrder && !facts.pool_jobs.empty()) {
    reason = "the thread pool's jobs (" + join(facts.pool_jobs) +
             ") take about the same time, so which one finishes first varies from run to run (the "
             "scheduler, the disk, other load decide); their callbacks run in the poll phase in the order "
             "the jobs finished";
  } else if (run.perturbation.kind == Perturbation::Kind::kPollWakeup && run.perturbation.poll_wakeup == 0) {
    reason =
        "when the loop, blocked in poll, runs a completion the moment it is signalled, a job that "
        "finishes a moment later misses that poll phase: its callback waits for check "
        "(setImmediate) and the next loop iteration";
  } else if (run.perturbation.kind == Perturbation::Kind::kPollWakeup) {
    reason = "when the loop, blocked in poll, wakes " + format_duration(run.perturbation.poll_wakeup) +
             " after the first completion is signalled (the kernel scheduling its thread), every job "
             "that finished meanwhile runs its callback in that same poll phase, before check "
             "(setImmediate) and the next loop iteration";
  } else if (is_default && outcome.pool_race && !facts.pool_jobs.empty()) {
    reason = "the thread pool's jobs (" + join(facts.pool_jobs) +
             ") take about the same time; on the machine as given they finish in the order they were "
             "submitted, and their callbacks run in that order";
  } else if (!is_default) {
    reason = "with " + run.perturbation.description + ", the timing of the run changes";
  }
  // Where the callbacks first run in another order than in the default run.
  if (!is_default) {
    std::size_t index = 0;
    while (index < facts.callbacks.size() && index < default_facts.callbacks.size() &&
           facts.callbacks[index] == default_facts.callbacks[index]) {
      ++index;
    }
    if (index < facts.callbacks.size() && index < default_facts.callbacks.size()) {
      reason += ": `" + facts.callbacks[index] + "` runs where the default run has `" +
                default_facts.callbacks[index] + "`";
    }
  }
  if (reason.empty()) {
    reason = outcome.only_output ? "every run printed this: none of the variations tried changes the order"
                                 : "the machine as given";
  }
  reason[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(reason[0])));
  return reason + ".";
}

}  // namespace

void scale_cpu_costs(ScriptRunOptions& options, int percent) {
  auto scale = [percent](Nanos& cost) { cost = cost * percent / 100; };
  node::Profile& profile = options.profile;
  for (Nanos* cost :
       {&profile.callback_entry, &profile.tick_entry, &profile.microtask_entry, &profile.write_line,
        &profile.pool.fs_op, &profile.pool.fs_per_kb, &profile.pool.pbkdf2_sha512_per_iteration,
        &profile.pool.pbkdf2_sha256_per_iteration, &profile.pool.scrypt_per_block,
        &profile.pool.random_bytes_base, &profile.pool.random_bytes_per_kb, &profile.pool.gzip_per_kb,
        &profile.pool.gunzip_per_kb}) {
    scale(*cost);
  }
  // dns_lookup is time blocked on the network, not CPU: it keeps its value.
  options.engine.instruction_cost_ps = options.engine.instruction_cost_ps * percent / 100;
  if (options.bootstrap) scale(*options.bootstrap);
}

struct OrdersExplorer::State {
  std::string source;
  ScriptRunOptions options;
  int max_runs = kMaxOrderRuns;
  std::vector<Perturbation> plan;
  std::size_t next = 0;
  std::vector<Run> runs;
  std::string note;
  int planned = 0;
};

OrdersExplorer::OrdersExplorer(std::string source, ScriptRunOptions options, int max_runs)
    : m_state(std::make_unique<State>()) {
  State& state = *m_state;
  state.source = std::move(source);
  state.options = std::move(options);
  state.max_runs = max_runs;
  state.runs.push_back({Perturbation{}, run_script(state.source, apply(state.options, Perturbation{}))});
  state.runs.front().perturbation.description = "the machine as given";
  const ScriptRunResult& first = state.runs.front().result;
  if (first.syntax_error) {
    state.note = "the script does not compile: nothing to vary";
  } else if (!first.exited || !first.diagnosis.empty()) {
    state.note = "the default run was stopped by the simulator: other runs were not tried";
  } else {
    state.plan = plan_for(state.options, first.trace);
  }
  state.planned = 1 + static_cast<int>(state.plan.size());
  // A long scenario gets fewer runs: the trace events of all runs stay within a budget, counted
  // from the default run (a count of events, not a clock, so the report stays deterministic).
  const std::uint64_t per_run = std::max<std::uint64_t>(1, first.trace.count());
  const auto affordable =
      static_cast<int>(std::min<std::uint64_t>(kOrdersEventBudget / per_run, kMaxOrderRuns));
  if (affordable < state.max_runs && affordable < state.planned) {
    state.max_runs = std::max(1, affordable);
    state.note = "a long run: the runs are limited to " + std::to_string(state.max_runs) +
                 " to keep the exploration short";
  }
}

OrdersExplorer::~OrdersExplorer() = default;
OrdersExplorer::OrdersExplorer(OrdersExplorer&&) noexcept = default;
OrdersExplorer& OrdersExplorer::operator=(OrdersExplorer&&) noexcept = default;

bool OrdersExplorer::done() const {
  const State& state = *m_state;
  return state.next >= state.plan.size() || static_cast<int>(state.runs.size()) >= state.max_runs;
}

void OrdersExplorer::step() {
  if (done()) return;
  State& state = *m_state;
  const Perturbation& perturbation = state.plan[state.next++];
  state.runs.push_back({perturbation, run_script(state.source, apply(state.options, perturbation))});
}

int OrdersExplorer::runs_done() const {
  return static_cast<int>(m_state->runs.size());
}

int OrdersExplorer::runs_planned() const {
  return std::min(m_state->planned, m_state->max_runs);
}

OrdersReport OrdersExplorer::report() const {
  const State& state = *m_state;
  const std::vector<Run>& runs = state.runs;
  OrdersReport report;
  report.note = state.note;
  report.planned = state.planned;
  report.capped = state.planned > state.max_runs;
  report.runs = static_cast<int>(runs.size());

  // Group the runs by what they printed, in order of discovery.
  std::vector<std::size_t> representative;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const ScriptRunResult& result = runs[i].result;
    const std::string text = stdout_of(result);
    const bool stopped = !result.exited || !result.diagnosis.empty();
    auto same = [&](const PossibleOutput& output) {
      return output.stdout_text == text && output.exit_code == result.exit_code && output.stopped == stopped;
    };
    auto found = std::find_if(report.outputs.begin(), report.outputs.end(), same);
    if (found == report.outputs.end()) {
      report.outputs.push_back({text, result.exit_code, stopped, {}, {}});
      representative.push_back(i);
      found = report.outputs.end() - 1;
    }
    found->produced_by.push_back(runs[i].perturbation);
  }

  // Reasons, once the outputs are known: the start-of-loop race is named when the outputs disagree
  // on which timers were due as the loop started.
  std::vector<RunFacts> facts;
  for (const std::size_t index : representative) facts.push_back(facts_of(runs[index].result.trace));
  Outcome outcome;
  outcome.only_output = report.outputs.size() == 1;
  for (std::size_t i = 1; i < facts.size(); ++i) {
    outcome.start_race = outcome.start_race || facts[i].due_at_start != facts.front().due_at_start;
    outcome.pool_race =
        outcome.pool_race || runs[representative[i]].perturbation.kind == Perturbation::Kind::kPoolOrder;
  }
  for (std::size_t i = 0; i < report.outputs.size(); ++i) {
    report.outputs[i].reason = reason_for(runs[representative[i]], facts[i], facts.front(), i == 0, outcome);
  }
  return report;
}

OrdersReport explore_orders(const std::string& source, const ScriptRunOptions& options, int max_runs) {
  OrdersExplorer explorer(source, options, max_runs);
  while (!explorer.done()) explorer.step();
  return explorer.report();
}

}  // namespace looplab::scenario
