// The Execution order panel's model (issue 6 item 3): the program's output lines in order, each
// with the virtual time it was written, the thread, the loop phase and the callback that wrote it,
// and the cursor of that moment (clicking a line moves the cursor there). The exit code or the
// simulator's diagnosis closes the list.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/node/node_process.h"
#include "core/scenario/run_script.h"
#include "core/view/cursor.h"

namespace looplab::view {

struct ConsoleLine {
  std::string text;
  node::Stream stream = node::Stream::kStdout;
  Nanos time = 0;
  std::string thread;        // "main", later workers and processes
  std::string phase;         // "main script", "timers", "poll", "check", "close", ... ("" unknown)
  std::string callback;      // the running callback's label ("" between callbacks)
  std::uint32_t source = 0;  // the callback's source slot (0: none)
  Cursor cursor;             // just after the line was written
};

struct ConsoleModel {
  std::vector<ConsoleLine> lines;
  bool exited = false;
  int exit_code = 0;
  std::string diagnosis;  // why the simulator stopped the script ("" when it ran to its end)
};

ConsoleModel build_console(const scenario::ScriptRunResult& run);

// The index of the last line written at or before `cursor` (-1: none yet): the console marks it.
int line_at(const ConsoleModel& console, Cursor cursor);

}  // namespace looplab::view
