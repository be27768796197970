// Small text helpers for on-screen Chinese: dates as people write them.
import { DATE_PATTERN } from '../content/schema.ts';

/** 「2024-01-15」 → 「2024年1月15日」; anything that is not such a date comes back unchanged. */
export function chineseDate(iso: string): string {
  if (!DATE_PATTERN.test(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日`;
}
