// Opening hours: whether the palace is open at an instant (pure).
import { WEEKDAYS, type Site } from '../content/schema.ts';
import { dayKey, startOfDay, zonedParts } from './zoned.ts';

type Hours = Pick<Site, 'openingHours' | 'timezone'> & { closedDates?: readonly string[] | undefined };

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function parsePeriod(period: string): { from: number; to: number } {
  const [open = '00:00', close = '00:00'] = period.split('-');
  return { from: minutes(open), to: minutes(close) };
}

/** True inside one of the day's periods; a period like 18:00-02:00 runs into the next morning. */
export function isOpenAt(site: Hours, nowMs: number): boolean {
  const tz = site.timezone;
  const p = zonedParts(nowMs, tz);
  const now = p.hour * 60 + p.minute;
  const today = site.closedDates?.includes(dayKey(nowMs, tz)) ? [] : (site.openingHours[WEEKDAYS[p.weekday - 1]!] ?? []);
  const yesterdayMs = nowMs - 86_400_000;
  const yesterday = site.closedDates?.includes(dayKey(yesterdayMs, tz)) ? [] : (site.openingHours[WEEKDAYS[(p.weekday + 5) % 7]!] ?? []);
  const openToday = today.some((period) => {
    const { from, to } = parsePeriod(period);
    return to > from ? now >= from && now < to : now >= from;
  });
  const stillOpenFromYesterday = yesterday.some((period) => {
    const { from, to } = parsePeriod(period);
    return to <= from && now < to;
  });
  return openToday || stillOpenFromYesterday;
}

/** Today's opening periods as text, e.g. ["09:00-21:00"]. */
export function openingPeriodsOn(site: Hours, nowMs: number): readonly string[] {
  const p = zonedParts(nowMs, site.timezone);
  if (site.closedDates?.includes(dayKey(nowMs, site.timezone))) return [];
  return site.openingHours[WEEKDAYS[p.weekday - 1]!] ?? [];
}

/** The next instant the palace opens after `nowMs` (looking up to two weeks ahead), or null. */
export function nextOpening(site: Hours, nowMs: number): number | null {
  const tz = site.timezone;
  let dayStart = startOfDay(nowMs, tz);
  for (let day = 0; day < 14; day++) {
    const noon = dayStart + 12 * 3_600_000; // a safe instant inside the day, whatever the zone does
    const closed = site.closedDates?.includes(dayKey(noon, tz));
    const periods = closed ? [] : (site.openingHours[WEEKDAYS[zonedParts(noon, tz).weekday - 1]!] ?? []);
    const starts = periods.map((p) => dayStart + parsePeriod(p).from * 60_000).filter((t) => t > nowMs).sort((a, b) => a - b);
    if (starts[0] !== undefined) return starts[0];
    dayStart = startOfDay(noon + 86_400_000, tz);
  }
  return null;
}
