import { describe, expect, it } from 'vitest';
import { decodeContentBytes, firstInvalidUtf8 } from '../../src/content/rules/encoding.ts';
import { validateContent } from '../../src/content/validate.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { guardedFetch } from '../../src/content/reach.ts';
import { fakeClock } from './support/fake-clock.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
// 「文化宫」 as GBK (what Notepad on Chinese Windows saved by default).
const GBK_WENHUAGONG = [0xce, 0xc4, 0xbb, 0xaf, 0xb9, 0xac];

describe('decodeContentBytes', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decodeContentBytes('site.json', utf8('{"name":"文化宫"}'))).toEqual({ ok: true, text: '{"name":"文化宫"}' });
    expect(decodeContentBytes('site.json', bytes([0xef, 0xbb, 0xbf], '{"name":"文化宫"}'))).toEqual({ ok: true, text: '{"name":"文化宫"}' });
    expect(decodeContentBytes('site.json', new ArrayBuffer(0))).toEqual({ ok: true, text: '' });
  });

  it('refuses a file saved as GBK, naming the file, the line and the byte, in Chinese and English', () => {
    const result = decodeContentBytes('site.json', bytes('{\n  "name": "', GBK_WENHUAGONG, '"\n}\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatProblem(result.problem);
    expect(result.problem).toMatchObject({ severity: 'error', file: 'site.json', path: '' });
    for (const words of ['site.json 不是 UTF-8 编码', '另存为', '第 2 行', '字节偏移 13', 'GBK', 'not UTF-8', 'save it as UTF-8', 'line 2', 'byte offset 13']) {
      expect(text).toContain(words);
    }
    expect(result.text).toContain('"name"'); // a lossy reading, only to tell versions apart
  });

  it('refuses UTF-16 ("Unicode" in Notepad) with its own words', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'{}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const result = decodeContentBytes('events.json', le);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problem)).toMatch(/UTF-16.*save it as UTF-8/);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['plain ASCII', bytes('abc'), -1],
    ['Chinese and emoji', bytes('文化宫🎉'), -1],
    ['a lone continuation byte', bytes('ab', [0x80]), 2],
    ['a truncated sequence', bytes('ab', [0xe6, 0x96]), 2],
    ['an overlong slash', bytes('a', [0xc0, 0xaf]), 1],
    ['an overlong three-byte form', bytes([0xe0, 0x80, 0xaf]), 0],
    ['a surrogate', bytes('x', [0xed, 0xa0, 0x80]), 1],
    ['beyond U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['0xFF', bytes('{', [0xff]), 1],
  ])('%s', (_name, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    // Agrees with the platform's strict decoder on what is valid.
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      valid = false;
    }
    expect(valid).toBe(offset === -1);
  });
});

describe('validateContent with a file that is not UTF-8', () => {
  it('refuses the set and reports the encoding, not a JSON error', () => {
    const decoded = decodeContentBytes('site.json', bytes('{"name":"', GBK_WENHUAGONG, '"}'));
    if (decoded.ok) throw new Error('expected a failure');
    const { content, problems } = validateContent(
      { site: decoded.text, playlist: '{"scenes":[{"id":"e","kind":"events","title":"活动","duration":10}]}', achievements: null, workers: null, events: null, notices: null },
      [decoded.problem],
    );
    expect(content).toBeNull();
    expect(problems).toEqual([decoded.problem]);
  });
});

describe('through the store’s guarded fetch (reach.ts)', () => {
  it('keeps the bytes, so a GBK file is still refused and a picture still decodes', async () => {
    const gbkFile = bytes('{"name":"', GBK_WENHUAGONG, '"}');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8]);
    const served: Record<string, Uint8Array> = { 'site.json': gbkFile, 'a.png': png };
    const guard = guardedFetch(async (url) => new Response(new Blob([served[url.split('/').pop()!] as Uint8Array<ArrayBuffer>])), fakeClock().clock);
    const site = decodeContentBytes('site.json', await (await guard.fetch('http://x/site.json')).arrayBuffer());
    expect(site.ok).toBe(false);
    expect(new Uint8Array(await (await guard.fetch('http://x/a.png')).arrayBuffer())).toEqual(png);
    guard.dispose();
  });
});
