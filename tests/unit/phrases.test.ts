// Line-break points of short display text: phrases as BudouX and ICU both see them (issue 13).
import { describe, expect, it } from 'vitest';
import { bodyRuns, breakPoints, phrases } from '../../src/format/phrases.ts';

const cases: { name: string; text: string; expected: string[] }[] = [
  { name: 'a year and a phrase, never 服|务', text: '2023年服务职工亮点', expected: ['2023年', '服务', '职工亮点'] },
  { name: 'a long phrase of known words', text: '冬送温暖慰问特殊职工', expected: ['冬送', '温暖', '慰问', '特殊', '职工'] },
  { name: 'words ICU does not know (清凉, 环卫) stay whole', text: '夏送清凉：环卫工人', expected: ['夏送', '清凉：', '环卫', '工人'] },
  { name: 'a brand inside a long title (e|家)', text: '“书香三八”女职工读书分享会暨思明工会e家线上报名说明', expected: ['“书香', '三八”', '女职工', '读书', '分享会', '暨思明工会', 'e家线上', '报名', '说明'] },
  { name: 'a campaign name', text: '书香三八', expected: ['书香', '三八'] },
  { name: 'a brand with a Latin letter', text: '思明工会e家', expected: ['思明工会', 'e家'] },
  { name: 'one word', text: '劳动者', expected: ['劳动者'] },
  { name: 'a weekday is one phrase', text: '12月7日 周一', expected: ['12月7日', ' ', '周一'] },
  { name: 'a page count', text: '1/4', expected: ['1/4'] },
  { name: 'an honour', text: '全国五一劳动奖章', expected: ['全国', '五一', '劳动', '奖章'] },
  { name: 'quoted title', text: '“最美职工”评选', expected: ['“最美', '职工”', '评选'] },
  { name: 'qualifier and count', text: '近40家企业建会', expected: ['近', '40家', '企业', '建会'] },
  { name: 'a name', text: '欧阳小明', expected: ['欧阳', '小明'] },
];

describe('phrases', () => {
  for (const { name, text, expected } of cases) {
    it(`${name}: 「${text}」`, () => {
      expect(phrases(text)).toEqual(expected);
      expect(phrases(text).join('')).toBe(text);
    });
  }

  it('never breaks inside a string it is told to keep (a person’s name)', () => {
    expect(phrases('欧阳小明', ['欧阳小明'])).toEqual(['欧阳小明']);
    expect(breakPoints('全国劳动模范欧阳小明同志', ['欧阳小明']).some((i) => i > 6 && i < 10)).toBe(false);
  });

  it('gives short and empty text back whole', () => {
    expect(phrases('')).toEqual(['']);
    expect(phrases('家')).toEqual(['家']);
    expect(breakPoints('A')).toEqual([]);
  });
});

describe('bodyRuns', () => {
  it('cuts body text around names, longest first', () => {
    expect(bodyRuns('记者采访了欧阳小明和小明。', ['小明', '欧阳小明'])).toEqual([
      { text: '记者采访了', keep: false },
      { text: '欧阳小明', keep: true },
      { text: '和', keep: false },
      { text: '小明', keep: true },
      { text: '。', keep: false },
    ]);
  });
  it('leaves text without names in one run', () => {
    expect(bodyRuns('没有人名', [])).toEqual([{ text: '没有人名', keep: false }]);
  });
});
