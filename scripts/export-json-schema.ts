// `npm run content:schema`: writes the JSON Schema files into content/schema/ and every example set.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../src/content/json-schema.ts';

const sets = ['content'];
if (existsSync('examples')) for (const name of await readdir('examples')) sets.push(join('examples', name));
for (const set of sets) {
  await mkdir(join(set, 'schema'), { recursive: true });
  for (const { name, text } of jsonSchemaFiles()) await writeFile(join(set, 'schema', name), text);
  console.log(`wrote ${set}/schema/*.schema.json`);
}
