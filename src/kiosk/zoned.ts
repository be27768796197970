// Calendar maths in the palace's time zone (site.json `timezone`), independent of the PC's zone.

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAY_NUMBER: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAY_NUMBER[parts.weekday ?? 'Mon'] ?? 1,
  };
}

/** Offset of the zone from UTC at instant `ms`, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the zone's wall clock shows the given time. */
export function zonedEpoch(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, timeZone = 'Asia/Shanghai'): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  return guess;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Epoch ms of a content date or date-time; text without an offset is wall time in `timeZone`. */
export function parseInstant(text: string, timeZone = 'Asia/Shanghai'): number {
  const m = INSTANT.exec(text);
  if (!m) return Number.NaN;
  if (m[7]) return Date.parse(m[4] ? text : `${text.slice(0, 10)}T00:00${m[7]}`);
  return zonedEpoch(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), timeZone);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * When a content window opens (`from`, `validFrom`): a date-only value means the start of that
 * day in the site's zone. Open-ended (no value) is -Infinity.
 */
export function contentFromMs(from: string | undefined, timeZone: string): number {
  return from ? parseInstant(from, timeZone) : Number.NEGATIVE_INFINITY;
}

/**
 * When a content window closes (`until`, `validUntil`), exclusive: shown while now < this. A
 * date-only value means the whole of that day, i.e. until the next midnight in the site's zone
 * (what staff mean by 「到 12 月 24 日」), the same for notices, playlist entries and the checker.
 * Open-ended (no value) is +Infinity.
 */
export function contentUntilMs(until: string | undefined, timeZone: string): number {
  if (!until) return Number.POSITIVE_INFINITY;
  const m = DATE_ONLY.exec(until);
  if (!m) return parseInstant(until, timeZone);
  return zonedEpoch(Number(m[1]), Number(m[2]), Number(m[3]) + 1, 0, 0, 0, timeZone); // Date.UTC rolls day 32 over
}

/** "2024-05-01": the calendar day of `ms` in the zone. */
export function dayKey(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Start of the zone's calendar day containing `ms`. */
export function startOfDay(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  return zonedEpoch(p.year, p.month, p.day, 0, 0, 0, timeZone);
}
