#!/usr/bin/env node
// Developer aid: screenshot a kiosk URL in Debian Chromium.
// Usage: node scripts/shot.mjs URL out.png [width] [height] [waitMs]
import { chromium } from '@playwright/test';
import { COMMON_FLAGS } from './lib/chromium-flags.mjs';

const [url = 'http://127.0.0.1:4173/', out = 'shot.png', w = '1920', h = '1080', wait = '2500'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...COMMON_FLAGS] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out });
console.log(await page.evaluate(() => JSON.stringify({ ...document.documentElement.dataset, scene: document.querySelector('[data-scene-id]')?.getAttribute('data-scene-id'), ready: document.querySelector('[data-scene-id]')?.getAttribute('data-ready') })));
await browser.close();
