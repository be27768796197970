// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import NoticeTicker from '../../src/ui/NoticeTicker.svelte';
import UrgentNotice from '../../src/ui/UrgentNotice.svelte';
import { fakeClock } from './support/fake-clock.ts';
import * as v from 'valibot';
import { NoticesSchema, type Notice } from '../../src/content/schema.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import { activeNotices, activeUrgent, nextNoticeChangeMs, noticeEndMs } from '../../src/kiosk/notices.ts';

const TZ = 'Asia/Shanghai';
const at = (text: string) => parseInstant(text, TZ);
const basic = v.parse(NoticesSchema, JSON.parse(readFileSync('tests/fixtures/basic/notices.json', 'utf8'))).notices;

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

describe('UrgentNotice', () => {
  const powerCut = basic.find((n) => n.id === 'power-cut')!;

  it('takes over with the text and the time it lasts until', () => {
    const { container } = render(UrgentNotice, { notice: powerCut, timeZone: TZ, nowMs: at('2026-11-23T14:00') });
    const root = container.querySelector('[data-urgent-notice]');
    expect(root?.getAttribute('data-urgent-notice')).toBe('power-cut');
    expect(screen.getByRole('alert').textContent).toContain('今日 14:00 至 15:00 停电检修');
    expect(root?.textContent).toContain('持续至 15:00');
  });

  it('names the day when the notice lasts beyond today', () => {
    const { container } = render(UrgentNotice, { notice: powerCut, timeZone: TZ, nowMs: at('2026-11-22T23:00') });
    expect(container.textContent).toContain('持续至 11月23日 15:00');
    const allDay = notice({ id: 'closed', urgent: true, until: '2026-11-30' });
    const other = render(UrgentNotice, { notice: allDay, timeZone: TZ, nowMs: at('2026-11-23T10:00') });
    expect(other.container.textContent).toContain('持续至 11月30日');
  });
});

describe('NoticeTicker', () => {
  // jsdom measures nothing; the ticker's size bindings only need the observer to exist.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  const list = [notice({ id: 'a', text: '第一条' }), notice({ id: 'b', text: '第二条' })];

  it('shows nothing without notices', () => {
    const { container } = render(NoticeTicker, { notices: [] });
    expect(container.querySelector('[data-notice-ticker]')).toBeNull();
  });

  it('shows one notice at a time, standing still, in turn on the kiosk clock', () => {
    const { clock, advance } = fakeClock();
    const { container } = render(NoticeTicker, { notices: list, clock });
    const shownNow = () => [...container.querySelectorAll('[data-notice-id]')].map((n) => n.getAttribute('data-notice-id'));
    expect(shownNow()).toEqual(['a']);
    advance(8_000);
    flushSync();
    expect(shownNow()).toEqual(['b']);
    advance(8_000);
    flushSync();
    expect(shownNow()).toEqual(['a']);
  });

  it('a new list with the same notices (filtered anew every second) does not restart the turn', async () => {
    const { clock, advance } = fakeClock();
    const { container, rerender } = render(NoticeTicker, { notices: list, clock });
    const shownNow = () => [...container.querySelectorAll('[data-notice-id]')].map((n) => n.getAttribute('data-notice-id'));
    for (let s = 0; s < 8; s++) {
      advance(1_000);
      await rerender({ notices: [...list] });
      flushSync();
    }
    expect(shownNow()).toEqual(['b']);
  });

  it('holds the notice shown while a visitor uses the screen', () => {
    const { clock, advance } = fakeClock();
    const { container } = render(NoticeTicker, { notices: list, clock, paused: true });
    advance(30_000);
    flushSync();
    expect([...container.querySelectorAll('[data-notice-id]')].map((n) => n.getAttribute('data-notice-id'))).toEqual(['a']);
  });
});
