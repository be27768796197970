import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { EventsSchema, type KioskEvent } from '../../src/content/schema.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import { dayText, occurrencesBetween } from '../../src/scenes/events/recurrence.ts';
import { nextOfEach, upcomingOccurrences, type DayGroup } from '../../src/scenes/events/upcoming.ts';
import { boardOccurrences } from '../../src/scenes/events/board-list.ts';
import { MAX_BOARD_PAGES, columnHeight, paginate } from '../../src/scenes/events/paginate.ts';

const TZ = 'Asia/Shanghai';
const at = (text: string) => parseInstant(text, TZ);
const load = (name: string) =>
  v.parse(EventsSchema, JSON.parse(readFileSync(new URL(`../fixtures/${name}/events.json`, import.meta.url), 'utf8'))).events;

function events(n: number, fields: (i: number) => Partial<Record<keyof KioskEvent, unknown>>): KioskEvent[] {
  const raw = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `活动${i}`, category: 'other', start: '2026-11-23T09:00', end: '2026-11-23T10:00', location: '一楼', ...fields(i) }));
  return v.parse(EventsSchema, { events: raw }).events;
}

const ids = (list: readonly { event: KioskEvent }[]) => list.map((o) => o.event.id);

describe('boardOccurrences', () => {
  it('lists what nextOfEach(upcomingOccurrences) lists, in the same order, on the fixtures', () => {
    for (const set of [load('basic'), load('events')]) {
      for (const now of ['2026-11-23T10:00', '2026-11-24T19:30', '2026-11-30T23:59', '2026-12-14T10:00', '2027-01-01T00:00']) {
        for (const days of [1, 14, 90]) {
          const expected = nextOfEach(upcomingOccurrences(set, at(now), TZ, days));
          const { occurrences, total } = boardOccurrences(set, at(now), TZ, days);
          expect(occurrences).toEqual(expected);
          expect(total).toBe(expected.length);
        }
      }
    }
  });

  it('expands a rule begun years ago only up to its next occurrence', () => {
    const [daily] = events(1, () => ({ start: '2020-01-06T19:00', end: '2020-01-06T20:30', recurrence: { frequency: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] } }));
    expect(occurrencesBetween(daily!, at('2026-11-23T10:00'), at('2027-02-21T00:00'), TZ, 1).map((o) => dayText(o.day))).toEqual(['2026-11-23']);
    expect(occurrencesBetween(daily!, at('2026-11-23T19:30'), at('2027-02-21T00:00'), TZ, 2).map((o) => dayText(o.day))).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('gives the first `limit` in board order and counts them all', () => {
    // 300 events in 30 time slots, so ties at the cut are settled by title.
    const set = events(300, (i) => ({ title: `活动${String(299 - i).padStart(3, '0')}`, start: `2026-11-24T${String(8 + (i % 10)).padStart(2, '0')}:00`, end: `2026-11-24T${String(8 + (i % 10)).padStart(2, '0')}:${String(10 + (i % 3) * 10)}` }));
    const all = nextOfEach(upcomingOccurrences(set, at('2026-11-23T10:00'), TZ, 14));
    for (const limit of [1, 7, 10, 25, 299, 300, 1000]) {
      const { occurrences, total } = boardOccurrences(set, at('2026-11-23T10:00'), TZ, 14, limit);
      expect(ids(occurrences)).toEqual(ids(all.slice(0, limit)));
      expect(total).toBe(300);
    }
  });
});

describe('paginate with a page limit', () => {
  const group = (key: string, n: number): DayGroup => ({
    key,
    state: 'upcoming',
    day: 0,
    items: Array.from({ length: n }, (_, i) => ({ event: { id: `${key}-${i}` } }) as DayGroup['items'][number]),
  });
  /** Each page as its columns, each column as "group[+ if continued]:cards". */
  const shape = (pages: ReturnType<typeof paginate>['pages']) =>
    pages.map((page) => page.map((column) => column.map((b) => `${b.group.key}${b.continued ? '+' : ''}:${b.items.length}`).join(' ')));
  // heading 50, card 200, gap 20: a column of 760 holds a heading and three cards (710).
  const layout = { height: 760, heading: 50, card: 200, gap: 20, columns: 2 };

  it('stops at the page limit and counts the occurrences left out', () => {
    const board = paginate([group('a', 10_000)], layout, 3);
    expect(board.pages).toHaveLength(3);
    const placed = board.pages.flat(2).reduce((n, b) => n + b.items.length, 0);
    expect(board.hidden).toBe(10_000 - placed);
    expect(placed).toBe(5 * 3 + 2); // 3 cards a column, but the last gives one up for the "more" line
  });

  it('keeps room for the "more" line under the last column, and only there', () => {
    const board = paginate([group('a', 4), group('b', 4), group('c', 30)], layout, 2);
    expect(shape(board.pages)).toEqual([['a:3', 'a+:1 b:1'], ['b+:3', 'c:2']]);
    const last = board.pages.at(-1)!.at(-1)!;
    expect(columnHeight(last, layout) + layout.gap + layout.heading).toBeLessThanOrEqual(layout.height);
    expect(board.hidden).toBe(28);
  });

  it('drops a heading left without cards when making room', () => {
    // 780 holds a:2 (490) and b's heading with one card (290); giving up that card takes the heading too.
    const board = paginate([group('a', 2), group('b', 9)], { ...layout, height: 780, columns: 1 }, 1);
    expect(shape(board.pages)).toEqual([['a:2']]);
    expect(board.hidden).toBe(9);
  });

  it('needs no "more" line when everything fits in the pages allowed', () => {
    const board = paginate([group('a', 12)], layout, 2);
    expect(shape(board.pages)).toEqual([['a:3', 'a+:3'], ['a+:3', 'a+:3']]);
    expect(board.hidden).toBe(0);
  });

  it('counts occurrences the caller did not pass in, and makes room for the line', () => {
    const board = paginate([group('a', 2)], layout, 2, 500);
    expect(shape(board.pages)).toEqual([['a:2']]);
    expect(board.hidden).toBe(500);
    expect(paginate([group('a', 3)], { ...layout, columns: 1 }, 1, 5)).toMatchObject({ hidden: 6 });
  });

  it('defaults to a limit a visitor can page through', () => {
    expect(paginate([group('a', 10_000)], layout).pages).toHaveLength(MAX_BOARD_PAGES);
  });
});
