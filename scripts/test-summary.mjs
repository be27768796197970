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
  const stats = JSON.parse(readFileSync(e2eFile, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  if ((stats.errors ?? 0) > 0) failed += 1;
} else {
  console.log('no end-to-end report');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
