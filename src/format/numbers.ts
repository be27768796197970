// Chinese number display for figures: 万/亿 magnitudes, the 「余」 mark, units, percentages.
// Returns parts (number, magnitude, 余, unit) so a big number can style each one on its own.
import type { Figure } from '../content/schema.ts';

export type FigureKind = NonNullable<Figure['kind']>;

/** What formatting needs of a figure; `more` and `kind` default as in the schema. */
export interface FigureLike {
  value: number;
  unit?: string | undefined;
  more?: boolean | undefined;
  kind?: FigureKind | undefined;
}

export interface NumberParts {
  /** '-' for negative values, else ''. */
  sign: string;
  /** Digits, with a decimal point where needed: 「1.2」. */
  number: string;
  /** 「万」, 「亿」, 「万亿」 or ''. */
  magnitude: string;
  /** True when the source said 「余」 (more than). */
  more: boolean;
  /** 「人次」, 「元」, 「%」, or ''. */
  unit: string;
}

/** How a value is scaled for display: shared by a final value and every frame of its count-up. */
export interface NumberScale {
  magnitude: string;
  divisor: number;
  fractionDigits: number;
}

export interface NumberOptions {
  unit?: string | undefined;
  more?: boolean | undefined;
  kind?: FigureKind | undefined;
}

const MAGNITUDES: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const MAX_FRACTION_DIGITS = 2;
export const MORE_MARK = '余';

// The compact zh-CN notation is what people read in reports: 5万, 1.2亿, 2000 (no grouping below 万).
// morePrecision keeps 1.23万 rather than rounding to two significant digits, and keeps 0.005.
const compact = new Intl.NumberFormat('zh-CN', {
  notation: 'compact',
  maximumFractionDigits: MAX_FRACTION_DIGITS,
  maximumSignificantDigits: 2,
  roundingPriority: 'morePrecision',
});
const plain = new Intl.NumberFormat('zh-CN', {
  useGrouping: false,
  maximumFractionDigits: MAX_FRACTION_DIGITS,
  maximumSignificantDigits: 2,
  roundingPriority: 'morePrecision',
});
const fixedFormats = new Map<number, Intl.NumberFormat>();
function fixed(digits: number): Intl.NumberFormat {
  let format = fixedFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('zh-CN', { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits });
    fixedFormats.set(digits, format);
  }
  return format;
}

export function isPercent(options: { unit?: string | undefined; kind?: FigureKind | undefined }): boolean {
  return options.kind === 'percent' || options.unit === '%' || options.unit === '％';
}

/**
 * A unit that already carries a magnitude (「万元」, 「亿元」, 「万人次」) is folded into the value,
 * so 15000 万元 reads 1.5亿元 and figures in 元 and 万元 compare on one scale.
 */
export function normalizeUnit(value: number, unit: string | undefined, kind?: FigureKind): { value: number; unit: string } {
  let text = (unit ?? '').trim();
  if (!text && kind === 'money') text = '元';
  if (!text && kind === 'percent') text = '%';
  if (text === '％') text = '%';
  for (const prefix of ['万亿', '亿', '万']) {
    if (text.startsWith(prefix) && text.length > prefix.length) {
      return { value: value * MAGNITUDES[prefix]!, unit: text.slice(prefix.length) };
    }
  }
  return { value, unit: text };
}

/** The scale a final value is shown at: 50000 → 万, 0 decimals; 15000 → 万, 1 decimal. */
export function scaleOf(value: number, percent = false): NumberScale {
  const parts = (percent ? plain : compact).formatToParts(value);
  const magnitude = parts.find((p) => p.type === 'compact')?.value ?? '';
  const fraction = parts.find((p) => p.type === 'fraction')?.value ?? '';
  return { magnitude, divisor: MAGNITUDES[magnitude] ?? 1, fractionDigits: fraction.length };
}

function partsAt(value: number, scale: NumberScale, unit: string, more: boolean): NumberParts {
  const scaled = Math.abs(value) / scale.divisor;
  let number = fixed(scale.fractionDigits).format(scaled);
  // Rounding can make a tiny negative look like 「-0」; a sign on zero is noise.
  const isZero = Number(number) === 0;
  if (isZero) number = fixed(scale.fractionDigits).format(0);
  return { sign: value < 0 && !isZero ? '-' : '', number, magnitude: scale.magnitude, more, unit };
}

/** Formats a value for display: formatNumber(2000, { unit: '人次', more: true }) → 2000 余 人次. */
export function formatNumber(value: number, options: NumberOptions = {}): NumberParts {
  const normal = normalizeUnit(value, options.unit, options.kind);
  const percent = isPercent({ unit: normal.unit, kind: options.kind });
  return partsAt(normal.value, scaleOf(normal.value, percent), normal.unit, options.more ?? false);
}

export function formatFigure(figure: FigureLike): NumberParts {
  return formatNumber(figure.value, { unit: figure.unit, more: figure.more, kind: figure.kind });
}

/** The figure's value in its base unit (元, not 万元), for comparing figures on one scale. */
export function baseValue(figure: FigureLike): number {
  return normalizeUnit(figure.value, figure.unit, figure.kind).value;
}

/** The figure's unit with any magnitude folded out (万元 → 元). */
export function baseUnit(figure: FigureLike): string {
  return normalizeUnit(figure.value, figure.unit, figure.kind).unit;
}

/**
 * A count-up from 0 to a figure: every frame uses the final value's magnitude, so the text never
 * jumps from 9999 to 1万. Scaled values (万, 亿) get one more decimal while counting so 0→5万 moves
 * smoothly; counts of things stay whole (no 「1.3项」).
 */
export interface CountUp {
  final: NumberParts;
  at(fraction: number): NumberParts;
  /** Texts at least as wide as any frame, to reserve the space once. */
  widest: NumberParts[];
}

export function countUpOf(figure: FigureLike): CountUp {
  const normal = normalizeUnit(figure.value, figure.unit, figure.kind);
  const percent = isPercent({ unit: normal.unit, kind: figure.kind });
  const scale = scaleOf(normal.value, percent);
  const more = figure.more ?? false;
  const final = partsAt(normal.value, scale, normal.unit, more);
  const steps = Math.abs(normal.value) / scale.divisor;
  const moving: NumberScale =
    scale.magnitude && steps * 10 ** scale.fractionDigits < 20 && scale.fractionDigits < MAX_FRACTION_DIGITS
      ? { ...scale, fractionDigits: scale.fractionDigits + 1 }
      : scale;
  const at = (fraction: number): NumberParts => {
    if (fraction >= 1) return final;
    return partsAt(normal.value * Math.max(0, fraction), moving, normal.unit, more);
  };
  const widest = moving === scale ? [final] : [final, partsAt(normal.value, moving, normal.unit, more)];
  return { final, at, widest };
}

/** The parts joined as one string: 「2000余人次」, 「1.2亿元」, 「95%」. */
export function partsText(parts: NumberParts): string {
  return `${parts.sign}${parts.number}${parts.magnitude}${parts.more ? MORE_MARK : ''}${parts.unit}`;
}

export function figureText(figure: FigureLike): string {
  return partsText(formatFigure(figure));
}
