#!/usr/bin/env bash
# Installs what the browser end-to-end tests need: Debian's Chromium (playwright's own
# browser download cannot be reached from here), ripgrep (code-server's search binary
# is normally a download too), Japanese fonts (so screenshots of Japanese policies are
# readable) and code-server itself, built from the npm registry tarball.
#
# Idempotent: every step checks first, so a warm run costs a couple of seconds.
# The install is keyed by version under the cache dir and only moved into place once
# `entry.js --version` works, so an interrupted run never leaves a half-install that a
# later run would trust.
#
# Usage: scripts/e2e/install-code-server.sh   (prints the install dir on its last line)
# Env:   POLICYMD_E2E_CACHE  cache root (default: $HOME/.cache/policymd-e2e)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE_ROOT="${POLICYMD_E2E_CACHE:-$HOME/.cache/policymd-e2e}"
INSTALL_DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
START=$SECONDS

log() { printf '[install-code-server] %s\n' "$*" >&2; }
elapsed() { log "done in $((SECONDS - START))s"; }
trap elapsed EXIT

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else log "need root for: $*"; return 1
  fi
}

# --- Debian packages -------------------------------------------------------------
# make/g++/python3 are needed by node-gyp for code-server's native modules.
APT_PACKAGES=(libkrb5-dev pkg-config ripgrep chromium fonts-ipafont-gothic make g++ python3)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  # python3 may come from pyenv or similar rather than Debian: accept any on PATH.
  case "$pkg" in
    python3|make|g++) command -v "$pkg" >/dev/null 2>&1 && continue ;;
  esac
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  log "apt packages present"
fi
command -v chromium >/dev/null || { log "chromium not on PATH after install"; exit 1; }
command -v rg >/dev/null || { log "rg not on PATH after install"; exit 1; }

# --- code-server -----------------------------------------------------------------
works() {
  local version
  # Captured rather than piped into `grep -q`: under pipefail an early-exiting grep can
  # fail the pipeline with SIGPIPE although the version matched.
  [ -f "$1/out/node/entry.js" ] || return 1
  version="$(node "$1/out/node/entry.js" --version 2>/dev/null)" || return 1
  [[ "$version" == "$CODE_SERVER_VERSION "* ]]
}

if works "$INSTALL_DIR"; then
  log "code-server $CODE_SERVER_VERSION already installed in $INSTALL_DIR"
  echo "$INSTALL_DIR"
  exit 0
fi
if [ -d "$INSTALL_DIR" ]; then
  # Say why a present install is rebuilt, so an unexpected cold run can be explained.
  log "$INSTALL_DIR exists but does not start; rebuilding. Its --version said: $(node "$INSTALL_DIR/out/node/entry.js" --version 2>&1 | head -3 | tr '\n' ' ')"
fi

mkdir -p "$CACHE_ROOT"
WORK="$(mktemp -d "$CACHE_ROOT/.build-XXXXXX")"
cleanup_work() { rm -rf "$WORK"; }
trap 'cleanup_work; elapsed' EXIT

log "npm pack code-server@$CODE_SERVER_VERSION"
(cd "$WORK" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null)
tar -xzf "$WORK"/code-server-*.tgz -C "$WORK"
PKG="$WORK/package"

# --ignore-scripts: code-server's postinstall and @vscode/ripgrep's download reach
# GitHub, which is not reachable; the native modules are rebuilt explicitly below.
log "npm install (code-server runtime deps)"
(cd "$PKG" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2)

log "npm install (VS Code server deps)"
(cd "$PKG/lib/vscode" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2)

# The server looks for rg inside @vscode/ripgrep; Debian's binary stands in for the
# download that package's postinstall would have made.
mkdir -p "$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin"
ln -sf "$(command -v rg)" "$PKG/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"

log "npm rebuild (VS Code native modules; takes a few minutes)"
(cd "$PKG/lib/vscode" && npm_config_yes=true npm rebuild --loglevel=error >&2)
# Release builds load node modules through node_modules.asar paths.
ln -sfn node_modules "$PKG/lib/vscode/node_modules.asar"

log "npm rebuild argon2"
(cd "$PKG" && npm_config_yes=true npm rebuild argon2 --loglevel=error >&2)

works "$PKG" || { log "code-server does not start: node $PKG/out/node/entry.js --version"; node "$PKG/out/node/entry.js" --version >&2 || true; exit 1; }

rm -rf "$INSTALL_DIR"
mv "$PKG" "$INSTALL_DIR"
# The symlink above is relative, so it survives the move; the absolute rg link too.
works "$INSTALL_DIR"
log "installed: $(node "$INSTALL_DIR/out/node/entry.js" --version | head -1)"
echo "$INSTALL_DIR"
