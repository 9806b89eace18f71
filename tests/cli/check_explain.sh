#!/usr/bin/env bash
# `looplab run --explain explain_order.js`: exit 0, and the timeline shows the main script, its
# tick, then the timers phase, with each output line where it was written and the exit code last.
# Usage: check_explain.sh LOOPLAB SCRIPT
set -uo pipefail
looplab=$1
script=$2
out=$("$looplab" run --explain "$script")
status=$?
if [ "$status" -ne 0 ]; then
  echo "looplab run --explain exited with $status, not 0" >&2
  exit 1
fi
# Each pattern must match a line after the line the previous pattern matched.
expect_in_order() {
  local line_no=0 pattern found
  for pattern in "$@"; do
    found=$(printf '%s\n' "$out" | awk -v from="$line_no" -v pat="$pattern" 'NR > from && index($0, pat) { print NR; exit }')
    if [ -z "$found" ]; then
      echo "missing after line $line_no: '$pattern'" >&2
      printf '%s\n' "$out" >&2
      return 1
    fi
    line_no=$found
  done
}
expect_in_order \
  "main script (the main module" \
  "run main script" \
  "stdout: main" \
  "arm timeout" \
  "queue tick" \
  "run tick" \
  "stdout: tick" \
  "timers phase" \
  "run timeout" \
  "stdout: timeout" \
  "process exits: code 0" \
  "exit code 0" || exit 1
# A callback's line names its source line and why it runs (its queue, or its timer).
printf '%s\n' "$out" | grep -q "run tick.*(line 3)  \[from the nextTick queue\]" || {
  echo "the tick's line lacks its source line and queue" >&2
  exit 1
}
printf '%s\n' "$out" | grep -q "run timeout.*(line 2)  \[timer due at 5 ms, late by" || {
  echo "the timeout's line lacks its source line and due time" >&2
  exit 1
}
# Queue lengths are folded into the pushes and pops: no such line.
if printf '%s\n' "$out" | grep -q "queue length"; then
  echo "the timeline shows queue-length noise" >&2
  exit 1
fi
echo "explain ok"
