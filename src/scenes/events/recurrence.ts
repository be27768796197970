// Expands an event (one-off or repeating) into the occurrences that overlap a time window (pure).
//
// Rules, as staff write them in events.json:
// - `start`/`end` are the first occurrence. A repeating event keeps that occurrence's wall-clock
//   start time (in the site's zone) and its duration on every date the rule yields.
// - The rule yields dates on or after the start date, up to `until` (inclusive: the whole day, as
//   for every date-only until in content), minus `except`.
//   The start date itself counts only if the rule yields it (a Monday start for a Tue/Thu rule
//   means "from that Monday on", not an extra Monday session).
// - Monthly by `monthDay`: -1 is the month's last day; a day the month lacks (31 in November,
//   30 in February) is skipped for that month, never moved to the 1st or the last day.
// - Monthly by `week` + `weekday`: the nth such weekday (1–5), -1 the last; a month without a
//   5th one is skipped.
// - All-day events (allDay, or a date-only start) span whole days; `end` is the last day, inclusive.
//
// Dates are handled as plain day numbers (days since 1970-01-01), so stepping through a window
// never touches the time zone; only turning a date plus wall time into an instant does, and that
// goes through a table of the zone's day starts (zone-days.ts): 10,000 events stay cheap.
import type { KioskEvent, Recurrence } from '../../content/schema.ts';
import { zoneDays } from './zone-days.ts';

export const DAY_MS = 86_400_000;

/** A calendar date as a count of days since 1970-01-01 (no zone, no time). */
export type DayNumber = number;

export interface CivilDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export function dayNumber(year: number, month: number, day: number): DayNumber {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // not Date.UTC: that maps years 0–99 to 1900–1999
  return Math.round(d.getTime() / DAY_MS);
}

export function civilDate(day: DayNumber): CivilDate {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
}

export function daysInMonth(year: number, month: number): number {
  return civilDate(dayNumber(year, month + 1, 1) - 1).day;
}

/** "2026-01-06" -> its day number. */
export function parseDay(text: string): DayNumber {
  const [y = 0, m = 1, d = 1] = text.slice(0, 10).split('-').map(Number);
  return dayNumber(y, m, d);
}

/** The zone's calendar date of an instant, as a day number. */
export function zonedDay(ms: number, timeZone: string): DayNumber {
  return zoneDays(timeZone).dayOf(ms);
}

/** Midnight at the start of `day` in the zone. */
export function dayStartMs(day: DayNumber, timeZone: string): number {
  return zoneDays(timeZone).start(day);
}

export function dayText(day: DayNumber): string {
  const c = civilDate(day);
  return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** When an event happens, in the terms the rule needs. */
export interface Timing {
  allDay: boolean;
  firstDay: DayNumber;
  /** Wall-clock start in the site zone (0 for all-day). */
  hour: number;
  minute: number;
  second: number;
  /** Timed events: length of each occurrence. */
  durationMs: number;
  /** The first occurrence's start instant (for all-day events, its first midnight). */
  startMs: number;
  /** All-day events: how many calendar days each occurrence covers (≥ 1). */
  spanDays: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function isAllDay(event: Pick<KioskEvent, 'allDay' | 'start'>): boolean {
  return event.allDay === true || DATE_ONLY.test(event.start);
}

type TimingFields = Pick<KioskEvent, 'allDay' | 'start' | 'end'>;

/** The last timing worked out for each event object, with the fields it came from (the board asks every minute). */
const timings = new WeakMap<TimingFields, TimingFields & { timeZone: string; timing: Timing }>();

export function timingOf(event: TimingFields, timeZone: string): Timing {
  const known = timings.get(event);
  if (known && known.timeZone === timeZone && known.start === event.start && known.end === event.end && known.allDay === event.allDay) return known.timing;
  const timing = computeTiming(event, timeZone);
  timings.set(event, { start: event.start, end: event.end, allDay: event.allDay, timeZone, timing });
  return timing;
}

function computeTiming(event: TimingFields, timeZone: string): Timing {
  const zone = zoneDays(timeZone);
  const startMs = zone.instant(event.start);
  const endMs = zone.instant(event.end);
  const p = zone.wallTime(startMs);
  const firstDay = p.day;
  if (isAllDay(event)) {
    const lastDay = zonedDay(endMs, timeZone);
    return { allDay: true, firstDay, hour: 0, minute: 0, second: 0, durationMs: 0, startMs: dayStartMs(firstDay, timeZone), spanDays: Math.max(1, lastDay - firstDay + 1) };
  }
  const durationMs = Math.max(0, endMs - startMs);
  return { allDay: false, firstDay, hour: p.hour, minute: p.minute, second: p.second, durationMs, startMs, spanDays: 0 };
}

export interface Occurrence {
  event: KioskEvent;
  startMs: number;
  /** Exclusive: the event is over at this instant. */
  endMs: number;
  allDay: boolean;
  /** The zone's calendar date the occurrence starts on. */
  day: DayNumber;
  /** The last calendar day it touches (same as `day` for most events). */
  lastDay: DayNumber;
}

/** Dates in [fromDay, toDay] that the rule yields, before `until`/`except` are applied. */
export function ruleDays(rule: Recurrence, fromDay: DayNumber, toDay: DayNumber): DayNumber[] {
  const days: DayNumber[] = [];
  if (fromDay > toDay) return days;
  if (rule.frequency === 'weekly') {
    const wanted = new Set(rule.weekdays);
    for (let day = fromDay; day <= toDay; day++) if (wanted.has(weekdayOf(day))) days.push(day);
    return days;
  }
  const first = civilDate(fromDay);
  const last = civilDate(toDay);
  for (let index = first.year * 12 + first.month - 1; index <= last.year * 12 + last.month - 1; index++) {
    const day = monthlyDay(rule, Math.floor(index / 12), (index % 12) + 1);
    if (day !== null && day >= fromDay && day <= toDay) days.push(day);
  }
  return days;
}

/** The day a monthly rule picks in one month, or null when that month has no such day. */
export function monthlyDay(rule: Extract<Recurrence, { frequency: 'monthly' }>, year: number, month: number): DayNumber | null {
  const length = daysInMonth(year, month);
  if (rule.monthDay !== undefined) {
    const d = rule.monthDay === -1 ? length : rule.monthDay;
    return d >= 1 && d <= length ? dayNumber(year, month, d) : null;
  }
  if (rule.week === undefined || rule.weekday === undefined) return null;
  if (rule.week === -1) {
    const lastDay = dayNumber(year, month, length);
    return lastDay - ((weekdayOf(lastDay) - rule.weekday + 7) % 7);
  }
  const firstDay = dayNumber(year, month, 1);
  const nth = firstDay + ((rule.weekday - weekdayOf(firstDay) + 7) % 7) + 7 * (rule.week - 1);
  return nth < firstDay + length ? nth : null;
}

/** How far back (days) an occurrence can start and still be running at a window's start. */
const MAX_LOOKBACK_DAYS = 400;

function occurrenceOn(event: KioskEvent, timing: Timing, day: DayNumber, timeZone: string): Occurrence {
  if (timing.allDay) {
    const lastDay = day + timing.spanDays - 1;
    return { event, startMs: dayStartMs(day, timeZone), endMs: dayStartMs(lastDay + 1, timeZone), allDay: true, day, lastDay };
  }
  const startMs = zoneDays(timeZone).at(day, timing.hour, timing.minute, timing.second);
  const endMs = startMs + timing.durationMs;
  // An occurrence ending exactly at midnight belongs to its start day only.
  const lastDay = Math.max(day, zonedDay(Math.max(startMs, endMs - 1), timeZone));
  return { event, startMs, endMs, allDay: false, day, lastDay };
}

/**
 * Occurrences of `event` that overlap [fromMs, toMs): still running at `fromMs` or starting
 * before `toMs`, in start order, at most `limit` of them. Work is bounded by the window, however
 * long ago the rule began, and stops at the limit (the board needs only the next one).
 */
export function occurrencesBetween(event: KioskEvent, fromMs: number, toMs: number, timeZone: string, limit = Number.POSITIVE_INFINITY): Occurrence[] {
  const timing = timingOf(event, timeZone);
  const overlaps = (o: Occurrence) => o.endMs > fromMs && o.startMs < toMs;
  const rule = event.recurrence;
  if (!rule) {
    if (timing.allDay) {
      const one = occurrenceOn(event, timing, timing.firstDay, timeZone);
      return overlaps(one) ? [one] : [];
    }
    const startMs = timing.startMs;
    const endMs = startMs + timing.durationMs;
    const lastDay = Math.max(timing.firstDay, zonedDay(Math.max(startMs, endMs - 1), timeZone));
    const one: Occurrence = { event, startMs, endMs, allDay: false, day: timing.firstDay, lastDay };
    return overlaps(one) ? [one] : [];
  }
  const lengthDays = timing.allDay ? timing.spanDays : Math.ceil(timing.durationMs / DAY_MS) + 1;
  const lookback = Math.min(lengthDays, MAX_LOOKBACK_DAYS);
  const lo = Math.max(timing.firstDay, zonedDay(fromMs, timeZone) - lookback);
  const untilDay = rule.until ? parseDay(rule.until) : Number.POSITIVE_INFINITY;
  const hi = Math.min(zonedDay(Math.max(fromMs, toMs - 1), timeZone), untilDay);
  const skipped = new Set((rule.except ?? []).map(parseDay));
  const found: Occurrence[] = [];
  for (const day of ruleDays(rule, lo, hi)) {
    if (found.length >= limit) break;
    if (skipped.has(day)) continue;
    const o = occurrenceOn(event, timing, day, timeZone);
    if (overlaps(o)) found.push(o);
  }
  return found;
}

/**
 * True while the event can still be on the board after `nowMs`: a one-off not over, a rule not
 * past its `until` day (the whole day: an occurrence that starts on it and runs past midnight
 * counts until it ends). The staff checker's "is over" warning uses this too.
 */
export function stillScheduled(event: KioskEvent, nowMs: number, timeZone: string): boolean {
  const rule = event.recurrence;
  if (!rule) return occurrencesBetween(event, nowMs, Number.POSITIVE_INFINITY, timeZone).length > 0;
  if (!rule.until || parseDay(rule.until) >= zonedDay(nowMs, timeZone)) return true;
  return occurrencesBetween(event, nowMs, nowMs + 1, timeZone).length > 0;
}
