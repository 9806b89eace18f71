// scenario::PreparedRun: an engine bootstrapped before its script is known gives exactly the run a
// fresh one gives (output, trace, end time), the script's file included; one prepared for other
// options is not used.
#include <memory>
#include <string>

#include "core/scenario/run_script.h"
#include "doctest/doctest.h"

using namespace looplab;
using scenario::PreparedRun;
using scenario::run_script;
using scenario::ScriptRunOptions;
using scenario::ScriptRunResult;

namespace {

// Reads its own file, stats it and its folder, and prints what a bootstrap could have seen early.
constexpr const char* kScript =
    "const fs = require('fs'), os = require('os');\n"
    "const self = fs.readFileSync(__filename, 'utf8');\n"
    "console.log(self.length, self.split('\\n')[0]);\n"
    "const st = fs.statSync(__filename);\n"
    "console.log(st.size, st.ino, fs.readdirSync(__dirname).join(','));\n"
    "console.log(process.argv.slice(1).join(' '), os.cpus().length, Math.random());\n"
    "fs.stat(__filename, (err, s) => console.log('async stat', s.size));\n"
    "setTimeout(() => console.log('timer'), 1);\n"
    "setImmediate(() => console.log('immediate'));\n";

ScriptRunOptions options_with(int threadpool) {
  ScriptRunOptions options;
  options.threadpool_size = threadpool;
  options.args = {"--flag"};
  options.files.push_back({"/app/data.txt", "data", std::nullopt, nullptr});
  return options;
}

void check_same(const ScriptRunResult& a, const ScriptRunResult& b) {
  REQUIRE(a.output.size() == b.output.size());
  for (std::size_t i = 0; i < a.output.size(); ++i) {
    CHECK(a.output[i].text == b.output[i].text);
    CHECK(a.output[i].time == b.output[i].time);
  }
  CHECK(a.exit_code == b.exit_code);
  CHECK(a.end_time == b.end_time);
  CHECK(a.trace.events().size() == b.trace.events().size());
}

}  // namespace

TEST_CASE("a prepared engine gives the run a fresh one gives, the script's own file included") {
  const ScriptRunOptions options = options_with(4);
  const ScriptRunResult fresh = run_script(kScript, options);
  REQUIRE(fresh.output.size() == 6);
  CHECK(fresh.output[0].text.find("const fs = require('fs'), os = require('os');") != std::string::npos);
  CHECK(fresh.output[1].text.find("data.txt,main.js") != std::string::npos);

  auto prepared = std::make_unique<PreparedRun>(options);
  CHECK(prepared->matches(options));
  const ScriptRunResult reused = run_script(kScript, options, std::move(prepared));
  check_same(fresh, reused);
}

TEST_CASE("a prepared engine is used only for the options it was made for") {
  auto prepared = std::make_unique<PreparedRun>(options_with(4));
  const ScriptRunOptions two = options_with(2);
  CHECK_FALSE(prepared->matches(two));
  CHECK(prepared->matches(options_with(4)));
  ScriptRunOptions other_args = options_with(4);
  other_args.args = {"--other"};
  CHECK_FALSE(prepared->matches(other_args));
  ScriptRunOptions other_file = options_with(4);
  other_file.files[0].contents = "changed";
  CHECK_FALSE(prepared->matches(other_file));
  // What the process alone reads (not the bootstrap) may differ.
  ScriptRunOptions seeded = options_with(4);
  seeded.pool_tiebreak_seed = 7;
  seeded.node_version = "10";
  CHECK(prepared->matches(seeded));
  // Given anyway, the mismatched engine is set aside: the run is the fresh run with `two`.
  const ScriptRunResult fresh = run_script(kScript, two);
  check_same(fresh, run_script(kScript, two, std::move(prepared)));
}

TEST_CASE("a script that replaces its own file through the scenario's files keeps that file") {
  ScriptRunOptions options;
  options.files.push_back({"/app/main.js", "// the scenario's version", std::nullopt, nullptr});
  const std::string script = "console.log(require('fs').readFileSync(__filename, 'utf8'));";
  const ScriptRunResult fresh = run_script(script, options);
  const ScriptRunResult reused = run_script(script, options, std::make_unique<PreparedRun>(options));
  check_same(fresh, reused);
}

TEST_CASE("a promise reaction is named after the handler the script gave, not the library's") {
  const ScriptRunResult run = run_script(
      "Promise.resolve(1).then(function handler(v) { return v; });\n"
      "Promise.resolve(2).then((v) => v);\n"
      "Promise.resolve(3).then();\n"  // a pass-through: no handler of the script's
      "require('fs').promises.stat(__filename).then(function statted() {});\n");
  auto count = [&](const std::string& text) {
    std::size_t n = 0;
    for (const TraceEvent& event : run.trace.events()) n += event.text == text;
    return n;
  };
  CHECK(count("promise handler (line 1)") > 0);
  CHECK(count("promise arrow function (line 2)") > 0);
  CHECK(count("promise statted (line 4)") > 0);
  CHECK(count("promise reaction") > 0);
  for (const TraceEvent& event : run.trace.events()) {
    CHECK(event.text.find("node:") == std::string::npos);
  }
}
