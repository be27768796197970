// Closed dates on the board (site.json `closedDates`): an occurrence on days the palace is closed is
// not listed as happening, unless its event says it is held anyway (`heldOnClosedDays`) (pure).
import type { KioskEvent } from '../../content/schema.ts';
import { parseDay, type DayNumber, type Occurrence } from './recurrence.ts';

/** The closed dates as day numbers (empty when the site gives none). */
export function closedDays(dates: readonly string[] | undefined): ReadonlySet<DayNumber> {
  return new Set((dates ?? []).map(parseDay));
}

/**
 * True when the occurrence takes place: its event is held on closed days, or at least one day it
 * touches is not closed (a five-day exhibition with one closed day in it is still on).
 */
export function heldDespiteClosure(occurrence: Occurrence, closed: ReadonlySet<DayNumber>): boolean {
  if (closed.size === 0 || occurrence.event.heldOnClosedDays) return true;
  for (let day = occurrence.day; day <= occurrence.lastDay; day++) if (!closed.has(day)) return true;
  return false;
}

/** How many occurrences of one event may have to be skipped before one that is held: one per closed day. */
export function closedLookahead(event: KioskEvent, closed: ReadonlySet<DayNumber>): number {
  return event.recurrence && !event.heldOnClosedDays ? closed.size + 1 : 1;
}
