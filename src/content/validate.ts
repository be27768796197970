// Validates the texts of a content set's files into a ContentSet, collecting every problem.
// Pure: used by the kiosk in the browser and by `npm run content:check` in Node, so every rule
// that protects the screen (schema, cross-file references, glyphs) runs in both.
import * as v from 'valibot';
import { CONTENT_FILES, type ContentKey, type ContentSet } from './schema.ts';
import { contentFromMs, contentUntilMs } from '../kiosk/zoned.ts';
import { describeIssue, hasErrors, parseJson, problem, type Problem } from './problems.ts';
import { screenTextProblems } from './rules/screen-text.ts';
import { fieldNames } from './field-names.ts';

/** The text of each file, or null when the file does not exist. */
export type ContentTexts = Record<ContentKey, string | null>;

export interface ValidationResult {
  content: ContentSet | null;
  problems: Problem[];
}

const EMPTY: Omit<ContentSet, 'site' | 'playlist'> = {
  achievements: { year: 0, sections: [] },
  workers: { workers: [] },
  events: { events: [] },
  notices: { notices: [] },
};

export function validateFile<K extends ContentKey>(key: K, text: string): { value: ContentSet[K] | null; problems: Problem[] } {
  const { file, schema } = CONTENT_FILES[key];
  const parsed = parseJson(file, text);
  if (!parsed.ok) return { value: null, problems: [parsed.problem] };
  const result = v.safeParse(schema, parsed.value, { abortPipeEarly: true });
  if (result.success) return { value: result.output as ContentSet[K], problems: [] };
  const known = fieldNames(schema);
  return { value: null, problems: result.issues.map((issue) => describeIssue(file, issue, known)) };
}

export interface ValidateOptions {
  /**
   * Keep a set whose only errors are in its texts (characters the font cannot draw), so the layout
   * sheet can still lay it out for `content:check --render`. The kiosk never passes it.
   */
  draft?: boolean;
}

/**
 * `fileProblems` are faults already found with whole files before they became text (not UTF-8):
 * such a file is not parsed, its problem stands for it.
 */
export function validateContent(texts: ContentTexts, fileProblems: readonly Problem[] = [], options: ValidateOptions = {}): ValidationResult {
  const problems: Problem[] = [...fileProblems];
  const parts: Partial<ContentSet> = {};
  const refused = new Set(fileProblems.filter((p) => p.severity === 'error').map((p) => p.file));
  for (const key of Object.keys(CONTENT_FILES) as ContentKey[]) {
    const { file, required } = CONTENT_FILES[key];
    if (refused.has(file)) continue;
    const text = texts[key];
    if (text === null) {
      if (required) problems.push(problem('error', file, '', '缺少这个文件', 'this file is missing'));
      else (parts as Record<string, unknown>)[key] = EMPTY[key as keyof typeof EMPTY];
      continue;
    }
    const { value, problems: fileProblems } = validateFile(key, text);
    problems.push(...fileProblems);
    if (value) (parts as Record<string, unknown>)[key] = value;
  }
  if (hasErrors(problems) || !parts.site || !parts.playlist) return { content: null, problems };
  const content = parts as ContentSet;
  problems.push(...crossCheck(content));
  const referencesHold = !hasErrors(problems);
  problems.push(...screenTextProblems(content));
  return { content: hasErrors(problems) && !(options.draft && referencesHold) ? null : content, problems };
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return twice;
}

/** Rules that span files or entries: unique ids, playlist references. */
export function crossCheck(content: ContentSet): Problem[] {
  const out: Problem[] = [];
  const dupCheck = (file: string, list: string, ids: string[]) => {
    for (const id of duplicates(ids)) {
      const index = ids.lastIndexOf(id);
      out.push(problem('error', file, `${list}[${index}].id`, `编号「${id}」重复了，每个编号只能用一次`, `id "${id}" is used twice; ids must be unique`));
    }
  };
  dupCheck('playlist.json', 'scenes', content.playlist.scenes.map((s) => s.id));
  dupCheck('workers.json', 'workers', content.workers.workers.map((w) => w.id));
  dupCheck('events.json', 'events', content.events.events.map((e) => e.id));
  dupCheck('notices.json', 'notices', content.notices.notices.map((n) => n.id));
  dupCheck('achievements.json', 'sections', content.achievements.sections.map((s) => s.id));

  const sectionIds = new Set(content.achievements.sections.map((s) => s.id));
  content.playlist.scenes.forEach((scene, i) => {
    const at = `scenes[${i}]`;
    if (scene.kind === 'achievements') {
      if (!scene.section) {
        out.push(problem('error', 'playlist.json', `${at}.section`, '成就场景要写 section（achievements.json 里的板块编号）', 'an achievements scene needs section (a section id from achievements.json)'));
      } else if (!sectionIds.has(scene.section)) {
        out.push(problem('error', 'playlist.json', `${at}.section`, `achievements.json 里没有板块「${scene.section}」`, `achievements.json has no section "${scene.section}"`));
      }
    } else if (scene.section) {
      out.push(problem('warning', 'playlist.json', `${at}.section`, 'section 只用于成就场景，这里会被忽略', 'section is only used by achievements scenes; ignored here'));
    }
    if (scene.kind !== 'events') {
      for (const field of ['categories', 'eventsFrom', 'eventsUntil'] as const) {
        if (scene[field] !== undefined) {
          out.push(problem('warning', 'playlist.json', `${at}.${field}`, `${field} 只用于活动场景，这里会被忽略`, `${field} is only used by events scenes; ignored here`));
        }
      }
    } else if (scene.eventsFrom && scene.eventsUntil && scene.eventsUntil < scene.eventsFrom) {
      out.push(problem('error', 'playlist.json', `${at}.eventsUntil`, 'eventsUntil 早于 eventsFrom，这个场景不会列出任何活动', 'eventsUntil is before eventsFrom; the scene would list no events'));
    }
    if (scene.kind === 'gallery' && content.workers.workers.length === 0) {
      out.push(problem('error', 'playlist.json', at, '劳模场景需要 workers.json 里至少一位人物', 'a gallery scene needs at least one person in workers.json'));
    }
    const tz = content.site.timezone;
    if (scene.validFrom && scene.validUntil && contentUntilMs(scene.validUntil, tz) <= contentFromMs(scene.validFrom, tz)) {
      out.push(problem('error', 'playlist.json', `${at}.validUntil`, '停止时间早于开始时间', 'validUntil is before validFrom'));
    }
  });
  return out;
}
