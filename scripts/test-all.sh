#!/usr/bin/env bash
# `npm test`: every test. Integration tests also run on PostgreSQL when TEST_DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
echo "== lint (eslint, then prettier --check; npm run format fixes the formatting)"
npm run --silent lint
echo "== typecheck"
npx tsc --noEmit
echo "== unit and integration (PGlite${TEST_DATABASE_URL:+ and PostgreSQL})"
npx vitest run
echo "== build"
npx next build
echo "== end-to-end (Chromium, desktop 1280x800 and phone 390x844)"
npx playwright test
