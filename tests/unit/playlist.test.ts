import { describe, expect, it } from 'vitest';
import { entriesOfKind, isValidAt, nextIndex } from '../../src/kiosk/playlist.ts';
import type { PlaylistEntry } from '../../src/content/schema.ts';

const tz = 'Asia/Shanghai';
const at = (iso: string) => Date.parse(iso);
const entry = (id: string, extra: Partial<PlaylistEntry> = {}): PlaylistEntry => ({ id, kind: 'events', title: id, duration: 10, ...extra });

describe('playlist scheduling', () => {
  const list = [
    entry('a', { kind: 'achievements', section: 's' }),
    entry('b', { validFrom: '2024-06-01T00:00' }),
    entry('c', { kind: 'gallery', validUntil: '2024-05-01T12:00+08:00' }),
    entry('d', { kind: 'achievements', section: 's' }),
  ];

  it('honours validity windows in the site time zone', () => {
    expect(isValidAt(list[1]!, at('2024-05-31T15:59:59Z'), tz)).toBe(false); // 23:59:59 in Shanghai
    expect(isValidAt(list[1]!, at('2024-05-31T16:00:00Z'), tz)).toBe(true);
    expect(isValidAt(list[2]!, at('2024-05-01T03:59:59Z'), tz)).toBe(true);
    expect(isValidAt(list[2]!, at('2024-05-01T04:00:00Z'), tz)).toBe(false); // until is exclusive
  });

  it('plays in order and skips scenes outside their window', () => {
    const now = at('2024-05-10T02:00:00Z');
    const order: string[] = [];
    let i = -1;
    for (let n = 0; n < 4; n++) {
      i = nextIndex(list, i, now, tz);
      order.push(list[i]!.id);
    }
    expect(order).toEqual(['a', 'd', 'a', 'd']);
  });

  it('includes a scene once its window opens', () => {
    const now = at('2024-06-02T02:00:00Z');
    expect(nextIndex(list, 0, now, tz)).toBe(1);
  });

  it('skips failed scenes and says when nothing can play', () => {
    const now = at('2024-05-10T02:00:00Z');
    expect(nextIndex(list, -1, now, tz, new Set(['a']))).toBe(3);
    expect(nextIndex(list, -1, now, tz, new Set(['a', 'd']))).toBe(-1);
    expect(nextIndex([], -1, now, tz)).toBe(-1);
  });

  it('lists the scenes of one kind that may play now', () => {
    expect(entriesOfKind(list, 'achievements', at('2024-05-10T02:00:00Z'), tz).map((e) => e.id)).toEqual(['a', 'd']);
    expect(entriesOfKind(list, 'gallery', at('2024-05-10T02:00:00Z'), tz)).toEqual([]);
  });
});
