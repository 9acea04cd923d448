#!/usr/bin/env bash
# Decide which mediasoup worker binary the media service uses, building and caching it when needed.
#
# Usage: bash media/scripts/build-worker.sh [--check]      (or: pnpm --filter @gd/media worker)
#   stdout: the absolute path of the worker binary, as the LAST line (export it as MEDIASOUP_WORKER_BIN).
#   stderr: all progress.
#   --check: only report which source would be used (env|stock|cache|build) and its path; never builds
#            or installs anything. Last stdout line: "<source> <path>".
#
# Order:
#   (a) MEDIASOUP_WORKER_BIN already set: must be an executable file, used as is (an unusable value is an error).
#   (b) the stock worker of the installed mediasoup package (<pkg>/worker/out/Release/mediasoup-worker,
#       present when mediasoup's own postinstall downloaded/built it), if it runs.
#   (c) the cached build ${GD_CACHE_DIR:-~/.cache/giang-duong}/mediasoup-worker/<key>/mediasoup-worker,
#       key = <mediasoup version>-<first 12 hex of sha256(media/patches/mediasoup@<version>.patch)>, if it runs.
#   (d) build it from the pnpm-patched package sources against Debian's system libraries (about 4 minutes
#       on 2 cores), strip it and move it into the cache atomically.
#   "It runs" = started without MEDIASOUP_VERSION it exits with mediasoup's own code 41, which proves the
#   dynamic loader found every shared library.
#
# Why build at all: mediasoup's postinstall downloads a prebuilt worker from GitHub (or pip-installs meson and
# fetches wrap subprojects), which our machines and CI cannot reach. pnpm 10 does not run dependency build
# scripts unless listed in onlyBuiltDependencies, so mediasoup's postinstall is deliberately NOT allowed there.
# The patch (pnpm patchedDependencies, see /pnpm-workspace.yaml) switches the worker to Debian bookworm's
# system libraries and fixes a DtlsTransport BIO-callback bug that crashes the worker with Debian's OpenSSL.
#
# Build packages (Debian 12; installed automatically with apt-get when run as root):
#   build-essential pkg-config meson ninja-build libuv1-dev libssl-dev libsrtp2-dev libusrsctp-dev
#   libabsl-dev libflatbuffers-dev flatbuffers-compiler liburing-dev
# Runtime packages the binary links against (needed wherever the binary runs, e.g. the media image):
#   libuv1 libssl3 libsrtp2-1 libusrsctp2 libabsl20220623 liburing2
#
# Environment: MEDIASOUP_WORKER_BIN (see a), GD_CACHE_DIR (cache root, default ~/.cache/giang-duong: outside the
# checkout, so fresh clones on the same machine, CI included, reuse the build),
#              GD_WORKER_JOBS (ninja -j, default 2).
set -euo pipefail

log() { printf '[build-worker] %s\n' "$*" >&2; }
die() { printf '[build-worker] ERROR: %s\n' "$*" >&2; exit 1; }

CHECK_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --check) CHECK_ONLY=1 ;;
    -h | --help) sed -n '2,34p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 0 ;;
    *) die "unknown argument: $arg (expected --check)" ;;
  esac
done

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
MEDIA_DIR="$(cd "$SCRIPT_DIR/.." && pwd -P)"
ROOT="$(cd "$MEDIA_DIR/.." && pwd -P)"
CACHE_ROOT="$(realpath -m "${GD_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/giang-duong}")"
CACHE_BASE="$CACHE_ROOT/mediasoup-worker"
JOBS="${GD_WORKER_JOBS:-2}"

BUILD_PKGS=(build-essential pkg-config meson ninja-build libuv1-dev libssl-dev libsrtp2-dev libusrsctp-dev
  libabsl-dev libflatbuffers-dev flatbuffers-compiler liburing-dev)

# Result: "<source> <absolute path>"; the path alone is the last stdout line in normal mode.
emit() {
  local source="$1" path="$2"
  if [[ "$CHECK_ONLY" == 1 ]]; then
    printf '%s %s\n' "$source" "$path"
  else
    printf '%s\n' "$path"
  fi
  exit 0
}

# 0 when the binary starts and its dynamic libraries resolve (mediasoup exits 41 without MEDIASOUP_VERSION).
worker_runs() {
  local bin="$1" rc=0
  [[ -f "$bin" && -x "$bin" ]] || return 1
  env -u MEDIASOUP_VERSION timeout 10 "$bin" </dev/null >/dev/null 2>&1 || rc=$?
  [[ "$rc" == 41 ]]
}

# --- (a) explicit MEDIASOUP_WORKER_BIN ------------------------------------------------------------------------
if [[ -n "${MEDIASOUP_WORKER_BIN:-}" ]]; then
  bin="$MEDIASOUP_WORKER_BIN"
  [[ -f "$bin" && -x "$bin" ]] || die "MEDIASOUP_WORKER_BIN=$bin is not an executable file (unset it to build/use the cached worker)"
  bin="$(cd "$(dirname "$bin")" && pwd -P)/$(basename "$bin")"
  log "(a) using MEDIASOUP_WORKER_BIN=$bin"
  emit env "$bin"
fi

# --- locate the installed mediasoup package -------------------------------------------------------------------
# mediasoup's "exports" map does not expose ./package.json, so fall back to walking up from its main entry.
MS_INFO="$(cd "$MEDIA_DIR" && node -e '
  const path = require("path"), fs = require("fs");
  let dir = null;
  try { dir = path.dirname(require.resolve("mediasoup/package.json")); } catch {
    try {
      for (let d = path.dirname(require.resolve("mediasoup")); d !== path.dirname(d); d = path.dirname(d)) {
        const f = path.join(d, "package.json");
        if (fs.existsSync(f) && JSON.parse(fs.readFileSync(f, "utf8")).name === "mediasoup") { dir = d; break; }
      }
    } catch {}
  }
  if (dir) {
    dir = fs.realpathSync(dir);
    process.stdout.write(JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version + "\n" + dir + "\n");
  }
' 2>/dev/null || true)"
MS_VERSION="$(sed -n 1p <<<"$MS_INFO")"
MS_DIR="$(sed -n 2p <<<"$MS_INFO")"
[[ -n "$MS_VERSION" && -d "$MS_DIR/worker" ]] ||
  die "mediasoup is not installed for media/ (run: pnpm install from $ROOT), or set MEDIASOUP_WORKER_BIN"
log "mediasoup $MS_VERSION at $MS_DIR"

# --- (b) stock worker shipped/downloaded by the package -------------------------------------------------------
STOCK_BIN="$MS_DIR/worker/out/Release/mediasoup-worker"
if [[ -e "$STOCK_BIN" ]]; then
  if worker_runs "$STOCK_BIN"; then
    log "(b) using the stock worker of the mediasoup package"
    emit stock "$STOCK_BIN"
  fi
  log "(b) stock worker present but does not run; ignoring it: $STOCK_BIN"
fi

# --- (c) cached build --------------------------------------------------------------------------------------
PATCH_FILE="$MEDIA_DIR/patches/mediasoup@$MS_VERSION.patch"
[[ -f "$PATCH_FILE" ]] ||
  die "no patch for mediasoup $MS_VERSION at $PATCH_FILE (the worker only builds against Debian libraries with it)"
PATCH_SHA="$(sha256sum "$PATCH_FILE" | cut -d' ' -f1)"
KEY="$MS_VERSION-${PATCH_SHA:0:12}"
CACHE_DIR="$CACHE_BASE/$KEY"
CACHED_BIN="$CACHE_DIR/mediasoup-worker"

if worker_runs "$CACHED_BIN"; then
  log "(c) using the cached worker (key $KEY)"
  emit cache "$CACHED_BIN"
fi
[[ -e "$CACHED_BIN" ]] && log "(c) cached worker present but does not run (missing runtime libraries?); it will be rebuilt"

# --- (d) build ----------------------------------------------------------------------------------------------
missing_pkgs() {
  local p
  command -v dpkg-query >/dev/null 2>&1 || return 0 # not Debian: let meson report what is missing
  for p in "${BUILD_PKGS[@]}"; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" == "install ok installed" ]] || printf '%s\n' "$p"
  done
}

mapfile -t MISSING < <(missing_pkgs)

if [[ "$CHECK_ONLY" == 1 ]]; then
  if ((${#MISSING[@]})); then
    log "(d) would build; missing Debian packages: ${MISSING[*]}"
  else
    log "(d) would build (all build packages present)"
  fi
  emit build "$CACHED_BIN"
fi

if ((${#MISSING[@]})) && { [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null 2>&1; }; then
  die "missing Debian build packages; install them as root, then re-run:
    apt-get install -y ${MISSING[*]}"
fi

# Serialize concurrent runs (two setup steps at once must not both build or race on the cache).
mkdir -p "$CACHE_BASE"
exec 9>"$CACHE_BASE/.lock"
if ! flock -n 9; then
  log "another build-worker run holds $CACHE_BASE/.lock; waiting"
  flock 9
fi
if worker_runs "$CACHED_BIN"; then # built by whoever held the lock
  log "(c) using the cached worker (key $KEY), built by a concurrent run"
  emit cache "$CACHED_BIN"
fi

if ((${#MISSING[@]})); then
  log "installing Debian build packages: ${MISSING[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2 || die "apt-get update failed"
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${MISSING[@]}" >&2 ||
    die "apt-get install ${MISSING[*]} failed"
  mapfile -t MISSING < <(missing_pkgs)
  ((${#MISSING[@]} == 0)) || die "still missing after apt-get install: ${MISSING[*]}"
fi
for tool in meson ninja c++ strip pkg-config flatc; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found on PATH (Debian packages: ${BUILD_PKGS[*]})"
done

# The sources must carry our patch (a stale node_modules would build the wrong worker under this key).
if command -v git >/dev/null 2>&1; then
  (cd "$MS_DIR" && GIT_CEILING_DIRECTORIES="$(dirname "$MS_DIR")" git apply --check -R "$PATCH_FILE" >/dev/null 2>&1) ||
    die "installed mediasoup at $MS_DIR is not patched with $PATCH_FILE (run: pnpm install from $ROOT)"
fi

TMP="$(mktemp -d "$CACHE_BASE/.build-$KEY.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
BUILD_DIR="$TMP/build"
START=$SECONDS

log "(d) building mediasoup-worker $KEY in $BUILD_DIR (about 4 minutes on 2 cores)"
nice -n 10 meson setup --buildtype=release -Db_ndebug=true --wrap-mode=nodownload "$BUILD_DIR" "$MS_DIR/worker" >&2 ||
  die "meson setup failed (see above)"
nice -n 10 meson compile -C "$BUILD_DIR" flatbuffers-generator >&2 || die "generating FlatBuffers headers failed"
nice -n 10 ninja -C "$BUILD_DIR" -j"$JOBS" mediasoup-worker >&2 || die "compiling mediasoup-worker failed"

mkdir "$TMP/out"
strip -o "$TMP/out/mediasoup-worker" "$BUILD_DIR/mediasoup-worker"
chmod 755 "$TMP/out/mediasoup-worker"
worker_runs "$TMP/out/mediasoup-worker" || die "the freshly built worker does not start"
{
  echo "mediasoup $MS_VERSION"
  echo "patch $(basename "$PATCH_FILE") sha256 $PATCH_SHA"
  echo "built $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") in $((SECONDS - START))s"
} >"$TMP/out/BUILD-INFO"

# Atomic publish: rename a complete directory into place.
rm -rf "$CACHE_DIR"
mv -T "$TMP/out" "$CACHE_DIR"
log "(d) built in $((SECONDS - START))s: $CACHED_BIN ($(du -h "$CACHED_BIN" | cut -f1))"
emit build "$CACHED_BIN"
