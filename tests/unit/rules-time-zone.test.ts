import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SiteSchema } from '../../src/content/schema.ts';
import { validateFile } from '../../src/content/validate.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { isTimeZone, suggestTimeZone } from '../../src/content/rules/time-zone.ts';
import { zonedParts } from '../../src/kiosk/zoned.ts';

const site = (timezone: string) => JSON.stringify({ name: '测试', timezone, openingHours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] } });

describe('time zone names', () => {
  it.each(['Asia/Shanghai', 'UTC', 'Etc/UTC', 'Asia/Urumqi', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'Etc/GMT-8', 'asia/shanghai'])(
    'accepts %s, a zone the clocks can use',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
      expect(v.safeParse(SiteSchema, JSON.parse(site(zone))).success).toBe(true);
      expect(() => zonedParts(0, zone)).not.toThrow();
    },
  );

  it.each(['Asia/Beijing', 'Asia/Shangai', 'China/Beijing', 'Beijing', '+08:00', 'UTC+8', 'GMT+8', 'Asia/', '', ' Asia/Shanghai', 'Asia/Shanghai\n'])('refuses %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
    const { value, problems } = validateFile('site', site(zone));
    expect(value).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'site.json', path: 'timezone' });
    expect(formatProblem(problems[0]!)).toContain('Asia/Shanghai');
  });

  it('says what was found and what to write, in Chinese and English', () => {
    const [p] = validateFile('site', site('Asia/Beijing')).problems;
    expect(p!.zh).toContain('没有这个时区');
    expect(p!.zh).toContain('Asia/Shanghai');
    expect(p!.zh).toContain('Asia/Beijing');
    expect(p!.en).toContain('no such time zone');
    expect(p!.en).toContain('"Asia/Beijing"');
  });

  it('suggests Asia/Shanghai for a Chinese city and a near spelling for a typo elsewhere', () => {
    expect(suggestTimeZone('Asia/Beijing')).toBe('Asia/Shanghai');
    expect(suggestTimeZone('Asia/Chengdu')).toBe('Asia/Shanghai');
    expect(suggestTimeZone('Asia/Shangai')).toBe('Asia/Shanghai');
    expect(suggestTimeZone('Europe/Londn')).toBe('Europe/London');
    expect(suggestTimeZone('Mars/Olympus_Mons')).toBe('Asia/Shanghai');
    const [p] = validateFile('site', site('Europe/Londn')).problems;
    expect(p!.en).toContain('did you mean Europe/London?');
  });
});
