#!/usr/bin/env bash
# Runs the browser end-to-end tests (out/test/e2e/*.e2e.test.js, built by
# `npm run build:tests`) against a real VS Code (code-server) in headless Chromium.
# Installs code-server and Chromium first if they are missing (see install-code-server.sh).
#
# Usage: scripts/e2e/run.sh [extra mocha args, e.g. --grep smoke]
# Scenarios that need the extension read dist/policy-markdown.vsix (npm run build && npm run package),
# or POLICYMD_E2E_VSIX. Screenshots and failure logs go to test-output/e2e/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

# The installer prints the install dir on its last stdout line; its progress goes to stderr.
POLICYMD_CODE_SERVER="$(bash scripts/e2e/install-code-server.sh | tail -n 1)"
export POLICYMD_CODE_SERVER
export POLICYMD_ROOT="$ROOT"

shopt -s nullglob
tests=(out/test/e2e/*.e2e.test.js)
if [ "${#tests[@]}" -eq 0 ]; then
  echo "run.sh: no e2e tests in out/test/e2e/; build them first (npm run build:tests)" >&2
  exit 1
fi

mkdir -p test-output/e2e
# --exit: the suites close their browser and server in suiteTeardown, but a handle
# leaked by a future scenario must not hang CI until its time limit.
exec node node_modules/mocha/bin/mocha.js --ui tdd --timeout 180000 --exit "${tests[@]}" "$@"
