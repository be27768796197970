// Chinese number display for figures: the value as the source gave it (万/亿 only where no digit is
// lost), the source's qualifier (约, 余, 左右…) where Chinese writes it, units, percentages. Returns
// parts (qualifier, number, magnitude, unit) so a big number can style each one on its own.
import { QUALIFIERS, qualifierOf, type QualifierPlace, type QualifierWord } from './qualifiers.ts';

export type FigureKind = 'count' | 'money' | 'percent' | 'persons';

/** What formatting needs of a figure; `more`, `qualifier` and `kind` default as in the schema. */
export interface FigureLike {
  value: number;
  unit?: string | undefined;
  more?: boolean | undefined;
  qualifier?: QualifierWord | undefined;
  kind?: FigureKind | undefined;
}

export interface QualifierParts {
  word: QualifierWord;
  /** `inner`: between the digits and 万/亿, as in 「50余万元」 (the content wrote 50 万元). */
  place: QualifierPlace | 'inner';
  /** True on a count-up's interim frames: the word keeps its room but is not shown. */
  pending: boolean;
}

export interface NumberParts {
  /** '-' for negative values, else ''. */
  sign: string;
  /** Digits, with a decimal point where needed: 「1.2」. */
  number: string;
  /** 「万」, 「亿」, 「万亿」 or ''. */
  magnitude: string;
  /** The source's word for "about / more than / at most", or null for an exact figure. */
  qualifier: QualifierParts | null;
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
  qualifier?: QualifierWord | undefined;
  kind?: FigureKind | undefined;
}

const MAGNITUDES: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const MAGNITUDE_SHIFT: Record<string, number> = { 万: 4, 亿: 8, 万亿: 12 };
/** 1.25万 reads like a report; 1.5625万 does not, so such a value is written out in full. */
const MAX_SCALED_FRACTION_DIGITS = 2;
/** Below this many steps a count-up in 万/亿 only shows meaningless values (0万, 1万…). */
const MIN_COUNT_STEPS = 10;

// The value's exact shortest decimal, as JSON gave it: 15250 → "15250", 0.1 → "0.1" (never 1e-7).
const exact = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });
const fixedFormats = new Map<string, Intl.NumberFormat>();
function fixed(digits: number, trunc = false): Intl.NumberFormat {
  const key = `${digits}${trunc ? 't' : ''}`;
  let format = fixedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('zh-CN', {
      useGrouping: false,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // An interim frame never rounds up to (or past) the value it is counting to.
      ...(trunc ? { roundingMode: 'trunc' } : {}),
    } as Intl.NumberFormatOptions);
    fixedFormats.set(key, format);
  }
  return format;
}

/** Intl formats a decimal string exactly (no binary rounding on the way). */
const formatDecimal = (format: Intl.NumberFormat, decimal: string) => format.format(decimal as unknown as number);

/** Moves the decimal point of a plain decimal string `places` digits left (right when negative): ("15250", 4) → "1.525". */
export function shiftDecimal(decimal: string, places: number): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const digits = whole + fraction;
  let point = whole.length - places;
  let padded = digits;
  if (point <= 0) {
    padded = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    padded = digits + '0'.repeat(point - digits.length);
  }
  const head = padded.slice(0, point).replace(/^0+(?=\d)/, '');
  const tail = padded.slice(point).replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

const fractionLength = (decimal: string) => decimal.split('.')[1]?.length ?? 0;

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
      // Shifted as a decimal string, so 0.0005万元 is exactly 5元.
      const shifted = Number(shiftDecimal(exact.format(Math.abs(value)), -MAGNITUDE_SHIFT[prefix]!));
      return { value: value < 0 ? -shifted : shifted, unit: text.slice(prefix.length) };
    }
  }
  return { value, unit: text };
}

/**
 * The scale a final value is shown at, never losing a digit: 50000 → 万; 15000 → 万, 1 decimal;
 * 15250 → no magnitude (1.525万 would need three decimals); percentages never take 万.
 */
export function scaleOf(value: number, percent = false): NumberScale {
  const decimal = exact.format(Math.abs(value));
  if (!percent) {
    for (const magnitude of ['万亿', '亿', '万']) {
      if (Math.abs(value) < MAGNITUDES[magnitude]!) continue;
      const digits = fractionLength(shiftDecimal(decimal, MAGNITUDE_SHIFT[magnitude]!));
      if (digits <= MAX_SCALED_FRACTION_DIGITS) return { magnitude, divisor: MAGNITUDES[magnitude]!, fractionDigits: digits };
    }
  }
  return { magnitude: '', divisor: 1, fractionDigits: fractionLength(decimal) };
}

/** The magnitude a unit is written with: 「万元」 → 万, 「元」 → ''. */
function unitMagnitude(unit: string | undefined): string {
  const text = (unit ?? '').trim();
  return ['万亿', '亿', '万'].find((m) => text.startsWith(m) && text.length > m.length) ?? '';
}

/**
 * 余 and 多 follow the number the source counted in: 「112万余元」 (112万 and more; written 1120000 元)
 * but 「50余万元」 (50-odd 万; written 50 万元). So where the content wrote the magnitude in the
 * unit and the display keeps it, the word goes between the digits and 万.
 */
function qualifierParts(word: QualifierWord | null, pending: boolean, magnitude: string, writtenMagnitude: string): QualifierParts | null {
  if (!word) return null;
  const place = QUALIFIERS[word].place;
  return { word, place: place === 'after' && magnitude !== '' && magnitude === writtenMagnitude ? 'inner' : place, pending };
}

/** The exact final value at its scale. */
function finalParts(value: number, scale: NumberScale, unit: string, word: QualifierWord | null, written = ''): NumberParts {
  const shifted = shiftDecimal(exact.format(Math.abs(value)), MAGNITUDE_SHIFT[scale.magnitude] ?? 0);
  const number = formatDecimal(fixed(scale.fractionDigits), shifted);
  return { sign: value < 0 && value !== 0 ? '-' : '', number, magnitude: scale.magnitude, qualifier: qualifierParts(word, false, scale.magnitude, written), unit };
}

/** An interim frame of a count-up: the final scale, truncated, the qualifier held back. */
function interimParts(value: number, scale: NumberScale, unit: string, word: QualifierWord | null, written = ''): NumberParts {
  let number = fixed(scale.fractionDigits, true).format(Math.abs(value) / scale.divisor);
  // A frame that reads zero is just 「0」: no sign, no decimals of a precision it does not have.
  const isZero = Number(number) === 0;
  if (isZero) number = fixed(0).format(0);
  return { sign: value < 0 && !isZero ? '-' : '', number, magnitude: scale.magnitude, qualifier: qualifierParts(word, true, scale.magnitude, written), unit };
}

/** Formats a value for display: formatNumber(2000, { unit: '人次', qualifier: '余' }) → 2000 余 人次. */
export function formatNumber(value: number, options: NumberOptions = {}): NumberParts {
  const normal = normalizeUnit(value, options.unit, options.kind);
  const percent = isPercent({ unit: normal.unit, kind: options.kind });
  return finalParts(normal.value, scaleOf(normal.value, percent), normal.unit, qualifierOf(options), unitMagnitude(options.unit));
}

export function formatFigure(figure: FigureLike): NumberParts {
  return formatNumber(figure.value, figure);
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
 * A count-up from 0 to a figure: every frame uses the final value's magnitude and decimals, so the
 * text never jumps from 9999 to 1万 and never shows precision the source did not give (no 「0.3万」
 * on the way to 2万). A frame never shows the qualifier: 「余」 is true of the final value only. When
 * the final scale has too few steps to count (2万), the final value shows from the start.
 */
export interface CountUp {
  final: NumberParts;
  at(fraction: number): NumberParts;
  /** Texts at least as wide as any frame, to reserve the space once. */
  widest: NumberParts[];
  /** False when the figure shows its final value on every frame. */
  counts: boolean;
}

export function countUpOf(figure: FigureLike): CountUp {
  const normal = normalizeUnit(figure.value, figure.unit, figure.kind);
  const percent = isPercent({ unit: normal.unit, kind: figure.kind });
  const scale = scaleOf(normal.value, percent);
  const word = qualifierOf(figure);
  const written = unitMagnitude(figure.unit);
  const final = finalParts(normal.value, scale, normal.unit, word, written);
  const steps = (Math.abs(normal.value) / scale.divisor) * 10 ** scale.fractionDigits;
  const counts = !(scale.magnitude && steps < MIN_COUNT_STEPS);
  const at = (fraction: number): NumberParts => {
    if (fraction >= 1 || !counts) return final;
    return interimParts(normal.value * Math.max(0, fraction), scale, normal.unit, word, written);
  };
  return { final, at, widest: [final], counts };
}

/** The text a person reads, qualifier in place: 「约22万元」, 「2000余人次」, 「3000人左右」, 「95%」. */
export function partsText(parts: NumberParts): string {
  const q = parts.qualifier && !parts.qualifier.pending ? parts.qualifier : null;
  const at = (place: QualifierParts['place']) => (q?.place === place ? q.word : '');
  return `${at('before')}${parts.sign}${parts.number}${at('inner')}${parts.magnitude}${at('after')}${parts.unit}${at('end')}`;
}

export function figureText(figure: FigureLike): string {
  return partsText(formatFigure(figure));
}
