import { describe, expect, it } from 'vitest';
import { isSameOriginRelativePath, parseKioskParams } from '../../src/kiosk/params.ts';

describe('parseKioskParams', () => {
  it('has quiet defaults', () => {
    const p = parseKioskParams('');
    expect(p).toMatchObject({ now: null, speed: 1, scene: null, contentBase: 'content/', motion: 'auto', problems: [] });
  });

  it('reads now, speed, scene, content and motion', () => {
    const p = parseKioskParams('?now=2024-05-01T09:30:00%2B08:00&speed=20&scene=honors-2023&content=staging&motion=reduce&x=1');
    expect(p.now?.toISOString()).toBe('2024-05-01T01:30:00.000Z');
    expect(p.speed).toBe(20);
    expect(p.scene).toBe('honors-2023');
    expect(p.contentBase).toBe('staging/');
    expect(p.motion).toBe('reduce');
    expect(p.problems).toEqual([]);
  });

  it('reports a now without an offset or a bad speed instead of guessing', () => {
    const p = parseKioskParams('?now=2024-05-01T09:30&speed=fast');
    expect(p.now).toBeNull();
    expect(p.speed).toBe(1);
    expect(p.problems).toHaveLength(2);
  });

  it.each(['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', 'data:text/plain,x', '\\\\host\\share', ' '])(
    'refuses content=%s',
    (value) => {
      const p = parseKioskParams(`?content=${encodeURIComponent(value)}`);
      expect(p.contentBase).toBe('');
      expect(p.problems[0]).toContain('refused');
    },
  );

  it('accepts same-origin relative paths', () => {
    expect(isSameOriginRelativePath('examples/cuiping/')).toBe(true);
    expect(isSameOriginRelativePath('/content/')).toBe(true);
    expect(isSameOriginRelativePath('http:/x')).toBe(false);
  });
});
