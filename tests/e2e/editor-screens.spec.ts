// The README's staff walk-through pictures (docs/images/editor-*.png), taken on the repository's
// own content in OPFS at an office PC's screen sizes. Not part of the suite: run it by hand after
// a change to the editor's look, then look at every picture.
//   EDITOR_SCREENSHOTS=1 KIOSK_DIST=dist E2E_PORT=4310 npx playwright test tests/e2e/editor-screens.spec.ts --workers=1
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_FILES } from '../../src/content/schema.ts';
import { sharedPage } from './kiosk.ts';
import { writeFile } from 'node:fs/promises';
import { deflateSync, inflateSync } from 'node:zlib';

test.skip(!process.env.EDITOR_SCREENSHOTS, 'takes the README pictures; set EDITOR_SCREENSHOTS=1');
test.describe.configure({ mode: 'serial' });

const NOW = '2026-12-02T10:00:00+08:00';
async function shot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void> {
  const png = await page.screenshot({ ...(clip ? { clip } : {}), animations: 'disabled', caret: 'hide' });
  const small = paletted(png);
  expect(small.length, `editor-${name}.png`).toBeLessThan(200_000);
  await writeFile(`docs/images/editor-${name}.png`, small);
}

let page: Page;

test.beforeAll(async ({ browser }, testInfo) => {
  page = await sharedPage(browser, testInfo, { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, hasTouch: false });
  await page.goto('/sheet/?host=editor');
  // The repository's set, its media too, copied into OPFS.
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for await (const name of root.keys()) await root.removeEntry(name, { recursive: true });
    const put = async (path: string, data: Blob | string) => {
      let dir = root;
      const parts = path.split('/');
      const name = parts.pop()!;
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await w.write(data);
      await w.close();
    };
    for (const file of files) await put(file, await (await fetch(`/content/${file}`)).text());
    const workers = (await (await fetch('/content/workers.json')).json()) as { workers: { portrait?: string }[] };
    for (const w of workers.workers) if (w.portrait) await put(w.portrait, await (await fetch(`/content/${w.portrait}`)).blob());
  }, Object.values(CONTENT_FILES).map((f) => f.file));
  await page.goto(`/editor/?opfs=1&now=${encodeURIComponent(NOW)}`);
  await expect(page.locator('[data-editor-state]')).toHaveAttribute('data-editor-state', 'clean');
  await expect(page.locator('[data-editor-preview] [data-scene-id]')).toHaveAttribute('data-ready', 'true');
});
test.afterAll(async () => page?.context().close());

const ready = () => expect(page.locator('[data-editor-preview] [data-scene-id]')).toHaveAttribute('data-ready', 'true');

test('1 open, 2 change a figure', async () => {
  await shot(page, 'open');
  const value = page.locator('[data-editor-field="achievements.json:/sections/0/figures/0/value"]');
  await value.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await value.fill('150');
  await ready();
  await shot(page, 'figure');
  await value.fill('15O');
  await expect(page.locator('[data-editor-state]')).toHaveAttribute('data-editor-state', 'invalid');
  await shot(page, 'problem');
  await value.fill('150');
});

test('3 add a worker with a photo', async () => {
  await page.locator('[data-editor-tab="workers"]').click();
  await page.getByRole('button', { name: '＋ 添加一项 / Add' }).last().click();
  const at = (p: string) => page.locator(`[data-editor-field="workers.json:/workers/8${p}"]`);
  await at('/id').fill('wang-li');
  await at('/name').fill('王丽');
  await at('/workplace').fill('雁江区公交公司');
  await at('/trade').fill('公交驾驶员');
  await at('/honours/0/title').fill('市劳动模范');
  await at('/story/0').fill('王丽驾驶 12 路公交车十八年，安全行驶六十万公里，车厢里常备老花镜和雨伞。');
  const photo = await page.evaluateHandle(async () => {
    const canvas = new OffscreenCanvas(1600, 2000);
    const g = canvas.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 2000);
    sky.addColorStop(0, '#d9c3a5');
    sky.addColorStop(1, '#8f6f55');
    g.fillStyle = sky;
    g.fillRect(0, 0, 1600, 2000);
    g.fillStyle = '#3b2a22';
    g.beginPath();
    g.arc(800, 800, 300, 0, Math.PI * 2);
    g.fill();
    g.fillRect(350, 1200, 900, 800);
    const dt = new DataTransfer();
    dt.items.add(new File([await canvas.convertToBlob({ type: 'image/jpeg' })], 'wang-li.jpg', { type: 'image/jpeg' }));
    return dt;
  });
  const drop = page.locator('.drop').last();
  await drop.dispatchEvent('drop', { dataTransfer: photo });
  await expect(page.locator('[data-portrait-result]').last()).toContainText('900×1200');
  await at('/name').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -130));
  await shot(page, 'worker');
});

test('4 add a weekly event', async () => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('[data-editor-tab="events"]').click();
  await page.getByRole('button', { name: '＋ 添加一项 / Add' }).last().click();
  const n = await page.locator('[data-editor-field$="/title"][data-editor-field^="events.json"]').count();
  const at = (p: string) => page.locator(`[data-editor-field="events.json:/events/${n - 1}${p}"]`);
  await at('/id').fill('tai-chi');
  await at('/title').fill('太极拳晨练');
  await at('/category').selectOption('sport');
  await at('/start').fill('2026-12-07T07:30');
  await at('/end').fill('2026-12-07T08:30');
  await at('/location').fill('一楼广场');
  await page.getByRole('button', { name: '＋ 添加 重复 / Add repeats' }).last().click();
  await page.locator(`[data-editor-field="events.json:/events/${n - 1}/recurrence/weekdays"][aria-label="周四 Thu"]`).check();
  await page.locator(`[data-calendar="events.json:/events/${n - 1}/recurrence/except"] [data-calendar-day="2026-12-24"]`).click();
  await ready();
  await at('/title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -150));
  await shot(page, 'event');
});

test('5 publish, 6 roll back', async () => {
  await page.locator('[data-editor-publish]').click();
  await expect(page.locator('[data-editor-state]')).toHaveAttribute('data-editor-state', 'published');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'publish', { x: 0, y: 0, width: 1920, height: 200 });
});

test('playlist drag', async () => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.locator('[data-editor-tab="playlist"]').click();
  await page.locator('[data-drag-handle="4"]').scrollIntoViewIfNeeded();
  const grip = (await page.locator('[data-drag-handle="4"]').boundingBox())!;
  await page.mouse.move(grip.x + 5, grip.y + 8);
  await page.mouse.down();
  await expect(page.locator('fieldset.folded')).toHaveCount(1);
  const to = (await page.locator('[data-drag-handle="1"]').boundingBox())!;
  await page.mouse.move(to.x + 5, to.y + 2, { steps: 4 });
  await expect(page.locator('[data-drop-marker="1"]')).toBeVisible();
  await shot(page, 'playlist');
  await page.mouse.up();
});

// ---- small pictures: Chromium writes truecolour PNGs (300–450 KB here); a 256-colour palette
// (the most used colours of a 5-bit-per-channel histogram) keeps UI text crisp at a third of that.

function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`PNG colour type ${data[9]} not handled`);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      out[y * stride + x] = (raw[src + x]! + predictor) & 255;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set(out.subarray(i * channels, i * channels + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The picture with at most 256 colours, as an indexed PNG. */
function paletted(png: Buffer): Buffer {
  const { width, height, rgba } = decodePng(png);
  const bin = (i: number) => ((rgba[i]! >> 3) << 10) | ((rgba[i + 1]! >> 3) << 5) | (rgba[i + 2]! >> 3);
  const counts = new Map<number, number>();
  for (let i = 0; i < rgba.length; i += 4) counts.set(bin(i), (counts.get(bin(i)) ?? 0) + 1);
  const palette = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([b]) => [((b >> 10) & 31) * 8 + 4, ((b >> 5) & 31) * 8 + 4, (b & 31) * 8 + 4] as const);
  const nearest = new Map<number, number>();
  const indexOf = (b: number) => {
    let best = nearest.get(b);
    if (best !== undefined) return best;
    const r = ((b >> 10) & 31) * 8 + 4;
    const g = ((b >> 5) & 31) * 8 + 4;
    const bl = (b & 31) * 8 + 4;
    let bestDistance = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - bl) ** 2;
      if (d < bestDistance) [bestDistance, best] = [d, i];
    });
    nearest.set(b, best!);
    return best!;
  };
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = indexOf(bin((y * width + x) * 4));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
