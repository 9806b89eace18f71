#!/bin/sh
# Builds the parser fuzzer with libFuzzer + AddressSanitizer + UBSan (clang 14; Debian package
# libclang-rt-14-dev) into build-fuzz/ and runs it for SECONDS (default 600) from the seeds in
# tests/fuzz/seeds and the oracle corpus in tests/js. New interesting inputs are kept in
# build-fuzz/corpus; a crash is written to build-fuzz/crash-* and the script exits non-zero.
#
#   tests/fuzz/run.sh          # ten minutes
#   tests/fuzz/run.sh 60       # one minute
set -eu
SECONDS_TO_RUN="${1:-600}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/build-fuzz"
CXX="${CXX_FUZZ:-clang++-14}"
mkdir -p "$OUT/corpus" "$OUT/obj"

FLAGS="-std=c++20 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -I$ROOT"
OBJS=""
for src in "$ROOT"/core/js/syntax/*.cpp; do
  obj="$OUT/obj/$(basename "$src" .cpp).o"
  $CXX $FLAGS -c "$src" -o "$obj"
  OBJS="$OBJS $obj"
done
$CXX $FLAGS -fsanitize=fuzzer "$ROOT/tests/fuzz/parser_fuzzer.cpp" $OBJS -o "$OUT/parser_fuzzer"

SEEDS="$ROOT/tests/fuzz/seeds"
[ -d "$ROOT/tests/js" ] && SEEDS="$SEEDS $ROOT/tests/js"
cd "$OUT"
# -max_len: scripts are small; 64 KiB still reaches deep nesting and long lines.
# The stack limit (8 MiB default) must hold the parser's deepest allowed nesting under ASan.
exec ./parser_fuzzer -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 corpus $SEEDS
