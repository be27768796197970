// A month of the date pickers (closed dates, an event's exceptions) as weeks of day numbers,
// Monday first, with the days of the neighbouring months that fill the first and last week (pure).
import { civilDate, dayNumber, daysInMonth, weekdayOf, type DayNumber } from '../scenes/events/recurrence.ts';

export interface MonthGrid {
  year: number;
  month: number;
  /** Each week: seven day numbers, Monday to Sunday. */
  weeks: DayNumber[][];
}

export function monthGrid(year: number, month: number): MonthGrid {
  const first = dayNumber(year, month, 1);
  const last = first + daysInMonth(year, month) - 1;
  const weeks: DayNumber[][] = [];
  for (let monday = first - (weekdayOf(first) - 1); monday <= last; monday += 7) weeks.push(Array.from({ length: 7 }, (_, i) => monday + i));
  return { year, month, weeks };
}

/** The month `by` months after (or before) a year and month. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + month - 1 + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthOf(day: DayNumber): { year: number; month: number } {
  const c = civilDate(day);
  return { year: c.year, month: c.month };
}

/** A sorted list of date texts with one toggled in or out. */
export function toggleDate(dates: readonly string[], date: string): string[] {
  return dates.includes(date) ? dates.filter((d) => d !== date) : [...dates, date].sort();
}
