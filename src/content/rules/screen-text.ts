// Rules over every text a content set puts on screen: glyphs the font has. (Whether a text fits
// is not guessed from its length: `content:check --render` and the kiosk's status view measure it.)
import { CONTENT_FILES, type ContentKey, type ContentSet } from '../schema.ts';
import type { Problem } from '../problems.ts';
import { glyphProblem } from './glyphs.ts';

export interface TextField {
  file: string;
  /** Field path as the checker prints it, e.g. "events[3].title". */
  path: string;
  text: string;
}

/** Every string in a value, with its path ($schema lines are for editors, not the screen). */
export function textFields(file: string, value: unknown, path = '', out: TextField[] = []): TextField[] {
  if (typeof value === 'string') out.push({ file, path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => textFields(file, item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== '$schema') textFields(file, item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

export function screenTextProblems(content: ContentSet): Problem[] {
  const out: Problem[] = [];
  for (const key of Object.keys(CONTENT_FILES) as ContentKey[]) {
    for (const field of textFields(CONTENT_FILES[key].file, content[key])) {
      const glyphs = glyphProblem(field.file, field.path, field.text);
      if (glyphs) out.push(glyphs);
    }
  }
  return out;
}
