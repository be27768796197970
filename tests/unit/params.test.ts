import { describe, expect, it } from 'vitest';
import { parseKioskParams, resolveContentBase } from '../../src/kiosk/params.ts';

const PAGE = 'http://127.0.0.1:4410/?now=2026-11-23T10:00:00%2B08:00';

describe('parseKioskParams', () => {
  it('has quiet defaults', () => {
    const p = parseKioskParams('', PAGE);
    expect(p).toMatchObject({ now: null, speed: 1, scene: null, contentBase: 'content/', motion: 'auto', problems: [] });
  });

  it('reads now, speed, scene, content and motion', () => {
    const p = parseKioskParams('?now=2024-05-01T09:30:00%2B08:00&speed=20&scene=honors-2023&content=staging&motion=reduce&x=1', PAGE);
    expect(p.now?.toISOString()).toBe('2024-05-01T01:30:00.000Z');
    expect(p.speed).toBe(20);
    expect(p.scene).toBe('honors-2023');
    expect(p.contentBase).toBe('staging/');
    expect(p.motion).toBe('reduce');
    expect(p.problems).toEqual([]);
  });

  it('reports a now without an offset or a bad speed instead of guessing', () => {
    const p = parseKioskParams('?now=2024-05-01T09:30&speed=fast', PAGE);
    expect(p.now).toBeNull();
    expect(p.speed).toBe(1);
    expect(p.problems).toHaveLength(2);
  });

  it('refuses a tricky content value with a message that shows the hidden characters', () => {
    const p = parseKioskParams('?content=/%09/example.org/', PAGE);
    expect(p.contentBase).toBe('');
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toContain('refused');
    expect(p.problems[0]).toContain('已拒绝');
    expect(p.problems[0]).toContain('/\\t/example.org/');
  });
});

// Each value as it arrives after URLSearchParams has decoded the query once.
const REFUSED: [string, string][] = [
  ['protocol-relative', '//evil.example/'],
  ['protocol-relative with a path', '//evil.example/x'],
  ['tab hiding a protocol-relative URL (?content=/%09/example.org/)', '/\t/example.org/'],
  ['newline hiding a protocol-relative URL', '/\n/example.org/'],
  ['carriage return', '/\r/example.org/'],
  ['NUL', 'content\u0000/'],
  ['DEL', 'content\u007f/'],
  ['C1 control', 'content\u0085/'],
  ['backslashes', '\\\\evil.example\\share'],
  ['backslash then host', '/\\evil.example/'],
  ['absolute URL elsewhere', 'https://evil.example/'],
  ['absolute URL on our own origin (not a relative path)', 'http://127.0.0.1:4410/content/'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['javascript: with a tab inside', 'java\tscript:alert(1)'],
  ['data: URL', 'data:text/plain,x'],
  ['encoded dot-dot', '%2e%2e/'],
  ['encoded dot-dot, mixed case, deeper', 'examples/%2E%2e/%2e%2E/'],
  ['half-encoded dot-dot', '.%2e/secret/'],
  ['plain dot-dot', '../'],
  ['dot-dot inside', 'examples/../../etc/'],
  ['encoded slash', '..%2f..%2fetc/'],
  ['encoded backslash', 'x%5c..%5c/'],
  ['encoded tab', '/%09/example.org/'],
  ['leading space', ' examples/cuiping/'],
  ['trailing space', 'examples/cuiping/ '],
  ['ideographic space at the end', 'examples/cuiping/\u3000'],
  ['only spaces', '  '],
  ['empty', ''],
  ['the app folder itself', './'],
  ['a query string', 'examples/cuiping/?x=1'],
  ['a fragment', 'examples/cuiping/#x'],
  ['a stray percent', 'examples/100%/'],
  ['credentials', 'http://user:pw@127.0.0.1:4410/content/'],
];

const ACCEPTED: [string, string][] = [
  ['examples/cuiping/', 'examples/cuiping/'],
  ['examples/cuiping', 'examples/cuiping/'],
  ['./examples/x', 'examples/x/'],
  ['staging', 'staging/'],
  ['/content/', 'content/'],
  ['examples/./yongxin/', 'examples/yongxin/'],
  ['fixtures/runtime/update-content/', 'fixtures/runtime/update-content/'],
  ['内容/', '%E5%86%85%E5%AE%B9/'],
];

describe('resolveContentBase', () => {
  it.each(REFUSED)('refuses %s', (_name, value) => {
    expect(resolveContentBase(value, PAGE)).toBeNull();
    const p = parseKioskParams(`?content=${encodeURIComponent(value)}`, PAGE);
    expect(p.contentBase).toBe('');
    expect(p.problems[0]).toContain('refused');
  });

  it.each(ACCEPTED)('accepts %s', (value, base) => {
    expect(resolveContentBase(value, PAGE)).toBe(base);
  });

  it('keeps to the app’s own folder when the app is not at the root', () => {
    const page = 'https://palace.example/kiosk/index.html?content=x';
    expect(resolveContentBase('examples/cuiping/', page)).toBe('examples/cuiping/');
    expect(resolveContentBase('/kiosk/staging/', page)).toBe('staging/');
    expect(resolveContentBase('/content/', page)).toBeNull(); // another app's folder on the same site
    expect(resolveContentBase('%2e%2e/other/', page)).toBeNull();
  });
});
