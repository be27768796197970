import { describe, expect, it } from 'vitest';
import { baseValue, countUpOf, figureText, formatFigure, formatNumber, partsText } from '../../src/format/numbers.ts';

const text = (value: number, options: Parameters<typeof formatNumber>[1] = {}) => partsText(formatNumber(value, options));

describe('formatNumber', () => {
  it('writes counts below 万 in full, without grouping', () => {
    expect(text(20, { unit: '场次', more: true })).toBe('20余场次');
    expect(text(2000, { unit: '人次', more: true, kind: 'persons' })).toBe('2000余人次');
    expect(text(9999, { unit: '人' })).toBe('9999人');
  });

  it('uses 万 and 亿 the way reports do', () => {
    expect(text(50000, { unit: '元', kind: 'money' })).toBe('5万元');
    expect(text(120_000_000, { kind: 'money' })).toBe('1.2亿元');
    expect(text(15000, { unit: '人次' })).toBe('1.5万人次');
    expect(text(12345, { unit: '人' })).toBe('1.23万人');
    expect(text(1_234_567)).toBe('123.46万');
  });

  it('puts 余 after the magnitude', () => {
    expect(text(50000, { unit: '元', more: true, kind: 'money' })).toBe('5万余元');
  });

  it('folds a magnitude already in the unit into the number', () => {
    expect(text(5, { unit: '万元', kind: 'money' })).toBe('5万元');
    expect(text(15000, { unit: '万元', kind: 'money' })).toBe('1.5亿元');
    expect(text(0.5, { unit: '万人次' })).toBe('5000人次');
    expect(baseValue({ value: 3, unit: '万元', kind: 'money' })).toBe(30000);
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
    expect(text(-3, { unit: '%' })).toBe('-3%');
    expect(text(-50000, { unit: '元' })).toBe('-5万元');
    expect(text(-0.001)).toBe('-0.001');
  });

  it('returns the parts separately so they can be styled', () => {
    expect(formatFigure({ value: 120_000_000, unit: '元', more: true, kind: 'money' })).toEqual({
      sign: '',
      number: '1.2',
      magnitude: '亿',
      more: true,
      unit: '元',
    });
    expect(figureText({ value: 28, unit: '项' })).toBe('28项');
  });
});

describe('countUpOf', () => {
  it('ends exactly on the final text', () => {
    const count = countUpOf({ value: 2000, unit: '人次', more: true });
    expect(partsText(count.at(1))).toBe('2000余人次');
    expect(partsText(count.at(0))).toBe('0余人次');
    expect(partsText(count.at(0.5))).toBe('1000余人次');
  });

  it('keeps the final magnitude on every frame', () => {
    const count = countUpOf({ value: 50000, unit: '元', kind: 'money' });
    expect(partsText(count.at(0.1))).toBe('0.5万元');
    expect(partsText(count.at(0.74))).toBe('3.7万元');
    expect(partsText(count.at(1))).toBe('5万元');
    expect(count.widest.map(partsText)).toEqual(['5万元', '5.0万元']);
  });

  it('counts things in whole numbers', () => {
    const count = countUpOf({ value: 2, unit: '项' });
    expect(partsText(count.at(0.6))).toBe('1项');
    expect(count.widest).toHaveLength(1);
  });

  it('keeps the decimals of a decimal figure while counting', () => {
    const count = countUpOf({ value: 95.5, kind: 'percent' });
    expect(partsText(count.at(0.5))).toBe('47.8%');
  });

  it('counts down to a negative figure', () => {
    const count = countUpOf({ value: -12, unit: '%' });
    expect(partsText(count.at(0.5))).toBe('-6%');
    expect(partsText(count.at(0))).toBe('0%');
  });
});
