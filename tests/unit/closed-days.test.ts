// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EventsSchema, type KioskEvent } from '../../src/content/schema.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import { dayText } from '../../src/scenes/events/recurrence.ts';
import { boardOccurrences } from '../../src/scenes/events/board-list.ts';
import { upcomingOccurrences, nextOfEach } from '../../src/scenes/events/upcoming.ts';
import { closedDays } from '../../src/scenes/events/closed-days.ts';

const TZ = 'Asia/Shanghai';
const at = (text: string) => parseInstant(text, TZ);
const NOW = at('2026-12-07T08:00');
const parse = (raw: object[]): KioskEvent[] => v.parse(EventsSchema, { events: raw.map((e, i) => ({ id: `e${i}`, title: `活动${i}`, category: 'other', location: '一楼', ...e })) }).events;
const listed = (events: KioskEvent[], closed: string[]) =>
  boardOccurrences(events, NOW, TZ, 14, Infinity, undefined, closedDays(closed)).occurrences.map((o) => `${o.event.id}@${dayText(o.day)}`);

describe('events on closed dates (site.json closedDates)', () => {
  const oneOff = { start: '2026-12-08T14:00', end: '2026-12-08T16:00' };
  const daily = { start: '2026-01-01T19:00', end: '2026-01-01T20:00', recurrence: { frequency: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] } };

  it('does not list a one-off event on a closed date', () => {
    expect(listed(parse([oneOff]), [])).toEqual(['e0@2026-12-08']);
    expect(listed(parse([oneOff]), ['2026-12-08'])).toEqual([]);
  });

  it('lists a repeating event at its next occurrence on an open day, skipping closed ones', () => {
    expect(listed(parse([daily]), ['2026-12-07', '2026-12-08'])).toEqual(['e0@2026-12-09']);
  });

  it('still lists an event held anyway (heldOnClosedDays) on its closed date', () => {
    expect(listed(parse([{ ...oneOff, heldOnClosedDays: true }]), ['2026-12-08'])).toEqual(['e0@2026-12-08']);
    expect(listed(parse([{ ...daily, heldOnClosedDays: true }]), ['2026-12-07'])).toEqual(['e0@2026-12-07']);
  });

  it('still lists an event spanning several days when one of them is open', () => {
    const exhibition = { start: '2026-12-08', end: '2026-12-10', allDay: true };
    expect(listed(parse([exhibition]), ['2026-12-08', '2026-12-09'])).toEqual(['e0@2026-12-08']);
    expect(listed(parse([exhibition]), ['2026-12-08', '2026-12-09', '2026-12-10'])).toEqual([]);
  });

  it('agrees with the full expansion (upcomingOccurrences) and counts only what is held', () => {
    const events = parse([oneOff, daily, { start: '2026-12-09T09:00', end: '2026-12-09T10:00', recurrence: { frequency: 'weekly', weekdays: [3] } }]);
    const closed = closedDays(['2026-12-07', '2026-12-08', '2026-12-09']);
    const full = nextOfEach(upcomingOccurrences(events, NOW, TZ, 14, closed));
    const board = boardOccurrences(events, NOW, TZ, 14, Infinity, undefined, closed);
    expect(board.occurrences).toEqual(full);
    expect(board.total).toBe(2);
    expect(full.map((o) => `${o.event.id}@${dayText(o.day)}`)).toEqual(['e1@2026-12-10', 'e2@2026-12-16']);
  });
});

describe('the night screen’s coming events (NightEvents) keep to the same closed dates', () => {
  it('does not list an event on a closed date', async () => {
    const { flushSync, mount, unmount } = await import('svelte');
    const { default: NightEvents } = await import('../../src/ui/NightEvents.svelte');
    const target = document.createElement('div');
    const events = parse([{ start: '2026-12-08T14:00', end: '2026-12-08T16:00' }, { start: '2026-12-09T14:00', end: '2026-12-09T16:00' }]);
    const app = mount(NightEvents, { target, props: { events, nowMs: NOW, timeZone: TZ, windowDays: 14, closedDates: ['2026-12-08'] } });
    flushSync();
    expect(target.textContent).not.toContain('活动0');
    expect(target.textContent).toContain('活动1');
    unmount(app);
  });
});
