import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { NoticesSchema, type Notice } from '../../src/content/schema.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import { activeNotices, activeUrgent, nextNoticeChangeMs, noticeEndMs } from '../../src/kiosk/notices.ts';

const TZ = 'Asia/Shanghai';
const at = (text: string) => parseInstant(text, TZ);
const basic = v.parse(NoticesSchema, JSON.parse(readFileSync(new URL('../fixtures/basic/notices.json', import.meta.url), 'utf8'))).notices;

const notice = (fields: Partial<Notice> & { id: string }): Notice => v.parse(NoticesSchema, { notices: [{ text: '通知', ...fields }] }).notices[0]!;
const ids = (list: readonly Notice[]) => list.map((n) => n.id);

describe('activeNotices', () => {
  it('shows notices without dates all the time, and leaves urgent ones to the takeover', () => {
    expect(ids(activeNotices(basic, at('2026-11-23T10:00'), TZ))).toEqual(['welcome']);
    expect(ids(activeNotices(basic, at('2026-11-23T14:00'), TZ))).toEqual(['welcome']);
  });

  it('shows a notice from its start until (not including) its end, in the site zone', () => {
    const n = notice({ id: 'n', from: '2026-11-23T13:50', until: '2026-11-23T15:00' });
    expect(ids(activeNotices([n], at('2026-11-23T13:49'), TZ))).toEqual([]);
    expect(ids(activeNotices([n], at('2026-11-23T13:50'), TZ))).toEqual(['n']);
    expect(ids(activeNotices([n], at('2026-11-23T14:59'), TZ))).toEqual(['n']);
    expect(ids(activeNotices([n], at('2026-11-23T15:00'), TZ))).toEqual([]);
  });

  it('reads a date-only until as through the end of that day', () => {
    const n = notice({ id: 'n', from: '2026-11-20', until: '2026-11-23' });
    expect(noticeEndMs(n, TZ)).toBe(at('2026-11-24T00:00'));
    expect(ids(activeNotices([n], at('2026-11-19T23:59'), TZ))).toEqual([]);
    expect(ids(activeNotices([n], at('2026-11-23T23:59'), TZ))).toEqual(['n']);
    expect(ids(activeNotices([n], at('2026-11-24T00:00'), TZ))).toEqual([]);
  });

  it('keeps content order', () => {
    const list = [notice({ id: 'b' }), notice({ id: 'a' })];
    expect(ids(activeNotices(list, at('2026-11-23T10:00'), TZ))).toEqual(['b', 'a']);
  });
});

describe('activeUrgent', () => {
  it('takes over only between from and until', () => {
    expect(activeUrgent(basic, at('2026-11-23T13:49'), TZ)).toBeNull();
    expect(activeUrgent(basic, at('2026-11-23T13:50'), TZ)?.id).toBe('power-cut');
    expect(activeUrgent(basic, at('2026-11-23T14:59'), TZ)?.id).toBe('power-cut');
    expect(activeUrgent(basic, at('2026-11-23T15:00'), TZ)).toBeNull();
  });

  it('prefers the newest of overlapping urgent notices, then the one ending first', () => {
    const older = notice({ id: 'older', urgent: true, from: '2026-11-23T08:00', until: '2026-11-23T18:00' });
    const newer = notice({ id: 'newer', urgent: true, from: '2026-11-23T09:00', until: '2026-11-23T20:00' });
    const shorter = notice({ id: 'shorter', urgent: true, from: '2026-11-23T09:00', until: '2026-11-23T12:00' });
    expect(activeUrgent([older, newer], at('2026-11-23T10:00'), TZ)?.id).toBe('newer');
    expect(activeUrgent([older, newer, shorter], at('2026-11-23T10:00'), TZ)?.id).toBe('shorter');
    expect(activeUrgent([older, newer, shorter], at('2026-11-23T12:00'), TZ)?.id).toBe('newer');
    expect(activeUrgent([older], at('2026-11-23T07:00'), TZ)).toBeNull();
  });
});

describe('nextNoticeChangeMs', () => {
  it('names the next start or end, or infinity when nothing changes', () => {
    expect(nextNoticeChangeMs(basic, at('2026-11-23T10:00'), TZ)).toBe(at('2026-11-23T13:50'));
    expect(nextNoticeChangeMs(basic, at('2026-11-23T14:00'), TZ)).toBe(at('2026-11-23T15:00'));
    expect(nextNoticeChangeMs(basic, at('2026-11-23T15:00'), TZ)).toBe(Number.POSITIVE_INFINITY);
  });
});
