#!/usr/bin/env bash
# Runs the browser end-to-end tests (out/test/e2e/*.e2e.test.js, built by
# `npm run build:tests`) against a real VS Code (code-server) in headless Chromium, with
# the packaged extension installed. Installs code-server and Chromium first if they are
# missing (see install-code-server.sh), and packages dist/policy-markdown.vsix when it is
# missing or older than the sources.
#
# Usage: scripts/e2e/run.sh [--grep pattern]
# Env:  POLICYMD_E2E_VSIX   test this vsix instead of packaging one (scripts/e2e/sabotage.sh uses it)
#       POLICYMD_E2E_CACHE  where code-server is cached (default ~/.cache/policymd-e2e)
#       POLICYMD_E2E_RESULTS  results name (default e2e; '-' records nothing)
# Results: out/test-results/e2e.json (counted by test/summary.mjs); screenshots and
# failure logs in test-output/e2e/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
START=$SECONDS

# The installer prints the install dir on its last stdout line; its progress goes to stderr.
POLICYMD_CODE_SERVER="$(bash scripts/e2e/install-code-server.sh | tail -n 1)"
export POLICYMD_CODE_SERVER
export POLICYMD_ROOT="$ROOT"

if [ -z "${POLICYMD_E2E_VSIX:-}" ]; then
  vsix=dist/policy-markdown.vsix
  if [ ! -f "$vsix" ] || [ -n "$(find client server package.json package.nls.json package.nls.ja.json language-configuration.json syntaxes snippets -newer "$vsix" -print -quit)" ]; then
    echo "run.sh: packaging $vsix (missing or older than the sources)" >&2
    npm run --silent package >&2
  fi
fi

mkdir -p test-output/e2e
shopt -s nullglob
tests=(out/test/e2e/*.e2e.test.js)
if [ "${#tests[@]}" -eq 0 ]; then
  echo "run.sh: no e2e tests in out/test/e2e/; build them first (npm run build:tests)" >&2
  exit 1
fi

status=0
node scripts/e2e/mocha.mjs "${POLICYMD_E2E_RESULTS:-e2e}" "${tests[@]}" "$@" || status=$?
echo "run.sh: e2e took $((SECONDS - START))s" >&2
exit $status
