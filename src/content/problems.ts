// What is wrong with a content set, said for people: file, field, what, in Chinese and English.
import type * as v from 'valibot';
import { nearestName } from './field-names.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** File inside the content set, e.g. "events.json". */
  file: string;
  /** Path of the field, e.g. "events[3].start"; empty for the whole file. */
  path: string;
  zh: string;
  en: string;
}

export function problem(severity: Severity, file: string, path: string, zh: string, en: string): Problem {
  return { severity, file, path, zh, en };
}

export function formatProblem(p: Problem): string {
  const where = p.path ? `${p.file} › ${p.path}` : p.file;
  const mark = p.severity === 'error' ? '错误 error' : '提醒 warning';
  return `[${mark}] ${where}: ${p.zh} / ${p.en}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** "events[3].start" from a valibot issue path. */
export function pathText(path: readonly { key: unknown }[] | undefined): string {
  if (!path) return '';
  let out = '';
  for (const item of path) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文字（加引号）', 'text (in quotes)'],
  number: ['数字（不加引号）', 'a number (no quotes)'],
  boolean: ['true 或 false', 'true or false'],
  array: ['列表 [ ... ]', 'a list [ ... ]'],
  Array: ['列表 [ ... ]', 'a list [ ... ]'],
  Object: ['对象 { ... }', 'an object { ... }'],
  object: ['对象 { ... }', 'an object { ... }'],
  undefined: ['（缺少）', '(missing)'],
  null: ['null', 'null'],
};

function typeName(expected: string | null): [string, string] {
  if (!expected) return ['?', '?'];
  return TYPE_NAMES[expected] ?? [expected, expected];
}

function shown(value: unknown): string {
  if (value === undefined) return '（缺少 missing）';
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 40 ? `${json.slice(0, 37)}…` : json;
}

/** Turns one valibot issue into a message staff can act on; `known` are the file's field names. */
export function describeIssue(file: string, issue: v.BaseIssue<unknown>, known: Iterable<string> = []): Problem {
  const path = pathText(issue.path);
  const received = issue.input;
  // Messages we wrote ourselves in the schema are already bilingual: "中文 / English".
  const own = issue.message.includes(' / ') ? issue.message.split(' / ') : null;

  if (issue.kind === 'schema' && (issue.type === 'strict_object' || issue.type === 'object') && issue.expected === 'never') {
    const key = path.split('.').pop() ?? path;
    const meant = nearestName(key, known);
    if (meant) return problem('error', file, path, `不认识的字段「${key}」：是不是「${meant}」？请改正`, `unknown field "${key}": did you mean "${meant}"?`);
    return problem('error', file, path, `多了不认识的字段「${key}」（拼写错误？请删除或改正）`, `unknown field "${key}" (a typo? remove or correct it)`);
  }
  if (issue.kind === 'schema' && received === undefined) {
    return problem('error', file, path, '缺少这个必填字段', 'this required field is missing');
  }
  if (own && own.length >= 2) {
    return problem('error', file, path, `${own[0]}（现为 ${shown(received)}）`, `${own.slice(1).join(' / ')} (found ${shown(received)})`);
  }
  if (issue.kind === 'schema' && (issue.type === 'picklist' || issue.type === 'literal' || issue.type === 'variant')) {
    return problem('error', file, path, `不是允许的值，应为 ${issue.expected}（现为 ${shown(received)}）`, `not an allowed value: expected ${issue.expected}, found ${shown(received)}`);
  }
  if (issue.kind === 'schema') {
    const [zh, en] = typeName(issue.expected);
    const [rzh, ren] = typeName(Array.isArray(received) ? 'array' : received === null ? 'null' : typeof received);
    return problem('error', file, path, `应为${zh}，现为${rzh}：${shown(received)}`, `expected ${en}, found ${ren}: ${shown(received)}`);
  }
  const limit = issue.requirement !== undefined ? String(issue.requirement) : '';
  switch (issue.type) {
    case 'min_length':
      return problem('error', file, path, `太短，至少 ${limit} 项/字`, `too short: at least ${limit}`);
    case 'max_length':
      return problem('error', file, path, `太长，最多 ${limit} 项/字`, `too long: at most ${limit}`);
    case 'min_value':
      return problem('error', file, path, `太小，至少 ${limit}（现为 ${shown(received)}）`, `too small: at least ${limit} (found ${shown(received)})`);
    case 'max_value':
      return problem('error', file, path, `太大，最多 ${limit}（现为 ${shown(received)}）`, `too large: at most ${limit} (found ${shown(received)})`);
    case 'integer':
      return problem('error', file, path, `应为整数（现为 ${shown(received)}）`, `must be a whole number (found ${shown(received)})`);
    default:
      return problem('error', file, path, `不符合要求：${issue.message}`, `invalid: ${issue.message}`);
  }
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Parses JSON, or says where and why it is broken. */
export function parseJson(file: string, text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors on Windows add a BOM
  if (body.trim() === '') {
    return { ok: false, problem: problem('error', file, '', '文件是空的', 'the file is empty') };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    const truncated = /end of (JSON )?(data|input)|Unterminated/i.test(message);
    const where = lc
      ? { line: Number(lc[1]), column: Number(lc[2]) }
      : lineColumn(body, pos ? Number(pos[1]) : body.length);
    const zh = truncated
      ? `第 ${where.line} 行第 ${where.column} 列：文件不完整（被截断？缺少 ] 或 }）`
      : `第 ${where.line} 行第 ${where.column} 列：JSON 格式错误（常见原因：多余或缺少逗号、引号不是英文 "）`;
    const en = truncated
      ? `line ${where.line}, column ${where.column}: the file ends too early (truncated? a missing ] or })`
      : `line ${where.line}, column ${where.column}: not valid JSON (often a missing or extra comma, or curly quotes instead of ")`;
    return { ok: false, problem: problem('error', file, '', zh, en) };
  }
}
