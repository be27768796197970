// One meaning for a date-only `until`: the whole of that day in the site's zone, for notices,
// playlist entries, repeating events and the checker's "expired" warnings alike.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { contentFromMs, contentUntilMs, parseInstant } from '../../src/kiosk/zoned.ts';
import { isNoticeShown } from '../../src/kiosk/notices.ts';
import { isValidAt } from '../../src/kiosk/playlist.ts';
import { stillScheduled } from '../../src/scenes/events/recurrence.ts';
import { checkExpiry } from '../../scripts/lib/staff-rules.ts';
import { EventsSchema, type ContentSet, type Notice, type PlaylistEntry } from '../../src/content/schema.ts';

const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu'];

describe('contentUntilMs / contentFromMs', () => {
  it.each(ZONES)('a date-only until runs to the next local midnight in %s', (tz) => {
    expect(contentUntilMs('2026-12-24', tz)).toBe(parseInstant('2026-12-25T00:00', tz));
    expect(contentFromMs('2026-12-24', tz)).toBe(parseInstant('2026-12-24T00:00', tz));
    expect(contentUntilMs('2026-12-31', tz)).toBe(parseInstant('2027-01-01T00:00', tz)); // across a year end
    expect(contentUntilMs('2028-02-28', tz)).toBe(parseInstant('2028-02-29T00:00', tz));
  });

  it('keeps a time or an offset as written', () => {
    expect(contentUntilMs('2026-12-24T12:00', 'Asia/Shanghai')).toBe(Date.parse('2026-12-24T12:00+08:00'));
    expect(contentUntilMs('2026-12-24T12:00Z', 'Asia/Shanghai')).toBe(Date.parse('2026-12-24T12:00Z'));
  });

  it('is a 23- or 25-hour day across a daylight-saving change', () => {
    const tz = 'America/New_York';
    expect(contentUntilMs('2026-03-08', tz) - contentFromMs('2026-03-08', tz)).toBe(23 * 3_600_000);
    expect(contentUntilMs('2026-11-01', tz) - contentFromMs('2026-11-01', tz)).toBe(25 * 3_600_000);
  });

  it('is open-ended without a value', () => {
    expect(contentUntilMs(undefined, 'UTC')).toBe(Number.POSITIVE_INFINITY);
    expect(contentFromMs(undefined, 'UTC')).toBe(Number.NEGATIVE_INFINITY);
  });
});

const site = (timezone: string) => ({ name: '测试', timezone }) as ContentSet['site'];
function setWith(timezone: string, parts: { notices?: Notice[]; scenes?: PlaylistEntry[]; events?: unknown[] }): ContentSet {
  return {
    site: site(timezone),
    playlist: { scenes: parts.scenes ?? [] },
    achievements: { year: 2026, sections: [] },
    workers: { workers: [] },
    events: v.parse(EventsSchema, { events: parts.events ?? [] }),
    notices: { notices: parts.notices ?? [] },
  } as ContentSet;
}

describe.each(ZONES)('at the edges of the until day in %s, kiosk and checker agree', (tz) => {
  const notice: Notice = { id: 'n', text: '通知', urgent: false, from: '2026-12-20', until: '2026-12-24' };
  const scene: PlaylistEntry = { id: 's', kind: 'events', title: '活动', duration: 10, validFrom: '2026-12-20', validUntil: '2026-12-24' };
  const set = setWith(tz, { notices: [notice], scenes: [scene] });
  const expired = (ms: number) => checkExpiry(set, new Date(ms)).map((p) => p.file).sort();

  it.each([
    ['the from day begins', '2026-12-20T00:00', true],
    ['the last minute before it', '2026-12-19T23:59:59', false],
    ['the until day begins', '2026-12-24T00:00', true],
    ['the until day’s last second', '2026-12-24T23:59:59', true],
    ['the next midnight', '2026-12-25T00:00', false],
  ])('%s (%s)', (_name, wall, shown) => {
    const ms = parseInstant(wall, tz);
    expect(isNoticeShown(notice, ms, tz)).toBe(shown);
    expect(isValidAt(scene, ms, tz)).toBe(shown);
    const over = ms >= parseInstant('2026-12-25T00:00', tz);
    expect(expired(ms)).toEqual(over ? ['notices.json', 'playlist.json'] : []);
  });
});

describe('repeating events', () => {
  const tz = 'Asia/Shanghai';
  const event = (start: string, end: string) => ({
    id: 'late', title: '夜场', category: 'other', start, end, location: '一楼',
    recurrence: { frequency: 'weekly', weekdays: [4], until: '2026-12-24' },
  });

  it('count the whole until day, and an occurrence on it that runs past midnight until it ends', () => {
    const set = setWith(tz, { events: [event('2026-12-03T22:00', '2026-12-04T01:00')] }); // Thursdays 22:00-01:00
    const e = set.events.events[0]!;
    expect(stillScheduled(e, parseInstant('2026-12-24T23:59', tz), tz)).toBe(true);
    expect(stillScheduled(e, parseInstant('2026-12-25T00:59', tz), tz)).toBe(true); // still on
    expect(stillScheduled(e, parseInstant('2026-12-25T01:00', tz), tz)).toBe(false);
    expect(checkExpiry(set, new Date(parseInstant('2026-12-25T00:59', tz)))).toEqual([]);
    expect(checkExpiry(set, new Date(parseInstant('2026-12-25T01:00', tz)))).toHaveLength(1);
  });

  it('are over for the checker exactly when the board stops listing them', () => {
    const set = setWith(tz, { events: [event('2026-12-03T09:00', '2026-12-03T10:00')] });
    expect(checkExpiry(set, new Date(parseInstant('2026-12-24T23:59', tz)))).toEqual([]);
    expect(checkExpiry(set, new Date(parseInstant('2026-12-25T00:00', tz)))).toMatchObject([{ file: 'events.json', path: 'events[0]', severity: 'warning' }]);
  });
});
