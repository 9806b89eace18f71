#!/usr/bin/env bash
# `looplab run --trace A --chrome-trace B SCRIPT`: the script's output still goes to stdout, and
# both files hold JSON that node parses, in their formats (Looplab's trace, Chrome's traceEvents).
# Usage: check_trace_files.sh LOOPLAB SCRIPT
set -uo pipefail
looplab=$1
script=$2
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
out=$("$looplab" run --trace "$dir/trace.json" --chrome-trace "$dir/chrome.json" "$script")
status=$?
if [ "$status" -ne 0 ]; then
  echo "looplab run exited with $status, not 0" >&2
  exit 1
fi
expected=$(node "$script")
if [ "$out" != "$expected" ]; then
  printf 'stdout differs from node:\n--- looplab\n%s\n--- node\n%s\n' "$out" "$expected" >&2
  exit 1
fi
node -e '
const fs = require("fs");
const trace = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const chrome = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
if (trace.format !== "looplab-trace" || !Array.isArray(trace.events) || trace.events.length === 0)
  throw new Error("the trace is not a looplab trace with events");
if (!trace.events.some((e) => e.kind === "output" && /stdout: timeout/.test(e.text)))
  throw new Error("the trace lacks the output line");
if (!Array.isArray(chrome.traceEvents) || !chrome.traceEvents.some((e) => e.ph === "B"))
  throw new Error("the Chrome trace has no callback slices");
' "$dir/trace.json" "$dir/chrome.json" || exit 1
echo "trace files ok"
