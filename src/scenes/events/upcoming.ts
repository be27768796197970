// What the events board lists at an instant: occurrences in the window, their state, their day groups (pure).
import type { KioskEvent } from '../../content/schema.ts';
import { dayStartMs, occurrencesBetween, zonedDay, type DayNumber, type Occurrence } from './recurrence.ts';
import { heldDespiteClosure } from './closed-days.ts';

export type OccurrenceState = 'now' | 'today' | 'upcoming';

export interface UpcomingOccurrence extends Occurrence {
  state: OccurrenceState;
}

const STATE_RANK: Record<OccurrenceState, number> = { now: 0, today: 1, upcoming: 2 };
/** One collator for every sort (localeCompare builds one per call: slow over thousands of ties). */
const TITLE_ORDER = new Intl.Collator('zh-CN');

/**
 * End of the visible window: midnight after the day `windowDays` days from today, so 14 means
 * "today and the next 14 days" (a visitor on a Monday sees through the Monday after next).
 */
export function windowEndMs(nowMs: number, timeZone: string, windowDays: number): number {
  return dayStartMs(zonedDay(nowMs, timeZone) + windowDays + 1, timeZone);
}

export function stateAt(occurrence: Occurrence, nowMs: number, today: DayNumber): OccurrenceState {
  if (occurrence.startMs <= nowMs && nowMs < occurrence.endMs) return 'now';
  return occurrence.day === today ? 'today' : 'upcoming';
}

/** Board order: happening now, later today, then by start, end, title and id. */
export function boardOrder(a: UpcomingOccurrence, b: UpcomingOccurrence): number {
  return boardTimeOrder(a, b) || TITLE_ORDER.compare(a.event.title, b.event.title) || a.event.id.localeCompare(b.event.id);
}

/** Board order by the numbers alone (no titles): cheap, and what decides almost every place. */
export function boardTimeOrder(a: UpcomingOccurrence, b: UpcomingOccurrence): number {
  return STATE_RANK[a.state] - STATE_RANK[b.state] || a.startMs - b.startMs || a.endMs - b.endMs;
}

/**
 * Every occurrence that has not ended and starts within the window, in board order: happening
 * now, then later today, then by start. An occurrence disappears the instant it ends; one on
 * closed dates only is left out (closed-days.ts).
 */
export function upcomingOccurrences(events: readonly KioskEvent[], nowMs: number, timeZone: string, windowDays: number, closed: ReadonlySet<DayNumber> = new Set()): UpcomingOccurrence[] {
  const toMs = windowEndMs(nowMs, timeZone, windowDays);
  const today = zonedDay(nowMs, timeZone);
  const list: UpcomingOccurrence[] = [];
  for (const event of events) {
    for (const o of occurrencesBetween(event, nowMs, toMs, timeZone)) if (heldDespiteClosure(o, closed)) list.push({ ...o, state: stateAt(o, nowMs, today) });
  }
  return list.sort(boardOrder);
}

/**
 * Only the next occurrence of each event: a weekly service is one card saying 「每周二、四、六」,
 * not six cards that push one-off events off the board.
 */
export function nextOfEach<T extends Occurrence>(occurrences: readonly T[]): T[] {
  const seen = new Set<string>();
  return occurrences.filter((o) => !seen.has(o.event.id) && seen.add(o.event.id));
}

export interface DayGroup {
  /** 'now', 'today', or the start day's key (e.g. "2026-11-24"). */
  key: string;
  state: OccurrenceState;
  /** Start day of the group's occurrences (today for 'now'). */
  day: DayNumber;
  items: UpcomingOccurrence[];
}

/** Groups board-ordered occurrences: 「正在进行」, 「今天」, then one group per start day. */
export function groupByDay(occurrences: readonly UpcomingOccurrence[], today: DayNumber): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const o of occurrences) {
    const key = o.state === 'upcoming' ? `day-${o.day}` : o.state;
    let group = groups.at(-1);
    if (!group || group.key !== key) {
      group = { key, state: o.state, day: o.state === 'upcoming' ? o.day : today, items: [] };
      groups.push(group);
    }
    group.items.push(o);
  }
  return groups;
}
