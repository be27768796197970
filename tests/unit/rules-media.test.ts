import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkMediaOverHttp, IMAGE_MAX_BYTES, mediaProblems, type ImageDecoder } from '../../src/content/rules/media.ts';
import { loadContent, type FetchLike } from '../../src/content/load.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { pngOfSize } from '../fixtures/bad-content/cases.ts';

const BASE = 'http://127.0.0.1:4410/fixtures/basic/';
const ref = { file: 'workers.json', path: 'workers[0].portrait', media: 'media/a.jpg' };

describe('mediaProblems (the same words in the checker and the kiosk)', () => {
  it.each([
    ['missing', {}, 'error', '找不到图片文件「media/a.jpg」'],
    ['not a picture', { size: 27, pixels: null }, 'error', 'not a usable image'],
    ['too large', { size: IMAGE_MAX_BYTES + 1 }, 'error', 'image too large'],
    ['large', { size: 3 * 1024 * 1024, pixels: { width: 900, height: 1200 } }, 'warning', 'compress it below 2 MB'],
    ['huge in pixels', { size: 1000, pixels: { width: 6000, height: 4000 } }, 'warning', '6000×4000'],
  ] as const)('%s', (_name, facts, severity, words) => {
    const [p] = mediaProblems(ref, facts, 'error');
    expect(p).toMatchObject({ severity, file: 'workers.json', path: 'workers[0].portrait' });
    expect(formatProblem(p!)).toContain(words);
    // The kiosk says the same, as a warning: a broken portrait gets the placeholder, not a blank.
    expect(mediaProblems(ref, facts, 'warning').map((q) => ({ ...q, severity: 'x' }))).toEqual(mediaProblems(ref, facts, 'error').map((q) => ({ ...q, severity: 'x' })));
    expect(mediaProblems(ref, facts, 'warning').every((q) => q.severity === 'warning')).toBe(true);
  });

  it('finds nothing wrong with a good picture', () => {
    expect(mediaProblems(ref, { size: 80_000, pixels: { width: 900, height: 1200 } }, 'error')).toEqual([]);
  });
});

/** A server of fixed files; counts requests per path. */
function server(files: Record<string, Uint8Array | string | number>): { fetch: FetchLike; hits: Map<string, number> } {
  const hits = new Map<string, number>();
  const fetch: FetchLike = async (url) => {
    const path = new URL(url, BASE).pathname.replace('/fixtures/basic/', '');
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const body = files[path];
    if (body === undefined) return new Response('not found', { status: 404 });
    if (typeof body === 'number') {
      if (body === 0) throw new TypeError('Failed to fetch');
      return new Response('oops', { status: body });
    }
    return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]));
  };
  return { fetch, hits };
}

/** Decodes PNGs only (by signature), as a stand-in for the browser's decoder. */
const pngDecoder: ImageDecoder = async (blob) => {
  const head = new Uint8Array(await blob.slice(0, 24).arrayBuffer());
  if (head[1] !== 0x50 || head[2] !== 0x4e || head[3] !== 0x47) return null;
  const view = new DataView(head.buffer);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

const basic = (name: string) => readFileSync(`tests/fixtures/basic/${name}`, 'utf8');
function setWithPortraits(portraits: string[]): Record<string, string> {
  const workers = JSON.parse(basic('workers.json')) as { workers: { portrait?: string }[] };
  workers.workers.forEach((w, i) => {
    if (portraits[i]) w.portrait = portraits[i];
    else delete w.portrait;
  });
  return {
    'site.json': basic('site.json'),
    'playlist.json': basic('playlist.json'),
    'achievements.json': basic('achievements.json'),
    'workers.json': JSON.stringify(workers),
    'events.json': basic('events.json'),
    'notices.json': basic('notices.json'),
  };
}

describe('the kiosk’s media check over HTTP', () => {
  it('warns about a text file renamed .jpg and a missing picture, field by field, in content order', async () => {
    const files = { ...setWithPortraits(['media/good.png', 'media/fake.jpg', 'media/gone.jpg', 'media/good.png']), 'media/good.png': pngOfSize(30, 40), 'media/fake.jpg': 'this is text, not a picture' };
    const { fetch, hits } = server(files);
    const outcome = await loadContent(BASE, fetch, { decodeImage: pngDecoder });
    expect(outcome.kind).toBe('valid'); // shown anyway: the gallery draws a placeholder for them
    const media = outcome.problems.filter((p) => p.path.endsWith('.portrait'));
    expect(media.map((p) => [p.severity, p.path])).toEqual([
      ['warning', 'workers[1].portrait'],
      ['warning', 'workers[2].portrait'],
    ]);
    expect(formatProblem(media[0]!)).toContain('not a usable image');
    expect(formatProblem(media[1]!)).toContain('not found');
    expect(hits.get('media/good.png')).toBe(1); // each file once, however many workers use it
  });

  it('looks at the pictures once per new version, not at every poll of the same one', async () => {
    const files: Record<string, string> = { ...setWithPortraits(['media/fake.jpg']), 'media/fake.jpg': 'text' };
    const { fetch, hits } = server(files);
    const first = await loadContent(BASE, fetch, { decodeImage: pngDecoder });
    const again = await loadContent(BASE, fetch, { decodeImage: pngDecoder });
    expect(hits.get('media/fake.jpg')).toBe(1);
    expect(again.problems).toEqual(first.problems);
    files['notices.json'] = JSON.stringify({ notices: [{ id: 'new', text: '新通知' }] });
    const changed = await loadContent(BASE, fetch, { decodeImage: pngDecoder });
    expect(hits.get('media/fake.jpg')).toBe(2);
    expect(changed.problems.some((p) => p.path === 'workers[0].portrait')).toBe(true);
  });

  it('says nothing about pictures it could not ask for (offline, 5xx), and asks again next time', async () => {
    const files: Record<string, string | Uint8Array | number> = { ...setWithPortraits(['media/a.png', 'media/b.png']), 'media/a.png': 503, 'media/b.png': 0 };
    const { fetch, hits } = server(files);
    const content = (await loadContent(BASE, fetch, { decodeImage: null })) as Extract<Awaited<ReturnType<typeof loadContent>>, { kind: 'valid' }>;
    const check = await checkMediaOverHttp(BASE, content.loaded.content, fetch, pngDecoder);
    expect(check).toEqual({ problems: [], complete: false });
    await loadContent(BASE, fetch, { decodeImage: pngDecoder });
    await loadContent(BASE, fetch, { decodeImage: pngDecoder });
    expect(hits.get('media/a.png')).toBe(3);
  });

  it('does not decode a picture too large to accept', async () => {
    let decoded = 0;
    const counting: ImageDecoder = async (blob, path) => (decoded++, pngDecoder(blob, path));
    const files = { ...setWithPortraits(['media/huge.png']), 'media/huge.png': new Uint8Array(IMAGE_MAX_BYTES + 10) };
    const outcome = await loadContent(BASE, server(files).fetch, { decodeImage: counting });
    expect(decoded).toBe(0);
    expect(outcome.problems.find((p) => p.path === 'workers[0].portrait')?.en).toContain('image too large');
  });
});

describe('loadContent decoding', () => {
  it('refuses a content file that is not UTF-8 with the "save as UTF-8" message, not mojibake', async () => {
    const files: Record<string, string | Uint8Array> = setWithPortraits([]);
    files['site.json'] = new Uint8Array([...new TextEncoder().encode('{"name":"'), 0xce, 0xc4, 0xbb, 0xaf, 0xb9, 0xac, ...new TextEncoder().encode('","openingHours":{}}')]);
    const outcome = await loadContent(BASE, server(files).fetch, { decodeImage: null });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.problems).toHaveLength(1);
    expect(formatProblem(outcome.problems[0]!)).toContain('site.json 不是 UTF-8 编码');
    expect(formatProblem(outcome.problems[0]!)).toContain('save it as UTF-8');
  });

  it('reads a file with a BOM', async () => {
    const files: Record<string, string | Uint8Array> = setWithPortraits([]);
    files['site.json'] = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(basic('site.json'))]);
    const outcome = await loadContent(BASE, server(files).fetch, { decodeImage: null });
    expect(outcome.kind).toBe('valid');
  });
});
