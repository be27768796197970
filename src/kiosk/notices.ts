// Which notices show at an instant: the calm ticker's list and the one urgent takeover (pure).
import type { Notice } from '../content/schema.ts';
import { contentFromMs, contentUntilMs } from './zoned.ts';

/** When a notice stops showing (exclusive). A date-only `until` means the whole of that day. */
export function noticeEndMs(notice: Pick<Notice, 'until'>, timeZone: string): number {
  return contentUntilMs(notice.until, timeZone);
}

export function noticeStartMs(notice: Pick<Notice, 'from'>, timeZone: string): number {
  return contentFromMs(notice.from, timeZone);
}

export function isNoticeShown(notice: Notice, nowMs: number, timeZone: string): boolean {
  return noticeStartMs(notice, timeZone) <= nowMs && nowMs < noticeEndMs(notice, timeZone);
}

/** The ticker's notices now, in content order; urgent ones are left to the takeover. */
export function activeNotices(notices: readonly Notice[], nowMs: number, timeZone: string): Notice[] {
  return notices.filter((n) => !n.urgent && isNoticeShown(n, nowMs, timeZone));
}

/**
 * The urgent notice that takes over the screen now, or null. When several overlap, the one
 * that began last wins (it is the newest news); ties go to the one ending first.
 */
export function activeUrgent(notices: readonly Notice[], nowMs: number, timeZone: string): Notice | null {
  let best: Notice | null = null;
  for (const n of notices) {
    if (!n.urgent || !isNoticeShown(n, nowMs, timeZone)) continue;
    if (
      !best ||
      noticeStartMs(n, timeZone) > noticeStartMs(best, timeZone) ||
      (noticeStartMs(n, timeZone) === noticeStartMs(best, timeZone) && noticeEndMs(n, timeZone) < noticeEndMs(best, timeZone))
    ) {
      best = n;
    }
  }
  return best;
}

/** Kiosk time at which the shown notices next change (one starts or ends), for a timer. */
export function nextNoticeChangeMs(notices: readonly Notice[], nowMs: number, timeZone: string): number {
  let next = Number.POSITIVE_INFINITY;
  for (const n of notices) {
    for (const t of [noticeStartMs(n, timeZone), noticeEndMs(n, timeZone)]) if (t > nowMs && t < next) next = t;
  }
  return next;
}
