#!/usr/bin/env bash
# Records what the real node prints for oracle scripts, so that no expected output is ever written
# by hand. Each script runs ORACLE_RUNS times (default 20) through the pinned node (lib.sh):
#   stable (every run the same)  -> NAME.expected (stdout) and NAME.status (exit code, stderr lines)
#   varies (runs differ)         -> NAME.variants/K.expected and K.status, one pair per distinct
#                                   outcome, the most frequent first, each status saying how often
# Usage: tests/oracle/record.sh [NAME...]      (no NAME: every tests/oracle/*.js)
# Prints one line per script: "NAME: stable", "NAME: varies (K outputs)" or a problem. Exit status 1
# when a script could not be recorded (a run timed out), 2 on a usage error.
set -uo pipefail
# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

runs="${ORACLE_RUNS:-20}"
case "$runs" in '' | *[!0-9]* | 0)
  echo "ORACLE_RUNS must be a positive number of runs (got '$runs')" >&2
  exit 2 ;;
esac
oracle_find_node || exit 1

names=()
if [ "$#" -eq 0 ]; then
  for script in "$ORACLE_DIR"/*.js; do names+=("$(basename "${script%.js}")"); done
else
  for arg in "$@"; do
    name="$(basename "${arg%.js}")"
    if [ ! -f "$ORACLE_DIR/$name.js" ]; then
      echo "no such oracle script: tests/oracle/$name.js" >&2
      exit 2
    fi
    names+=("$name")
  done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
for name in "${names[@]}"; do
  rm -rf "${work:?}"/*
  declare -A seen_count=()
  keys=()
  timed_out=0
  for ((i = 1; i <= runs; i++)); do
    mkdir "$work/$i"
    oracle_run_node "$name" "$work/$i"
    if grep -qx 'exit 124' "$work/$i/status"; then timed_out=1; fi
    key="$( { cat "$work/$i/stdout"; echo "@@"; oracle_compared "$work/$i/status"; } | md5sum | cut -d' ' -f1)"
    if [ -z "${seen_count[$key]:-}" ]; then
      keys+=("$key")
      seen_count[$key]=0
      ln -s "$work/$i" "$work/first-$key"
    fi
    seen_count[$key]=$((seen_count[$key] + 1))
  done
  if [ "$timed_out" = 1 ]; then
    echo "$name: node did not finish within $ORACLE_TIMEOUT s; nothing recorded"
    failed=1
    unset seen_count
    continue
  fi
  rm -rf "$ORACLE_DIR/$name.variants"
  if [ "${#keys[@]}" -eq 1 ]; then
    cp "$work/first-${keys[0]}/stdout" "$ORACLE_DIR/$name.expected"
    cp "$work/first-${keys[0]}/status" "$ORACLE_DIR/$name.status"
    echo "$name: stable ($(head -n 1 "$ORACLE_DIR/$name.status"))"
  else
    rm -f "$ORACLE_DIR/$name.status"
    # A C++ scenario test may read NAME.expected (tests/unit/oracle.h): that file stays as it was,
    # the outcome the scenario was designed for, and the script should get wider margins.
    kept=""
    if grep -rqF "oracle_lines(\"$name\")" "$ORACLE_ROOT/tests/unit" 2>/dev/null && [ -f "$ORACLE_DIR/$name.expected" ]; then
      kept=" (kept $name.expected: a C++ scenario test reads it; widen the script's margins)"
    else
      rm -f "$ORACLE_DIR/$name.expected"
    fi
    mkdir "$ORACLE_DIR/$name.variants"
    # Most frequent first; ties keep the order of first appearance (sort -s).
    k=0
    while read -r _ key; do
      k=$((k + 1))
      cp "$work/first-$key/stdout" "$ORACLE_DIR/$name.variants/$k.expected"
      { cat "$work/first-$key/status"; echo "runs ${seen_count[$key]}/$runs"; } >"$ORACLE_DIR/$name.variants/$k.status"
    done < <(for key in "${keys[@]}"; do echo "${seen_count[$key]} $key"; done | sort -s -k1,1nr)
    echo "$name: varies (${#keys[@]} outputs in $runs runs)$kept"
  fi
  unset seen_count
done
exit "$failed"
