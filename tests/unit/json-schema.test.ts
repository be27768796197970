import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../../src/content/json-schema.ts';

const sets = ['content', ...(existsSync('examples') ? readdirSync('examples').map((d) => join('examples', d)) : [])];

describe('JSON Schema files for editors', () => {
  it.each(sets)('%s/schema/ matches src/content/schema.ts (run npm run content:schema after a schema change)', (set) => {
    for (const { name, text } of jsonSchemaFiles()) {
      expect(readFileSync(join(set, 'schema', name), 'utf8'), `${set}/schema/${name}`).toBe(text);
    }
  });

  it('rejects unknown fields and carries bilingual hints', () => {
    const events = JSON.parse(jsonSchemaFiles().find((f) => f.name === 'events.schema.json')!.text);
    const item = events.properties.events.items;
    expect(item.additionalProperties).toBe(false);
    expect(item.properties.title.description).toBe('活动名称 / event title');
    expect(item.required).toEqual(expect.arrayContaining(['id', 'title', 'category', 'start', 'end', 'location']));
  });

  it('is referenced by the "$schema" line of every content file', () => {
    for (const set of sets) {
      for (const { name } of jsonSchemaFiles()) {
        const file = join(set, name.replace('.schema', ''));
        if (!existsSync(file)) continue;
        expect(JSON.parse(readFileSync(file, 'utf8')).$schema, file).toBe(`./schema/${name}`);
      }
    }
  });
});
