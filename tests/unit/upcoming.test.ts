import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { EventsSchema, type KioskEvent } from '../../src/content/schema.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import { dayNumber, dayText, zonedDay } from '../../src/scenes/events/recurrence.ts';
import { groupByDay, nextOfEach, upcomingOccurrences, windowEndMs, type DayGroup } from '../../src/scenes/events/upcoming.ts';
import { dayRangeText, firstOccurrenceWhen, groupHeading, isLink, ruleText, whenText } from '../../src/scenes/events/format.ts';
import { pageDurationMs, paginate } from '../../src/scenes/events/paginate.ts';

const TZ = 'Asia/Shanghai';
const at = (text: string) => parseInstant(text, TZ);

const basic = v.parse(EventsSchema, JSON.parse(readFileSync(new URL('../fixtures/basic/events.json', import.meta.url), 'utf8'))).events;

function event(fields: Partial<Record<keyof KioskEvent, unknown>>): KioskEvent {
  const raw = { id: 'e', title: '活动', category: 'other', start: '2026-01-01T09:00', end: '2026-01-01T10:00', location: '一楼', ...fields };
  return v.parse(EventsSchema, { events: [raw] }).events[0]!;
}

/** "id:state:day" for each board item, in order. */
function board(events: readonly KioskEvent[], now: string, windowDays = 14): string[] {
  return nextOfEach(upcomingOccurrences(events, at(now), TZ, windowDays)).map((o) => `${o.event.id}:${o.state}:${dayText(o.day)}`);
}

describe('upcomingOccurrences on the basic fixture', () => {
  it('lists what is on now first, then later today, then the coming days', () => {
    expect(board(basic, '2026-11-23T10:00')).toEqual([
      'job-fair:now:2026-11-23',
      'concert:today:2026-11-23',
      'book-house:upcoming:2026-11-24',
      // consult-day is monthly on the 15th: 2026-12-15 is past the 14-day window
    ]);
  });

  it('lists an event as now from its first minute and drops it the instant it ends', () => {
    expect(board(basic, '2026-11-23T09:29')[0]).toBe('job-fair:today:2026-11-23');
    expect(board(basic, '2026-11-23T09:30')[0]).toBe('job-fair:now:2026-11-23');
    expect(board(basic, '2026-11-23T11:59')[0]).toBe('job-fair:now:2026-11-23');
    expect(board(basic, '2026-11-23T12:00')).not.toContain('job-fair:now:2026-11-23');
    expect(board(basic, '2026-11-23T12:00').some((s) => s.startsWith('job-fair'))).toBe(false);
  });

  it('never lists an event that ended before now', () => {
    expect(board(basic, '2026-11-01T09:30')).toContain('ended:now:2026-11-01');
    expect(board(basic, '2026-11-23T10:00').some((s) => s.startsWith('ended'))).toBe(false);
  });

  it('keeps every occurrence of a repeating event but shows only the next', () => {
    const all = upcomingOccurrences(basic, at('2026-11-23T10:00'), TZ, 14).filter((o) => o.event.id === 'book-house');
    // The window runs through Monday 2026-12-07.
    expect(all.map((o) => dayText(o.day))).toEqual(['2026-11-24', '2026-11-26', '2026-11-28', '2026-12-01', '2026-12-03', '2026-12-05']);
    expect(board(basic, '2026-11-24T10:00')[0]).toBe('book-house:now:2026-11-24');
  });

  it('shows the monthly service when the 15th falls in the window', () => {
    expect(board(basic, '2026-12-14T10:00')).toContain('consult-day:upcoming:2026-12-15');
    expect(board(basic, '2026-12-15T09:00')[0]).toBe('consult-day:now:2026-12-15');
  });
});

describe('the window', () => {
  it('runs through the end of the day windowDays after today', () => {
    expect(windowEndMs(at('2026-11-23T10:00'), TZ, 14)).toBe(at('2026-12-08T00:00'));
    const late = event({ id: 'late', start: '2026-12-07T20:00', end: '2026-12-07T21:00' });
    const later = event({ id: 'later', start: '2026-12-08T00:00', end: '2026-12-08T01:00' });
    expect(board([late, later], '2026-11-23T10:00')).toEqual(['late:upcoming:2026-12-07']);
    expect(board([late, later], '2026-11-23T10:00', 1)).toEqual([]);
    expect(board([late, later], '2026-12-06T23:00', 1)).toEqual(['late:upcoming:2026-12-07']);
  });
});

describe('states and order', () => {
  it('marks an all-day event today as happening now', () => {
    expect(board([event({ id: 'fair', start: '2026-11-23', end: '2026-11-23', allDay: true })], '2026-11-23T10:00')).toEqual(['fair:now:2026-11-23']);
  });

  it('shows a multi-day event once, as now while it runs', () => {
    const expo = event({ id: 'expo', start: '2026-11-20', end: '2026-11-26', allDay: true });
    expect(board([expo], '2026-11-23T10:00')).toEqual(['expo:now:2026-11-20']);
    expect(board([expo], '2026-11-27T00:00')).toEqual([]);
  });

  it('shows an event spanning midnight as now after midnight', () => {
    const night = event({ id: 'night', start: '2026-11-22T22:00', end: '2026-11-23T01:00' });
    expect(board([night], '2026-11-23T00:30')).toEqual(['night:now:2026-11-22']);
    expect(board([night], '2026-11-23T01:00')).toEqual([]);
  });

  it('orders by state, then start, then end, then title', () => {
    const events = [
      event({ id: 'b', title: '乙', start: '2026-11-25T09:00', end: '2026-11-25T11:00' }),
      event({ id: 'a', title: '甲', start: '2026-11-25T09:00', end: '2026-11-25T10:00' }),
      event({ id: 'c', title: '丙', start: '2026-11-23T18:00', end: '2026-11-23T19:00' }),
      event({ id: 'd', title: '丁', start: '2026-11-23T08:00', end: '2026-11-23T11:00' }),
    ];
    expect(board(events, '2026-11-23T10:00').map((s) => s.split(':')[0])).toEqual(['d', 'c', 'a', 'b']);
  });
});

describe('groupByDay', () => {
  it('groups now, today and each later day in order', () => {
    const items = nextOfEach(upcomingOccurrences(basic, at('2026-11-23T10:00'), TZ, 14));
    const groups = groupByDay(items, zonedDay(at('2026-11-23T10:00'), TZ));
    expect(groups.map((g) => [g.key, g.state, dayText(g.day), g.items.map((o) => o.event.id)])).toEqual([
      ['now', 'now', '2026-11-23', ['job-fair']],
      ['today', 'today', '2026-11-23', ['concert']],
      [`day-${dayNumber(2026, 11, 24)}`, 'upcoming', '2026-11-24', ['book-house']],
    ]);
  });
});

describe('format', () => {
  const occ = (start: string, end: string, allDay = false) => {
    const e = event({ start, end, allDay });
    return upcomingOccurrences([e], at('2020-01-01T00:00'), TZ, 3650)[0]!;
  };

  it('writes times, all-day and ranges', () => {
    expect(whenText(occ('2026-11-23T14:30', '2026-11-23T16:00'), TZ)).toBe('14:30–16:00');
    expect(whenText(occ('2026-11-23', '2026-11-23', true), TZ)).toBe('全天');
    expect(whenText(occ('2026-11-24', '2026-11-26', true), TZ)).toBe('11月24日–26日');
    expect(whenText(occ('2026-11-30', '2026-12-02', true), TZ)).toBe('11月30日–12月2日');
    expect(whenText(occ('2026-11-23T22:00', '2026-11-24T01:00'), TZ)).toBe('22:00–次日01:00');
    expect(whenText(occ('2026-11-23T19:00', '2026-11-24T00:00'), TZ)).toBe('19:00–24:00');
    expect(whenText(occ('2026-11-24T09:00', '2026-11-26T17:00'), TZ)).toBe('11月24日 09:00–26日 17:00');
    expect(dayRangeText(dayNumber(2026, 12, 30), dayNumber(2027, 1, 2))).toBe('2026年12月30日–2027年1月2日');
  });

  it('says how an event repeats', () => {
    expect(ruleText({ frequency: 'weekly', weekdays: [6, 2, 4], except: [] })).toBe('每周二、四、六');
    expect(ruleText({ frequency: 'weekly', weekdays: [1, 2, 3, 4, 5], except: [] })).toBe('每周一至周五');
    expect(ruleText({ frequency: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7], except: [] })).toBe('每天');
    expect(ruleText({ frequency: 'monthly', monthDay: 15, except: [] })).toBe('每月15日');
    expect(ruleText({ frequency: 'monthly', monthDay: -1, except: [] })).toBe('每月最后一天');
    expect(ruleText({ frequency: 'monthly', week: 2, weekday: 3, except: [] })).toBe('每月第二个周三');
    expect(ruleText({ frequency: 'monthly', week: -1, weekday: 5, except: [] })).toBe('每月最后一个周五');
    expect(firstOccurrenceWhen(basic.find((e) => e.id === 'book-house')!, TZ)).toBe('09:00–17:00');
  });

  it('heads day groups with today, tomorrow, the day after and then dates', () => {
    const today = dayNumber(2026, 11, 23);
    expect(groupHeading({ state: 'now', day: today }, today)).toEqual({ label: '正在进行', date: '' });
    expect(groupHeading({ state: 'today', day: today }, today)).toEqual({ label: '今天', date: '11月23日 周一' });
    expect(groupHeading({ state: 'upcoming', day: today + 1 }, today)).toEqual({ label: '明天', date: '11月24日 周二' });
    expect(groupHeading({ state: 'upcoming', day: today + 2 }, today)).toEqual({ label: '后天', date: '11月25日 周三' });
    expect(groupHeading({ state: 'upcoming', day: today + 9 }, today)).toEqual({ label: '12月2日', date: '周三' });
  });

  it('tells a link (QR code) from registration text', () => {
    expect(isLink('https://jobs.example.cn/winter')).toBe(true);
    expect(isLink('http://a.cn/x?y=1')).toBe(true);
    expect(isLink('电话 0571-12345678')).toBe(false);
    expect(isLink('请到 https://a.cn 报名')).toBe(false);
    expect(isLink(undefined)).toBe(false);
  });
});

describe('paginate', () => {
  const group = (key: string, n: number): DayGroup => ({
    key,
    state: 'upcoming',
    day: 0,
    items: Array.from({ length: n }, (_, i) => ({ event: { id: `${key}-${i}` } }) as DayGroup['items'][number]),
  });
  /** Each page as its columns, each column as "group[+ if continued]:cards". */
  const shape = (board: ReturnType<typeof paginate>) =>
    board.pages.map((page) => page.map((column) => column.map((b) => `${b.group.key}${b.continued ? '+' : ''}:${b.items.length}`).join(' ')));
  // heading 50, card 200, gap 20: one group with one card needs 50 + 20 + 200 = 270.
  const layout = { height: 760, heading: 50, card: 200, gap: 20, columns: 1 };

  it('keeps everything in one column when it fits', () => {
    expect(shape(paginate([group('a', 1), group('b', 1)], layout))).toEqual([['a:1 b:1']]); // 270 + 20 + 270 = 560
  });

  it('continues a long group in the next column under its heading again', () => {
    // a: 50+20+200+20+200+20+200 = 710 ≤ 760; the fourth card goes on.
    expect(shape(paginate([group('a', 5)], layout))).toEqual([['a:3'], ['a+:2']]);
  });

  it('never leaves a heading alone at the bottom of a column', () => {
    // a fills 490; b would need 20 + 270 = 290 > 270 left, so b starts the next column.
    expect(shape(paginate([group('a', 2), group('b', 1)], layout))).toEqual([['a:2'], ['b:1']]);
  });

  it('fills the columns of a page left to right before the next page', () => {
    const two = { ...layout, columns: 2 };
    expect(shape(paginate([group('a', 2), group('b', 1)], two))).toEqual([['a:2', 'b:1']]);
    expect(shape(paginate([group('a', 5), group('b', 3)], two))).toEqual([['a:3', 'a+:2'], ['b:3']]);
  });

  it('puts at least one card in a column that is too small for it', () => {
    expect(shape(paginate([group('a', 2)], { ...layout, height: 100 }))).toEqual([['a:1'], ['a+:1']]);
  });

  it('has no pages without events', () => {
    expect(paginate([], layout)).toEqual({ pages: [], hidden: 0 });
  });

  it('shares the scene time between pages within calm bounds', () => {
    expect(pageDurationMs(30, 2)).toBe(15_000);
    expect(pageDurationMs(10, 3)).toBe(8_000);
    expect(pageDurationMs(120, 1)).toBe(20_000);
  });
});
