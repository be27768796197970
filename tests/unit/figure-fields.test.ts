// The schema fields of issue 13: qualifiers, levels, sources dated by a period, series names,
// honours without a level, events scenes limited by category and date.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateFile, crossCheck } from '../../src/content/validate.ts';
import { jsonSchemaFiles } from '../../src/content/json-schema.ts';
import { sceneEvents } from '../../src/scenes/events/scene-filter.ts';
import { boardOccurrences } from '../../src/scenes/events/board-list.ts';
import { sourceText } from '../../src/scenes/achievements/sources.ts';
import type { ContentSet, KioskEvent } from '../../src/content/schema.ts';

const source = { title: '工作综述', date: '2023-12-31' };
const achievements = (figure: Record<string, unknown>, section: Record<string, unknown> = {}) =>
  JSON.stringify({ year: 2023, sections: [{ id: 's', title: '标题', source, figures: [{ label: '服务职工', value: 220000, unit: '元', ...figure }], ...section }] });
const problemsOf = (text: string) => validateFile('achievements', text).problems.filter((p) => p.severity === 'error');

describe('achievements.json accepts the new fields', () => {
  it('takes a qualifier word, a level and old content as before', () => {
    expect(problemsOf(achievements({ qualifier: '约' }))).toEqual([]);
    expect(problemsOf(achievements({ qualifier: '左右', level: 'city' }))).toEqual([]);
    expect(problemsOf(achievements({ more: true }))).toEqual([]);
    expect(problemsOf(readFileSync('content/achievements.json', 'utf8'))).toEqual([]);
  });

  it('refuses a word the screen cannot place, and more beside another word, in staff words', () => {
    const [wrong] = problemsOf(achievements({ qualifier: 'about' }));
    expect(wrong!.path).toBe('sections[0].figures[0].qualifier');
    expect(wrong!.zh).toContain('原文用的词');
    expect(wrong!.en).toContain('the word the source used');
    const [both] = problemsOf(achievements({ qualifier: '约', more: true }));
    expect(both!.zh).toContain('more');
    expect(problemsOf(achievements({ level: 'district' }))[0]!.path).toBe('sections[0].figures[0].level');
  });

  it('takes a source dated by a period, with its periodical and author apart', () => {
    const period = { title: '上半年工作总结', periodical: '资阳日报', author: '记者 朱涛', period: '2023年上半年' };
    expect(problemsOf(achievements({}, { source: period }))).toEqual([]);
    expect(sourceText(period)).toBe('上半年工作总结，《资阳日报》，记者 朱涛，2023年上半年');
    const [none] = problemsOf(achievements({}, { source: { title: '无日期' } }));
    expect(none!.zh).toContain('日期 date 或时期 period');
  });

  it('takes a series name and whether it is cumulative', () => {
    const series = [{ label: '2022', value: 1 }, { label: '2023', value: 3 }];
    expect(problemsOf(achievements({}, { series, seriesName: '会员人数', seriesCumulative: true }))).toEqual([]);
  });

  it('has bilingual editor hints on every new field', () => {
    const schema = JSON.parse(jsonSchemaFiles().find((f) => f.name === 'achievements.schema.json')!.text);
    const section = schema.properties.sections.items;
    const figure = section.properties.figures.items.properties;
    for (const hint of [figure.qualifier.description, figure.level.description, section.properties.seriesName.description, section.properties.seriesCumulative.description]) {
      expect(hint).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
    }
    expect(figure.qualifier.enum).toEqual(expect.arrayContaining(['约', '近', '余', '多', '左右', '超过']));
    const src = section.properties.source.properties;
    for (const key of ['period', 'periodical', 'author']) expect(src[key].description).toContain(' / ');
  });
});

describe('workers.json', () => {
  it('takes an honour with no level', () => {
    const text = JSON.stringify({ workers: [{ id: 'a', name: '李华', sample: true, workplace: '单位', trade: '焊工', story: ['故事'], honours: [{ title: '岗位能手', year: 2023 }] }] });
    expect(validateFile('workers', text).problems).toEqual([]);
  });
});

const event = (id: string, category: KioskEvent['category'], day: string): KioskEvent => ({
  id, title: id, category, start: `${day}T09:00`, end: `${day}T11:00`, location: '一楼', allDay: false, except: [],
} as unknown as KioskEvent);

describe('an events scene limited to some categories or dates', () => {
  const events = [event('a', 'training', '2024-05-02'), event('b', 'sport', '2024-05-03'), event('c', 'training', '2024-05-09')];
  const now = Date.parse('2024-05-01T08:00:00+08:00');
  const listed = (entry: Parameters<typeof sceneEvents>[1]) => {
    const scoped = sceneEvents(events, entry, 'Asia/Shanghai');
    return boardOccurrences(scoped.events, now, 'Asia/Shanghai', 14, Infinity, scoped).occurrences.map((o) => o.event.id);
  };

  it('lists every event when the scene names no limit', () => {
    expect(listed({})).toEqual(['a', 'b', 'c']);
  });

  it('lists only the categories and days the scene names', () => {
    expect(listed({ categories: ['training'] })).toEqual(['a', 'c']);
    expect(listed({ eventsFrom: '2024-05-03' })).toEqual(['b', 'c']);
    expect(listed({ eventsUntil: '2024-05-03' })).toEqual(['a', 'b']);
    expect(listed({ categories: ['training'], eventsUntil: '2024-05-03' })).toEqual(['a']);
  });

  it('is checked: categories outside an events scene, or an empty range', () => {
    const playlist = validateFile('playlist', JSON.stringify({ scenes: [
      { id: 'ev', kind: 'events', title: '活动', duration: 20, categories: ['sport'], eventsFrom: '2024-05-09', eventsUntil: '2024-05-01' },
      { id: 'gal', kind: 'gallery', title: '劳模', duration: 20, categories: ['sport'] },
    ] }));
    expect(playlist.problems).toEqual([]);
    const content = { playlist: playlist.value!, site: { timezone: 'Asia/Shanghai' }, achievements: { sections: [] }, workers: { workers: [{}] }, events: { events: [] }, notices: { notices: [] } } as unknown as ContentSet;
    const found = crossCheck(content).map((p) => `${p.severity} ${p.path}`);
    expect(found).toContain('error scenes[0].eventsUntil');
    expect(found).toContain('warning scenes[1].categories');
    expect(validateFile('playlist', JSON.stringify({ scenes: [{ id: 'ev', kind: 'events', title: '活动', duration: 20, categories: ['games'] }] })).problems[0]!.path).toBe('scenes[0].categories[0]');
  });
});
