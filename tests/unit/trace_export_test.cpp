#include "core/trace/export.h"
#include "doctest/doctest.h"

using looplab::Trace;
using looplab::TraceKind;

namespace {

Trace small_trace() {
  Trace trace;
  trace.set_thread_name(0, "main");
  trace.set_thread_name(1, "main:pool1");
  trace.add(0, 0, TraceKind::kPhase, "main");
  trace.add(0, 0, TraceKind::kCallbackStart, "main script", 0, 7);
  trace.add(1'500, 0, TraceKind::kOutput, "stdout: say \"hi\"\tnow");
  trace.add(2'000'001, 0, TraceKind::kCallbackEnd, "main script");
  trace.add(2'000'001, 0, TraceKind::kPhaseEnd, "main");
  trace.add(2'500'000, 1, TraceKind::kPoolStarted, "fs.readFile");
  return trace;
}

}  // namespace

TEST_CASE("json_quote escapes what JSON requires and passes UTF-8 through") {
  CHECK(looplab::json_quote("plain") == "\"plain\"");
  CHECK(looplab::json_quote("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"");
  CHECK(looplab::json_quote(std::string("\x01", 1)) == "\"\\u0001\"");
  CHECK(looplab::json_quote("1.5 \xC2\xB5s") == "\"1.5 \xC2\xB5s\"");
}

TEST_CASE("the JSON export lists threads and every event with exact nanoseconds") {
  CHECK(looplab::to_json(small_trace()) ==
        "{\"format\":\"looplab-trace\",\"version\":2,\"threads\":[\"main\",\"main:pool1\"],\"events\":["
        "{\"time_ns\":0,\"thread\":0,\"kind\":\"phase\",\"text\":\"main\"},"
        "{\"time_ns\":0,\"thread\":0,\"kind\":\"callback start\",\"text\":\"main script\",\"source\":7},"
        "{\"time_ns\":1500,\"thread\":0,\"kind\":\"output\",\"text\":\"stdout: say \\\"hi\\\"\\tnow\"},"
        "{\"time_ns\":2000001,\"thread\":0,\"kind\":\"callback end\",\"text\":\"main script\"},"
        "{\"time_ns\":2000001,\"thread\":0,\"kind\":\"phase end\",\"text\":\"main\"},"
        "{\"time_ns\":2500000,\"thread\":1,\"kind\":\"pool started\",\"text\":\"fs.readFile\"}]}\n");
}

TEST_CASE("the Chrome trace turns phases, callbacks and pool tasks into slices and names the threads") {
  CHECK(looplab::to_chrome_trace(small_trace()) ==
        "{\"displayTimeUnit\":\"ns\",\"traceEvents\":["
        "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"main\"}},"
        "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":1,\"args\":{\"name\":\"main:pool1\"}},"
        "{\"name\":\"main\",\"cat\":\"phase\",\"ph\":\"B\",\"ts\":0.000,\"pid\":1,\"tid\":0},"
        "{\"name\":\"main script\",\"cat\":\"callback\",\"ph\":\"B\",\"ts\":0.000,\"pid\":1,\"tid\":0},"
        "{\"name\":\"output: stdout: say \\\"hi\\\"\\tnow\",\"cat\":\"output\",\"ph\":\"i\",\"s\":\"t\","
        "\"ts\":1.500,\"pid\":1,\"tid\":0},"
        "{\"name\":\"main script\",\"cat\":\"callback\",\"ph\":\"E\",\"ts\":2000.001,\"pid\":1,\"tid\":0},"
        "{\"name\":\"main\",\"cat\":\"phase\",\"ph\":\"E\",\"ts\":2000.001,\"pid\":1,\"tid\":0},"
        "{\"name\":\"fs.readFile\",\"cat\":\"pool\",\"ph\":\"B\",\"ts\":2500.000,\"pid\":1,\"tid\":1}]}\n");
}

TEST_CASE("queue lengths export as a value in JSON and as counter tracks for Perfetto") {
  Trace trace;
  trace.set_thread_name(0, "main");
  trace.add(2'000, 0, TraceKind::kQueueLength, "nextTick", 3);
  CHECK(trace.to_text() == "      0.002 ms  main   queue length   nextTick = 3\n");
  CHECK(looplab::to_json(trace) ==
        "{\"format\":\"looplab-trace\",\"version\":2,\"threads\":[\"main\"],\"events\":["
        "{\"time_ns\":2000,\"thread\":0,\"kind\":\"queue length\",\"text\":\"nextTick\",\"value\":3}]}\n");
  CHECK(looplab::to_chrome_trace(trace) ==
        "{\"displayTimeUnit\":\"ns\",\"traceEvents\":["
        "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"main\"}},"
        "{\"name\":\"main "
        "nextTick\",\"ph\":\"C\",\"args\":{\"length\":3},\"ts\":2.000,\"pid\":1,\"tid\":0}]}\n");
}

TEST_CASE("CPU contention exports as one counter track of busy threads") {
  Trace trace;
  trace.set_thread_name(0, "main");
  trace.add(3'000, 0, TraceKind::kCpuContention, "5 busy threads on 4 cores", 5);
  CHECK(trace.to_text() == "      0.003 ms  main   cpu contention 5 busy threads on 4 cores = 5\n");
  CHECK(looplab::to_chrome_trace(trace) ==
        "{\"displayTimeUnit\":\"ns\",\"traceEvents\":["
        "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"main\"}},"
        "{\"name\":\"CPU: busy "
        "threads\",\"ph\":\"C\",\"args\":{\"threads\":5},\"ts\":3.000,\"pid\":1,\"tid\":0}]}\n");
}
