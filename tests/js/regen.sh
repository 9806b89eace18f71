#!/usr/bin/env bash
# Regenerate only from node. Never write or edit an .expected file by hand.
#
# Writes tests/js/AREA/TOPIC.expected next to every tests/js/AREA/TOPIC.js (or only the NAMEs
# given, like `regen.sh promises/await_hops`) from the stdout of the real node on this machine.
# A script is refused (and its .expected left untouched) when node exits non-zero, writes to
# stderr, or prints something different on a second run: the corpus must be deterministic.
# Exit status: 0 when every script was regenerated, 1 when any was refused.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here" || exit 2
node_bin="${NODE:-node}"

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  mapfile -t names < <(find . -mindepth 2 -name '*.js' | sed -e 's|^\./||' -e 's|\.js$||' | LC_ALL=C sort)
fi

run() { # run NAME OUT ERR -> exit status of node
  "$node_bin" "$1.js" >"$2" 2>"$3"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
refused=0
count=0
for name in "${names[@]}"; do
  name="${name%.js}"
  if [ ! -f "$name.js" ]; then
    echo "refused: $name (no such script $name.js)" >&2
    refused=$((refused + 1))
    continue
  fi
  ok=1
  for pass in 1 2; do
    run "$name" "$tmp/out$pass" "$tmp/err$pass"
    status=$?
    if [ "$status" != 0 ]; then
      echo "refused: $name (node exited with status $status on run $pass)" >&2
      ok=0
      break
    fi
    if [ -s "$tmp/err$pass" ]; then
      echo "refused: $name (node wrote to stderr on run $pass):" >&2
      head -n 5 "$tmp/err$pass" >&2
      ok=0
      break
    fi
  done
  if [ "$ok" = 1 ] && ! cmp -s "$tmp/out1" "$tmp/out2"; then
    echo "refused: $name (two runs of node printed different output):" >&2
    diff "$tmp/out1" "$tmp/out2" | head -n 10 >&2
    ok=0
  fi
  if [ "$ok" = 1 ]; then
    cp "$tmp/out1" "$name.expected"
    count=$((count + 1))
  else
    refused=$((refused + 1))
  fi
done
echo "regenerated $count, refused $refused (node $("$node_bin" --version))"
[ "$refused" = 0 ]
