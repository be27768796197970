// The plain text behind the "take it with you" QR codes: what a visitor's phone shows, offline,
// with no URL to open and nothing to install. Short on purpose: a shorter text is a smaller code
// that more phone cameras read at arm's length.
import type { KioskEvent, Site, Worker } from '../content/schema.ts';
import type { UpcomingOccurrence } from '../scenes/events/upcoming.ts';
import { monthDayText, ruleText, weekdayText, whenText } from '../scenes/events/format.ts';
import { honoursByRank } from '../scenes/gallery/filters.ts';
import { LEVEL_LABELS } from '../scenes/gallery/strings.ts';

/** Honours listed in a worker's text: the highest first, enough to say who they are. */
const MAX_HONOURS = 3;

const line = (label: string, value: string | undefined) => (value && value.trim() ? `${label}：${value.trim()}` : null);
const lines = (parts: readonly (string | null)[]) => parts.filter((p): p is string => p !== null).join('\n');

/** 「11月24日 周二 14:30–16:30」: the occurrence's day and time, as on the board. */
export function occurrenceWhen(o: Pick<UpcomingOccurrence, 'startMs' | 'endMs' | 'allDay' | 'day' | 'lastDay'>, timeZone: string): string {
  const when = whenText(o, timeZone);
  // whenText already names the days of an event that spans several.
  return o.lastDay > o.day ? when : `${monthDayText(o.day)} ${weekdayText(o.day)} ${when}`;
}

/**
 * An event: title, time (and its rule if it repeats), place, audience, how to register, the
 * palace's phone, the palace's name.
 */
export function eventTakeAwayText(
  occurrence: Pick<UpcomingOccurrence, 'startMs' | 'endMs' | 'allDay' | 'day' | 'lastDay'> & { event: KioskEvent },
  site: Pick<Site, 'name' | 'timezone' | 'phone'>,
): string {
  const event = occurrence.event;
  const rule = event.recurrence ? `（${ruleText(event.recurrence)}）` : '';
  return lines([
    `【${event.title}】`,
    line('时间', `${occurrenceWhen(occurrence, site.timezone)}${rule}`),
    line('地点', `${site.name} ${event.location}`),
    line('对象', event.audience),
    line('报名', event.registration),
    line('电话', site.phone),
  ]);
}

/** A model worker: name, trade and workplace, the highest honours, the palace's name. */
export function workerTakeAwayText(worker: Pick<Worker, 'name' | 'trade' | 'workplace' | 'honours' | 'sample'>, site: Pick<Site, 'name'>): string {
  const honours = honoursByRank(worker.honours)
    .slice(0, MAX_HONOURS)
    .map((h) => `· ${h.year}年 ${h.level ? `${LEVEL_LABELS[h.level].zh} ` : ''}${h.title}`);
  return lines([
    `【${worker.name}】${worker.sample ? '（示例人物）' : ''}`,
    `${worker.trade} · ${worker.workplace}`,
    honours.length ? `荣誉：\n${honours.join('\n')}` : null,
    `—— ${site.name} 劳模风采`,
  ]);
}
