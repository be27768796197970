import { describe, expect, it } from 'vitest';
import { chooseChart, comparable, flatChart, levelRank, orderLevels } from '../../src/scenes/achievements/chooseChart.ts';
import type { AchievementSection, Figure } from '../../src/content/schema.ts';

type Shape = Pick<AchievementSection, 'chart' | 'figures' | 'series'>;
const fig = (label: string, value: number, extra: Partial<Figure> = {}): Figure => ({ label, value, more: false, kind: 'count', ...extra });
const section = (figures: Figure[], extra: Partial<Shape> = {}): Shape => ({ chart: 'auto', figures, ...extra });

const honours = [fig('国家级', 2, { unit: '项' }), fig('省级', 15, { unit: '项' }), fig('市级', 28, { unit: '项' })];
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

  it('shows honour levels as steps', () => {
    expect(chooseChart(section(honours))).toBe('levels');
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
    expect(chooseChart(section(services, { chart: 'columns3d' }))).toBe('columns3d');
  });

  it('does not draw bars that compare 场次 with 元', () => {
    expect(chooseChart(section(services, { chart: 'bars' }))).toBe('number');
  });

  it('does not draw a ring of something that is not a share', () => {
    expect(chooseChart(section(honours, { chart: 'ring' }))).toBe('levels');
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

  it('falls back from 3D to bars only when the figures compare', () => {
    expect(flatChart(section(honours))).toBe('bars');
    expect(flatChart(section(services))).toBe('number');
  });

  it('ranks honour levels and orders them highest first', () => {
    expect(levelRank('全国五一劳动奖章')).toBe(5);
    expect(levelRank('省级')).toBe(4);
    expect(levelRank('市级荣誉')).toBe(3);
    expect(levelRank('区县级')).toBe(2);
    expect(levelRank('技能培训')).toBe(0);
    expect(orderLevels([fig('市级', 28), fig('国家级', 2), fig('省级', 15)]).map((f) => f.label)).toEqual(['国家级', '省级', '市级']);
    expect(orderLevels([fig('金奖', 1), fig('银奖', 2)]).map((f) => f.label)).toEqual(['金奖', '银奖']);
  });
});
