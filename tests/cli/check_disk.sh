#!/usr/bin/env bash
# `looplab run`'s simulated disk and dns table: the script's folder is mirrored (its files are read
# and required as node reads them, and writes never reach the real disk); --isolated leaves it
# out; --file adds a real file or a file of a given size; --host answers dns; bad values are
# usage errors (exit 2).
# Usage: check_disk.sh LOOPLAB
set -uo pipefail
looplab=$1
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
fail() {
  printf '%s\n' "$*" >&2
  exit 1
}
mkdir -p "$dir/app/lib" "$dir/outside" "$dir/app/node_modules/ignored"
printf 'first line\nsecond line\n' >"$dir/app/data.txt"
printf 'exports.twice = (n) => 2 * n;\n' >"$dir/app/lib/math.js"
printf 'elsewhere\n' >"$dir/outside/extra.txt"
cat >"$dir/app/main.js" <<'SCRIPT'
const fs = require('fs');
const { twice } = require('./lib/math');
console.log(fs.readFileSync('data.txt', 'utf8').split('\n')[1], twice(21));
console.log(fs.readdirSync(__dirname).join(' '));
fs.writeFileSync('written.txt', 'only in the simulation');
console.log(fs.readFileSync('written.txt', 'utf8'));
SCRIPT
expected=$(cd "$dir/app" && node main.js) || fail "node main.js failed"
rm -f "$dir/app/written.txt"
out=$("$looplab" run "$dir/app/main.js") || fail "looplab run main.js exited with $?"
[ "$out" = "$expected" ] || fail "$(printf 'the mirrored folder differs from node:\n--- looplab\n%s\n--- node\n%s' "$out" "$expected")"
[ ! -e "$dir/app/written.txt" ] || fail "a simulated write reached the real disk"

# --isolated: only the script is on the disk.
err=$("$looplab" run --isolated "$dir/app/main.js" 2>&1 >/dev/null)
[ $? -eq 1 ] || fail "--isolated: require('./lib/math') should fail with exit 1"
case "$err" in *"Cannot find module './lib/math'"*) ;; *) fail "--isolated: unexpected stderr: $err" ;; esac

# --file: a real file from elsewhere, and a file known by its size only.
cat >"$dir/app/sizes.js" <<'SCRIPT'
const fs = require('fs');
console.log(fs.statSync('/data/big.bin').size, fs.readFileSync(process.argv[2], 'utf8').trim());
SCRIPT
out=$(cd "$dir" && "$looplab" run --isolated --file /data/big.bin=10MB --file outside/extra.txt app/sizes.js "$dir/outside/extra.txt") ||
  fail "--file run exited with $?"
[ "$out" = "10485760 elsewhere" ] || fail "--file: got '$out'"

# --host: dns.lookup and dns.resolve4 answer from the table.
cat >"$dir/app/dns.js" <<'SCRIPT'
const dns = require('dns');
dns.lookup('db.internal', (err, address) => console.log('lookup', err && err.code, address));
dns.resolve4('db.internal', (err, addresses) => console.log('resolve4', err && err.code, addresses));
SCRIPT
out=$("$looplab" run --host db.internal=10.0.0.7 "$dir/app/dns.js") || fail "--host run exited with $?"
case "$out" in *"lookup null 10.0.0.7"*"resolve4 null [ '10.0.0.7' ]"* | *"resolve4 null [ '10.0.0.7' ]"*"lookup null 10.0.0.7"*) ;;
  *) fail "--host: got '$out'" ;; esac

# Bad values: usage errors that say what was wrong.
for args in "--file x=12XB" "--host db.internal" "--host db=999.1.1.1" "--file ="; do
  # shellcheck disable=SC2086
  err=$("$looplab" run $args "$dir/app/dns.js" 2>&1 >/dev/null)
  status=$?
  [ "$status" -eq 2 ] || fail "run $args: exit $status, not 2 ($err)"
  case "$err" in "looplab: --"*) ;; *) fail "run $args: no usage message: $err" ;; esac
done
err=$("$looplab" run --file "$dir/missing.txt" "$dir/app/dns.js" 2>&1 >/dev/null)
[ $? -eq 1 ] || fail "--file of a missing file should exit 1"
case "$err" in *"no file or folder"*) ;; *) fail "--file missing: $err" ;; esac
echo "disk ok"
