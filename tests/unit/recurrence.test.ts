import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EventsSchema, type KioskEvent } from '../../src/content/schema.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import {
  civilDate,
  dayNumber,
  dayText,
  monthlyDay,
  occurrencesBetween,
  stillScheduled,
  weekdayOf,
} from '../../src/scenes/events/recurrence.ts';

const TZ = 'Asia/Shanghai';
const at = (text: string, tz = TZ) => parseInstant(text, tz);

/** A valid event as the kiosk would hold it after validation (defaults filled in). */
function event(fields: Partial<Record<keyof KioskEvent, unknown>>): KioskEvent {
  const raw = { id: 'e', title: '活动', category: 'other', start: '2026-01-01T09:00', end: '2026-01-01T10:00', location: '一楼', ...fields };
  return v.parse(EventsSchema, { events: [raw] }).events[0]!;
}

/** Start days (as text) of the event's occurrences between two site-zone instants. */
function days(e: KioskEvent, from: string, to: string, tz = TZ): string[] {
  return occurrencesBetween(e, at(from, tz), at(to, tz), tz).map((o) => dayText(o.day));
}

describe('calendar day numbers', () => {
  it('round-trips dates and knows weekdays', () => {
    expect(civilDate(dayNumber(2028, 2, 29))).toEqual({ year: 2028, month: 2, day: 29 });
    expect(weekdayOf(dayNumber(2026, 11, 23))).toBe(1); // a Monday
    expect(weekdayOf(dayNumber(2026, 11, 29))).toBe(7);
    expect(weekdayOf(dayNumber(1969, 12, 31))).toBe(3); // before the epoch too
    expect(dayNumber(2027, 1, 1) - dayNumber(2026, 12, 31)).toBe(1);
  });
});

describe('one-off events', () => {
  it('is in a window it overlaps and not in one it does not', () => {
    const e = event({ start: '2026-11-23T09:30', end: '2026-11-23T12:00' });
    expect(days(e, '2026-11-23T00:00', '2026-11-24T00:00')).toEqual(['2026-11-23']);
    expect(days(e, '2026-11-23T12:00', '2026-11-24T00:00')).toEqual([]); // ended exactly then
    expect(days(e, '2026-11-23T11:59', '2026-11-24T00:00')).toEqual(['2026-11-23']);
  });

  it('keeps the instant of a start given with an offset', () => {
    const e = event({ start: '2026-11-23T01:30Z', end: '2026-11-23T04:00Z' });
    const [o] = occurrencesBetween(e, at('2026-11-23T00:00'), at('2026-11-24T00:00'), TZ);
    expect(o?.startMs).toBe(Date.parse('2026-11-23T09:30+08:00'));
    expect(o?.endMs).toBe(Date.parse('2026-11-23T12:00+08:00'));
  });

  it('treats an all-day event as whole days with an inclusive end date', () => {
    const e = event({ start: '2026-11-24', end: '2026-11-26', allDay: true });
    const [o] = occurrencesBetween(e, at('2026-11-23T10:00'), at('2026-12-08T00:00'), TZ);
    expect(o).toMatchObject({ allDay: true, startMs: at('2026-11-24T00:00'), endMs: at('2026-11-27T00:00') });
    expect(dayText(o!.lastDay)).toBe('2026-11-26');
    expect(days(e, '2026-11-26T23:59', '2026-11-30T00:00')).toEqual(['2026-11-24']);
    expect(days(e, '2026-11-27T00:00', '2026-11-30T00:00')).toEqual([]);
  });

  it('reads a date-only start as all-day even without the flag', () => {
    const e = event({ start: '2028-02-29', end: '2028-02-29' });
    const [o] = occurrencesBetween(e, at('2028-02-28T12:00'), at('2028-03-02T00:00'), TZ);
    expect(o).toMatchObject({ allDay: true, startMs: at('2028-02-29T00:00'), endMs: at('2028-03-01T00:00') });
  });
});

describe('weekly rules', () => {
  const bookHouse = event({ start: '2026-01-06T09:00', end: '2026-01-06T17:00', recurrence: { frequency: 'weekly', weekdays: [2, 4, 6] } });

  it('yields the chosen weekdays at the first occurrence’s time and length', () => {
    const list = occurrencesBetween(bookHouse, at('2026-11-23T10:00'), at('2026-11-30T00:00'), TZ);
    expect(list.map((o) => dayText(o.day))).toEqual(['2026-11-24', '2026-11-26', '2026-11-28']);
    expect(list[0]).toMatchObject({ startMs: at('2026-11-24T09:00'), endMs: at('2026-11-24T17:00') });
  });

  it('starts on the first matching day on or after the start date', () => {
    const e = event({ start: '2026-11-23T19:00', end: '2026-11-23T20:00', recurrence: { frequency: 'weekly', weekdays: [2] } });
    expect(days(e, '2026-11-01T00:00', '2026-12-02T00:00')).toEqual(['2026-11-24', '2026-12-01']);
  });

  it('honours until (inclusive) and except dates', () => {
    const e = event({
      start: '2026-11-02T19:00',
      end: '2026-11-02T20:00',
      recurrence: { frequency: 'weekly', weekdays: [1, 3], until: '2026-11-25', except: ['2026-11-18'] },
    });
    expect(days(e, '2026-11-10T00:00', '2026-12-31T00:00')).toEqual(['2026-11-11', '2026-11-16', '2026-11-23', '2026-11-25']);
  });

  it('crosses the year end', () => {
    const e = event({ start: '2026-01-02T10:00', end: '2026-01-02T11:00', recurrence: { frequency: 'weekly', weekdays: [4, 5] } });
    expect(days(e, '2026-12-28T00:00', '2027-01-05T00:00')).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('keeps an occurrence that spans midnight while it runs, then drops it', () => {
    const e = event({ start: '2026-11-06T22:00', end: '2026-11-07T01:00', recurrence: { frequency: 'weekly', weekdays: [5] } });
    const running = occurrencesBetween(e, at('2026-11-21T00:30'), at('2026-11-22T00:00'), TZ);
    expect(running).toHaveLength(1);
    expect(running[0]).toMatchObject({ startMs: at('2026-11-20T22:00'), endMs: at('2026-11-21T01:00') });
    expect(dayText(running[0]!.lastDay)).toBe('2026-11-21');
    expect(occurrencesBetween(e, at('2026-11-21T01:00'), at('2026-11-22T00:00'), TZ)).toEqual([]);
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    const berlin = 'Europe/Berlin';
    const e = event({ start: '2026-03-07T09:00', end: '2026-03-07T10:30', recurrence: { frequency: 'weekly', weekdays: [6] } });
    const list = occurrencesBetween(e, at('2026-03-27T00:00', berlin), at('2026-04-05T00:00', berlin), berlin);
    expect(list.map((o) => new Date(o.startMs).toISOString())).toEqual(['2026-03-28T08:00:00.000Z', '2026-04-04T07:00:00.000Z']);
    expect(list.map((o) => o.endMs - o.startMs)).toEqual([90 * 60_000, 90 * 60_000]);
  });

  it('repeats an all-day event on each chosen day', () => {
    const e = event({ start: '2026-11-07', end: '2026-11-07', allDay: true, recurrence: { frequency: 'weekly', weekdays: [6, 7] } });
    const list = occurrencesBetween(e, at('2026-11-23T10:00'), at('2026-12-01T00:00'), TZ);
    expect(list.map((o) => dayText(o.day))).toEqual(['2026-11-28', '2026-11-29']);
    expect(list[0]).toMatchObject({ startMs: at('2026-11-28T00:00'), endMs: at('2026-11-29T00:00') });
  });

  it('expands a rule begun a century ago only within the window', () => {
    const old = Array.from({ length: 300 }, (_, i) =>
      event({ id: `old-${i}`, start: '1900-01-02T09:00', end: '1900-01-02T10:00', recurrence: { frequency: 'weekly', weekdays: [2] } }),
    );
    const monthlyOld = event({ start: '1900-01-15T09:00', end: '1900-01-15T10:00', recurrence: { frequency: 'monthly', week: 2, weekday: 3 } });
    const from = at('2026-11-23T10:00');
    const to = at('2026-12-08T00:00');
    for (const e of old) expect(occurrencesBetween(e, from, to, TZ).map((o) => dayText(o.day))).toEqual(['2026-11-24', '2026-12-01']);
    expect(occurrencesBetween(monthlyOld, from, to, TZ).map((o) => dayText(o.day))).toEqual([]);
    expect(days(monthlyOld, '2026-11-23T10:00', '2027-01-01T00:00')).toEqual(['2026-12-09']);
  }, 2_000);
});

describe('monthly rules', () => {
  const monthly = (recurrence: Record<string, unknown>, start = '2026-01-01T09:00', end = '2026-01-01T12:00') =>
    event({ start, end, recurrence: { frequency: 'monthly', ...recurrence } });

  it('yields a fixed day of the month', () => {
    expect(days(monthly({ monthDay: 15 }, '2026-01-15T09:00', '2026-01-15T12:00'), '2026-11-01T00:00', '2027-02-01T00:00')).toEqual([
      '2026-11-15',
      '2026-12-15',
      '2027-01-15',
    ]);
  });

  it('skips months that lack the day (the 31st)', () => {
    expect(days(monthly({ monthDay: 31 }), '2026-01-01T00:00', '2026-08-01T00:00')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
  });

  it('reads -1 as the last day, leap years included', () => {
    const e = monthly({ monthDay: -1 });
    expect(days(e, '2026-01-01T00:00', '2026-05-01T00:00')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(days(e, '2028-02-01T00:00', '2028-03-01T00:00')).toEqual(['2028-02-29']);
    expect(days(e, '2026-12-15T00:00', '2027-02-01T00:00')).toEqual(['2026-12-31', '2027-01-31']);
  });

  it('yields the 29th of February only in leap years', () => {
    const e = monthly({ monthDay: 29 });
    expect(days(e, '2027-02-01T00:00', '2027-03-01T00:00')).toEqual([]);
    expect(days(e, '2028-02-01T00:00', '2028-03-01T00:00')).toEqual(['2028-02-29']);
  });

  it('yields the nth weekday, skipping months without a fifth one', () => {
    expect(days(monthly({ week: 2, weekday: 3 }), '2026-11-01T00:00', '2027-01-01T00:00')).toEqual(['2026-11-11', '2026-12-09']);
    // Fifth Monday: November 2026 has one (the 30th), December 2026 and January 2027 do not.
    expect(days(monthly({ week: 5, weekday: 1 }), '2026-11-01T00:00', '2027-02-01T00:00')).toEqual(['2026-11-30']);
  });

  it('yields the last weekday of the month', () => {
    expect(days(monthly({ week: -1, weekday: 5 }), '2026-11-01T00:00', '2027-03-01T00:00')).toEqual([
      '2026-11-27',
      '2026-12-25',
      '2027-01-29',
      '2027-02-26',
    ]);
    expect(monthlyDay({ frequency: 'monthly', week: -1, weekday: 2, except: [] }, 2028, 2)).toBe(dayNumber(2028, 2, 29));
  });

  it('honours until and except', () => {
    const e = monthly({ monthDay: 15, until: '2027-01-15', except: ['2026-12-15'] }, '2026-01-15T09:00', '2026-01-15T12:00');
    expect(days(e, '2026-11-01T00:00', '2027-06-01T00:00')).toEqual(['2026-11-15', '2027-01-15']);
  });
});

describe('stillScheduled', () => {
  it('is false once a one-off has ended or a rule has passed its until date', () => {
    const oneOff = event({ start: '2026-11-01T09:00', end: '2026-11-01T10:00' });
    expect(stillScheduled(oneOff, at('2026-11-01T09:30'), TZ)).toBe(true);
    expect(stillScheduled(oneOff, at('2026-11-01T10:00'), TZ)).toBe(false);
    const rule = event({ recurrence: { frequency: 'weekly', weekdays: [1], until: '2026-11-23' } });
    expect(stillScheduled(rule, at('2026-11-23T20:00'), TZ)).toBe(true);
    expect(stillScheduled(rule, at('2026-11-24T00:00'), TZ)).toBe(false);
  });
});
