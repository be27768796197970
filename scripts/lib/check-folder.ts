// Checks one content folder on disk: the kiosk's own validation plus the staff checker's rules.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_FILES, type ContentKey } from '../../src/content/schema.ts';
import { validateContent, type ContentTexts } from '../../src/content/validate.ts';
import type { Problem } from '../../src/content/problems.ts';
import { staffRules } from './staff-rules.ts';

export async function readContentTexts(folder: string): Promise<ContentTexts> {
  const texts = {} as ContentTexts;
  for (const key of Object.keys(CONTENT_FILES) as ContentKey[]) {
    try {
      texts[key] = await readFile(join(folder, CONTENT_FILES[key].file), 'utf8');
    } catch {
      texts[key] = null;
    }
  }
  return texts;
}

export async function checkContentFolder(folder: string, options: { now: Date }): Promise<{ problems: Problem[]; summary: string }> {
  const texts = await readContentTexts(folder);
  const { content, problems } = validateContent(texts);
  if (!content) return { problems, summary: '内容无效 / content invalid' };
  problems.push(...(await staffRules(folder, content, texts, options.now)));
  const summary = `${content.playlist.scenes.length} 个场景 scenes, ${content.achievements.sections.length} 个成就板块 sections, ${content.workers.workers.length} 位人物 workers, ${content.events.events.length} 个活动 events, ${content.notices.notices.length} 条通知 notices`;
  return { problems, summary };
}
