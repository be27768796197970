// Opening hours: whether the palace is open at an instant (pure).
import { WEEKDAYS, type Site } from '../content/schema.ts';
import { dayKey, zonedParts } from './zoned.ts';

type Hours = Pick<Site, 'openingHours' | 'timezone'> & { closedDates?: readonly string[] | undefined };

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function isOpenAt(site: Hours, nowMs: number): boolean {
  const tz = site.timezone;
  if (site.closedDates?.includes(dayKey(nowMs, tz))) return false;
  const p = zonedParts(nowMs, tz);
  const periods = site.openingHours[WEEKDAYS[p.weekday - 1]!] ?? [];
  const now = p.hour * 60 + p.minute;
  return periods.some((period) => {
    const [open = '00:00', close = '00:00'] = period.split('-');
    const from = minutes(open);
    const to = minutes(close);
    return to > from ? now >= from && now < to : now >= from || now < to; // a period may run past midnight
  });
}

/** Today's opening periods as text, e.g. ["09:00-21:00"]. */
export function openingPeriodsOn(site: Hours, nowMs: number): readonly string[] {
  const p = zonedParts(nowMs, site.timezone);
  if (site.closedDates?.includes(dayKey(nowMs, site.timezone))) return [];
  return site.openingHours[WEEKDAYS[p.weekday - 1]!] ?? [];
}
