// @vitest-environment jsdom
// The site logo (site.json `logo`): drawn on the night and 「暂停服务」 screens with alt text; a file
// that does not draw leaves the name alone and is reported once; content:check names a missing file.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fireEvent, render } from '@testing-library/svelte';
import Brand from '../../src/ui/Brand.svelte';
import ErrorScreen from '../../src/ui/ErrorScreen.svelte';
import NightScreen from '../../src/ui/NightScreen.svelte';
import { checkContentFolder } from '../../scripts/lib/check-folder.ts';
import { formatProblem } from '../../src/content/problems.ts';
import type { Site } from '../../src/content/schema.ts';

const logo = { src: '/content/media/logo.svg', path: 'media/logo.svg' };

describe('Brand', () => {
  it('draws the logo with the palace named in its alt text', () => {
    const { container } = render(Brand, { name: '雁江区工人文化宫', logo });
    const img = container.querySelector('img[data-logo]')!;
    expect(img.getAttribute('src')).toBe(logo.src);
    expect(img.getAttribute('alt')).toBe('雁江区工人文化宫标志 / logo');
  });

  it('draws nothing without a logo', () => {
    const { container } = render(Brand, { name: '文化宫', logo: null });
    expect(container.querySelector('img')).toBeNull();
  });

  it('hides a logo that does not draw and says which file, once', async () => {
    const onbroken = vi.fn();
    const { container } = render(Brand, { name: '文化宫', logo, onbroken });
    await fireEvent.error(container.querySelector('img')!);
    expect(container.querySelector('img')).toBeNull();
    expect(onbroken).toHaveBeenCalledExactlyOnceWith('media/logo.svg');
  });
});

describe('the screens that speak for the palace', () => {
  it('the 暂停服务 poster shows the logo above the name', () => {
    const { container } = render(ErrorScreen, { palaceName: '雁江区工人文化宫', logo });
    expect(container.querySelector('[data-error-screen] img[data-logo]')).not.toBeNull();
    expect(container.textContent).toContain('雁江区工人文化宫');
  });

  it('the night clock shows it (dim mode), and keeps its clock when the file is broken', async () => {
    const site = { name: '雁江区工人文化宫', timezone: 'Asia/Shanghai', night: 'dim', closedDates: [], eventsWindowDays: 14, openingHours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] } } as unknown as Site;
    const onlogobroken = vi.fn();
    const { container } = render(NightScreen, { site, nowMs: Date.parse('2026-11-23T23:00:00+08:00'), logo, onlogobroken });
    await fireEvent.error(container.querySelector('[data-night-screen] img[data-logo]')!);
    expect(onlogobroken).toHaveBeenCalledWith('media/logo.svg');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.time')?.textContent).toBe('23:00');
  });
});

describe('content:check and the logo', () => {
  let root = '';
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reports a logo file that is not there, by file and field', async () => {
    root = await mkdtemp(join(tmpdir(), 'kiosk-logo-'));
    const folder = join(root, 'set');
    await cp('tests/fixtures/basic', folder, { recursive: true });
    const site = JSON.parse(await readFile(join(folder, 'site.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(folder, 'site.json'), JSON.stringify({ ...site, logo: 'media/logo.png' }));
    const { problems } = await checkContentFolder(folder, { now: new Date('2026-11-23T10:00:00+08:00') });
    const logoProblems = problems.filter((p) => p.file === 'site.json' && p.path === 'logo');
    expect(logoProblems.map((p) => p.severity)).toEqual(['error']);
    expect(formatProblem(logoProblems[0]!)).toContain('media/logo.png');
  });
});
