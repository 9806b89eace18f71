#!/usr/bin/env bash
# Runs one corpus script through Looplab and compares it with what the real node printed.
#   tests/js/check.sh NAME          (NAME like promises/await_hops)
# LOOPLAB is the looplab binary (default: build/looplab under the repo root). The script's stdout
# must equal tests/js/NAME.expected byte for byte and its exit status must be 0. On a difference,
# prints a unified diff (expected vs actual) and exits 1; prints "ok: NAME" on success. A run is
# stopped after CHECK_TIMEOUT seconds (default 60) and counts as a failure: Looplab must never hang.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ "$#" -ne 1 ]; then
  echo "usage: $0 AREA/TOPIC" >&2
  exit 2
fi
name="${1%.js}"
looplab="${LOOPLAB:-$root/build/looplab}"
script="$here/$name.js"
expected="$here/$name.expected"
if [ ! -f "$script" ] || [ ! -f "$expected" ]; then
  echo "missing $script or $expected" >&2
  exit 2
fi
if [ ! -x "$looplab" ]; then
  echo "looplab binary not found at $looplab (set LOOPLAB)" >&2
  exit 2
fi

actual="$(mktemp)"
trap 'rm -f "$actual"' EXIT
if command -v timeout >/dev/null 2>&1; then
  timeout "${CHECK_TIMEOUT:-60}" "$looplab" run "$script" >"$actual"
  status=$?
  if [ "$status" -eq 124 ]; then
    echo "looplab run $name.js did not finish within ${CHECK_TIMEOUT:-60} s"
  fi
else
  "$looplab" run "$script" >"$actual"
  status=$?
fi
failed=0
if ! cmp -s "$expected" "$actual"; then
  echo "stdout of looplab run $name.js differs from $name.expected:"
  diff -u --label "expected ($name.expected)" --label "actual (looplab)" "$expected" "$actual"
  failed=1
fi
if [ "$status" -ne 0 ]; then
  echo "looplab run $name.js exited with status $status (expected 0)"
  failed=1
fi
if [ "$failed" -ne 0 ]; then
  exit 1
fi
echo "ok: $name"
