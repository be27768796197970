// Checks one content folder on disk: the kiosk's own validation plus the staff checker's rules.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_FILES, type ContentKey } from '../../src/content/schema.ts';
import { validateContent, type ContentTexts } from '../../src/content/validate.ts';
import type { Problem } from '../../src/content/problems.ts';
import { decodeContentBytes } from '../../src/content/rules/encoding.ts';
import { staffRules } from './staff-rules.ts';

/** The files' texts, decoded as the kiosk decodes them (UTF-8 only), and files that are not UTF-8. */
export async function readContentTexts(folder: string): Promise<{ texts: ContentTexts; fileProblems: Problem[] }> {
  const texts = {} as ContentTexts;
  const fileProblems: Problem[] = [];
  for (const key of Object.keys(CONTENT_FILES) as ContentKey[]) {
    const file = CONTENT_FILES[key].file;
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(folder, file));
    } catch {
      texts[key] = null;
      continue;
    }
    const decoded = decodeContentBytes(file, bytes);
    texts[key] = decoded.text;
    if (!decoded.ok) fileProblems.push(decoded.problem);
  }
  return { texts, fileProblems };
}

export async function checkContentFolder(folder: string, options: { now: Date }): Promise<{ problems: Problem[]; summary: string }> {
  const { texts, fileProblems } = await readContentTexts(folder);
  const { content, problems } = validateContent(texts, fileProblems);
  if (!content) return { problems, summary: '内容无效 / content invalid' };
  problems.push(...(await staffRules(folder, content, options.now)));
  const summary = `${content.playlist.scenes.length} 个场景 scenes, ${content.achievements.sections.length} 个成就板块 sections, ${content.workers.workers.length} 位人物 workers, ${content.events.events.length} 个活动 events, ${content.notices.notices.length} 条通知 notices`;
  return { problems, summary };
}
