#!/usr/bin/env bash
# Checks the oracle's own machinery (lib.sh, check.sh) with stand-ins for looplab, so that a broken
# comparison cannot make every oracle test pass: a stand-in that runs the pinned node itself must
# agree; stand-ins that change stdout, the exit code or the error line must be caught; the status
# of a crash keeps the error line and drops the stack. ctest: oracle_selftest.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"
oracle_find_node || exit 1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
expect() { # DESCRIPTION WANTED_STATUS COMMAND...
  local description="$1" wanted="$2" got
  shift 2
  "$@" >"$work/last.out" 2>&1
  got=$?
  if [ "$got" -ne "$wanted" ]; then
    echo "FAIL: $description: exit status $got, expected $wanted; output:"
    cat "$work/last.out"
    failures=$((failures + 1))
  else
    echo "ok: $description"
  fi
}
# stand_in NAME SED_SCRIPT [EXIT]: a fake `looplab run FILE` that runs the pinned node, edits its
# stdout with SED_SCRIPT, and exits with node's status (or EXIT). It has no --orders.
stand_in() {
  cat >"$work/$1" <<STANDIN
#!/usr/bin/env bash
[ "\$1" = run ] || exit 2
shift
[ "\$1" = --orders ] && exit 2
"$ORACLE_NODE" "\$@" | sed -e '$2'
status=\${PIPESTATUS[0]}
exit ${3:-\$status}
STANDIN
  chmod +x "$work/$1"
}
stand_in same ''
# shellcheck disable=SC2016 # a sed address, not a shell expansion
stand_in extra_line '$a an extra line'
stand_in exit_code '' 3

# A stable script, with stdout only, and one that crashes with an error line.
expect "node against itself agrees (stable)" 0 env LOOPLAB="$work/same" "$here/check.sh" tick_fifo
expect "node against itself agrees (crash)" 0 env LOOPLAB="$work/same" "$here/check.sh" error_uncaught_main
expect "an extra stdout line is caught" 1 env LOOPLAB="$work/extra_line" "$here/check.sh" tick_fifo
expect "another exit code is caught" 1 env LOOPLAB="$work/exit_code" "$here/check.sh" tick_fifo
# A varying script (setTimeout 0 against setImmediate in the main module): node's own outcome is
# among the recorded variants; an outcome node never printed is not.
expect "node against itself is among the variants" 0 env LOOPLAB="$work/same" "$here/check.sh" race_timeout_vs_immediate
expect "an outcome node never printed is caught" 1 env LOOPLAB="$work/extra_line" "$here/check.sh" race_timeout_vs_immediate

# The status of a crash: exit code, the script's own stderr lines, the error line; no stack.
printf 'a warning\n\n/some/path/x.js:3\n  throw new Error("boom");\n  ^\n\nError: boom\n    at x (/some/path/x.js:3:9)\n\nNode.js v20.20.2\n' >"$work/stderr"
printf 'exit 1\nstderr a warning\nerror Error: boom\n' >"$work/want"
expect "a crash's status keeps the error line only" 0 cmp "$work/want" <(oracle_status 1 "$work/stderr")
printf '(node:4242) Warning: careful\n' >"$work/stderr"
printf 'exit 0\nstderr (node:PID) Warning: careful\n' >"$work/want"
expect "process ids in warnings are not compared" 0 cmp "$work/want" <(oracle_status 0 "$work/stderr")

if [ "$failures" -ne 0 ]; then
  echo "$failures self-test(s) failed"
  exit 1
fi
echo "oracle self-test ok"
