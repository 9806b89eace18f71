#!/usr/bin/env bash
# Sets everything up and runs every Looplab test, ending with the line `N passed, M failed`.
#
#   1. native:  unit tests (one ctest test per doctest case), command-line checks of build/looplab,
#               fixture tests of emsdk-setup.sh, the oracle (tests/oracle/*.js through real node),
#               and the language corpus (tests/js/*/*.js through build/looplab, against node's output)
#      fuzz:    60 s of coverage-guided fuzzing of the parser (tests/fuzz/run.sh)
#   2. wasm:    the same unit tests built with emcc and run under node
#   3. browser: end-to-end tests of the playground bundle in headless Chromium (tests/e2e/)
#
# A part that does not build counts as one failure, so a broken build can never read "0 failed".
# Exit status: 0 when nothing failed, 1 otherwise.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1
JOBS="$(nproc 2>/dev/null || echo 2)"

passed=0
failed=0
summary=()

note() { summary+=("$(printf '%-28s %s' "$1" "$2")"); }

if ! ./emsdk-setup.sh --tests; then
  echo "setup failed: see the messages above"
  echo "0 passed, 1 failed"
  exit 1
fi
# shellcheck disable=SC1090
. "$(./emsdk-setup.sh --env-file)"

# count_ctest NAME BUILD_DIR DOCTEST_PREFIX: runs ctest and adds its counts. A test that did not
# run (skipped, disabled) counts as failed, and so does a suite in which doctest discovery found no
# test case: "0 failed" must mean everything ran and passed.
count_ctest() {
  local name="$1" dir="$2" prefix="$3" log line total bad not_run discovered
  log="$(mktemp)"
  ctest --test-dir "$dir" --output-on-failure --no-tests=error --timeout 300 -j "$JOBS" 2>&1 | tee "$log"
  line="$(grep -E '[0-9]+ tests failed out of [0-9]+' "$log" | tail -n1)"
  not_run="$(grep -cE '\((Skipped|Disabled|Not Run)\)' "$log" || true)"
  rm -f "$log"
  discovered="$(ctest --test-dir "$dir" -N -R "^${prefix}" | grep -cE "Test +#[0-9]+: ${prefix}" || true)"
  if [ -z "$line" ]; then
    failed=$((failed + 1)); note "$name" "no tests ran (counted as 1 failure)"; return
  fi
  bad="$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")"
  total="$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$line")"
  local ok=$((total - bad - not_run))
  bad=$((bad + not_run))
  passed=$((passed + ok)); failed=$((failed + bad))
  if [ "$discovered" = 0 ]; then
    failed=$((failed + 1)); note "$name" "$ok passed, $bad failed, and no ${prefix}* unit tests discovered (+1 failure)"
  else
    local extra=""
    [ "$not_run" = 0 ] || extra=" ($not_run did not run)"
    note "$name" "$ok passed, $bad failed$extra"
  fi
}

echo "== native build =="
if cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build -j "$JOBS"; then
  echo "== native tests =="
  count_ctest "native unit, cli, setup, oracle" build native.
else
  failed=$((failed + 1)); note "native" "build failed (counted as 1 failure)"
fi

# A short coverage-guided fuzz run of the parser (libFuzzer + ASan + UBSan): any crash, hang or
# sanitizer report fails it. The long run is the documented `tests/fuzz/run.sh [SECONDS]`.
echo "== parser fuzzing (60 s) =="
fuzz_log="$(mktemp)"
if tests/fuzz/run.sh 60 >"$fuzz_log" 2>&1; then
  passed=$((passed + 1)); note "parser fuzz" "1 passed ($(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$fuzz_log" | grep -oE '[0-9]+$' || echo '?') inputs, no crash)"
else
  tail -n 40 "$fuzz_log"
  failed=$((failed + 1)); note "parser fuzz" "0 passed, 1 failed (see the log above)"
fi
rm -f "$fuzz_log"

echo "== WebAssembly build (bundle + unit tests) =="
web_built=0
if emcmake cmake -S . -B build-web >/dev/null && cmake --build build-web -j "$JOBS"; then
  web_built=1
  echo "== wasm unit tests (node) =="
  count_ctest "wasm unit" build-web wasm.
else
  failed=$((failed + 1)); note "wasm" "build failed (counted as 1 failure)"
fi

if [ "$web_built" = 1 ]; then
  echo "== browser end-to-end tests (headless Chromium) =="
  log="$(mktemp)"
  (cd tests && node --test --test-reporter=tap e2e/) 2>&1 | tee "$log"
  tap_count() { sed -n "s/^# $1 \([0-9]*\)\$/\1/p" "$log" | tail -n1; }
  e2e_tests="$(tap_count tests)"; e2e_pass="$(tap_count pass)"; e2e_fail="$(tap_count fail)"
  # A cancelled, skipped or todo test did not pass: count it as failed.
  e2e_not_run=$(( $(tap_count cancelled || true)+0 + $(tap_count skipped || true)+0 + $(tap_count todo || true)+0 ))
  rm -f "$log"
  if [ -z "$e2e_pass" ] || [ -z "$e2e_fail" ] || [ "${e2e_tests:-0}" = 0 ]; then
    failed=$((failed + 1)); note "browser e2e" "no tests ran or no results reported (counted as 1 failure)"
  else
    e2e_fail=$((e2e_fail + e2e_not_run))
    passed=$((passed + e2e_pass)); failed=$((failed + e2e_fail))
    note "browser e2e" "$e2e_pass passed, $e2e_fail failed"
  fi
fi

echo
echo "== summary =="
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
