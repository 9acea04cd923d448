#!/usr/bin/env bash
# Prepares a checkout of Giảng Đường for build, run and test. Idempotent and non-interactive;
# a second run on a ready machine takes about a second.
#
#   bash .ci/setup.sh             Node check, pnpm 10.34.9, workspace install
#   bash .ci/setup.sh --browser   ... plus Debian's Chromium and fonts for browser tests
#   bash .ci/setup.sh --worker    ... plus the mediasoup worker (built once from Debian packages, then cached)
#
# Used by `npm start`, `npm test`, CI and the Dockerfiles, so it must not depend on anything the
# project installs itself. Only the npm registry and Debian's apt archive are reachable.
set -euo pipefail

PNPM_VERSION=10.34.9
NODE_MIN=20.19.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WANT_BROWSER=0
WANT_WORKER=0
for arg in "$@"; do
  case "$arg" in
    --browser) WANT_BROWSER=1 ;;
    --worker) WANT_WORKER=1 ;;
    -h | --help) sed -n '2,10p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup: unknown option '$arg' (known: --browser, --worker)" >&2; exit 2 ;;
  esac
done

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export COREPACK_INTEGRITY_KEYS=0
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
export COREPACK_ENABLE_AUTO_PIN=0

say() { printf '\033[1;34msetup:\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31msetup: %s\033[0m\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }
# Runs a command as root: directly, through password-less sudo, or not at all (returns 1).
as_root() {
  if is_root; then "$@"; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

# --- Node ---------------------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || fail "Node.js >= $NODE_MIN is required but 'node' is not on PATH. Install Node 20 LTS (>= $NODE_MIN) or 22."
NODE_VERSION="$(node -p 'process.versions.node')"
if ! node -e '
  const [a, b] = process.argv.slice(1).map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) { if (a[i] !== b[i]) process.exit(a[i] > b[i] ? 0 : 1); }' "$NODE_VERSION" "$NODE_MIN"; then
  fail "Node.js $NODE_VERSION is too old: Giảng Đường needs >= $NODE_MIN (it relies on require() of ES modules). Install Node 20 LTS (>= $NODE_MIN) or 22."
fi
NODE_BIN_DIR="$(dirname "$(command -v node)")"

# --- pnpm ---------------------------------------------------------------------------------------
pnpm_ok() { [ "$(cd "$ROOT" && "${1:-pnpm}" --version 2>/dev/null)" = "$PNPM_VERSION" ]; }

# Puts pnpm where the calling npm script will find it: npm prepends <root>/node_modules/.bin to
# PATH for `npm start` / `npm test`, so a link there makes the `pnpm ...` that follows work even
# when pnpm went to a user prefix that is not on PATH.
link_for_npm_scripts() {
  local bin="$1"
  mkdir -p "$ROOT/node_modules/.bin"
  ln -sf "$bin" "$ROOT/node_modules/.bin/pnpm"
  LINKED_PNPM="$bin"
  PATH="$ROOT/node_modules/.bin:$PATH"
  say "pnpm is in $(dirname "$bin"), which is not on your PATH: \`npm start\`/\`npm test\` still find it."
  say "To use pnpm in your shell too, add to ~/.bashrc or ~/.profile:  export PATH=\"$(dirname "$bin"):\$PATH\""
}
LINKED_PNPM=

ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && pnpm_ok pnpm; then return 0; fi
  # Installed by an earlier run into a user prefix that is not on PATH.
  if [ -x "$HOME/.local/bin/pnpm" ] && pnpm_ok "$HOME/.local/bin/pnpm"; then
    link_for_npm_scripts "$HOME/.local/bin/pnpm"
    return 0
  fi
  say "pnpm $PNPM_VERSION not found on PATH; installing it"

  # 1. corepack (ships with Node 20/22). Shims go next to `node`, a directory already on PATH.
  if command -v corepack >/dev/null 2>&1; then
    local shim_dir="$NODE_BIN_DIR"
    if [ ! -w "$shim_dir" ] && ! is_root; then shim_dir="$HOME/.local/bin"; mkdir -p "$shim_dir"; fi
    if corepack enable --install-directory "$shim_dir" pnpm >/dev/null 2>&1 \
      && corepack prepare "pnpm@$PNPM_VERSION" --activate >/dev/null 2>&1; then
      hash -r
      if pnpm_ok "$shim_dir/pnpm"; then
        case ":$PATH:" in *":$shim_dir:"*) ;; *) link_for_npm_scripts "$shim_dir/pnpm" ;; esac
        return 0
      fi
    fi
    say "corepack could not provide pnpm $PNPM_VERSION; falling back to npm"
  fi

  # 2. npm into the global prefix (root, or a writable prefix).
  local prefix
  prefix="$(npm prefix -g 2>/dev/null || true)"
  if is_root || { [ -n "$prefix" ] && [ -w "$prefix/bin" ] && [ -w "$prefix/lib" ]; }; then
    npm install -g --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
    hash -r
    if pnpm_ok pnpm; then return 0; fi
    if [ -x "$prefix/bin/pnpm" ] && pnpm_ok "$prefix/bin/pnpm"; then link_for_npm_scripts "$prefix/bin/pnpm"; return 0; fi
  fi

  # 3. npm into a user prefix.
  prefix="$HOME/.local"
  npm install -g --prefix "$prefix" --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null \
    || fail "could not install pnpm $PNPM_VERSION (tried corepack and npm). Install it by hand: npm install -g pnpm@$PNPM_VERSION"
  pnpm_ok "$prefix/bin/pnpm" || fail "pnpm was installed to $prefix/bin but does not run"
  case ":$PATH:" in *":$prefix/bin:"*) ;; *) link_for_npm_scripts "$prefix/bin/pnpm" ;; esac
}
ensure_pnpm
PNPM="$(command -v pnpm)"

# --- Browser for end-to-end tests ---------------------------------------------------------------
BROWSER_PACKAGES=(chromium fonts-noto-core fonts-liberation)
if [ "$WANT_BROWSER" = 1 ]; then
  missing=0
  [ -x /usr/bin/chromium ] || missing=1
  if command -v dpkg-query >/dev/null 2>&1; then
    for p in fonts-noto-core fonts-liberation; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing=1
    done
  fi
  if [ "$missing" = 1 ]; then
    command -v apt-get >/dev/null 2>&1 \
      || fail "browser tests need /usr/bin/chromium; this is not a Debian/Ubuntu system, so install Chromium and the Noto/Liberation fonts with your package manager."
    say "installing ${BROWSER_PACKAGES[*]} (apt)"
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq \
      || ! as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${BROWSER_PACKAGES[@]}" >/dev/null; then
      if ! is_root; then
        fail "browser tests need Debian's Chromium and fonts, and installing them needs root. Run once:
    sudo apt-get update && sudo apt-get install -y ${BROWSER_PACKAGES[*]}
  then run this command again."
      fi
      fail "apt-get could not install ${BROWSER_PACKAGES[*]}"
    fi
    [ -x /usr/bin/chromium ] || fail "apt-get finished but /usr/bin/chromium is missing"
  fi
fi

# --- Workspace dependencies ---------------------------------------------------------------------
# Skip when the last install is newer than the lockfile and every manifest, and each workspace
# package has its node_modules.
install_is_current() {
  local marker="$ROOT/node_modules/.modules.yaml"
  [ -f "$marker" ] || return 1
  [ -n "$(find "$ROOT/pnpm-lock.yaml" "$ROOT/pnpm-workspace.yaml" -newer "$marker" 2>/dev/null)" ] && return 1
  local manifest
  while IFS= read -r manifest; do
    [ "$manifest" -nt "$marker" ] && return 1
    [ "$manifest" = "$ROOT/package.json" ] || [ -d "$(dirname "$manifest")/node_modules" ] || return 1
  done < <(find "$ROOT" -maxdepth 2 -name package.json -not -path '*/node_modules/*' -not -path '*/.data/*')
  return 0
}

if install_is_current; then
  say "dependencies up to date"
else
  if [ "${CI:-}" = true ]; then
    say "pnpm install --frozen-lockfile"
    "$PNPM" install --frozen-lockfile
  else
    say "pnpm install --prefer-offline"
    "$PNPM" install --prefer-offline
  fi
  # pnpm leaves the marker untouched when nothing changed; touch it so the next run can skip.
  touch "$ROOT/node_modules/.modules.yaml"
fi
# pnpm rewrites node_modules/.bin on install: put the link back if we made one.
[ -z "$LINKED_PNPM" ] || ln -sf "$LINKED_PNPM" "$ROOT/node_modules/.bin/pnpm"

# --- mediasoup worker ---------------------------------------------------------------------------
# Builds mediasoup's worker from Debian packages (apt-get when root; otherwise the error names the packages to
# install) and caches it in ~/.cache/giang-duong/mediasoup-worker/<version>-<patch hash>/, where the media
# service finds it by itself. A cached or stock worker, or MEDIASOUP_WORKER_BIN, makes this take a second.
# See media/scripts/build-worker.sh and shared/mediasoup/README.md.
if [ "$WANT_WORKER" = 1 ]; then
  say "mediasoup worker (media/scripts/build-worker.sh)"
  WORKER_BIN="$(bash "$ROOT/media/scripts/build-worker.sh" | tail -n1)" \
    || fail "the mediasoup worker could not be built (see the messages above); live classes need it"
  say "mediasoup worker: $WORKER_BIN"
fi

say "ready (node $NODE_VERSION, pnpm $("$PNPM" --version))"
