// The recurrence editor's list: an event's next dates exactly as the kiosk's board computes them
// (its own recurrence code, src/scenes/events), with the dates staff struck out (except) in place.
import type { KioskEvent } from '../content/schema.ts';
import { occurrencesBetween, parseDay, zonedDay, type DayNumber } from '../scenes/events/recurrence.ts';
import { stateAt, windowEndMs, type OccurrenceState } from '../scenes/events/upcoming.ts';

export interface ListedOccurrence {
  day: DayNumber;
  startMs: number;
  endMs: number;
  allDay: boolean;
  lastDay: DayNumber;
  /** A date the rule yields that `except` strikes out: the kiosk does not show it. */
  skipped: boolean;
  state: OccurrenceState;
  /** The one the board shows now (it lists only each event's next occurrence in its window). */
  onBoard: boolean;
}

/** How far ahead the list looks (a rule's next date can be a year away: monthly on the 31st, until). */
const HORIZON_DAYS = 800;

/**
 * The next `count` occurrences of `event` that have not ended at `nowMs` (plus, in date order, the
 * struck-out dates among them), in the site's zone; `windowDays` is the board's look-ahead.
 */
export function nextOccurrences(event: KioskEvent, nowMs: number, timeZone: string, count: number, windowDays: number): ListedOccurrence[] {
  const rule = event.recurrence;
  const except = new Set((rule?.except ?? []).map(parseDay));
  // The rule without its exceptions, so a struck-out date is listed where it would have been.
  const whole: KioskEvent = rule ? { ...event, recurrence: { ...rule, except: [] } } : event;
  const toMs = nowMs + HORIZON_DAYS * 86_400_000;
  const today = zonedDay(nowMs, timeZone);
  const boardEnd = windowEndMs(nowMs, timeZone, windowDays);
  const out: ListedOccurrence[] = [];
  let kept = 0;
  let boardShown = false;
  for (const o of occurrencesBetween(whole, nowMs, toMs, timeZone, count + except.size)) {
    if (kept >= count) break;
    const skipped = except.has(o.day);
    const onBoard = !skipped && !boardShown && o.startMs < boardEnd;
    if (onBoard) boardShown = true;
    if (!skipped) kept++;
    out.push({ day: o.day, startMs: o.startMs, endMs: o.endMs, allDay: o.allDay, lastDay: o.lastDay, skipped, state: stateAt(o, nowMs, today), onBoard });
  }
  return out;
}
