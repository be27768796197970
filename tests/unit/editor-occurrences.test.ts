import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EventsSchema, type KioskEvent } from '../../src/content/schema.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import { dayText } from '../../src/scenes/events/recurrence.ts';
import { boardOccurrences } from '../../src/scenes/events/board-list.ts';
import { whenText } from '../../src/scenes/events/format.ts';
import { nextOccurrences } from '../../src/editor/occurrences.ts';

const TZ = 'Asia/Shanghai';
const at = (text: string) => parseInstant(text, TZ);

function event(fields: Partial<Record<keyof KioskEvent, unknown>>): KioskEvent {
  const raw = { id: 'e', title: '活动', category: 'other', start: '2026-12-01T14:30', end: '2026-12-01T16:00', location: '一楼', ...fields };
  return v.parse(EventsSchema, { events: [raw] }).events[0]!;
}
const listed = (e: KioskEvent, now: string, count = 5, windowDays = 14) =>
  nextOccurrences(e, at(now), TZ, count, windowDays).map((o) => `${dayText(o.day)}${o.skipped ? ' skipped' : ''}${o.onBoard ? ' board' : ''}`);

describe('the recurrence editor lists the next occurrences as the kiosk computes them', () => {
  it('lists a weekly rule from now on, the first one marked as the one on the board', () => {
    const e = event({ recurrence: { frequency: 'weekly', weekdays: [2, 4] } });
    expect(listed(e, '2026-12-02T09:00')).toEqual(['2026-12-03 board', '2026-12-08', '2026-12-10', '2026-12-15', '2026-12-17']);
  });

  it('keeps an occurrence that is still running, and drops it once it has ended', () => {
    const e = event({ recurrence: { frequency: 'weekly', weekdays: [2] } });
    expect(listed(e, '2026-12-08T15:00', 2)).toEqual(['2026-12-08 board', '2026-12-15']);
    expect(nextOccurrences(e, at('2026-12-08T15:00'), TZ, 1, 14)[0]!.state).toBe('now');
    expect(listed(e, '2026-12-08T16:00', 2)).toEqual(['2026-12-15 board', '2026-12-22']);
  });

  it('shows struck-out dates in place without counting them, and the board skips them', () => {
    const e = event({ recurrence: { frequency: 'weekly', weekdays: [2], except: ['2026-12-08', '2026-12-22'] } });
    expect(listed(e, '2026-12-02T09:00', 3)).toEqual(['2026-12-08 skipped', '2026-12-15 board', '2026-12-22 skipped', '2026-12-29', '2027-01-05']);
  });

  it('stops at until and skips months without the day (monthly on the 31st)', () => {
    const e = event({ start: '2026-12-31T09:00', end: '2026-12-31T10:00', recurrence: { frequency: 'monthly', monthDay: 31, until: '2027-05-31' } });
    expect(listed(e, '2026-12-01T09:00', 10, 90)).toEqual(['2026-12-31 board', '2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('marks no occurrence for the board when the next one is beyond its window', () => {
    const e = event({ start: '2026-12-15T09:00', end: '2026-12-15T10:00', recurrence: { frequency: 'monthly', monthDay: 15 } });
    expect(listed(e, '2026-11-20T09:00', 2, 14)).toEqual(['2026-12-15', '2027-01-15']);
  });

  it('lists a one-off event once, until it is over', () => {
    const e = event({});
    expect(listed(e, '2026-11-30T09:00')).toEqual(['2026-12-01 board']);
    expect(listed(e, '2026-12-01T16:00')).toEqual([]);
  });

  it('agrees with the board: the listed board occurrence is the one the board shows, with the same time line', () => {
    const events = [
      event({ id: 'a', recurrence: { frequency: 'weekly', weekdays: [1, 3, 5], except: ['2026-12-04'] } }),
      event({ id: 'b', start: '2026-11-03T22:00', end: '2026-11-04T01:00', recurrence: { frequency: 'monthly', week: 1, weekday: 2 } }),
      event({ id: 'c', start: '2026-12-05', end: '2026-12-06', allDay: true, recurrence: { frequency: 'weekly', weekdays: [6] } }),
    ];
    for (const now of ['2026-12-02T15:00', '2026-12-04T08:00', '2026-12-31T23:30']) {
      const board = boardOccurrences(events, at(now), TZ, 14).occurrences;
      for (const e of events) {
        const mine = nextOccurrences(e, at(now), TZ, 3, 14).find((o) => o.onBoard);
        const theirs = board.find((o) => o.event.id === e.id);
        expect(mine && { day: mine.day, when: whenText(mine, TZ) }).toEqual(theirs && { day: theirs.day, when: whenText(theirs, TZ) });
      }
    }
  });
});
