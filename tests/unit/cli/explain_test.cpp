// --explain: the timeline of a small run, in order, with the output in place and no noise.
#include "core/cli/explain.h"

#include <string>
#include <vector>

#include "doctest/doctest.h"

using looplab::cli::explain;
using looplab::scenario::run_script;

namespace {

// The index of the first line at or after `from` that contains `needle`, or npos.
std::size_t find_line(const std::vector<std::string>& lines, std::size_t from, const std::string& needle) {
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (lines[i].find(needle) != std::string::npos) return i;
  }
  return std::string::npos;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace

// node prints: main, tick, timeout.
TEST_CASE("explain shows phases, callbacks and output in the order they happen") {
  const std::string text =
      explain(run_script("console.log('main');\n"
                         "setTimeout(() => console.log('timeout'), 5);\n"
                         "process.nextTick(() => console.log('tick'));\n"));
  const std::vector<std::string> lines = lines_of(text);
  std::size_t at = 0;
  for (const char* expected : {"main script (the main module", "run main script", "stdout: main",
                               "arm timeout", "queue tick", "run tick", "stdout: tick", "timers phase",
                               "run timeout", "stdout: timeout", "process exits: code 0", "exit code 0"}) {
    CAPTURE(expected);
    CAPTURE(text);
    at = find_line(lines, at, expected);
    REQUIRE(at != std::string::npos);
    ++at;
  }
  // A callback's line names its source line and why it runs: its queue, or its timer.
  const std::size_t tick = find_line(lines, 0, "run tick");
  REQUIRE(tick != std::string::npos);
  CHECK(lines[tick].find("(line 3)  [from the nextTick queue]") != std::string::npos);
  const std::size_t timeout = find_line(lines, 0, "run timeout");
  REQUIRE(timeout != std::string::npos);
  CHECK(lines[timeout].find("(line 2)  [timer due at 5 ms, late by ") != std::string::npos);
  CHECK(text.find("queue length") == std::string::npos);
  CHECK(text.find("callback end") == std::string::npos);
}

TEST_CASE("explain indents callbacks inside phases and their effects inside callbacks") {
  const std::vector<std::string> lines =
      lines_of(explain(run_script("setTimeout(() => console.log('x'), 1);\n")));
  const std::size_t phase = find_line(lines, 0, "timers phase");
  const std::size_t callback = find_line(lines, phase, "run timeout");
  const std::size_t output = find_line(lines, callback, "stdout: x");
  REQUIRE(output != std::string::npos);
  // The columns (time, thread) are the same width; what follows is indented by depth.
  auto indent = [](const std::string& line, const std::string& what) { return line.find(what); };
  CHECK(indent(lines[callback], "run ") == indent(lines[phase], "timers") + 2);
  CHECK(indent(lines[output], "stdout") == indent(lines[callback], "run ") + 2);
  // Virtual time with three decimals and the thread.
  CHECK(lines[callback].find("1.0") != std::string::npos);
  CHECK(lines[callback].find(" ms  main") != std::string::npos);
}

TEST_CASE("explain of a script that does not compile shows node's error and the exit code") {
  const std::string text = explain(run_script("let y = ;\n"));
  CHECK(text.find("stderr: SyntaxError: Unexpected token ';'") != std::string::npos);
  CHECK(text.find("exit code 1") != std::string::npos);
}

TEST_CASE("explain of an uncaught error shows stderr in place and exit code 1") {
  const std::string text = explain(run_script("setTimeout(() => { throw new Error('boom'); }, 1);\n"));
  CHECK(text.find("stderr: ") != std::string::npos);
  CHECK(text.find("exit code 1") != std::string::npos);
}
