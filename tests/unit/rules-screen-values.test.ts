// Values whose bad form would make the schedule or a scene throw are refused by the schema.
import { describe, expect, it } from 'vitest';
import { validateFile } from '../../src/content/validate.ts';
import { isOpenAt, nextOpening, openingPeriodsOn } from '../../src/kiosk/schedule.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import type { Site } from '../../src/content/schema.ts';
import { countUpOf, formatFigure } from '../../src/format/numbers.ts';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const siteWith = (period: string) =>
  JSON.stringify({ name: '测试', openingHours: Object.fromEntries(DAYS.map((d) => [d, d === 'monday' ? [period] : []])) });

describe('opening periods', () => {
  it.each(['09:00-21:00', '00:00-24:00', '18:00-02:00', '23:59-24:00', '00:00-00:01'])('accepts %s, and the schedule reads it', (period) => {
    const { value, problems } = validateFile('site', siteWith(period));
    expect(problems).toEqual([]);
    const site = value as Site;
    const monday = parseInstant('2026-11-23T00:00', site.timezone); // a Monday
    for (let minute = 0; minute < 2 * 24 * 60; minute += 7) {
      expect(() => isOpenAt(site, monday + minute * 60_000)).not.toThrow();
    }
    expect(openingPeriodsOn(site, monday + 3_600_000)).toEqual([period]);
    expect(nextOpening(site, monday - 1)).not.toBeNull();
  });

  it('keeps a period ending at 24:00 open until midnight and one past midnight open into the next day', () => {
    const late = validateFile('site', siteWith('20:00-24:00')).value as Site;
    expect(isOpenAt(late, parseInstant('2026-11-23T23:59', late.timezone))).toBe(true);
    expect(isOpenAt(late, parseInstant('2026-11-24T00:00', late.timezone))).toBe(false);
    const night = validateFile('site', siteWith('18:00-02:00')).value as Site;
    expect(isOpenAt(night, parseInstant('2026-11-24T01:59', night.timezone))).toBe(true);
    expect(isOpenAt(night, parseInstant('2026-11-24T02:00', night.timezone))).toBe(false);
  });

  it.each([
    ['09:00-09:00', '开门和关门时间相同'],
    ['00:00-00:00', '开门和关门时间相同'],
    ['24:00-24:00', '开放时间应为'],
    ['24:00-02:00', '开放时间应为'],
    ['09:00-24:30', '开放时间应为'],
    ['09:00-25:00', '开放时间应为'],
    ['9:00-21:00', '开放时间应为'],
    ['09:00–21:00', '开放时间应为'], // an en dash, as word processors write it
    ['09:00 - 21:00', '开放时间应为'],
    ['09:60-21:00', '开放时间应为'],
  ])('refuses %s with a message naming the day', (period, words) => {
    const { value, problems } = validateFile('site', siteWith(period));
    expect(value).toBeNull();
    expect(problems[0]).toMatchObject({ file: 'site.json', path: 'openingHours.monday[0]', severity: 'error' });
    expect(problems[0]!.zh).toContain(words);
    expect(problems[0]!.en).toMatch(/opening hours must look like|same time/);
  });
});

const achievementsWith = (value: number) =>
  JSON.stringify({ year: 2023, sections: [{ id: 's', title: '服务', source: { title: '来源', date: '2024-01-10' }, figures: [{ label: '数', value }], series: [{ label: '2022', value: 1 }, { label: '2023', value }] }] });

describe('figure values', () => {
  it.each([0, -0, 1, -5, 0.005, 1e-6, 0.000123, 110000, 123456789012345, -999999999999999])('accepts %d, and the number formatting writes it', (value) => {
    const { problems } = validateFile('achievements', achievementsWith(value));
    expect(problems).toEqual([]);
    expect(() => formatFigure({ value })).not.toThrow();
    expect(() => countUpOf({ value, unit: '万元' }).at(0.5)).not.toThrow();
    expect(() => formatFigure({ value, unit: '%' })).not.toThrow();
  });

  it.each([1e-30, 5e-324, -1e-7, 1e15, 1e300, -1e16])('refuses %d, which the screen cannot write', (value) => {
    const { problems } = validateFile('achievements', achievementsWith(value));
    expect(problems.map((p) => p.path)).toContain('sections[0].figures[0].value');
    expect(problems.map((p) => p.path)).toContain('sections[0].series[1].value');
    expect(problems[0]!.zh).toContain('数值应为 0');
  });
});
