import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContentFolder } from '../../scripts/lib/check-folder.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { BAD_CASES, HTML_TEXT_NOTICE } from '../fixtures/bad-content/cases.ts';

const NOW = new Date('2026-11-23T10:00:00+08:00');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-check-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function setWith(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = join(root, name.replace(/\W+/g, '-'));
  await cp('tests/fixtures/basic', folder, { recursive: true });
  for (const [file, body] of Object.entries(files)) {
    await mkdir(dirname(join(folder, file)), { recursive: true });
    await writeFile(join(folder, file), body);
  }
  return folder;
}

describe('content:check', () => {
  it('passes the basic fixture with warnings only', async () => {
    const { problems } = await checkContentFolder('tests/fixtures/basic', { now: NOW });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each(['content', 'examples/cuiping', 'examples/yongxin'])('passes the bundled set %s without errors', async (set) => {
    const { problems } = await checkContentFolder(set, { now: new Date() });
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it.each(BAD_CASES.map((c) => [c.name, c] as const))('reports %s with file, field and words staff understand', async (_name, bad) => {
    const folder = await setWith(bad.name, bad.files);
    const { problems } = await checkContentFolder(folder, { now: NOW });
    const match = problems.find((p) => p.file === bad.file && p.path === bad.path && p.severity === bad.severity);
    expect(match, `no ${bad.severity} at ${bad.file} › ${bad.path}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
    const text = formatProblem(match!);
    for (const words of bad.says) expect(text).toContain(words);
  });

  it('reads a date-only until as the whole day: not expired while the kiosk still shows it', async () => {
    const folder = await setWith('until-today', {
      'notices.json': JSON.stringify({ notices: [{ id: 'n1', text: '今天的通知', until: '2026-11-23' }] }),
      'playlist.json': JSON.stringify({ scenes: [{ id: 'events', kind: 'events', title: '近期活动', duration: 10, validUntil: '2026-11-23' }] }),
    });
    const { problems } = await checkContentFolder(folder, { now: NOW });
    expect(problems.filter((p) => /expired/.test(p.en)).map(formatProblem)).toEqual([]);
  });

  it('accepts HTML or script in text as plain words', async () => {
    const folder = await setWith('html', { 'notices.json': JSON.stringify({ notices: [{ id: 'n1', text: HTML_TEXT_NOTICE.slice(0, 80) }] }) });
    const { problems } = await checkContentFolder(folder, { now: NOW });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
