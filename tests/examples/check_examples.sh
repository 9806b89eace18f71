#!/usr/bin/env bash
# The playground's examples (web/examples/*.js) must tell the truth about node: for each one, the
# pinned real node's stdout and exit code must be among the outputs `looplab run --orders` says are
# possible, and looplab's default run (what the playground shows first) must end the way node does
# (the same exit code, 0 or the one the example means to show; the same stderr when it prints the
# same stdout), and quickly: the playground re-runs an example on every edit.
# Usage: tests/examples/check_examples.sh [NAME...] (default: every example). LOOPLAB is the looplab
# binary (default build/looplab under the repo root); EXAMPLES_MAX_MS bounds the default run's wall
# time (default 500, meant for an optimized build; the fastest of three runs counts). Prints
# "examples ok (N)" and exits 0, or names each failing example with both outputs and exits 1; 2 on
# bad usage or a missing binary.
set -uo pipefail
# shellcheck source=../oracle/lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../oracle/lib.sh"

# lib.sh runs scripts from ORACLE_DIR with NAME.js as the path; the examples run from their own
# folder the same way (they read their own file through __filename).
ORACLE_DIR="$ORACLE_ROOT/web/examples"
LOOPLAB="$(oracle_absolute "${LOOPLAB:-$ORACLE_ROOT/build/looplab}")"
max_ms="${EXAMPLES_MAX_MS:-500}"
tries="${ORACLE_NODE_TRIES:-3}"

if [ ! -x "$LOOPLAB" ]; then
  echo "looplab binary not found at $LOOPLAB (set LOOPLAB)" >&2
  exit 2
fi
names=()
if [ "$#" -eq 0 ]; then
  for script in "$ORACLE_DIR"/*.js; do
    [ -f "$script" ] && names+=("$(basename "${script%.js}")")
  done
else
  for arg in "$@"; do
    name="$(basename "${arg%.js}")"
    if [ ! -f "$ORACLE_DIR/$name.js" ]; then
      echo "no such example: web/examples/$name.js" >&2
      exit 2
    fi
    names+=("$name")
  done
fi
if [ "${#names[@]}" -eq 0 ]; then
  echo "no examples found in web/examples" >&2
  exit 1
fi
oracle_find_node || exit 1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# among_orders DIR STDOUT STATUS: the stdout and exit code are one of the outputs split into DIR.
among_orders() {
  local expected
  for expected in "$1"/*.expected; do
    [ -f "$expected" ] || continue
    if cmp -s "$expected" "$2" && [ "$(head -n 1 "${expected%.expected}.status")" = "$(head -n 1 "$3")" ]; then
      return 0
    fi
  done
  return 1
}

# show LABEL DIR: the outcome of one run.
show() {
  echo "--- $1: $(head -n 1 "$2/status")"
  sed 's/^/  | /' "$2/stdout"
  if [ -s "$2/stderr" ]; then
    echo "  $1's stderr (first 10 lines):"
    head -n 10 "$2/stderr" | sed 's/^/  ! /'
  fi
}

# check NAME: prints what is wrong with one example, returns 1 if anything is.
check() {
  local name="$1" dir="$work/$1" header line2 try node_ok=0 start end ms code node_code
  mkdir -p "$dir/orders" "$dir/node" "$dir/looplab" "$dir/again"
  header="$(sed -n 1p "$ORACLE_DIR/$name.js")"
  line2="$(sed -n 2p "$ORACLE_DIR/$name.js")"
  if [[ ! "$header" =~ ^//\ [^\ ] ]] || [[ ! "$line2" =~ ^//\ [^\ ] ]]; then
    echo "$name.js must start with two comment lines: '// Title' and '// what to look for'"
    return 1
  fi
  if ! oracle_orders "$name" "$dir/orders"; then
    echo "looplab run --orders $name.js failed:"
    head -n 20 "$dir/orders/orders" "$dir/orders/orders.err"
    return 1
  fi
  for ((try = 1; try <= tries; try++)); do
    oracle_run_node "$name" "$dir/node"
    if among_orders "$dir/orders" "$dir/node/stdout" "$dir/node/status"; then
      node_ok=1
      break
    fi
  done
  if [ "$node_ok" = 0 ]; then
    echo "node's output of $name.js is not among looplab's possible outputs:"
    show node "$dir/node"
    echo "--- looplab run --orders:"
    cat "$dir/orders/orders"
    return 1
  fi
  start="$(date +%s%N)"
  oracle_run_looplab "$name" "$dir/looplab"
  end="$(date +%s%N)"
  ms=$(((end - start) / 1000000))
  code="$(head -n 1 "$dir/looplab/status")"
  node_code="$(head -n 1 "$dir/node/status")"
  if [ "$code" != "$node_code" ]; then
    echo "looplab's default run of $name.js ended with $code, node with $node_code:"
    show looplab "$dir/looplab"
    show node "$dir/node"
    return 1
  fi
  if cmp -s "$dir/node/stdout" "$dir/looplab/stdout" &&
    [ "$(oracle_compared "$dir/node/status")" != "$(oracle_compared "$dir/looplab/status")" ]; then
    echo "$name.js: looplab's default run prints node's stdout but ends differently:"
    diff -u --label node --label looplab <(oracle_compared "$dir/node/status") <(oracle_compared "$dir/looplab/status")
    return 1
  fi
  # A loaded machine can stall any one run: only the fastest of three counts.
  for ((try = 2; try <= 3 && ms > max_ms; try++)); do
    start="$(date +%s%N)"
    oracle_run_looplab "$name" "$dir/again"
    end="$(date +%s%N)"
    ms=$((ms < (end - start) / 1000000 ? ms : (end - start) / 1000000))
  done
  if [ "$ms" -gt "$max_ms" ]; then
    echo "looplab run $name.js took $ms ms (limit $max_ms ms): the playground re-runs it on every edit"
    return 1
  fi
}

failed=0
for name in "${names[@]}"; do
  if ! report="$(check "$name")"; then
    echo "FAILED: $name"
    printf '%s\n' "$report"
    failed=$((failed + 1))
  fi
done
if [ "$failed" -gt 0 ]; then
  echo "$failed of ${#names[@]} examples failed"
  exit 1
fi
echo "examples ok (${#names[@]})"
