#!/usr/bin/env bash
# `npm test`: every test, in order of cost: type check, unit and component tests, content checks,
# production build, end-to-end tests in Debian Chromium. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results reports
status=0
stage_failures=0
fail_stage() { status=1; stage_failures=$((stage_failures + 1)); }

KIOSK_NEED_NGINX=1 bash scripts/ensure-system-deps.sh || exit 1

echo "== type check (svelte-check)"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human || fail_stage

echo "== unit and component tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=reports/unit-results.json || status=1

echo "== content sets (content:check)"
for set in content examples/*/; do
  npx tsx scripts/content-check.ts "$set" > "reports/content-check-$(basename "$set").log" 2>&1 \
    && echo "ok   $set" || { echo "FAIL $set"; cat "reports/content-check-$(basename "$set").log"; fail_stage; }
done

echo "== production build"
{ npx vite build --logLevel warn && node scripts/verify-precache.mjs; } || { echo "build failed"; fail_stage; }

echo "== end-to-end tests (Playwright + Chromium)"
npx playwright test || status=1

node scripts/test-summary.mjs reports/unit-results.json reports/e2e-results.json "$stage_failures" || status=1
exit $status
