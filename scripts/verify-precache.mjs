#!/usr/bin/env node
// Fails the build when anything the kiosk needs is missing from the service worker's precache
// (workbox only warns when a file is too large; a kiosk that lacks its font offline is broken).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.env.KIOSK_DIST ?? 'dist';
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const NOT_PRECACHED = new Set(['sw.js', 'registerSW.js']);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(relative(dist, full).replaceAll('\\', '/'));
  }
};
walk(dist);
const missing = files.filter((f) => !NOT_PRECACHED.has(f) && !f.endsWith('.map') && !sw.includes(`"${f}"`) && !sw.includes(`'${f}'`));
let total = 0;
for (const f of files) if (!NOT_PRECACHED.has(f)) total += statSync(join(dist, f)).size;
if (missing.length) {
  console.error(`✗ not in the service worker's precache (the kiosk would break offline):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ precache holds all ${files.length - 1} app files (${(total / 1024 / 1024).toFixed(2)} MB)`);
