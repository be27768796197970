// Valid-but-odd content, fed through every pure function the frame and the scenes call: anything
// the schema accepts must not make them throw (a throw there blanks the screen).
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CONTENT_FILES, WEEKDAYS, type ContentKey, type ContentSet } from '../../src/content/schema.ts';
import { validateContent, type ContentTexts } from '../../src/content/validate.ts';
import { isOpenAt, nextOpening, openingPeriodsOn } from '../../src/kiosk/schedule.ts';
import { activeNotices, activeUrgent, nextNoticeChangeMs } from '../../src/kiosk/notices.ts';
import { entriesOfKind, nextIndex } from '../../src/kiosk/playlist.ts';
import { dayKey, parseInstant, zonedParts } from '../../src/kiosk/zoned.ts';
import { occurrencesBetween, stillScheduled, zonedDay } from '../../src/scenes/events/recurrence.ts';
import { groupByDay, nextOfEach, upcomingOccurrences } from '../../src/scenes/events/upcoming.ts';
import { firstOccurrenceWhen, groupHeading, isLink, ruleText, whenText } from '../../src/scenes/events/format.ts';
import { qrMatrix } from '../../src/scenes/events/qr.ts';
import { paginate } from '../../src/scenes/events/paginate.ts';
import { chooseChart, orderLevels } from '../../src/scenes/achievements/chooseChart.ts';
import { sourcesOf } from '../../src/scenes/achievements/sources.ts';
import { countUpOf, formatFigure, formatNumber } from '../../src/format/numbers.ts';
import { columnHeights } from '../../src/three/layout3d.ts';
import { storyPages } from '../../src/scenes/gallery/pages.ts';
import { filterOptions, honoursByRank } from '../../src/scenes/gallery/filters.ts';
import { placeholderGround } from '../../src/scenes/gallery/placeholder.ts';
import { surnameOf as surname } from '../../src/scenes/gallery/surname.ts';
import { mediaReferences } from '../../src/content/media.ts';

/** Small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, pick, int };
}

const ZONES = ['Asia/Shanghai', 'UTC', 'Etc/GMT-14', 'Etc/GMT+12', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Europe/London', 'America/Havana', 'Antarctica/Troll', 'Asia/Gaza'];
// Dates near the calendar's odd corners: leap days, year ends, DST changes, far past and future.
const DATES = ['2026-11-23', '2028-02-29', '2026-12-31', '2027-01-01', '2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '1970-01-01', '1949-10-01', '1900-02-28', '2099-12-31', '2200-01-01', '9999-12-31', '1000-01-01', '2026-01-31', '2026-04-30'];
const TIMES = ['', 'T00:00', 'T23:59', 'T12:00', 'T02:30', 'T01:59:59', 'T00:00Z', 'T23:59+14:00', 'T00:00-12:00', 'T09:00+05:45'];
const PERIODS = ['00:00-24:00', '09:00-21:00', '18:00-02:00', '23:59-24:00', '00:00-00:01', '12:00-11:59', '02:00-03:00', '01:30-02:30'];
const TEXTS = ['活动', '  空格  ', 'A', '一'.repeat(40), '「引号」（括号）！？。', 'https://jobs.example.cn/winter', 'http://x', '<b>粗</b>', '第一句。第二句！第三句？', '，，，，', '。'];

function oddSet(seed: number): unknown {
  const r = random(seed);
  const date = () => r.pick(DATES);
  const instant = () => `${date()}${r.pick(TIMES)}`;
  const text = (max: number) => r.pick(TEXTS).slice(0, max) || '字';
  const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, Array.from({ length: r.int(0, 3) }, () => r.pick(PERIODS))]));
  const value = () => r.pick([0, -0, 1, -1, 0.005, 1e-6, 99.5, 100, 101, 12345.678, 1e14, -1e14, 2 ** 40, 50, 7]);
  const unit = () => r.pick([undefined, '', '%', '％', '万元', '亿元', '万亿元', '人次', '元', '个']);
  const source = () => ({ title: text(80), date: date() });
  const figure = () => ({ label: r.pick(['国家级', '省级', '市级', '县级', '企业级', '数据', '服务职工']), value: value(), unit: unit(), more: r.next() < 0.3, kind: r.pick(['count', 'money', 'percent', 'persons']) });
  const sections = Array.from({ length: r.int(1, 4) }, (_, i) => ({
    id: `s${i}`,
    title: text(24),
    chart: r.pick(['auto', 'number', 'bars', 'ring', 'levels', 'pictogram', 'line', 'columns3d']),
    figures: Array.from({ length: r.int(1, 8) }, figure),
    ...(r.next() < 0.5 ? { series: Array.from({ length: r.int(2, 12) }, (_, k) => ({ label: String(2000 + k), value: value() })) } : {}),
    source: source(),
  }));
  const recurrence = () =>
    r.pick([
      undefined,
      { frequency: 'weekly', weekdays: Array.from({ length: r.int(1, 7) }, () => r.int(1, 7)), until: r.next() < 0.5 ? date() : undefined, except: [date(), date()] },
      { frequency: 'monthly', monthDay: r.pick([1, 28, 29, 30, 31, -1]), until: r.next() < 0.5 ? date() : undefined },
      { frequency: 'monthly', week: r.pick([1, 2, 5, -1]), weekday: r.int(1, 7) },
    ]);
  const events = Array.from({ length: r.int(0, 12) }, (_, i) => {
    const [start, end] = [instant(), r.next() < 0.3 ? null : instant()].map((t, _, [first]) => t ?? first!).sort((a, b) => parseInstant(a!, 'UTC') - parseInstant(b!, 'UTC')) as [string, string];
    return { id: `e${i}`, title: text(40), category: r.pick(['training', 'sport', 'other']), start, end, allDay: r.next() < 0.2, recurrence: recurrence(), location: text(30), registration: r.pick([undefined, 'https://jobs.example.cn/winter', '电话 12345', 'https://' + 'x'.repeat(280)]) };
  });
  const notices = Array.from({ length: r.int(0, 6) }, (_, i) => ({ id: `n${i}`, text: text(80), urgent: r.next() < 0.3, from: r.next() < 0.6 ? instant() : undefined, until: instant() }));
  const workers = Array.from({ length: r.int(1, 9) }, (_, i) => ({
    id: `w${i}`,
    name: r.pick(['林晓禾', ' 王', 'A', '欧阳明月']),
    sample: true,
    workplace: text(40),
    trade: r.pick(['焊工', '车工', '电工']),
    honours: Array.from({ length: r.int(1, 4) }, () => ({ title: text(40), level: r.pick(['national', 'provincial', 'city', 'county', 'enterprise']), year: r.int(1949, 2200) })),
    story: Array.from({ length: r.int(1, 5) }, () => r.pick(['一'.repeat(600), '短。', '，'.repeat(600), '没有标点的一段很长的话'.repeat(50), '。！？'])),
  }));
  const scenes = [
    { id: 'a', kind: 'achievements', title: '成就', duration: 5, section: 's0', validFrom: r.next() < 0.3 ? instant() : undefined },
    { id: 'g', kind: 'gallery', title: '劳模', duration: 600, validUntil: r.next() < 0.3 ? instant() : undefined },
    { id: 'e', kind: 'events', title: '活动', duration: 10 },
  ];
  return {
    site: { name: '测试', timezone: r.pick(ZONES), eventsWindowDays: r.pick([1, 14, 90]), openingHours: hours, closedDates: [date(), date()] },
    playlist: { scenes },
    achievements: { year: 2023, sections },
    workers: { workers },
    events: { events },
    notices: { notices },
  };
}

const texts = (set: Record<string, unknown>): ContentTexts =>
  Object.fromEntries((Object.keys(CONTENT_FILES) as ContentKey[]).map((k) => [k, JSON.stringify(set[k])])) as ContentTexts;

/** Every pure function the frame and the scenes call, at one instant. */
function exercise(content: ContentSet, nowMs: number): void {
  const tz = content.site.timezone;
  zonedParts(nowMs, tz);
  dayKey(nowMs, tz);
  isOpenAt(content.site, nowMs);
  openingPeriodsOn(content.site, nowMs);
  nextOpening(content.site, nowMs);
  activeNotices(content.notices.notices, nowMs, tz);
  activeUrgent(content.notices.notices, nowMs, tz);
  nextNoticeChangeMs(content.notices.notices, nowMs, tz);
  nextIndex(content.playlist.scenes, 0, nowMs, tz);
  entriesOfKind(content.playlist.scenes, 'events', nowMs, tz);
  const today = zonedDay(nowMs, tz);
  const list = upcomingOccurrences(content.events.events, nowMs, tz, content.site.eventsWindowDays);
  const groups = groupByDay(nextOfEach(list), today);
  for (const group of groups) {
    groupHeading(group, today);
    for (const o of group.items) whenText(o, tz);
  }
  paginate(groups, { height: 800, heading: 40, card: 120, gap: 12, columns: 2 });
  for (const e of content.events.events) {
    stillScheduled(e, nowMs, tz);
    occurrencesBetween(e, nowMs - 86_400_000, nowMs + 86_400_000, tz);
  }
}

function exerciseScenes(content: ContentSet): void {
  for (const section of content.achievements.sections) {
    chooseChart(section);
    orderLevels(section.figures);
    sourcesOf(section);
    columnHeights(section.figures.map((f) => f.value), true);
    for (const f of section.figures) {
      formatFigure(f);
      const count = countUpOf(f);
      for (const t of [0, 0.01, 0.5, 0.99, 1]) count.at(t);
    }
    for (const p of section.series ?? []) formatNumber(p.value, { unit: section.seriesUnit });
  }
  filterOptions(content.workers.workers, 0);
  for (const w of content.workers.workers) {
    storyPages(w.story);
    honoursByRank(w.honours);
    surname(w.name);
    placeholderGround(w.id);
  }
  for (const e of content.events.events) {
    firstOccurrenceWhen(e, content.site.timezone);
    if (e.recurrence) ruleText(e.recurrence);
    if (isLink(e.registration)) qrMatrix(e.registration);
  }
  mediaReferences(content);
}

describe('valid-but-odd content never makes the frame or a scene throw', () => {
  const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);
  let accepted = 0;

  it.each(SEEDS)('seed %i', (seed) => {
    const { content, problems } = validateContent(texts(oddSet(seed) as Record<string, unknown>));
    if (!content) {
      // The schema refused it: that is fine too, as long as it said why in words.
      expect(problems.length).toBeGreaterThan(0);
      return;
    }
    accepted++;
    const tz = content.site.timezone;
    exerciseScenes(content);
    // A few instants: midnight of odd dates (a second either side) and late in the day.
    const r = random(seed * 7919);
    const instants = [Date.parse('2026-11-23T02:00Z'), ...Array.from({ length: 3 }, () => parseInstant(r.pick(DATES), tz))];
    for (const base of instants) for (const offset of [-1000, 0, 3_600_000 * 23.5]) exercise(content, base + offset);
  });

  it('accepted most of the odd sets (so the test exercises the functions, not just the schema)', () => {
    expect(accepted).toBeGreaterThan(SEEDS.length / 2);
  });
});

describe('the schema refuses what would break the screen', () => {
  it.each([
    ['a zone that does not exist', { timezone: 'Asia/Beijing' }],
    ['an offset instead of a zone', { timezone: '+08:00' }],
  ])('%s', (_name, fields) => {
    const raw = oddSet(1) as { site: Record<string, unknown> };
    const { content } = validateContent(texts({ ...raw, site: { ...raw.site, ...fields } }));
    expect(content).toBeNull();
  });

  it('keeps the site zone usable by every clock once accepted', () => {
    for (const seed of [1, 2, 3]) {
      const raw = oddSet(seed) as { site: { timezone: string } };
      expect(v.is(CONTENT_FILES.site.schema, raw.site)).toBe(true);
      expect(() => zonedParts(0, raw.site.timezone)).not.toThrow();
    }
  });
});
