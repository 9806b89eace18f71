// `looplab run --explain`: the run's trace as an annotated timeline a learner can read.
//
// One line per thing that happened, in order: the virtual time (ms, three decimals), the thread,
// and what happened, indented by where it happened — a loop phase at the left, the callbacks it
// runs one step in, and what a callback does (timers armed, work queued, lines printed) one more.
// A queue pop and a timer firing are folded into the callback they start; queue lengths, Node's
// own handles and callback returns are left out; the script's output appears where it was written,
// marked stdout or stderr; the exit code ends it.
#pragma once

#include <string>

#include "core/scenario/run_script.h"

namespace looplab::cli {

std::string explain(const scenario::ScriptRunResult& result);

}  // namespace looplab::cli
