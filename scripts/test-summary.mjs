#!/usr/bin/env node
// Adds up vitest's and Playwright's JSON reports into the one closing line CI reads.
import { readFileSync, existsSync } from 'node:fs';

const [unitFile, e2eFile, stageFailures = '0'] = process.argv.slice(2);
let passed = 0;
// A failed type check, content check or build counts as one failed test each.
let failed = Number(stageFailures) || 0;
let skipped = 0;

if (unitFile && existsSync(unitFile)) {
  const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += (unit.numFailedTests ?? 0) + (unit.numFailedTestSuites && !unit.numFailedTests ? unit.numFailedTestSuites : 0);
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else {
  console.log('no unit test report');
  failed += 1;
}
if (e2eFile && existsSync(e2eFile)) {
  const report = JSON.parse(readFileSync(e2eFile, 'utf8'));
  const stats = report.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  // Errors outside any test (the web server could not start, a spec does not load) fail the run,
  // even though no test was counted as failed.
  const globalErrors = Array.isArray(report.errors) ? report.errors : [];
  for (const error of globalErrors) console.log(`end-to-end run error: ${String(error.message ?? error).split('\n')[0]}`);
  if (globalErrors.length > 0 || (stats.errors ?? 0) > 0) failed += 1;
} else {
  console.log('no end-to-end report');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
