#!/usr/bin/env bash
# Sets everything up, builds the playground bundle and serves it at http://127.0.0.1:8080
# (PORT=N to change it). Ctrl-C stops the server.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8080}"

./emsdk-setup.sh
# shellcheck disable=SC1090
. "$(./emsdk-setup.sh --env-file)"

log="$(mktemp)"
emcmake cmake -S . -B build-web >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"
cmake --build build-web --target looplab_web -j "$(nproc 2>/dev/null || echo 2)"
exec node web/tools/serve.mjs build-web/dist --port "$PORT"
