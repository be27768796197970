// When an event is over for good: the staff checker warns about such events (the board hides them).
import type { KioskEvent } from './schema.ts';
import { parseInstant } from '../kiosk/zoned.ts';

const DAY_MS = 86_400_000;

/** End instant of an event's last occurrence, or null when it repeats without an end date. */
export function lastOccurrenceEnd(event: KioskEvent, timeZone: string): number | null {
  const endOf = (text: string) => (text.length === 10 || event.allDay ? parseInstant(text.slice(0, 10), timeZone) + DAY_MS : parseInstant(text, timeZone));
  if (!event.recurrence) return endOf(event.end);
  if (!event.recurrence.until) return null;
  const duration = endOf(event.end) - parseInstant(event.start.length === 10 ? event.start : event.start, timeZone);
  return parseInstant(event.recurrence.until, timeZone) + DAY_MS + Math.max(0, duration);
}
