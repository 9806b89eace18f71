#!/usr/bin/env bash
# How much of the oracle suite Looplab agrees with: runs tests/oracle/check.sh on every
# tests/oracle/*.js (the pinned real node against `looplab run`, as ctest's oracle.* tests do) and
# counts the scripts that pass. Scripts in tests/oracle/known-gaps.txt count as disagreeing.
#   tests/bench/oracle_agreement.sh [LOOPLAB_BINARY]    (default: $LOOPLAB, else build/looplab)
# Prints: BENCH oracle_agreement <agreeing>/<total> scripts
# With ORACLE_VERBOSE=1, also names each script that disagrees. Exit status 0 when it could measure.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../oracle/lib.sh
. "$here/../oracle/lib.sh"
LOOPLAB="$(oracle_absolute "${1:-${LOOPLAB:-$ORACLE_ROOT/build/looplab}}")"
export LOOPLAB
if [ ! -x "$LOOPLAB" ]; then
  echo "oracle_agreement: looplab binary not found at $LOOPLAB" >&2
  exit 2
fi
oracle_find_node || exit 1
total=0
agree=0
for script in "$ORACLE_DIR"/*.js; do
  name="$(basename "${script%.js}")"
  total=$((total + 1))
  # A known gap (tests/oracle/known-gaps.txt) passes its check but is not agreement.
  result="$("$ORACLE_DIR/check.sh" "$name" 2>&1)"
  status=$?
  if [ "$status" = 0 ] && grep -q '^ok: .*known gap' <<<"$result"; then
    [ "${ORACLE_VERBOSE:-0}" = 1 ] && echo "oracle_agreement: known gap: $name" >&2
  elif [ "$status" = 0 ]; then
    agree=$((agree + 1))
  elif [ "${ORACLE_VERBOSE:-0}" = 1 ]; then
    echo "oracle_agreement: disagrees: $name" >&2
  fi
done
echo "BENCH oracle_agreement $agree/$total scripts"
