// The shape of an opening period, as the schedule (src/kiosk/schedule.ts) reads it: "HH:MM-HH:MM",
// opening 00:00–23:59, closing 00:00–24:00; a closing time before the opening time runs past
// midnight ("18:00-02:00"). Equal times would mean nothing, or all day: refused.

export const OPENING_PERIOD_PATTERN = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** True unless the period opens and closes at the same minute (already known to match the pattern). */
export function periodOpensAndCloses(period: string): boolean {
  const [open, close] = period.split('-');
  return open !== close;
}
