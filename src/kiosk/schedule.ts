// Opening hours: whether the palace is open at an instant (pure).
import { WEEKDAYS, type Site } from '../content/schema.ts';
import { dayKey, zonedParts } from './zoned.ts';

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
