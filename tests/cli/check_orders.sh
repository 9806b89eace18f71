#!/usr/bin/env bash
# `looplab run --orders SCRIPT`: exit 0, and every order listed in ORDERS (one per argument, the
# stdout lines joined by spaces) is among the outputs, each followed by a reason.
# Usage: check_orders.sh LOOPLAB SCRIPT ORDER...
set -uo pipefail
looplab=$1
script=$2
shift 2
out=$("$looplab" run --orders "$script")
status=$?
if [ "$status" -ne 0 ]; then
  echo "looplab run --orders exited with $status, not 0" >&2
  printf '%s\n' "$out" >&2
  exit 1
fi
# Each output block: "Output N ...:", its "  | line" lines, then "  Why: ...".
listed=$(printf '%s\n' "$out" | awk '
  /^Output [0-9]+/ { if (lines != "") print lines; lines = ""; collecting = 1; next }
  collecting && /^  \| / { sub(/^  \| /, ""); lines = (lines == "" ? $0 : lines " " $0); next }
  collecting && /^  Why: ./ { print lines; lines = ""; collecting = 0 }
')
for order in "$@"; do
  if ! printf '%s\n' "$listed" | grep -qxF "$order"; then
    echo "--orders does not list '$order' with a reason" >&2
    printf '%s\n' "$out" >&2
    exit 1
  fi
done
echo "orders ok"
