#!/usr/bin/env node
// Fails the build when anything the kiosk needs is missing from the service worker's precache
// (workbox only warns when a file is too large; a kiosk that lacks its font offline is broken),
// or when the layout sheet (sheet/, a page for tests and staff's checker) leaks into the kiosk's
// own files: the kiosk may share modules with it, never load its code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every file a page loads: its scripts, styles and preloads, and every chunk they import, also lazily. */
function reachable(page) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    // Static and dynamic imports (`./x.js`) and the preload helper's lists (`assets/x.js`).
    for (const [, name] of readFileSync(join(dist, file), 'utf8').matchAll(/(?:\.\/|assets\/)([\w.-]+\.(?:js|css))/g)) visit(`assets/${name}`);
  };
  const html = readFileSync(join(dist, page), 'utf8');
  for (const [, url] of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) visit(url);
  return seen;
}

const kiosk = reachable('index.html');
const problems = [];
let sheetOnly = [];
if (existsSync(join(dist, 'sheet', 'index.html'))) {
  const sheet = reachable('sheet/index.html');
  sheetOnly = ['sheet/index.html', ...[...sheet].filter((f) => !kiosk.has(f))];
  if (sheetOnly.length < 2) problems.push('the layout sheet has no code of its own: the kiosk loads all of it');
  const leaked = [...kiosk].filter((f) => f.endsWith('.js') && readFileSync(join(dist, f), 'utf8').includes('data-sheet-scene'));
  if (leaked.length) problems.push(`the kiosk loads the layout sheet's code (src/sheet/) in: ${leaked.join(', ')}`);
}
// The content editor (editor/) is precached too (staff may open it offline) but never loaded by the kiosk.
if (existsSync(join(dist, 'editor', 'index.html'))) {
  const leaked = [...kiosk].filter((f) => f.endsWith('.js') && readFileSync(join(dist, f), 'utf8').includes('data-editor-state'));
  if (leaked.length) problems.push(`the kiosk loads the content editor's code (src/editor/) in: ${leaked.join(', ')}`);
}
if (problems.length) {
  console.error(`✗ ${problems.join('\n✗ ')}`);
  process.exit(1);
}

// The sheet's own files may be precached or not (a few KB, never used offline by the kiosk).
const optional = new Set([...NOT_PRECACHED, ...sheetOnly]);
const inPrecache = (f) => sw.includes(`"${f}"`) || sw.includes(`'${f}'`);
const missing = files.filter((f) => !optional.has(f) && !f.endsWith('.map') && !inPrecache(f));
let total = 0;
for (const f of files) if (!optional.has(f) && !f.endsWith('.map')) total += statSync(join(dist, f)).size;
if (missing.length) {
  console.error(`✗ not in the service worker's precache (the kiosk would break offline):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
const required = files.filter((f) => !optional.has(f) && !f.endsWith('.map')).length;
const sheetNote = sheetOnly.length ? `; the layout sheet's ${sheetOnly.length} files stay out of the kiosk's pages` : '';
console.log(`✓ precache holds all ${required} app files (${(total / 1024 / 1024).toFixed(2)} MB)${sheetNote}`);
