// The content editor end to end on the browser's private file system (OPFS): open a set, change a
// figure and see the preview change, a wrong value is refused at its field with publish disabled,
// fix, publish, read the files back (they pass the kiosk's validation), roll back.
import { expect, test, type Page } from '@playwright/test';
import { validateContent, type ContentTexts } from '../../src/content/validate.ts';
import { CONTENT_FILES, type ContentKey } from '../../src/content/schema.ts';

const FILES = Object.values(CONTENT_FILES).map((f) => f.file);

/** Empties OPFS and copies a served fixture set into it. */
async function seedOpfs(page: Page, from: string): Promise<void> {
  await page.evaluate(
    async ({ from, files }) => {
      const root = await navigator.storage.getDirectory();
      for await (const name of root.keys()) await root.removeEntry(name, { recursive: true });
      for (const file of files) {
        const response = await fetch(`${from}${file}`);
        if (!response.ok) continue;
        const writable = await (await root.getFileHandle(file, { create: true })).createWritable();
        await writable.write(await response.text());
        await writable.close();
      }
    },
    { from, files: FILES },
  );
}

/** The set's files as they are in OPFS now, and the names of its history entries. */
async function readOpfs(page: Page): Promise<{ texts: Record<string, string | null>; history: string[] }> {
  return page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    const texts: Record<string, string | null> = {};
    for (const file of files) {
      try {
        texts[file] = await (await (await root.getFileHandle(file)).getFile()).text();
      } catch {
        texts[file] = null;
      }
    }
    const history: string[] = [];
    try {
      for await (const name of (await root.getDirectoryHandle('history')).keys()) history.push(name);
    } catch {
      // no history yet
    }
    return { texts, history };
  }, FILES);
}

function validate(texts: Record<string, string | null>) {
  const byKey = Object.fromEntries((Object.keys(CONTENT_FILES) as ContentKey[]).map((k) => [k, texts[CONTENT_FILES[k].file] ?? null])) as ContentTexts;
  return validateContent(byKey);
}

test('edit a figure in OPFS: preview, bilingual problem at the field, publish, read back, roll back', async ({ page }) => {
  // Any page of the origin reaches its OPFS; the hosted sheet draws nothing until asked.
  await page.goto('/sheet/?host=editor');
  await seedOpfs(page, '/fixtures/basic/');
  await page.goto('/editor/?opfs=1');

  const editor = page.locator('[data-editor-state]');
  await expect(editor).toHaveAttribute('data-editor-state', 'clean');
  const scene = page.locator('[data-editor-preview] [data-scene-id="numbers"][data-scene-kind="achievements"]');
  await expect(scene).toHaveAttribute('data-ready', 'true');
  const shown = page.frameLocator('[data-editor-preview] iframe').locator('[data-sheet-scene]');
  await expect(shown).toContainText('技能培训');
  await expect(shown).not.toContainText('37');

  const value = page.locator('[data-editor-field="achievements.json:/sections/0/figures/0/value"]');
  await expect(value).toHaveValue('20');
  await value.fill('37');
  await expect(editor).toHaveAttribute('data-editor-state', 'dirty');
  await expect(shown).toContainText('37');

  // A value the kiosk refuses: the message at its field, in both languages; no publishing.
  await value.fill('1e20');
  await expect(editor).toHaveAttribute('data-editor-state', 'invalid');
  const problem = page.locator('[data-editor-problem="achievements.json:/sections/0/figures/0/value"]');
  await expect(problem).toContainText('数值应为 0');
  await expect(problem).toContainText('a value must be 0');
  const publish = page.locator('[data-editor-publish]');
  await expect(publish).toBeDisabled();
  // The field and its message sit together in the form.
  const fieldBox = (await value.boundingBox())!;
  const problemBox = (await problem.boundingBox())!;
  expect(Math.abs(problemBox.y - (fieldBox.y + fieldBox.height))).toBeLessThan(40);

  await value.fill('37');
  await expect(editor).toHaveAttribute('data-editor-state', 'dirty');
  await expect(publish).toBeEnabled();
  await publish.click();
  await expect(editor).toHaveAttribute('data-editor-state', 'published');

  const after = await readOpfs(page);
  expect(after.history).toHaveLength(1);
  const checked = validate(after.texts);
  expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(checked.content!.achievements.sections[0]!.figures[0]!.value).toBe(37);
  // Only the changed file was written; the other files are byte for byte the fixture's.
  const playlist = await (await page.request.get('/fixtures/basic/playlist.json')).text();
  expect(after.texts['playlist.json']).toBe(playlist);

  await page.locator('[data-editor-rollback]').click();
  await expect(editor).toHaveAttribute('data-editor-state', 'clean');
  await expect(value).toHaveValue('20');
  const restored = await readOpfs(page);
  expect(restored.history).toEqual([]);
  expect(restored.texts['achievements.json']).toBe(await (await page.request.get('/fixtures/basic/achievements.json')).text());
});

test('a large portrait is cropped to 3:4 at 900×1200; a number of a pasted article becomes a figure with its sentence', async ({ page }) => {
  // Any page of the origin reaches its OPFS; the hosted sheet draws nothing until asked.
  await page.goto('/sheet/?host=editor');
  await seedOpfs(page, '/fixtures/basic/');
  await page.goto('/editor/?opfs=1');
  const editor = page.locator('[data-editor-state]');
  await expect(editor).toHaveAttribute('data-editor-state', 'clean');

  // A 3000×2000 landscape photo, drawn in the page.
  const png = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(3000, 2000);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#a3221a';
    g.fillRect(0, 0, 3000, 2000);
    g.fillStyle = '#e8be6e';
    g.fillRect(1200, 500, 600, 1000);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  });
  await page.locator('[data-editor-tab="workers"]').click();
  await page.locator('[data-portrait-input]').first().setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  await expect(page.locator('[data-portrait-result]').first()).toContainText('900×1200');
  const portrait = page.locator('[data-editor-field="workers.json:/workers/0/portrait"]');
  const path = await portrait.inputValue();
  expect(path).toMatch(/^media\/workers\/[a-z0-9-]+\.webp$/);

  await page.locator('[data-editor-tab="article"]').click();
  await page.locator('[data-article-source="title"]').fill('2025年工作报告');
  await page.locator('[data-article-source="date"]').fill('2026-01-10');
  await page.locator('[data-article-text]').fill('今年共举办培训1200余场。全年服务职工超过3.5万人次，近八成来自一线。');
  await page.locator('[data-article-number="超过3.5万人次"]').click();
  await page.locator('[data-editor-tab="achievements"]').click();
  await expect(page.locator('[data-editor-field="achievements.json:/sections/0/figures/3/value"]')).toHaveValue('35000');
  await expect(page.locator('[data-editor-field="achievements.json:/sections/0/figures/3/unit"]')).toHaveValue('人次');
  await expect(page.locator('[data-editor-field="achievements.json:/sections/0/figures/3/qualifier"]')).toHaveValue('超过');
  await expect(page.locator('[data-editor-field="achievements.json:/sections/0/figures/3/source/quote"]')).toHaveValue('全年服务职工超过3.5万人次，近八成来自一线。');

  await expect(editor).toHaveAttribute('data-editor-state', 'dirty');
  await page.locator('[data-editor-publish]').click();
  await expect(editor).toHaveAttribute('data-editor-state', 'published');
  const size = await page.evaluate(async (path) => {
    let dir = await navigator.storage.getDirectory();
    const parts = path.split('/');
    const name = parts.pop()!;
    for (const part of parts) dir = await dir.getDirectoryHandle(part);
    const file = await (await dir.getFileHandle(name)).getFile();
    const bitmap = await createImageBitmap(file);
    return { width: bitmap.width, height: bitmap.height, bytes: file.size, type: file.type };
  }, path);
  expect(size).toMatchObject({ width: 900, height: 1200 });
  expect(size.bytes).toBeLessThan(500_000);
  const checked = validate((await readOpfs(page)).texts);
  expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(checked.content!.workers.workers[0]!.portrait).toBe(path);
});
