// The recurrence editor's list: an event's next dates exactly as the kiosk's board computes them
// (its own recurrence code, src/scenes/events), with the dates staff struck out (except) in place.
import * as v from 'valibot';
import { EventsSchema, type KioskEvent } from '../content/schema.ts';
import { occurrencesBetween, parseDay, ruleDays, timingOf, zonedDay, type DayNumber } from '../scenes/events/recurrence.ts';
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

/** The days the rule yields before its exceptions (from its first date, up to until), for the calendar's dots. */
export function ruleDaySet(event: KioskEvent, timeZone: string, fromDay: DayNumber, toDay: DayNumber): Set<DayNumber> {
  const rule = event.recurrence;
  const first = timingOf(event, timeZone).firstDay;
  if (!rule) return new Set(fromDay <= first && first <= toDay ? [first] : []);
  const until = rule.until ? parseDay(rule.until) : toDay;
  return new Set(ruleDays(rule, Math.max(first, fromDay), Math.min(until, toDay)));
}

/** An event as the kiosk would hold it (defaults filled in), or null while the form is not yet valid. */
export function validEvent(raw: unknown): KioskEvent | null {
  const result = v.safeParse(EventsSchema, { events: [raw] });
  return result.success ? result.output.events[0]! : null;
}
