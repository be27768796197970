import { describe, expect, it } from 'vitest';
import { chooseChart, comparable, flatChart, levelRank, orderLevels, whyNot } from '../../src/scenes/achievements/chooseChart.ts';
import type { AchievementSection, Figure } from '../../src/content/schema.ts';

type Shape = Pick<AchievementSection, 'chart' | 'figures' | 'series'>;
const fig = (label: string, value: number, extra: Partial<Figure> = {}): Figure => ({ label, value, more: false, kind: 'count', ...extra });
const section = (figures: Figure[], extra: Partial<Shape> = {}): Shape => ({ chart: 'auto', figures, ...extra });

const honours = [
  fig('国家级荣誉', 2, { unit: '项', level: 'national' }),
  fig('省级荣誉', 15, { unit: '项', level: 'provincial' }),
  fig('市级荣誉', 28, { unit: '项', level: 'city' }),
];
const services = [
  fig('技能培训', 20, { unit: '场次', more: true }),
  fig('参与职工', 2000, { unit: '人次', more: true, kind: 'persons' }),
  fig('普惠消费券', 50000, { unit: '元', kind: 'money' }),
];

describe('chooseChart on auto', () => {
  it('shows one figure as a big number', () => {
    expect(chooseChart(section([fig('服务职工', 12000, { unit: '人次', kind: 'persons' })]))).toBe('number');
    expect(chooseChart(section([fig('书屋', 12, { unit: '个' })]))).toBe('number');
  });

  it('shows a share as a ring', () => {
    expect(chooseChart(section([fig('建会率', 95, { unit: '%' })]))).toBe('ring');
    expect(chooseChart(section([fig('建会率', 95, { kind: 'percent' }), fig('入会率', 91.5, { kind: 'percent' })]))).toBe('ring');
  });

  it('shows honour levels as steps, by their level field', () => {
    expect(chooseChart(section(honours))).toBe('levels');
    // Words in the label are not a level: without the field these are just counts of one unit.
    const unnamed = honours.map(({ level: _level, ...f }) => f);
    expect(chooseChart(section(unnamed))).toBe('pictogram');
    expect(chooseChart(section(unnamed, { chart: 'levels' }))).toBe('pictogram');
    expect(whyNot('levels', section(unnamed))?.en).toMatch(/level/);
  });

  it('shows a few countable things of one unit as icons', () => {
    expect(chooseChart(section([fig('职工书屋', 12, { unit: '个' }), fig('爱心驿站', 8, { unit: '个' })]))).toBe('pictogram');
  });

  it('compares many things of one unit as bars', () => {
    expect(chooseChart(section([fig('职工书屋', 42, { unit: '个' }), fig('爱心驿站', 18, { unit: '个' })]))).toBe('bars');
    expect(
      chooseChart(section([fig('帮扶', 5, { unit: '万元', kind: 'money' }), fig('慰问', 120000, { unit: '元', kind: 'money' })])),
    ).toBe('bars');
  });

  it('shows unlike figures side by side as numbers', () => {
    expect(chooseChart(section(services))).toBe('number');
  });

  it('draws a series over the years as a line', () => {
    const series = [
      { label: '2021', value: 1 },
      { label: '2022', value: 3 },
    ];
    expect(chooseChart(section(services, { series }))).toBe('line');
  });
});

describe('chooseChart with an explicit chart', () => {
  it('uses the chart staff asked for when the data fits it', () => {
    expect(chooseChart(section(honours, { chart: 'bars' }))).toBe('bars');
    expect(chooseChart(section(honours, { chart: 'number' }))).toBe('number');
    expect(chooseChart(section(honours, { chart: 'pictogram' }))).toBe('pictogram');
    expect(chooseChart(section(honours, { chart: 'columns3d' }))).toBe('columns3d');
  });

  it('stands 3D columns only for figures of one unit and kind', () => {
    expect(chooseChart(section(services, { chart: 'columns3d' }))).toBe('number');
    const mixed = [fig('驿站', 109, { unit: '处' }), fig('班次', 155, { unit: '个班次' }), fig('活动', 38, { unit: '个' })];
    expect(chooseChart(section(mixed, { chart: 'columns3d' }))).toBe('number');
    expect(whyNot('columns3d', section(mixed))?.zh).toMatch(/单位/);
    expect(chooseChart(section([fig('雁江区', 42, { unit: '个' }), fig('安岳县', 1, { unit: '个' })], { chart: 'columns3d' }))).toBe('columns3d');
  });

  it('does not compare icons of different units', () => {
    const mixed = [fig('工作室', 2, { unit: '个' }), fig('成果', 5, { unit: '项' }), fig('商家', 12, { unit: '家' })];
    expect(chooseChart(section(mixed, { chart: 'pictogram' }))).toBe('number');
    expect(chooseChart(section(mixed))).toBe('number');
  });

  it('does not draw bars that compare 场次 with 元', () => {
    expect(chooseChart(section(services, { chart: 'bars' }))).toBe('number');
  });

  it('does not draw a ring of something that is not a share', () => {
    expect(chooseChart(section(honours, { chart: 'ring' }))).toBe('levels');
    expect(whyNot('ring', section(honours))).not.toBeNull();
    expect(chooseChart(section([fig('完成率', 120, { unit: '%' })], { chart: 'ring' }))).toBe('number');
  });

  it('does not draw a line without a series', () => {
    expect(chooseChart(section(honours, { chart: 'line' }))).toBe('levels');
  });

  it('does not draw more icons than can be counted at a glance', () => {
    expect(chooseChart(section([fig('会员', 51, { unit: '人' })], { chart: 'pictogram' }))).toBe('number');
    expect(chooseChart(section([fig('资金', 5, { unit: '万元', kind: 'money' })], { chart: 'pictogram' }))).toBe('number');
  });

  it('does not stand negative figures on steps or columns', () => {
    const falling = [fig('同比', -3, { unit: '%' }), fig('环比', 2, { unit: '%' })];
    expect(chooseChart(section(falling, { chart: 'levels' }))).toBe('number');
    expect(chooseChart(section(falling, { chart: 'columns3d' }))).toBe('number');
  });
});

describe('helpers', () => {
  it('compares figures once 万 is folded out of the unit', () => {
    expect(comparable([fig('a', 1, { unit: '万元', kind: 'money' }), fig('b', 10, { unit: '元', kind: 'money' })])).toBe(true);
    expect(comparable([fig('a', 1, { unit: '人' }), fig('b', 10, { unit: '人次' })])).toBe(false);
    expect(comparable([fig('a', 1, { unit: '人' })])).toBe(false);
  });

  it('counts 人, 名 and 位 as one counter (people), not 人次 or 户', () => {
    expect(comparable([fig('a', 600, { unit: '人', kind: 'persons' }), fig('b', 240, { unit: '名', kind: 'persons' }), fig('c', 3, { unit: '位', kind: 'persons' })])).toBe(true);
    expect(comparable([fig('a', 1.2, { unit: '万名', kind: 'persons' }), fig('b', 240, { unit: '人', kind: 'persons' })])).toBe(true);
    expect(comparable([fig('a', 600, { unit: '名', kind: 'persons' }), fig('b', 240, { unit: '人次', kind: 'persons' })])).toBe(false);
    expect(comparable([fig('a', 600, { unit: '名' }), fig('b', 240, { unit: '户' })])).toBe(false);
  });

  it('falls back from 3D to bars only when the figures compare', () => {
    expect(flatChart(section(honours))).toBe('bars');
    expect(flatChart(section(services))).toBe('number');
  });

  it('ranks honour levels and orders them highest first', () => {
    expect(levelRank({ level: 'national' })).toBe(5);
    expect(levelRank({ level: 'provincial' })).toBe(4);
    expect(levelRank({ level: 'city' })).toBe(3);
    expect(levelRank({ level: 'county' })).toBe(2);
    expect(levelRank({ level: 'enterprise' })).toBe(1);
    expect(levelRank({})).toBe(0);
    // By the field, whatever the list order or the label says.
    const listed = [fig('市级', 28, { level: 'city' }), fig('全国', 2, { level: 'national' }), fig('省级', 15, { level: 'provincial' })];
    expect(orderLevels(listed).map((f) => f.level)).toEqual(['national', 'provincial', 'city']);
    const misleading = [fig('省市联合表彰', 3, { level: 'county' }), fig('企业', 9, { level: 'enterprise' }), fig('区级', 4, { level: 'provincial' })];
    expect(orderLevels(misleading).map((f) => f.value)).toEqual([4, 3, 9]);
  });
});
