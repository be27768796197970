#!/usr/bin/env bash
# `npm test`: every test: unit and component tests beside the type check, the content checks and the
# production build, then end-to-end tests in Debian Chromium. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results reports
rm -f reports/*.status reports/e2e.log reports/e2e.pid
status=0
stage_failures=0
fail_stage() { status=1; stage_failures=$((stage_failures + 1)); }

KIOSK_NEED_NGINX=1 bash scripts/ensure-system-deps.sh || exit 1

# vitest runs one worker on two cores (os.availableParallelism() - 1): the type check, the content
# checks and the build run one after the other on the other core meanwhile, each into its log, and
# report in this order once vitest is done (about 40 s less than all five one after the other).
{
  npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human > reports/svelte-check.log 2>&1
  echo $? > reports/svelte-check.status
  for set in content examples/*/; do
    npx tsx scripts/content-check.ts "$set" > "reports/content-check-$(basename "$set").log" 2>&1
    echo $? > "reports/content-check-$(basename "$set").status"
  done
  { npx vite build --logLevel warn && node scripts/verify-precache.mjs; } > reports/build.log 2>&1
  echo $? > reports/build.status
  # The end-to-end tests need only the build: they start now, beside vitest's last seconds, into
  # their log, which is shown (as it grows) once the stages above have reported.
  { npx playwright test > reports/e2e.log 2>&1; echo $? > reports/e2e.status; } &
  echo $! > reports/e2e.pid
} &
beside=$!
passed_stage() { [ "$(cat "reports/$1.status" 2>/dev/null)" = 0 ]; }

echo "== unit and component tests (vitest)"
# A generous per-test timeout: the other core is busy with the stages beside, and a loaded CI
# machine must not fail a test that is only slow (seen: 5.9 s for the font table at load 24).
npx vitest run --testTimeout=30000 --reporter=default --reporter=json --outputFile=reports/unit-results.json || status=1
wait "$beside"

echo "== type check (svelte-check)"
cat reports/svelte-check.log
passed_stage svelte-check || fail_stage

echo "== content sets (content:check)"
for set in content examples/*/; do
  passed_stage "content-check-$(basename "$set")" && echo "ok   $set" || { echo "FAIL $set"; cat "reports/content-check-$(basename "$set").log"; fail_stage; }
done

echo "== production build"
cat reports/build.log
passed_stage build || { echo "build failed"; fail_stage; }

echo "== end-to-end tests (Playwright + Chromium)"
tail -n +1 --pid="$(cat reports/e2e.pid)" -f reports/e2e.log
passed_stage e2e || status=1

node scripts/test-summary.mjs reports/unit-results.json reports/e2e-results.json "$stage_failures" || status=1
exit $status
