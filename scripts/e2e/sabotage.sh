#!/usr/bin/env bash
# Shows that the end-to-end scenarios catch a broken extension: packages a deliberately
# broken copy of dist/policy-markdown.vsix and runs the scenarios against it. Succeeds
# (exit 0) only if the scenarios FAIL; exits 1 if they pass although the product is broken.
#
# Usage: scripts/e2e/sabotage.sh [server-exits|no-diagnostics|no-language-switch|no-scroll-sync] [--grep pattern]
#   server-exits        the language server exits at start (a crash on load)
#   no-diagnostics      the server runs but never publishes diagnostics (checks silently off)
#   no-language-switch  the client no longer switches `.md` files with policy: front matter
#   no-scroll-sync      the preview no longer follows the editor's scrolling
# Needs the normal vsix first (run.sh packages it) and python3 (to rewrite the zip).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mode="${1:-server-exits}"
target=server
[ $# -gt 0 ] && shift

case "$mode" in
  server-exits)
    patch='process.stderr.write("policymd sabotage: server exits at start\n"); process.exit(3);' ;;
  no-diagnostics)
    # The server talks to the client over Node IPC: drop the one notification that carries findings.
    patch='{ const send = process.send.bind(process); process.send = (message, ...rest) => (message && message.method === "textDocument/publishDiagnostics") ? true : send(message, ...rest); }' ;;
  no-language-switch)
    # The client's switch of `.md` files with policy: front matter becomes a no-op.
    patch='{ const languages = require("vscode").languages; languages.setTextDocumentLanguage = async (document) => document; }'
    target=client ;;
  no-scroll-sync)
    # The preview no longer hears that the editor scrolled (editor → preview sync off).
    patch='{ const window = require("vscode").window; window.onDidChangeTextEditorVisibleRanges = () => ({ dispose() {} }); }'
    target=client ;;
  *) echo "sabotage.sh: unknown mode $mode (server-exits | no-diagnostics | no-language-switch | no-scroll-sync)" >&2; exit 2 ;;
esac

[ -f dist/policy-markdown.vsix ] || npm run --silent package >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
broken="$work/policy-markdown-$mode.vsix"
python3 - dist/policy-markdown.vsix "$broken" "$patch" "extension/dist/$target.js" <<'PY'
import sys, zipfile
source, target, patch, patched = sys.argv[1:5]
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == patched:
            data = (patch + '\n').encode() + data
        zout.writestr(info, data)
PY
echo "sabotage.sh: testing $broken" >&2

status=0
POLICYMD_E2E_VSIX="$broken" POLICYMD_E2E_RESULTS=- bash scripts/e2e/run.sh "$@" || status=$?
if [ "$status" -eq 0 ]; then
  echo "sabotage.sh: the scenarios PASSED against a broken extension ($mode): they do not test it." >&2
  exit 1
fi
echo "sabotage.sh: the scenarios failed against the broken extension ($mode), as they must (exit $status)." >&2
