#include "core/view/session.h"

#include <algorithm>

#include "core/binding/modules.h"

namespace looplab::view {

void Session::set_source(std::string source) {
  if (source == m_source) return;
  m_source = std::move(source);
  m_dirty = true;
}

void Session::set_knobs(const Knobs& knobs) {
  if (knobs == m_knobs) return;
  m_knobs = knobs;
  m_knobs.threadpool_size = std::clamp(m_knobs.threadpool_size, 1, kMaxThreadpool);
  m_knobs.cores = std::clamp(m_knobs.cores, 1, kMaxCores);
  if (m_knobs.node_version != "10") m_knobs.node_version = "20";
  m_dirty = true;
}

scenario::ScriptRunOptions Session::run_options() const {
  scenario::ScriptRunOptions options;
  options.filename = kScriptPath;
  options.threadpool_size = m_knobs.threadpool_size;
  options.cores = m_knobs.cores;
  options.node_version = m_knobs.node_version;
  options.profile = m_knobs.profile;
  options.engine.instruction_cost_ps = m_knobs.instruction_cost_ps;
  options.engine.max_instructions_per_callback = m_limits.max_instructions_per_callback;
  options.limits.max_events = m_limits.max_events;
  options.record_trace = true;
  return options;
}

bool Session::warm_up_step() {
  if (m_warm_up_done) return false;
  static const std::vector<std::string> modules = binding::all_library_modules();
  if (m_warm_up_next >= modules.size()) {
    m_warm_up_engine.reset();
    m_warm_up_done = true;
    return false;
  }
  if (m_warm_up_engine == nullptr) m_warm_up_engine = std::make_unique<js::Engine>();
  binding::precompile_library_module(*m_warm_up_engine, modules[m_warm_up_next++]);
  return true;
}

void Session::prepare_next_run() {
  if (m_prepared == nullptr) m_prepared = std::make_unique<scenario::PreparedRun>(run_options());
}

bool Session::run() {
  m_dirty = false;
  auto result = std::make_shared<scenario::ScriptRunResult>(
      scenario::run_script(m_source, run_options(), std::move(m_prepared), &m_spent));
  if (result->syntax_error) {
    m_syntax_error = result->syntax_error;
    // Nothing parsed yet: show the failed run itself (its output is node's syntax error report).
    if (m_shown) return false;
  } else {
    m_syntax_error.reset();
  }
  m_shown = std::move(result);
  ++m_generation;
  return true;
}

}  // namespace looplab::view
