// How the board writes dates, times and repeat rules in Chinese (pure).
import type { KioskEvent, Recurrence } from '../../content/schema.ts';
import { zonedEpoch, zonedParts } from '../../kiosk/zoned.ts';
import { civilDate, dayStartMs, type DayNumber, timingOf, weekdayOf, zonedDay, type Occurrence } from './recurrence.ts';
import type { DayGroup } from './upcoming.ts';
import { EVENTS_UI, ORDINALS, WEEKDAY_SHORT } from './strings.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "14:30" in the zone. */
export function clockText(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "11月24日" */
export function monthDayText(day: DayNumber): string {
  const c = civilDate(day);
  return `${c.month}月${c.day}日`;
}

/** "周二" */
export function weekdayText(day: DayNumber): string {
  return `周${WEEKDAY_SHORT[weekdayOf(day) - 1]}`;
}

/** "11月24日–26日", "11月30日–12月2日", across a year end with the years. */
export function dayRangeText(first: DayNumber, last: DayNumber): string {
  const a = civilDate(first);
  const b = civilDate(last);
  if (a.year !== b.year) return `${a.year}年${a.month}月${a.day}日–${b.year}年${b.month}月${b.day}日`;
  if (a.month !== b.month) return `${a.month}月${a.day}日–${b.month}月${b.day}日`;
  return `${a.month}月${a.day}日–${b.day}日`;
}

/** The time line of a card: 「14:30–16:00」, 「全天」, 「11月24日–26日」, 「22:00–次日01:00」. */
export function whenText(o: Pick<Occurrence, 'startMs' | 'endMs' | 'allDay' | 'day' | 'lastDay'>, timeZone: string): string {
  if (o.allDay) return o.lastDay > o.day ? dayRangeText(o.day, o.lastDay) : EVENTS_UI.allDay;
  const start = clockText(o.startMs, timeZone);
  if (o.endMs <= o.startMs) return start;
  if (o.lastDay === o.day) {
    // Ending exactly at the next midnight reads better as 24:00 than as 次日00:00.
    const end = o.endMs === dayStartMs(o.day + 1, timeZone) ? '24:00' : clockText(o.endMs, timeZone);
    return `${start}–${end}`;
  }
  const end = clockText(o.endMs, timeZone);
  if (o.lastDay === o.day + 1 && o.endMs - o.startMs < 86_400_000) return `${start}–${EVENTS_UI.nextDay}${end}`;
  const a = civilDate(o.day);
  const b = civilDate(o.lastDay);
  const endDay = a.year === b.year && a.month === b.month ? `${b.day}日` : monthDayText(o.lastDay);
  return `${monthDayText(o.day)} ${start}–${endDay} ${end}`;
}

/** 「每周二、四、六」, 「每天」, 「每月15日」, 「每月第二个周三」, 「每月最后一个周五」. */
export function ruleText(rule: Recurrence): string {
  if (rule.frequency === 'weekly') {
    const days = [...new Set(rule.weekdays)].sort((a, b) => a - b);
    if (days.length === 7) return EVENTS_UI.everyDay;
    if (days.join() === '1,2,3,4,5') return EVENTS_UI.weekdaysRange;
    return EVENTS_UI.weekly(days.map((d) => WEEKDAY_SHORT[d - 1]).join('、'));
  }
  if (rule.monthDay !== undefined) return rule.monthDay === -1 ? EVENTS_UI.monthLastDay : EVENTS_UI.monthDay(rule.monthDay);
  const weekday = WEEKDAY_SHORT[(rule.weekday ?? 1) - 1] ?? '';
  if (rule.week === -1) return EVENTS_UI.monthLast(weekday);
  return EVENTS_UI.monthNth(ORDINALS[(rule.week ?? 1) - 1] ?? '', weekday);
}

export interface Heading {
  /** 「正在进行」, 「今天」, 「明天」, 「后天」, or the date for later days. */
  label: string;
  /** The date beside it, e.g. 「11月24日 周二」 (empty for 「正在进行」). */
  date: string;
}

export function groupHeading(group: Pick<DayGroup, 'state' | 'day'>, today: DayNumber): Heading {
  const date = `${monthDayText(group.day)} ${weekdayText(group.day)}`;
  if (group.state === 'now') return { label: EVENTS_UI.now, date: '' };
  if (group.day === today) return { label: EVENTS_UI.today, date };
  if (group.day === today + 1) return { label: EVENTS_UI.tomorrow, date };
  if (group.day === today + 2) return { label: EVENTS_UI.dayAfter, date };
  return { label: monthDayText(group.day), date: weekdayText(group.day) };
}

/** A registration value the kiosk turns into a QR code (a web link), as opposed to plain text. */
export function isLink(registration: string | undefined): registration is string {
  return registration !== undefined && /^https?:\/\/[^\s]+$/i.test(registration.trim());
}

/** The time of day a repeating event keeps, e.g. 「09:00–17:00」 (from its first occurrence). */
export function firstOccurrenceWhen(event: Pick<KioskEvent, 'start' | 'end' | 'allDay'>, timeZone: string): string {
  const timing = timingOf(event, timeZone);
  if (timing.allDay) return timing.spanDays > 1 ? `${EVENTS_UI.allDay} · ${timing.spanDays}天` : EVENTS_UI.allDay;
  const c = civilDate(timing.firstDay);
  const startMs = zonedEpoch(c.year, c.month, c.day, timing.hour, timing.minute, timing.second, timeZone);
  const endMs = startMs + timing.durationMs;
  return whenText({ startMs, endMs, allDay: false, day: timing.firstDay, lastDay: Math.max(timing.firstDay, zonedDay(Math.max(startMs, endMs - 1), timeZone)) }, timeZone);
}
