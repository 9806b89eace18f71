#!/usr/bin/env bash
# The oracle: runs tests/oracle/NAME.js through the real `node` and compares its stdout with
# NAME.expected — the same file the C++ scenario of that name is checked against (tests/unit), so
# real node referees both. Regenerate an expected file only from node:  node NAME.js > NAME.expected
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
name="$1"
actual="$(cd "$here" && node "$name.js" 2>/dev/null)"
if [ "$actual" != "$(cat "$here/$name.expected")" ]; then
  echo "node's output for $name.js differs from $name.expected:"
  diff <(cat "$here/$name.expected") <(printf '%s\n' "$actual")
  exit 1
fi
echo "ok: $name"
