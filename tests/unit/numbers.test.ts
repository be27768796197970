import { describe, expect, it } from 'vitest';
import { baseValue, countUpOf, figureText, formatFigure, formatNumber, partsText, shiftDecimal } from '../../src/format/numbers.ts';

const text = (value: number, options: Parameters<typeof formatNumber>[1] = {}) => partsText(formatNumber(value, options));

describe('formatNumber', () => {
  it('writes counts below 万 in full, without grouping', () => {
    expect(text(20, { unit: '场次', more: true })).toBe('20余场次');
    expect(text(2000, { unit: '人次', more: true, kind: 'persons' })).toBe('2000余人次');
    expect(text(9999, { unit: '人' })).toBe('9999人');
  });

  it('uses 万 and 亿 the way reports do, only where no digit is lost', () => {
    expect(text(50000, { unit: '元', kind: 'money' })).toBe('5万元');
    expect(text(120_000_000, { kind: 'money' })).toBe('1.2亿元');
    expect(text(15000, { unit: '人次' })).toBe('1.5万人次');
    expect(text(2_162_100, { unit: '人次' })).toBe('216.21万人次');
    expect(text(1_120_000, { unit: '元' })).toBe('112万元');
  });

  it('never rounds a figure into a different number', () => {
    expect(text(15250, { unit: '名' })).toBe('15250名');
    expect(text(12345, { unit: '人' })).toBe('12345人');
    expect(text(1_234_567)).toBe('1234567');
    expect(text(123_456_789, { unit: '元' })).toBe('123456789元');
    expect(text(3.14159, { unit: '倍' })).toBe('3.14159倍');
    expect(text(98.765, { unit: '%' })).toBe('98.765%');
    for (const value of [15250, 12345, 98765, 1_234_567, 2_162_100, 123_456_789, 0.125, 375.5, 1e-6]) {
      const parts = formatNumber(value);
      const scale = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 }[parts.magnitude]!;
      expect(Number(parts.number) * scale, `${value}`).toBeCloseTo(value, 9);
    }
  });

  it('puts 余 after the magnitude', () => {
    expect(text(50000, { unit: '元', more: true, kind: 'money' })).toBe('5万余元');
    expect(text(110000, { unit: '人次', qualifier: '余' })).toBe('11万余人次');
    expect(text(2_162_100, { unit: '人次', qualifier: '余' })).toBe('216.21万余人次');
    expect(text(334_000, { unit: '元', qualifier: '余' })).toBe('33.4万余元');
  });

  it('puts 余 before 万 where the content counts in 万, as the source does (50余万元)', () => {
    expect(text(50, { unit: '万元', qualifier: '余' })).toBe('50余万元');
    expect(text(500_000, { unit: '元', qualifier: '余' })).toBe('50万余元');
    expect(text(3000, { unit: '人', qualifier: '余' })).toBe('3000余人');
    expect(partsText(countUpOf({ value: 50, unit: '万元', qualifier: '余' }).at(1))).toBe('50余万元');
  });

  it('writes each qualifier where Chinese puts it', () => {
    expect(text(220000, { unit: '元', qualifier: '约' })).toBe('约22万元');
    expect(text(40, { unit: '家', qualifier: '近' })).toBe('近40家');
    expect(text(3000, { unit: '人', qualifier: '超过' })).toBe('超过3000人');
    expect(text(3000, { unit: '人', qualifier: '多' })).toBe('3000多人');
    expect(text(3000, { unit: '人', qualifier: '左右' })).toBe('3000人左右');
    expect(text(95, { unit: '%', qualifier: '以上' })).toBe('95%以上');
    expect(text(-3, { unit: '%', qualifier: '约' })).toBe('约-3%');
  });

  it('keeps the legacy more: true as 余, and a qualifier wins over it', () => {
    expect(text(2000, { unit: '人次', more: true })).toBe('2000余人次');
    expect(text(2000, { unit: '人次', more: true, qualifier: '多' })).toBe('2000多人次');
  });

  it('folds a magnitude already in the unit into the number', () => {
    expect(text(5, { unit: '万元', kind: 'money' })).toBe('5万元');
    expect(text(15000, { unit: '万元', kind: 'money' })).toBe('1.5亿元');
    expect(text(0.5, { unit: '万人次' })).toBe('5000人次');
    expect(text(375, { unit: '万元', qualifier: '约' })).toBe('约375万元');
    expect(text(1.2345, { unit: '万元' })).toBe('12345元');
    expect(baseValue({ value: 3, unit: '万元', kind: 'money' })).toBe(30000);
    expect(baseValue({ value: 0.0005, unit: '万元' })).toBe(5);
  });

  it('shows percentages as written, never as 万', () => {
    expect(text(95, { unit: '%' })).toBe('95%');
    expect(text(95, { kind: 'percent' })).toBe('95%');
    expect(text(99.5, { kind: 'percent' })).toBe('99.5%');
    expect(text(12000, { kind: 'percent' })).toBe('12000%');
  });

  it('keeps small numbers, zero, decimals and negatives readable', () => {
    expect(text(0, { unit: '个' })).toBe('0个');
    expect(text(0.5)).toBe('0.5');
    expect(text(1.25, { unit: '倍' })).toBe('1.25倍');
    expect(text(0.005)).toBe('0.005');
    expect(text(0.000001)).toBe('0.000001');
    expect(text(-3, { unit: '%' })).toBe('-3%');
    expect(text(-50000, { unit: '元' })).toBe('-5万元');
    expect(text(-0.001)).toBe('-0.001');
  });

  it('returns the parts separately so they can be styled', () => {
    expect(formatFigure({ value: 120_000_000, unit: '元', more: true, kind: 'money' })).toEqual({
      sign: '',
      number: '1.2',
      magnitude: '亿',
      qualifier: { word: '余', place: 'after', pending: false },
      unit: '元',
    });
    expect(figureText({ value: 28, unit: '项' })).toBe('28项');
  });

  it('shifts decimals as strings', () => {
    expect(shiftDecimal('15250', 4)).toBe('1.525');
    expect(shiftDecimal('5', 4)).toBe('0.0005');
    expect(shiftDecimal('0.0005', -4)).toBe('5');
    expect(shiftDecimal('1.2', -8)).toBe('120000000');
  });
});

describe('countUpOf', () => {
  it('ends exactly on the final text, and shows the qualifier only there', () => {
    const count = countUpOf({ value: 2000, unit: '人次', more: true });
    expect(partsText(count.at(1))).toBe('2000余人次');
    expect(partsText(count.at(0))).toBe('0人次');
    expect(partsText(count.at(0.5))).toBe('1000人次');
    expect(partsText(count.at(0.99995))).toBe('1999人次');
    // The word keeps its room on interim frames, so nothing moves when it appears.
    expect(count.at(0.5).qualifier).toEqual({ word: '余', place: 'after', pending: true });
  });

  it('holds a prefix word back too', () => {
    const count = countUpOf({ value: 220000, unit: '元', qualifier: '约' });
    expect(partsText(count.at(0.5))).toBe('11万元');
    expect(partsText(count.at(1))).toBe('约22万元');
  });

  it('keeps the final magnitude and decimals on every frame, with no fake precision', () => {
    const count = countUpOf({ value: 2_162_100, unit: '人次', more: true });
    expect(partsText(count.at(0.1))).toBe('21.62万人次');
    expect(partsText(count.at(1))).toBe('216.21万余人次');
    for (let f = 0.05; f < 1; f += 0.05) expect(count.at(f).number).toMatch(/^\d+\.\d\d$/);
    const five = countUpOf({ value: 150_000, unit: '元' });
    expect(partsText(five.at(0.5))).toBe('7万元');
    expect(five.widest.map(partsText)).toEqual(['15万元']);
  });

  it('does not count through meaningless steps of 万', () => {
    const count = countUpOf({ value: 20000, unit: '人次', more: true });
    expect(count.counts).toBe(false);
    expect(partsText(count.at(0))).toBe('2万余人次');
    expect(partsText(count.at(0.5))).toBe('2万余人次');
  });

  it('never shows 0.0万余 on the way', () => {
    for (const value of [20000, 50000, 110000, 1_120_000, 2_162_100, 15250]) {
      const count = countUpOf({ value, unit: '人次', qualifier: '余' });
      for (let f = 0; f < 1; f += 0.01) {
        const shown = partsText(count.at(f));
        if (shown !== partsText(count.final)) expect(shown, `${value} at ${f}`).not.toMatch(/余|0\.0/);
      }
    }
  });

  it('counts things in whole numbers', () => {
    const count = countUpOf({ value: 2, unit: '项' });
    expect(partsText(count.at(0.6))).toBe('1项');
    expect(count.widest).toHaveLength(1);
  });

  it('keeps the decimals of a decimal figure while counting', () => {
    const count = countUpOf({ value: 95.5, kind: 'percent' });
    expect(partsText(count.at(0.5))).toBe('47.7%');
  });

  it('counts down to a negative figure', () => {
    const count = countUpOf({ value: -12, unit: '%' });
    expect(partsText(count.at(0.5))).toBe('-6%');
    expect(partsText(count.at(0))).toBe('0%');
  });
});
