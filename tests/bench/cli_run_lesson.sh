#!/usr/bin/env bash
# The cost of `looplab run` as a learner meets it: the median wall time, over ORACLE_BENCH_RUNS runs
# (default 21), of the whole process on tests/bench/lesson.js (a typical 30-line scenario: timers,
# promises, ticks, immediates). Its output must be what the pinned node prints (tests/oracle/lib.sh),
# or the figure is meaningless and the script fails.
#   tests/bench/cli_run_lesson.sh [LOOPLAB_BINARY]      (default: $LOOPLAB, else build/looplab)
# Prints: BENCH cli_run_lesson_ms <median> ms
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../oracle/lib.sh
. "$here/../oracle/lib.sh"
LOOPLAB="$(oracle_absolute "${1:-${LOOPLAB:-$ORACLE_ROOT/build/looplab}}")"
runs="${ORACLE_BENCH_RUNS:-21}"
if [ ! -x "$LOOPLAB" ]; then
  echo "cli_run_lesson: looplab binary not found at $LOOPLAB" >&2
  exit 2
fi
oracle_find_node || exit 1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# tests/package.json says "type": "module"; the lesson is CommonJS, as a learner's script is.
cp "$here/lesson.js" "$work/lesson.js"
echo '{ "type": "commonjs" }' >"$work/package.json"
(cd "$work" && "$ORACLE_NODE" lesson.js >node.out 2>&1)
if ! (cd "$work" && "$LOOPLAB" run lesson.js >looplab.out 2>&1) || ! cmp -s "$work/node.out" "$work/looplab.out"; then
  echo "cli_run_lesson: looplab run lesson.js does not print what node prints:" >&2
  diff -u --label node --label looplab "$work/node.out" "$work/looplab.out" >&2
  exit 1
fi
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  (cd "$work" && "$LOOPLAB" run lesson.js >/dev/null 2>&1)
  end=$(date +%s%N)
  echo $((end - start))
done | sort -n | awk -v n="$runs" '{ t[NR] = $1 } END { printf "BENCH cli_run_lesson_ms %.1f ms\n", t[int((n + 1) / 2)] / 1e6 }'
