// The ONE description of a content set. Types, the kiosk's validation, the staff checker's
// messages and the JSON Schema files staff's editors read are all derived from here.
import * as v from 'valibot';
import { parseInstant } from '../kiosk/zoned.ts';
import { isTimeZone, TIME_ZONE_PATTERN, timeZoneMessage } from './rules/time-zone.ts';
import { OPENING_PERIOD_PATTERN, periodOpensAndCloses } from './rules/opening-hours.ts';
import { QUALIFIER_WORDS } from '../format/qualifiers.ts';

/** A bilingual hint shown in editors and in checker messages. */
const hint = <TInput,>(zh: string, en: string) => v.description<TInput, string>(`${zh} / ${en}`);

const nonEmpty = (zh: string, en: string) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, '不能为空 / must not be empty'), hint(zh, en));

/** Text a person reads on screen; the length limit keeps one typo from flooding a layout. */
const text = (max: number, zh: string, en: string) =>
  v.pipe(
    v.string(),
    v.minLength(1, '不能为空 / must not be empty'),
    v.maxLength(max, `太长，最多 ${max} 个字 / too long: at most ${max} characters`),
    hint(zh, en),
  );

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const id = (zh: string, en: string) =>
  v.pipe(
    v.string(),
    v.regex(ID_PATTERN, '只能用小写字母、数字和连字符，如 honors-2023 / use lowercase letters, digits and hyphens, e.g. honors-2023'),
    hint(zh, en),
  );

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$/;

/** True when every numeric part of an ISO date or date-time exists in the calendar. */
export function isRealDateTime(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value);
  if (!m) return false;
  const [year, month, day, hour = '0', minute = '0', second = '0'] = m.slice(1).map((p) => p ?? '0') as string[];
  const y = Number(year), mo = Number(month), d = Number(day);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
}

const date = (zh: string, en: string) =>
  v.pipe(
    v.string(),
    v.regex(DATE_PATTERN, '日期格式应为 2024-05-01 / date must look like 2024-05-01'),
    v.check(isRealDateTime, '日历上没有这一天 / this day does not exist in the calendar'),
    hint(zh, en),
  );

const dateTime = (zh: string, en: string) =>
  v.pipe(
    v.string(),
    v.regex(
      DATE_TIME_PATTERN,
      '时间格式应为 2024-05-01T09:00 或 2024-05-01T09:00+08:00 / time must look like 2024-05-01T09:00 or 2024-05-01T09:00+08:00',
    ),
    v.check(isRealDateTime, '日历上没有这一天或这一时刻 / this day or time does not exist'),
    hint(zh, en),
  );

/** A path inside the content set, e.g. media/workers/li.webp. */
export const MEDIA_PATH_PATTERN = /^(?!\/)(?!.*\.\.)(?!.*:)[\w\-./\u4e00-\u9fff]+\.(png|jpe?g|webp|avif|svg)$/i;
const mediaPath = (zh: string, en: string) =>
  v.pipe(
    v.string(),
    v.regex(
      MEDIA_PATH_PATTERN,
      '应为内容文件夹里的图片路径，如 media/workers/a.webp / must be an image path inside the content folder, e.g. media/workers/a.webp',
    ),
    hint(zh, en),
  );

const schemaRef = v.optional(v.pipe(v.string(), hint('编辑器用的格式说明，不要改', 'schema reference for editors; leave as is')));

// ---------------------------------------------------------------- site.json

const weekdayHours = v.pipe(
  v.array(
    v.pipe(
      v.string(),
      v.regex(OPENING_PERIOD_PATTERN, '开放时间应为 09:00-21:00（00:00 到 24:00） / opening hours must look like 09:00-21:00 (00:00 to 24:00)'),
      v.check(periodOpensAndCloses, '开门和关门时间相同 / opens and closes at the same time'),
    ),
  ),
  hint('当天开放时段，空列表表示闭馆', "that day's opening periods; an empty list means closed"),
);

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const SiteSchema = v.strictObject({
  $schema: schemaRef,
  name: text(40, '文化宫名称', 'name of the palace'),
  nameEn: v.optional(text(80, '英文名称', 'English name')),
  logo: v.optional(mediaPath('标志图片', 'logo image')),
  phone: v.optional(text(30, '服务热线（写入活动二维码，供访客带走）', 'service phone, written into the take-away QR codes')),
  locale: v.optional(v.picklist(['zh-CN']), 'zh-CN'),
  timezone: v.optional(
    v.pipe(
      v.string(),
      v.regex(TIME_ZONE_PATTERN, '时区应写成 IANA 时区名，如 Asia/Shanghai / time zone must be an IANA name such as Asia/Shanghai'),
      // A name that only looks right (Asia/Beijing) would make every clock on screen throw.
      v.check(isTimeZone, (issue) => timeZoneMessage(issue.input)),
      hint('时区（IANA 时区名，中国大陆为 Asia/Shanghai）', 'time zone (an IANA name; mainland China is Asia/Shanghai)'),
    ),
    'Asia/Shanghai',
  ),
  // WCAG 2.2.1: a visitor reading slowly gets at least 30 s, then a countdown of at least 20 s to ask for more.
  idleTimeoutSeconds: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(30, '至少 30 秒，慢读的访客也来得及 / at least 30 s, so a slow reader keeps up'), v.maxValue(600, '最多 600 秒 / at most 600 s'), hint('无人触摸多少秒后开始倒计时', 'seconds without a touch before the countdown starts')),
    30,
  ),
  countdownSeconds: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(20, '至少 20 秒，访客来得及轻触继续 / at least 20 s, so a visitor has time to touch and stay'), v.maxValue(120, '最多 120 秒 / at most 120 s'), hint('「轻触继续」倒计时多少秒后回到轮播', 'seconds the "touch to continue" countdown lasts before the loop resumes')),
    20,
  ),
  pollIntervalSeconds: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(10, '至少 10 秒 / at least 10 s'), v.maxValue(86400, '最多一天 / at most a day'), hint('多久检查一次内容更新（秒）', 'how often to look for new content, in seconds')),
    300,
  ),
  updateCheckSeconds: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(10, '至少 10 秒 / at least 10 s'), v.maxValue(86400, '最多一天 / at most a day'), hint('多久检查一次应用新版本（秒）', 'how often to look for a new app version, in seconds')),
    600,
  ),
  eventsWindowDays: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90), hint('活动板显示未来多少天', 'how many days ahead the events board shows')),
    14,
  ),
  openingHours: v.pipe(
    v.strictObject(Object.fromEntries(WEEKDAYS.map((d) => [d, weekdayHours])) as Record<Weekday, typeof weekdayHours>),
    hint('每周开放时间', 'weekly opening hours'),
  ),
  closedDates: v.optional(v.array(date('闭馆日期', 'a date the palace is closed')), []),
  // Where a hand reaches: on a 1080×1920 totem (1.2 m of screen, bottom edge 0.7 m up) the 1.22 m of
  // a seated reach is 0.43 of the screen's height above its bottom edge, i.e. y ≥ 1088 px.
  reach: v.optional(
    v.pipe(
      v.strictObject({
        maxControlHeightRatio: v.optional(
          v.pipe(
            v.number(),
            v.minValue(0.2, '至少 0.2，否则按钮放不下 / at least 0.2, or the controls do not fit'),
            v.maxValue(1, '最多 1（整块屏幕） / at most 1 (the whole screen)'),
            hint('按钮最高到屏幕高度的几分之几（从屏幕底边量起；立式屏离地 0.7 米、高 1.2 米时为 0.43，即坐轮椅也够得着的 1.22 米）', "how high controls may sit, as a share of the screen's height above its bottom edge (0.43 on a totem 0.7 m up and 1.2 m tall: 1.22 m, within a seated reach)"),
          ),
          0.43,
        ),
      }),
      hint('触摸按钮的可及范围', 'where touch controls may sit (reach)'),
    ),
    { maxControlHeightRatio: 0.43 },
  ),
  night: v.optional(
    v.pipe(v.picklist(['dim', 'black']), hint('闭馆时屏幕：dim 显示时钟，black 黑屏', 'screen outside opening hours: dim shows a quiet clock, black goes dark')),
    'dim',
  ),
});

// ---------------------------------------------------------------- shared lists

export const EVENT_CATEGORIES = ['training', 'performance', 'sport', 'jobfair', 'service', 'competition', 'reading', 'exhibition', 'other'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** Levels of an honour or of a figure counting honours, highest first. */
export const HONOUR_LEVELS = ['national', 'provincial', 'city', 'county', 'enterprise'] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];
const LEVEL_HINT_ZH = '级别：national 全国、provincial 省、city 市、county 县区、enterprise 企业';

// ---------------------------------------------------------------- playlist.json

export const SCENE_KINDS = ['achievements', 'gallery', 'events'] as const;
export type SceneKind = (typeof SCENE_KINDS)[number];

export const PlaylistEntrySchema = v.strictObject({
  id: id('场景编号，用于 ?scene= 预览', 'scene id, used by ?scene= preview'),
  kind: v.pipe(v.picklist(SCENE_KINDS, '类型应为 achievements、gallery 或 events / kind must be achievements, gallery or events'), hint('场景类型', 'scene kind')),
  title: text(40, '场景标题', 'scene title'),
  duration: v.pipe(
    v.number(),
    v.minValue(5, '至少 5 秒 / at least 5 s'),
    v.maxValue(600, '最多 600 秒 / at most 600 s'),
    hint('播放秒数', 'seconds on screen'),
  ),
  section: v.optional(id('成就场景要显示的板块编号（achievements.json）', 'for achievements: the section id in achievements.json')),
  validFrom: v.optional(dateTime('从此时起播放', 'shown from this time on')),
  validUntil: v.optional(dateTime('到此时停止播放', 'shown until this time')),
  categories: v.optional(
    v.pipe(
      v.array(v.picklist(EVENT_CATEGORIES, `类别应为 ${EVENT_CATEGORIES.join('、')} 之一 / a category must be one of ${EVENT_CATEGORIES.join(', ')}`)),
      v.minLength(1, '至少一个类别；不限类别就不写这个字段 / at least one category; leave the field out for all'),
      hint('活动场景只显示这些类别的活动（不写则全部显示）', 'for events: show only events of these categories (all when left out)'),
    ),
  ),
  eventsFrom: v.optional(date('活动场景只显示这天及以后的活动', 'for events: show only events on or after this date')),
  eventsUntil: v.optional(date('活动场景只显示到这天为止（含）的活动', 'for events: show only events up to this date (inclusive)')),
});

export const PlaylistSchema = v.strictObject({
  $schema: schemaRef,
  scenes: v.pipe(v.array(PlaylistEntrySchema), v.minLength(1, '至少要有一个场景 / needs at least one scene'), hint('按顺序播放的场景', 'scenes, in playing order')),
});

// ---------------------------------------------------------------- achievements.json

export const CHART_KINDS = ['auto', 'number', 'bars', 'ring', 'levels', 'pictogram', 'line', 'columns3d'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

const SourceSchema = v.pipe(
  v.strictObject({
    title: text(80, '出处：文章或文件标题', 'source: article or document title'),
    periodical: v.optional(text(40, '刊载的报刊、网站或公众号，如「资阳日报」', 'periodical, site or account that carried it, e.g. 「资阳日报」')),
    author: v.optional(text(40, '作者或记者，如「全媒体记者 朱涛」', 'author or reporter, e.g. 「全媒体记者 朱涛」')),
    publisher: v.optional(text(60, '发布单位', 'publisher')),
    date: v.optional(date('出处日期（某一天）', 'date of the source (a day)')),
    period: v.optional(
      text(20, '出处所说的时期，如「2023年上半年」「2023年」（没有具体日期时写）', 'the period the source covers, e.g. 「2023年上半年」 (when it has no single day)'),
    ),
    // Not shown on screen: kept so anyone can check the figure against its source later.
    quote: v.optional(text(300, '原文句子，供核对（不在屏幕上显示）', 'the sentence of the source, for checking (not shown on screen)')),
  }),
  v.check((s) => s.date !== undefined || s.period !== undefined, '出处要写日期 date 或时期 period / a source needs a date or a period'),
);

/**
 * Figures are read off a report: 0, or between a millionth and 1000万亿 in size. Outside that the
 * number formatting cannot write them (a value like 1e-30 needs more decimals than Intl allows and
 * throws) or they are a typo.
 */
export const FIGURE_MIN_MAGNITUDE = 1e-6;
export const FIGURE_MAX_MAGNITUDE = 1e15;
const numberValue = v.pipe(
  v.number('应为数字（不加引号）/ must be a number (no quotes)'),
  v.finite(),
  v.check(
    (n) => n === 0 || (Math.abs(n) >= FIGURE_MIN_MAGNITUDE && Math.abs(n) < FIGURE_MAX_MAGNITUDE),
    '数值应为 0，或绝对值在 0.000001 到 1000万亿 之间 / a value must be 0, or between 0.000001 and 10^15 in size',
  ),
  hint('数值', 'value'),
);

const FigureSchema = v.pipe(v.strictObject({
  id: v.optional(id('数据编号', 'figure id')),
  label: text(24, '数据名称，如「服务职工」', 'what is counted, e.g. 「服务职工」'),
  value: numberValue,
  unit: v.optional(v.pipe(v.string(), v.maxLength(6), hint('单位，如 人次、元、个、%', 'unit, e.g. 人次, 元, 个, %'))),
  more: v.optional(v.pipe(v.boolean(), hint('旧写法：等于 "qualifier": "余"', 'old form of "qualifier": "余"')), false),
  qualifier: v.optional(
    v.pipe(
      v.picklist(QUALIFIER_WORDS, `应为原文用的词：${QUALIFIER_WORDS.join('、')} / must be the word the source used: ${QUALIFIER_WORDS.join(', ')}`),
      hint(
        '原文对数字的限定词，照原文写：约、近、超过、逾、不到…（写在数字前），余、多（数字后），左右、以上…（单位后）',
        'the word the source puts on the number, as written: 约 about, 近 nearly, 超过/逾 more than, 不到 less than (before the number); 余/多 more than (after it); 左右 about, 以上 or more (after the unit)',
      ),
    ),
  ),
  kind: v.optional(
    v.pipe(v.picklist(['count', 'money', 'percent', 'persons']), hint('数值类型：count 个数、money 金额(元)、percent 百分比、persons 人数/人次', 'value type: count, money (yuan), percent, persons')),
    'count',
  ),
  level: v.optional(
    v.pipe(v.picklist(HONOUR_LEVELS), hint(`这个数字所属的级别（荣誉阶梯按它排序）。${LEVEL_HINT_ZH}`, 'the level this figure counts (the levels chart ranks by it): national, provincial, city, county, enterprise')),
  ),
  note: v.optional(text(60, '补充说明', 'short note')),
  source: v.optional(SourceSchema),
}),
  v.check(
    (f) => !(f.more && f.qualifier && f.qualifier !== '余'),
    '同时写了 more 和 qualifier：请删去 more，只写 qualifier / both more and qualifier: remove more and keep qualifier',
  ),
);

const PointSchema = v.strictObject({ label: text(12, '标签（如年份）', 'label (e.g. the year)'), value: numberValue });

const SectionSchema = v.strictObject({
  id: id('板块编号', 'section id'),
  title: text(24, '板块标题', 'section title'),
  subtitle: v.optional(text(60, '副标题', 'subtitle')),
  chart: v.optional(v.pipe(v.picklist(CHART_KINDS), hint('图表类型，auto 为自动选择', 'chart kind; auto picks one from the data')), 'auto'),
  figures: v.pipe(v.array(FigureSchema), v.minLength(1, '至少一个数据 / needs at least one figure'), v.maxLength(8, '一屏最多 8 个数据 / at most 8 figures on one screen')),
  series: v.optional(v.pipe(v.array(PointSchema), v.minLength(2), v.maxLength(12), hint('随时间变化的数列', 'a series over time'))),
  seriesUnit: v.optional(v.pipe(v.string(), v.maxLength(6), hint('数列的单位', 'unit of the series'))),
  seriesName: v.optional(text(24, '数列名称，如「会员人数」', 'what the series counts, e.g. 「会员人数」')),
  seriesCumulative: v.optional(
    v.pipe(v.boolean(), hint('数列为累计数（每年含以前各年）时为 true', 'true when each point is a running total (includes the years before)')),
  ),
  source: SourceSchema,
});

export const AchievementsSchema = v.strictObject({
  $schema: schemaRef,
  year: v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2200), hint('数据所属年度', 'year the figures are for')),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1)),
});

// ---------------------------------------------------------------- workers.json

const WorkerSchema = v.strictObject({
  id: id('人物编号', 'person id'),
  name: text(12, '姓名', 'name'),
  surname: v.optional(
    text(4, '姓（没有照片时显示）；复姓如欧阳、司马会自动识别，少见的复姓写在这里', 'surname, drawn when there is no photo; compound ones such as 欧阳 are known, write a rare one here'),
  ),
  sample: v.pipe(v.boolean(), hint('虚构的示例人物为 true，会显示「示例」', 'true for a fictional sample; shows a 「示例」 mark')),
  portrait: v.optional(mediaPath('肖像照片', 'portrait photo')),
  workplace: text(40, '工作单位', 'workplace'),
  trade: text(20, '工种或岗位', 'trade or post'),
  honours: v.pipe(
    v.array(
      v.strictObject({
        title: text(40, '荣誉名称', 'honour'),
        level: v.optional(
          v.pipe(v.picklist(HONOUR_LEVELS), hint(`${LEVEL_HINT_ZH}；原文没有级别就不写`, 'level: national, provincial, city, county, enterprise; leave out when the source gives none')),
        ),
        year: v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2200)),
      }),
    ),
    v.minLength(1, '至少一项荣誉 / at least one honour'),
  ),
  story: v.pipe(
    v.array(text(600, '故事段落', 'story paragraph')),
    v.minLength(1, '至少一段故事 / at least one paragraph'),
    hint('人物故事，分段', 'the story, in paragraphs'),
  ),
  quote: v.optional(text(60, '一句话', 'a quote')),
});

export const WorkersSchema = v.strictObject({
  $schema: schemaRef,
  workers: v.array(WorkerSchema),
});

// ---------------------------------------------------------------- events.json

const weekday = v.pipe(v.number(), v.integer(), v.minValue(1, '星期 1（周一）到 7（周日）/ weekday 1 (Mon) to 7 (Sun)'), v.maxValue(7, '星期 1（周一）到 7（周日）/ weekday 1 (Mon) to 7 (Sun)'));

const recurrenceCommon = {
  until: v.optional(date('重复到哪天为止（含）', 'last date of the repetition (inclusive)')),
  except: v.optional(v.array(date('这天不举行', 'no occurrence on this date')), []),
};

const RecurrenceSchema = v.variant('frequency', [
  v.strictObject({
    frequency: v.literal('weekly'),
    weekdays: v.pipe(v.array(weekday), v.minLength(1), hint('每周哪几天：1=周一 … 7=周日', 'weekdays: 1=Mon … 7=Sun')),
    ...recurrenceCommon,
  }),
  v.strictObject({
    frequency: v.literal('monthly'),
    monthDay: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(31), v.check((n) => n !== 0, '不能为 0 / must not be 0'), hint('每月几号；-1 表示月末', 'day of the month; -1 is the last day')),
    ),
    weekday: v.optional(v.pipe(weekday, hint('第几个星期几中的「星期几」', 'weekday of the nth-weekday rule'))),
    week: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(5), v.check((n) => n !== 0, '不能为 0 / must not be 0'), hint('第几个（1–5，-1 为最后一个）', 'which one (1–5, -1 is the last)')),
    ),
    ...recurrenceCommon,
  }),
]);

const EventSchema = v.pipe(
  v.strictObject({
    id: id('活动编号', 'event id'),
    title: text(40, '活动名称', 'event title'),
    category: v.pipe(v.picklist(EVENT_CATEGORIES), hint('类别', 'category')),
    start: dateTime('开始时间（重复活动为第一次）', 'start (of the first occurrence, if it repeats)'),
    end: dateTime('结束时间', 'end'),
    allDay: v.optional(v.boolean(), false),
    recurrence: v.optional(RecurrenceSchema),
    location: text(30, '地点', 'place in the palace'),
    audience: v.optional(text(30, '面向人群', 'audience')),
    description: v.optional(text(200, '简介', 'short description')),
    registration: v.optional(
      v.pipe(v.string(), v.maxLength(300), hint('报名链接（生成二维码），或报名方式文字', 'registration link (shown as a QR code) or how to register')),
    ),
    heldOnClosedDays: v.optional(
      v.pipe(
        v.boolean(),
        hint('闭馆日（site.json closedDates）照常举行时写 true；不写则闭馆日不显示这项活动', 'true when it is held even on a closed date (site.json closedDates); otherwise it is not listed on closed dates'),
      ),
    ),
  }),
  v.check((e) => parseInstant(e.end, 'UTC') >= parseInstant(e.start, 'UTC'), '结束时间早于开始时间 / end is before start'),
  v.check(
    (e) => !e.recurrence || e.recurrence.frequency !== 'monthly' || (e.recurrence.monthDay !== undefined) !== (e.recurrence.week !== undefined && e.recurrence.weekday !== undefined),
    '每月重复需写 monthDay，或同时写 week 和 weekday / a monthly rule needs monthDay, or both week and weekday',
  ),
);

export const EventsSchema = v.strictObject({
  $schema: schemaRef,
  events: v.array(EventSchema),
});

// ---------------------------------------------------------------- notices.json

const NoticeSchema = v.pipe(
  v.strictObject({
    id: id('通知编号', 'notice id'),
    text: text(80, '通知内容', 'notice text'),
    urgent: v.optional(v.pipe(v.boolean(), hint('紧急通知：占满屏幕直到结束时间', 'urgent: takes over the screen until its end time')), false),
    from: v.optional(dateTime('开始显示', 'shown from')),
    until: v.optional(dateTime('结束显示', 'shown until')),
  }),
  v.check((n) => !n.urgent || n.until !== undefined, '紧急通知必须写结束时间 until / an urgent notice needs an end time (until)'),
);

export const NoticesSchema = v.strictObject({
  $schema: schemaRef,
  notices: v.array(NoticeSchema),
});

// ---------------------------------------------------------------- the set

/** Every file of a content set, its schema, and whether the kiosk can run without it. */
export const CONTENT_FILES = {
  site: { file: 'site.json', schema: SiteSchema, required: true },
  playlist: { file: 'playlist.json', schema: PlaylistSchema, required: true },
  achievements: { file: 'achievements.json', schema: AchievementsSchema, required: false },
  workers: { file: 'workers.json', schema: WorkersSchema, required: false },
  events: { file: 'events.json', schema: EventsSchema, required: false },
  notices: { file: 'notices.json', schema: NoticesSchema, required: false },
} as const;

export type ContentKey = keyof typeof CONTENT_FILES;
export type Site = v.InferOutput<typeof SiteSchema>;
export type Playlist = v.InferOutput<typeof PlaylistSchema>;
export type PlaylistEntry = v.InferOutput<typeof PlaylistEntrySchema>;
export type Achievements = v.InferOutput<typeof AchievementsSchema>;
export type AchievementSection = Achievements['sections'][number];
export type Figure = AchievementSection['figures'][number];
export type Source = AchievementSection['source'];
export type Workers = v.InferOutput<typeof WorkersSchema>;
export type Worker = Workers['workers'][number];
export type Honour = Worker['honours'][number];
export type Events = v.InferOutput<typeof EventsSchema>;
export type KioskEvent = Events['events'][number];
export type Recurrence = NonNullable<KioskEvent['recurrence']>;
export type Notices = v.InferOutput<typeof NoticesSchema>;
export type Notice = Notices['notices'][number];

export interface ContentSet {
  site: Site;
  playlist: Playlist;
  achievements: Achievements;
  workers: Workers;
  events: Events;
  notices: Notices;
}

