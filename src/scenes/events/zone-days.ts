// Day boundaries of a time zone, each worked out once, so the board turns thousands of events into
// instants with table look-ups instead of Intl calls (one formatToParts costs ~25 µs on a small PC).
import { parseInstant, zonedEpoch, zonedParts } from '../../kiosk/zoned.ts';

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;
/** Past this many remembered days (absurdly spread dates) the table starts again: memory stays bounded. */
const MAX_DAYS = 50_000;

/** A day number (days since 1970-01-01) read as UTC midnight: the zone's wall clock, as if at offset 0. */
const wallMidnight = (day: number) => day * DAY_MS;

function dayOfParts(p: { year: number; month: number; day: number }): number {
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  return Math.round(d.getTime() / DAY_MS);
}

export interface WallTime {
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export class ZoneDays {
  readonly #starts = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /** The first instant of `day` on the zone's calendar. */
  start(day: number): number {
    let ms = this.#starts.get(day);
    if (ms === undefined) {
      ms = this.#firstInstant(day);
      if (this.#starts.size >= MAX_DAYS) this.#starts.clear();
      this.#starts.set(day, ms);
    }
    return ms;
  }

  /** The zone's calendar day that contains the instant `ms`. */
  dayOf(ms: number): number {
    if (!Number.isFinite(ms)) return Math.floor(ms / DAY_MS);
    let day = Math.floor(ms / DAY_MS);
    while (this.start(day) > ms) day--;
    while (this.start(day + 1) <= ms) day++;
    return day;
  }

  /** The instant the zone's clock shows `hour:minute:second` on `day` (what zonedEpoch gives). */
  at(day: number, hour: number, minute: number, second: number): number {
    const offset = this.#steadyOffset(day);
    if (offset !== null) return wallMidnight(day) + ((hour * 60 + minute) * 60 + second) * 1000 - offset;
    const c = new Date(wallMidnight(day));
    return zonedEpoch(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate(), hour, minute, second, this.timeZone);
  }

  /** The zone's date and wall-clock time at the instant `ms`. */
  wallTime(ms: number): WallTime {
    const day = this.dayOf(ms);
    const offset = this.#steadyOffset(day);
    if (offset !== null) {
      const seconds = Math.floor((ms + offset - wallMidnight(day)) / 1000);
      return { day, hour: Math.floor(seconds / 3600), minute: Math.floor(seconds / 60) % 60, second: seconds % 60 };
    }
    const p = zonedParts(ms, this.timeZone);
    return { day: dayOfParts(p), hour: p.hour, minute: p.minute, second: p.second };
  }

  /** Epoch ms of a content date or date-time (as parseInstant: text without an offset is wall time here). */
  instant(text: string): number {
    const m = WALL.exec(text);
    if (!m) return parseInstant(text, this.timeZone); // with an offset (no zone maths) or invalid (NaN)
    const day = dayOfParts({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
    return this.at(day, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  }

  /** The zone's UTC offset all through `day`, or null when it changes that day (daylight saving). */
  #steadyOffset(day: number): number | null {
    const offset = wallMidnight(day) - this.start(day);
    return wallMidnight(day + 1) - this.start(day + 1) === offset ? offset : null;
  }

  #firstInstant(day: number): number {
    const c = new Date(wallMidnight(day));
    let ms = zonedEpoch(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate(), 0, 0, 0, this.timeZone);
    // Where clocks jump over midnight, the guess can land in the evening before: step into the day.
    for (let i = 0; i < 16 && dayOfParts(zonedParts(ms, this.timeZone)) < day; i++) ms += QUARTER_HOUR_MS;
    return ms;
  }
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const zones = new Map<string, ZoneDays>();

/** The shared table of one zone (a pure memo: the same answers as zoned.ts, faster). */
export function zoneDays(timeZone: string): ZoneDays {
  let zone = zones.get(timeZone);
  if (!zone) zones.set(timeZone, (zone = new ZoneDays(timeZone)));
  return zone;
}
