#!/usr/bin/env bash
# Looplab's benchmarks. Builds what it needs, then prints one line per figure:
#   BENCH <name> <value> <unit>
# Figures are measured, never asserted here: compare them with the targets in the README and the
# issues. Sizes are gzip -9 of the files as served; timings come from headless Chromium.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
JOBS="$(nproc 2>/dev/null || echo 2)"

./emsdk-setup.sh --tests >&2
# shellcheck disable=SC1090
. "$(./emsdk-setup.sh --env-file)"
log="$(mktemp)"
{ emcmake cmake -S . -B build-web && cmake --build build-web --target looplab_web -j "$JOBS"; } >"$log" 2>&1 ||
  { cat "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"

dist=build-web/dist
gz() { gzip -9 -c "$1" | wc -c | tr -d ' '; }

wasm=$(gz "$dist/looplab.wasm")
js=$(gz "$dist/looplab.js")
# Everything a browser downloads before the first frame: the page, its script and style, the icon,
# Emscripten's loader and the wasm (fonts are inside the wasm).
total=0
for file in index.html boot.js style.css favicon.svg looplab.js looplab.wasm; do
  total=$((total + $(gz "$dist/$file")))
done

echo "BENCH web_wasm_gzip_bytes $wasm bytes"
echo "BENCH web_js_gzip_bytes $js bytes"
echo "BENCH web_total_gzip_bytes $total bytes"
(cd tests && node bench/first_frame.mjs "../$dist")
(cd tests && node bench/web_resim.mjs "../$dist")
(cd tests && node bench/web_frame.mjs "../$dist")

# The runtime model's own speed and memory (tests/bench/runtime_bench.cpp), natively and in wasm
# run by node. Both are built at -O3 (Release) in their own build folders: the model is the hot code
# and is meant to be built for speed. (In the -Os playground build the same load runs ~3.5x slower.)
log="$(mktemp)"
{ cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release &&
  cmake --build build-bench --target looplab_runtime_bench looplab_view_bench looplab looplab_js_parse_bench -j "$JOBS" &&
  emcmake cmake -S . -B build-bench-web -DCMAKE_BUILD_TYPE=Release &&
  cmake --build build-bench-web --target looplab_runtime_bench looplab_view_bench -j "$JOBS"; } >"$log" 2>&1 ||
  { cat "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"
build-bench/tests/looplab_runtime_bench native
node build-bench-web/tests/looplab_runtime_bench.js wasm
build-bench/tests/looplab_view_bench native
node build-bench-web/tests/looplab_view_bench.js wasm

# The JavaScript engine (native, Release): each tests/bench/js script against `node --jitless`
# as a time ratio (target <= 3), and the parser's speed on the language corpus.
# A script whose output differs from node's gets no figure and fails the bench at the end.
status=0
node tests/bench/js_ratio.mjs build-bench/looplab || status=1
build-bench/tests/looplab_js_parse_bench tests/js || status=1
# `looplab run` on a typical lesson, and how much of the oracle suite agrees with the pinned node.
tests/bench/cli_run_lesson.sh build-bench/looplab || status=1
tests/bench/oracle_agreement.sh build-bench/looplab || status=1
exit "$status"
