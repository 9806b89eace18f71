#!/usr/bin/env bash
# The oracle check of one script (ctest oracle.NAME): runs tests/oracle/NAME.js through the pinned
# real node (lib.sh) and through `looplab run`, and compares both with what record.sh stored.
#   stable script:  stdout, exit code and stderr lines (lib.sh) of both must equal NAME.expected
#                   and NAME.status.
#   varying script (NAME.variants/): node's outcome must be one of the recorded variants, and so
#                   must looplab's default run; every recorded variant's stdout and exit code must
#                   be among `looplab run --orders` (skipped, with a note, while looplab has no
#                   --orders).
# Node is given up to ORACLE_NODE_TRIES runs (default 3) to reproduce the record: on a loaded
# machine the scheduler can stall it past a deadline (record.sh, 20 runs, vouches for the script).
# Looplab is deterministic and runs once. Scripts listed in known-gaps.txt check node's side only
# (and that looplab still differs).
# Usage: tests/oracle/check.sh NAME. LOOPLAB is the looplab binary (default build/looplab under the
# repo root). Prints "ok: NAME" and exits 0, or shows the differences and exits 1; 2 on bad usage.
set -uo pipefail
# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

if [ "$#" -ne 1 ]; then
  echo "usage: $0 NAME" >&2
  exit 2
fi
name="$(basename "${1%.js}")"
LOOPLAB="$(oracle_absolute "${LOOPLAB:-$ORACLE_ROOT/build/looplab}")"
tries="${ORACLE_NODE_TRIES:-3}"
if [ ! -f "$ORACLE_DIR/$name.js" ]; then
  echo "no such oracle script: tests/oracle/$name.js" >&2
  exit 2
fi
if [ ! -x "$LOOPLAB" ]; then
  echo "looplab binary not found at $LOOPLAB (set LOOPLAB)" >&2
  exit 2
fi
variants="$ORACLE_DIR/$name.variants"
if [ ! -d "$variants" ] && { [ ! -f "$ORACLE_DIR/$name.expected" ] || [ ! -f "$ORACLE_DIR/$name.status" ]; }; then
  echo "$name.js has not been recorded: run tests/oracle/record.sh $name"
  exit 1
fi
oracle_find_node || exit 1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/node" "$work/looplab"

# matches_record DIR: the outcome in DIR is the recorded one (stable) or one of the variants.
matches_record() {
  if [ -d "$variants" ]; then
    oracle_find_variant "$variants" "$1/stdout" "$1/status" >/dev/null
  else
    oracle_same "$ORACLE_DIR/$name.expected" "$ORACLE_DIR/$name.status" "$1/stdout" "$1/status"
  fi
}
show() { # LABEL DIR: how the outcome in DIR differs from the record (variant 1 for a varying script)
  local expected="$ORACLE_DIR/$name.expected" status="$ORACLE_DIR/$name.status"
  if [ -d "$variants" ]; then
    expected="$variants/1.expected"
    status="$variants/1.status"
  fi
  diff -u --label "recorded ${expected#"$ORACLE_DIR"/}" --label "$1 stdout" "$expected" "$2/stdout"
  if ! diff -u --label "recorded ${status#"$ORACLE_DIR"/}" --label "$1 status" <(oracle_compared "$status") <(oracle_compared "$2/status"); then
    echo "($1's stderr, first 20 lines:)"
    head -n 20 "$2/stderr"
  fi
}

failed=0
node_ok=0
for ((try = 1; try <= tries; try++)); do
  oracle_run_node "$name" "$work/node"
  if matches_record "$work/node"; then
    node_ok=1
    break
  fi
done
if [ "$node_ok" = 0 ]; then
  echo "node itself no longer reproduces the record of $name.js in $tries runs (another node? a"
  echo "timing-sensitive script? re-record it with tests/oracle/record.sh $name, or widen its margins):"
  show node "$work/node"
  failed=1
elif [ "$try" -gt 1 ]; then
  echo "note: node needed $try runs to reproduce the record (a loaded machine?)"
fi

# A known gap (known-gaps.txt: NAME and why) is a script whose looplab side is known to differ
# for a stated reason (a module not modelled yet, no BigInt ...): node's side is still checked, so
# the record stays true; looplab's must still differ, so a fixed gap is noticed and taken off.
gap="$(grep -E "^$name " "$ORACLE_DIR/known-gaps.txt" 2>/dev/null | cut -d' ' -f2-)"
oracle_run_looplab "$name" "$work/looplab"
if [ -n "$gap" ]; then
  if matches_record "$work/looplab"; then
    echo "$name.js is listed in known-gaps.txt ($gap) but looplab now agrees: take it off the list"
    failed=1
  fi
elif ! matches_record "$work/looplab"; then
  if [ -d "$variants" ]; then
    echo "looplab run $name.js printed an outcome that node never printed in recording:"
  else
    echo "looplab run $name.js differs from node's record:"
  fi
  show looplab "$work/looplab"
  failed=1
fi

if [ -d "$variants" ] && [ -z "$gap" ]; then
  count="$(find "$variants" -name '*.expected' | wc -l)"
  mkdir "$work/orders"
  oracle_orders "$name" "$work/orders"
  orders_status=$?
  if [ "$orders_status" -eq 2 ]; then
    echo "note: this looplab has no 'run --orders'; only its default run was checked against the $count variants"
  elif [ "$orders_status" -ne 0 ]; then
    echo "looplab run --orders $name.js failed or listed no output:"
    head -n 20 "$work/orders/orders" "$work/orders/orders.err"
    failed=1
  else
    for expected in "$variants"/*.expected; do
      k="$(basename "${expected%.expected}")"
      found=0
      for candidate in "$work/orders"/*.expected; do
        [ -f "$candidate" ] || continue
        if cmp -s "$expected" "$candidate" &&
          [ "$(grep '^exit ' "$variants/$k.status")" = "$(grep '^exit ' "${candidate%.expected}.status")" ]; then
          found=1
          break
        fi
      done
      if [ "$found" = 0 ]; then
        echo "node's variant $k of $name.js ($(grep '^runs ' "$variants/$k.status")) is not among looplab run --orders:"
        cat "$expected"
        failed=1
      fi
    done
  fi
fi
if [ "$failed" -ne 0 ]; then
  exit 1
fi
if [ -n "$gap" ]; then
  echo "ok: $name (node checked; looplab is a known gap: $gap)"
else
  echo "ok: $name"
fi
