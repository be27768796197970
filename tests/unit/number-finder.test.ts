import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/editor/number-finder.ts';
import { figureFromNumber } from '../../src/editor/figure-from-number.ts';

const one = (text: string) => {
  const found = findNumbers(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('findNumbers', () => {
  it.each([
    // text, value, unit, qualifier, high
    ['举办培训1200余场', 1200, '场', '余', undefined],
    ['服务职工超过3.5万人次', 35000, '人次', '超过', undefined],
    ['近2万名职工参加', 20000, '名', '近', undefined],
    ['约1.2亿元', 120000000, '元', '约', undefined],
    ['发放消费券 50万元', 500000, '元', null, undefined],
    ['筹集资金3.7万元', 37000, '元', null, undefined],
    ['完成率 98.5%', 98.5, '%', null, undefined],
    ['建成驿站 109 处左右', 109, '处', '左右', undefined],
    ['培训 3至5天', 3, '天', null, 5],
    ['每场 30-40人', 30, '人', null, 40],
    ['覆盖 1,234 家企业', 1234, '家', null, undefined],
    ['100多个项目', 100, '个', '多', undefined],
    ['2.5亿', 250000000, '', null, undefined],
    ['覆盖企业3至5千家', 3000, '家', null, 5000],
    ['大约300人', 300, '人', '约', undefined],
    ['不到20%', 20, '%', '不到', undefined],
    ['500人以上', 500, '人', '以上', undefined],
  ] as const)('%s', (text, value, unit, qualifier, high) => {
    const f = one(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit === '' ? '' : unit);
    expect(f.qualifier).toBe(qualifier);
    expect(f.high).toBe(high);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('skips dates, years and ordinals, and keeps each figure with its own sentence', () => {
    const text = '2023年12月31日，市总工会发布年度报告。第3季度举办活动120余场！全年服务职工近5万人次；另有1000元奖励。';
    const found = findNumbers(text);
    expect(found.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [120, '场', '余'],
      [50000, '人次', '近'],
      [1000, '元', null],
    ]);
    expect(found[0]!.sentence).toBe('第3季度举办活动120余场！');
    expect(found[1]!.sentence).toBe('全年服务职工近5万人次；');
  });

  it('makes a figure with value, unit, qualifier, the sentence and the source', () => {
    const f = one('全年服务职工超过3.5万人次。');
    expect(figureFromNumber(f, { title: '年度报告', publisher: '市总工会', date: '2024-01-10' })).toEqual({
      label: '全年服务职工'.replace(/^全年/, ''),
      value: 35000,
      unit: '人次',
      kind: 'persons',
      qualifier: '超过',
      source: { title: '年度报告', publisher: '市总工会', date: '2024-01-10', quote: '全年服务职工超过3.5万人次。' },
    });
  });
});
