import { describe, expect, it } from 'vitest';
import { zonedEpoch, zonedParts } from '../../src/kiosk/zoned.ts';
import { ZoneDays } from '../../src/scenes/events/zone-days.ts';
import { civilDate, dayNumber } from '../../src/scenes/events/recurrence.ts';

// Zones with daylight saving at night, at midnight (Santiago, Havana: no 00:00 on the day clocks
// go forward), by half an hour (Lord Howe), and none at all.
const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'America/Santiago', 'America/Havana', 'Australia/Lord_Howe'];
const HOUR = 3_600_000;
const from = Date.parse('2025-12-20T00:00Z');
const to = Date.parse('2027-01-10T00:00Z');

const dayOfParts = (ms: number, tz: string) => {
  const p = zonedParts(ms, tz);
  return dayNumber(p.year, p.month, p.day);
};

describe('ZoneDays gives the answers zoned.ts gives', () => {
  for (const tz of ZONES) {
    it(`in ${tz}: the calendar day and wall time of every 50 minutes over a year`, () => {
      const zone = new ZoneDays(tz);
      for (let ms = from; ms < to; ms += 50 * 60_000 + 17_000) {
        const p = zonedParts(ms, tz);
        const expected = { day: dayNumber(p.year, p.month, p.day), hour: p.hour, minute: p.minute, second: p.second };
        expect(zone.dayOf(ms), new Date(ms).toISOString()).toBe(expected.day);
        expect(zone.wallTime(ms), new Date(ms).toISOString()).toEqual(expected);
      }
    });

    it(`in ${tz}: each day starts at its first instant, and wall times map to zonedEpoch`, () => {
      const zone = new ZoneDays(tz);
      for (let day = dayNumber(2026, 1, 1); day < dayNumber(2027, 1, 1); day++) {
        const start = zone.start(day);
        expect(dayOfParts(start, tz)).toBe(day);
        expect(dayOfParts(start - 1000, tz)).toBe(day - 1);
        const c = civilDate(day);
        for (const [h, m] of [[0, 30], [1, 30], [2, 30], [9, 0], [23, 59]] as const) {
          expect(zone.at(day, h, m, 0), `${tz} ${c.year}-${c.month}-${c.day} ${h}:${m}`).toBe(zonedEpoch(c.year, c.month, c.day, h, m, 0, tz));
        }
      }
    });
  }

  it('reads content dates as parseInstant does, with or without an offset', () => {
    const zone = new ZoneDays('Europe/Berlin');
    expect(zone.instant('2026-03-29T03:30')).toBe(Date.parse('2026-03-29T03:30+02:00'));
    expect(zone.instant('2026-03-28T23:00')).toBe(Date.parse('2026-03-28T23:00+01:00'));
    expect(zone.instant('2026-11-23')).toBe(Date.parse('2026-11-23T00:00+01:00'));
    expect(zone.instant('2026-11-23T01:30Z')).toBe(Date.parse('2026-11-23T01:30Z'));
    expect(zone.instant('not a date')).toBeNaN();
  });
});
