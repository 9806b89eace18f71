#!/usr/bin/env bash
# Checks how emsdk-setup.sh derives deb-src entries from a machine's apt sources.
#   deb_src_test.sh FIXTURE   (a folder under tests/setup/fixtures/ laid out like /etc/apt, with
#                              expected.txt holding the two files it would write, for bookworm)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fixture="$here/fixtures/$1"
actual="$("$here/../../emsdk-setup.sh" --print-deb-src "$fixture" bookworm)"
if [ "$actual" != "$(cat "$fixture/expected.txt")" ]; then
  echo "derived deb-src entries for fixture '$1' differ from expected.txt:"
  diff <(cat "$fixture/expected.txt") <(printf '%s\n' "$actual") || true
  exit 1
fi
echo "ok: $1"
