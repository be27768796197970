// What the board lists, cheaply however long events.json is: each event's next occurrence, the first few in board order (pure).
import type { KioskEvent } from '../../content/schema.ts';
import { occurrencesBetween, zonedDay } from './recurrence.ts';
import { boardOrder, boardTimeOrder, stateAt, windowEndMs, type UpcomingOccurrence } from './upcoming.ts';
import { closedLookahead, heldDespiteClosure } from './closed-days.ts';
import type { DayNumber } from './recurrence.ts';

/** The first occurrences in board order, and how many there are in all. */
export interface BoardList {
  occurrences: UpcomingOccurrence[];
  total: number;
}

/**
 * The next occurrence of each event in the window, in board order: the first `limit` of them, and
 * the count of all. The same order as `nextOfEach(upcomingOccurrences(...))`, but each rule is
 * expanded only up to its next occurrence and titles are compared only where the cut needs them,
 * so 10,000 events stay cheap to prepare every minute.
 */
export function boardOccurrences(
  events: readonly KioskEvent[],
  nowMs: number,
  timeZone: string,
  windowDays: number,
  limit = Number.POSITIVE_INFINITY,
  /** A scene's own date range (scene-filter.ts): occurrences outside it are not listed. */
  range: { fromMs: number; untilMs: number } = { fromMs: Number.NEGATIVE_INFINITY, untilMs: Number.POSITIVE_INFINITY },
  /** The palace's closed dates (closed-days.ts): occurrences on them are not listed. */
  closed: ReadonlySet<DayNumber> = new Set(),
): BoardList {
  const toMs = Math.min(windowEndMs(nowMs, timeZone, windowDays), range.untilMs);
  const fromMs = Math.max(nowMs, range.fromMs);
  const today = zonedDay(nowMs, timeZone);
  const list: UpcomingOccurrence[] = [];
  for (const event of events) {
    // Ids are unique in valid content, so one occurrence per event is one card per id.
    const candidates = fromMs < toMs ? occurrencesBetween(event, fromMs, toMs, timeZone, closedLookahead(event, closed)) : [];
    const next = candidates.find((o) => heldDespiteClosure(o, closed));
    if (next) list.push({ ...next, state: stateAt(next, nowMs, today) });
  }
  list.sort(boardTimeOrder);
  let cut = Math.min(limit, list.length);
  while (cut > 0 && cut < list.length && boardTimeOrder(list[cut - 1]!, list[cut]!) === 0) cut++; // a tie at the cut is settled by title
  return { occurrences: list.slice(0, cut).sort(boardOrder).slice(0, limit), total: list.length };
}
