// The words a source uses to say a figure is not exact (约, 近, 余, 左右…): what each means and
// where Chinese writes it around the number. Pure data, shared by the schema and the formatting.

/** What a qualifier says about the true value. */
export type QualifierMeaning = 'about' | 'more' | 'less' | 'at-least' | 'at-most';

/**
 * Where the word goes: `before` the number (约3000人), right `after` the number and its 万/亿, before
 * the unit (3000余人, 11万余人次), or `end`, after the unit (3000人左右).
 */
export type QualifierPlace = 'before' | 'after' | 'end';

export interface QualifierInfo {
  meaning: QualifierMeaning;
  place: QualifierPlace;
  en: string;
}

export const QUALIFIERS = {
  约: { meaning: 'about', place: 'before', en: 'about' },
  近: { meaning: 'less', place: 'before', en: 'nearly' },
  将近: { meaning: 'less', place: 'before', en: 'nearly' },
  超过: { meaning: 'more', place: 'before', en: 'more than' },
  逾: { meaning: 'more', place: 'before', en: 'more than' },
  不到: { meaning: 'less', place: 'before', en: 'less than' },
  不足: { meaning: 'less', place: 'before', en: 'less than' },
  至少: { meaning: 'at-least', place: 'before', en: 'at least' },
  最多: { meaning: 'at-most', place: 'before', en: 'at most' },
  余: { meaning: 'more', place: 'after', en: 'more than' },
  多: { meaning: 'more', place: 'after', en: 'more than' },
  左右: { meaning: 'about', place: 'end', en: 'about' },
  上下: { meaning: 'about', place: 'end', en: 'about' },
  以上: { meaning: 'at-least', place: 'end', en: 'or more' },
  以下: { meaning: 'at-most', place: 'end', en: 'or less' },
} as const satisfies Record<string, QualifierInfo>;

export type QualifierWord = keyof typeof QUALIFIERS;
export const QUALIFIER_WORDS = Object.keys(QUALIFIERS) as QualifierWord[];

/** The legacy `more: true` is the source's 「余」. */
export const MORE_WORD: QualifierWord = '余';

/** The qualifier a figure carries: its own word, else 余 for the legacy `more: true`, else none. */
export function qualifierOf(figure: { qualifier?: QualifierWord | undefined; more?: boolean | undefined }): QualifierWord | null {
  if (figure.qualifier) return figure.qualifier;
  return figure.more ? MORE_WORD : null;
}
