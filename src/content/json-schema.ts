// JSON Schema for each content file, derived from schema.ts, for staff's editors (VS Code reads
// the "$schema" line of each file and offers completion, hints and red squiggles).
import { toJsonSchema } from '@valibot/to-json-schema';
import { CONTENT_FILES, type ContentKey } from './schema.ts';

/**
 * Checks valibot cannot export, said the JSON Schema way where editors can show them: a source
 * needs a date or a period.
 */
function addChecks(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addChecks);
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  const properties = object.properties as Record<string, unknown> | undefined;
  if (properties && 'date' in properties && 'period' in properties && 'title' in properties) {
    object.anyOf = [{ required: ['date'] }, { required: ['period'] }];
  }
  Object.values(object).forEach(addChecks);
}

export function jsonSchemaFor(key: ContentKey): Record<string, unknown> {
  const { file, schema } = CONTENT_FILES[key];
  const json = toJsonSchema(schema, { errorMode: 'ignore', target: 'draft-07' }) as Record<string, unknown>;
  addChecks(json);
  return { ...json, $id: `${file.replace('.json', '')}.schema.json`, title: `palace-kiosk ${file}` };
}

/** File name and text of every schema file, as written into a content set's schema/ folder. */
export function jsonSchemaFiles(): { name: string; text: string }[] {
  return (Object.keys(CONTENT_FILES) as ContentKey[]).map((key) => ({
    name: `${CONTENT_FILES[key].file.replace('.json', '')}.schema.json`,
    text: `${JSON.stringify(jsonSchemaFor(key), null, 2)}\n`,
  }));
}
