#include "core/cli/orders_text.h"

namespace looplab::cli {

namespace {

// The first few runs behind an output, in words, and how to reproduce the first one.
std::string produced_by(const scenario::PossibleOutput& output) {
  constexpr std::size_t kShown = 3;
  std::string text;
  for (std::size_t i = 0; i < output.produced_by.size() && i < kShown; ++i) {
    const scenario::Perturbation& perturbation = output.produced_by[i];
    text += "    - " + perturbation.description;
    if (!perturbation.flags.empty()) text += " (" + perturbation.flags + ")";
    text += "\n";
  }
  if (output.produced_by.size() > kShown) {
    text += "    - and " + std::to_string(output.produced_by.size() - kShown) + " more of the runs\n";
  }
  return text;
}

}  // namespace

std::string orders_text(const scenario::OrdersReport& report) {
  std::string text;
  const std::size_t count = report.outputs.size();
  text += count == 1 ? "1 possible output" : std::to_string(count) + " possible outputs";
  text += " in " + std::to_string(report.runs) + (report.runs == 1 ? " run" : " runs");
  text += count == 1 ? ": the order does not depend on what was varied.\n" : ".\n";
  if (report.capped) {
    text += "(capped at " + std::to_string(report.runs) + " of " + std::to_string(report.planned) +
            " planned runs: some variations were not tried)\n";
  }
  if (!report.note.empty()) text += "(" + report.note + ")\n";
  for (std::size_t i = 0; i < count; ++i) {
    const scenario::PossibleOutput& output = report.outputs[i];
    text += "\n";
    text += "Output " + std::to_string(i + 1) + (i == 0 ? " (the default run)" : "") + ", exit code " +
            std::to_string(output.exit_code) + (output.stopped ? " (stopped by the simulator)" : "") + ":\n";
    if (output.stdout_text.empty()) text += "  (nothing on stdout)\n";
    std::size_t start = 0;
    while (start < output.stdout_text.size()) {
      const std::size_t end = output.stdout_text.find('\n', start);
      text += "  | " + output.stdout_text.substr(start, end - start) + "\n";
      if (end == std::string::npos) break;
      start = end + 1;
    }
    text += "  Why: " + output.reason + "\n";
    text += "  Seen in " + std::to_string(output.produced_by.size()) + " of " + std::to_string(report.runs) +
            " runs, with:\n";
    text += produced_by(output);
  }
  return text;
}

}  // namespace looplab::cli
