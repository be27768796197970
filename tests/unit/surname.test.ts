import { describe, expect, it } from 'vitest';
import { COMPOUND_SURNAMES, surnameOf } from '../../src/scenes/gallery/surname.ts';

describe('surnameOf: the surname drawn on a missing portrait', () => {
  it.each([
    ['林晓禾', '林'],
    ['王芳', '王'],
    ['欧阳晓明', '欧阳'],
    ['司马光', '司马'],
    ['诸葛亮', '诸葛'],
    ['上官婉儿', '上官'],
    ['夏侯惇', '夏侯'],
    ['东方明', '东方'],
    ['皇甫嵩', '皇甫'],
    ['尉迟恭', '尉迟'],
    ['公孙胜', '公孙'],
    ['慕容雪', '慕容'],
    ['长孙无忌', '长孙'],
    ['宇文泰', '宇文'],
    ['司徒雷', '司徒'],
    ['令狐冲', '令狐'],
    ['  欧阳长名字人物测试十二名', '欧阳'],
  ])('%s → %s', (name, expected) => {
    expect(surnameOf(name)).toBe(expected);
  });

  it('takes a name of two characters as surname and given name, even when they spell a compound surname', () => {
    expect(surnameOf('欧阳')).toBe('欧');
  });

  it('uses the worker’s own surname field first (a rare compound surname, or a name read otherwise)', () => {
    expect(surnameOf('阿不都热合曼', '阿不都')).toBe('阿不都');
    expect(surnameOf('东方明', '东')).toBe('东');
    expect(surnameOf('林晓禾', '  ')).toBe('林');
  });

  it('lists every compound surname once, each two characters', () => {
    for (const s of COMPOUND_SURNAMES) expect([...s]).toHaveLength(2);
  });
});
