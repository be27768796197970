// Lengths past which a text is shortened on screen: a warning, stated once for kiosk and checker
// (the schema's own maximum lengths are the hard limits).
import { problem, type Problem } from '../problems.ts';

export const LAYOUT_LIMITS: { file: string; pattern: RegExp; max: number; zh: string }[] = [
  { file: 'achievements.json', pattern: /^sections\[\d+\]\.figures\[\d+\]\.label$/, max: 12, zh: '数据名称' },
  { file: 'achievements.json', pattern: /^sections\[\d+\]\.title$/, max: 14, zh: '板块标题' },
  { file: 'playlist.json', pattern: /^scenes\[\d+\]\.title$/, max: 16, zh: '场景标题' },
  { file: 'events.json', pattern: /^events\[\d+\]\.title$/, max: 20, zh: '活动名称' },
  { file: 'events.json', pattern: /^events\[\d+\]\.description$/, max: 120, zh: '活动简介' },
  { file: 'workers.json', pattern: /^workers\[\d+\]\.quote$/, max: 40, zh: '人物语录' },
  { file: 'notices.json', pattern: /^notices\[\d+\]\.text$/, max: 60, zh: '通知' },
];

/** The warning for one text field, or null when it fits. */
export function textFitProblem(file: string, path: string, text: string): Problem | null {
  const limit = LAYOUT_LIMITS.find((l) => l.file === file && l.pattern.test(path));
  const length = [...text].length;
  if (!limit || length <= limit.max) return null;
  return problem('warning', file, path, `${limit.zh}有 ${length} 个字，超过 ${limit.max} 字会在屏幕上被缩短`, `${length} characters: more than ${limit.max} will be shortened on screen`);
}
