import { describe, expect, it } from 'vitest';
import { isOpenAt } from '../../src/kiosk/schedule.ts';
import { parseInstant, zonedEpoch, zonedParts, dayKey } from '../../src/kiosk/zoned.ts';

const site = {
  timezone: 'Asia/Shanghai',
  closedDates: ['2024-10-01'],
  openingHours: {
    monday: [], tuesday: ['09:00-21:00'], wednesday: ['09:00-12:00', '14:00-21:00'], thursday: ['09:00-21:00'],
    friday: ['09:00-21:00'], saturday: ['18:00-02:00'], sunday: ['09:00-21:00'],
  },
};
const sh = (wall: string) => parseInstant(wall, 'Asia/Shanghai');

describe('opening hours', () => {
  it('is open inside a period and closed outside it, in the palace time zone', () => {
    expect(isOpenAt(site, sh('2024-05-07T08:59'))).toBe(false); // Tuesday
    expect(isOpenAt(site, sh('2024-05-07T09:00'))).toBe(true);
    expect(isOpenAt(site, sh('2024-05-07T20:59'))).toBe(true);
    expect(isOpenAt(site, sh('2024-05-07T21:00'))).toBe(false);
  });
  it('closes over a lunch break and on a closed weekday', () => {
    expect(isOpenAt(site, sh('2024-05-08T13:00'))).toBe(false);
    expect(isOpenAt(site, sh('2024-05-08T14:30'))).toBe(true);
    expect(isOpenAt(site, sh('2024-05-06T12:00'))).toBe(false); // Monday
  });
  it('closes on a closed date', () => {
    expect(isOpenAt(site, sh('2024-10-01T12:00'))).toBe(false);
  });
  it('handles a period past midnight', () => {
    expect(isOpenAt(site, sh('2024-05-11T23:30'))).toBe(true); // Saturday night
    expect(isOpenAt(site, sh('2024-05-12T01:00'))).toBe(true); // still Saturday's period, on Sunday morning
    expect(isOpenAt(site, sh('2024-05-12T03:00'))).toBe(false);
    expect(isOpenAt(site, sh('2024-05-11T01:00'))).toBe(false); // Friday closes at 21:00
  });
});

describe('zoned time', () => {
  it('converts between wall time and instants', () => {
    expect(new Date(zonedEpoch(2024, 5, 1, 9, 30, 0, 'Asia/Shanghai')).toISOString()).toBe('2024-05-01T01:30:00.000Z');
    expect(zonedParts(Date.parse('2024-12-31T16:30:00Z'), 'Asia/Shanghai')).toMatchObject({ year: 2025, month: 1, day: 1, hour: 0, minute: 30, weekday: 3 });
    expect(dayKey(Date.parse('2024-02-29T15:59:59Z'), 'Asia/Shanghai')).toBe('2024-02-29');
  });
  it('respects an explicit offset and handles zones with daylight saving', () => {
    expect(parseInstant('2024-05-01T09:00+02:00')).toBe(Date.parse('2024-05-01T07:00:00Z'));
    expect(parseInstant('2024-07-01T12:00', 'Europe/Berlin')).toBe(Date.parse('2024-07-01T10:00:00Z'));
    expect(parseInstant('2024-01-01T12:00', 'Europe/Berlin')).toBe(Date.parse('2024-01-01T11:00:00Z'));
    expect(Number.isNaN(parseInstant('2024-5-1'))).toBe(true);
  });
});

describe('next opening', () => {
  it('is later today, or the next open day, skipping closed days', async () => {
    const { nextOpening } = await import('../../src/kiosk/schedule.ts');
    expect(nextOpening(site, sh('2024-05-07T07:00'))).toBe(sh('2024-05-07T09:00')); // Tuesday morning
    expect(nextOpening(site, sh('2024-05-08T12:30'))).toBe(sh('2024-05-08T14:00')); // lunch break
    expect(nextOpening(site, sh('2024-05-05T22:00'))).toBe(sh('2024-05-07T09:00')); // Sunday night; Monday closed
    expect(nextOpening(site, sh('2024-09-30T22:00'))).toBe(sh('2024-10-02T09:00')); // Oct 1 is a closed date
  });
});
