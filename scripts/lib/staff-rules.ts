// The staff checker's rules beyond the schema: media files, glyphs, dates, text that will not fit.
import type { ContentSet } from '../../src/content/schema.ts';
import type { ContentTexts } from '../../src/content/validate.ts';
import type { Problem } from '../../src/content/problems.ts';

export async function staffRules(_folder: string, _content: ContentSet, _texts: ContentTexts, _now: Date): Promise<Problem[]> {
  return [];
}
