import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import * as v from 'valibot';
import { AchievementsSchema, CONTENT_FILES, EventsSchema, SiteSchema, type ContentKey } from '../../src/content/schema.ts';
import { describe, emptyValue, formTree, hintParts, inputPointers, type Shape } from '../../src/editor/form-model.ts';
import { getAt, pointerOfPath, setAt } from '../../src/editor/pointer.ts';

const entry = (shape: Shape, key: string): Shape => {
  if (shape.kind !== 'object') throw new Error(`not an object: ${shape.kind}`);
  return shape.entries.find(([k]) => k === key)![1];
};

group('describe (a form from the valibot schema)', () => {
  it('reads kinds, limits, formats, defaults and the bilingual hints', () => {
    const site = describe(SiteSchema);
    expect(site.kind).toBe('object');
    expect(entry(site, 'name')).toMatchObject({ kind: 'text', maxLength: 40, optional: false, hint: '文化宫名称 / name of the palace' });
    expect(entry(site, 'idleTimeoutSeconds')).toMatchObject({ kind: 'number', integer: true, min: 30, max: 600, optional: true, default: 30 });
    expect(entry(site, 'night')).toMatchObject({ kind: 'choice', options: ['dim', 'black'], default: 'dim' });
    expect(entry(site, 'openingHours')).toMatchObject({ kind: 'object', widget: 'weekly-hours' });
    expect(entry(entry(site, 'openingHours'), 'monday')).toMatchObject({ kind: 'list', item: { kind: 'text', format: 'period' } });
    expect(entry(site, 'closedDates')).toMatchObject({ kind: 'list', item: { kind: 'text', format: 'date' } });
    expect(entry(site, 'logo')).toMatchObject({ kind: 'text', format: 'media', optional: true });
    // $schema is for text editors, not a field for staff.
    expect((site as Shape & { kind: 'object' }).entries.map(([k]) => k)).not.toContain('$schema');
    expect(hintParts(entry(site, 'name'), 'name')).toEqual(['文化宫名称', 'name of the palace']);
  });

  it('gives figures, the chart-kind picker and the recurrence variant', () => {
    const sections = entry(describe(AchievementsSchema), 'sections');
    if (sections.kind !== 'list') throw new Error('sections');
    expect(entry(sections.item, 'chart')).toMatchObject({ kind: 'choice', widget: 'chart-kind', default: 'auto' });
    const figures = entry(sections.item, 'figures');
    expect(figures).toMatchObject({ kind: 'list', minItems: 1, maxItems: 8 });
    if (figures.kind !== 'list') throw new Error('figures');
    expect(entry(figures.item, 'value')).toMatchObject({ kind: 'number', hint: '数值 / value' });
    const events = entry(describe(EventsSchema), 'events');
    if (events.kind !== 'list') throw new Error('events');
    const recurrence = entry(events.item, 'recurrence');
    expect(recurrence).toMatchObject({ kind: 'variant', key: 'frequency', optional: true });
    if (recurrence.kind !== 'variant') throw new Error('recurrence');
    expect(recurrence.options.map((o) => o.tag)).toEqual(['weekly', 'monthly']);
    expect(entry(recurrence.options[0]!.shape, 'weekdays')).toMatchObject({ kind: 'list', widget: 'weekdays' });
    expect(entry(events.item, 'start')).toMatchObject({ kind: 'text', format: 'datetime' });
  });

  it('every file of the repository set is a form whose inputs point at every value it holds', () => {
    for (const key of Object.keys(CONTENT_FILES) as ContentKey[]) {
      const { file, schema } = CONTENT_FILES[key];
      const doc = JSON.parse(readFileSync(`content/${file}`, 'utf8')) as Record<string, unknown>;
      const pointers = inputPointers(formTree(describe(schema), doc));
      // Every scalar in the file has an input at its pointer (arrays of weekdays are one input).
      const scalars: string[] = [];
      const walk = (value: unknown, at: string) => {
        if (Array.isArray(value) && value.every((x) => typeof x === 'number') && at.endsWith('/weekdays')) scalars.push(at);
        else if (Array.isArray(value)) value.forEach((x, i) => walk(x, `${at}/${i}`));
        else if (value && typeof value === 'object') {
          for (const [k, x] of Object.entries(value)) if (k !== '$schema') walk(x, `${at}/${k}`);
        } else scalars.push(at);
      };
      walk(doc, '');
      expect(pointers.filter((p) => scalars.includes(p)).sort(), file).toEqual(scalars.sort());
      for (const p of scalars) expect(getAt(doc, p), `${file} ${p}`).not.toBeUndefined();
    }
  });

  it('a new item starts with its required parts, and passes or fails the schema for the right reason', () => {
    const sections = entry(describe(AchievementsSchema), 'sections') as Shape & { kind: 'list' };
    const figures = entry(sections.item, 'figures') as Shape & { kind: 'list' };
    expect(emptyValue(figures.item)).toEqual({ label: '', value: 0 });
    const events = entry(describe(EventsSchema), 'events') as Shape & { kind: 'list' };
    const recurrence = entry(events.item, 'recurrence');
    // A weekly rule needs a weekday: Monday, until staff pick.
    expect(emptyValue(recurrence)).toEqual({ frequency: 'weekly', weekdays: [1] });
    // A new empty site fails only where staff must still type something.
    const result = v.safeParse(SiteSchema, emptyValue(describe(SiteSchema)));
    expect(result.success).toBe(false);
    expect(result.issues!.map((i) => v.getDotPath(i))).toEqual(['name']);
  });
});

group('pointers', () => {
  it('turns problem paths into JSON Pointers and edits copies', () => {
    expect(pointerOfPath('sections[0].figures[2].value')).toBe('/sections/0/figures/2/value');
    expect(pointerOfPath('')).toBe('');
    const doc = { a: [{ b: 1 }, { b: 2 }] };
    const next = setAt(doc, '/a/1/b', 3);
    expect(next).toEqual({ a: [{ b: 1 }, { b: 3 }] });
    expect(doc.a[1]!.b).toBe(2);
    expect(setAt({ x: 1, y: 2 }, '/y', undefined)).toEqual({ x: 1 });
  });
});
