// JSON Schema for each content file, derived from schema.ts, for staff's editors (VS Code reads
// the "$schema" line of each file and offers completion, hints and red squiggles).
import { toJsonSchema } from '@valibot/to-json-schema';
import { CONTENT_FILES, type ContentKey } from './schema.ts';

export function jsonSchemaFor(key: ContentKey): Record<string, unknown> {
  const { file, schema } = CONTENT_FILES[key];
  const json = toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-07' }) as Record<string, unknown>;
  return { ...json, $id: `${file.replace('.json', '')}.schema.json`, title: `palace-kiosk ${file}` };
}

/** File name and text of every schema file, as written into a content set's schema/ folder. */
export function jsonSchemaFiles(): { name: string; text: string }[] {
  return (Object.keys(CONTENT_FILES) as ContentKey[]).map((key) => ({
    name: `${CONTENT_FILES[key].file.replace('.json', '')}.schema.json`,
    text: `${JSON.stringify(jsonSchemaFor(key), null, 2)}\n`,
  }));
}
