import { describe, expect, it } from 'vitest';
import { editDistance, fieldNames, nearestName } from '../../src/content/field-names.ts';
import { validateFile } from '../../src/content/validate.ts';
import { CONTENT_FILES } from '../../src/content/schema.ts';
import { readFileSync } from 'node:fs';

describe('did you mean…? for misspelled fields', () => {
  it('measures slips of the keyboard', () => {
    expect(editDistance('vlaue', 'value')).toBe(1); // two letters swapped
    expect(editDistance('qualifer', 'qualifier')).toBe(1);
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });

  it('knows every field of a file, also inside lists and variants', () => {
    const names = fieldNames(CONTENT_FILES.achievements.schema);
    for (const key of ['sections', 'figures', 'value', 'unit', 'qualifier', 'source']) expect(names).toContain(key);
    expect(names).not.toContain('$schema');
  });

  it('suggests only a near name, never an unrelated one', () => {
    const names = fieldNames(CONTENT_FILES.achievements.schema);
    expect(nearestName('vlaue', names)).toBe('value');
    expect(nearestName('Qualifer', names)).toBe('qualifier');
    expect(nearestName('colour', names)).toBeNull();
  });

  it('names the intended field in the bilingual message of a real file', () => {
    const text = readFileSync('content/achievements.json', 'utf8').replace('"unit"', '"uint"');
    const { problems } = validateFile('achievements', text);
    const typo = problems.find((p) => p.path.endsWith('uint'));
    expect(typo?.zh).toContain('是不是「unit」');
    expect(typo?.en).toContain('did you mean "unit"?');
  });
});
