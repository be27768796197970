import { describe, expect, it } from 'vitest';
import { EventsSchema, SiteSchema } from '../../src/content/schema.ts';
import { describe as shapeOf, type Shape } from '../../src/editor/form-model.ts';

const entry = (shape: Shape, key: string): Shape => {
  if (shape.kind !== 'object') throw new Error(`${key}: not an object`);
  return shape.entries.find(([k]) => k === key)![1];
};

describe('the schema picks the calendar and the recurrence widgets', () => {
  it('closed dates and an event rule\'s exceptions are picked on a calendar; a rule lists its dates', () => {
    expect(entry(shapeOf(SiteSchema), 'closedDates')).toMatchObject({ kind: 'list', widget: 'dates' });
    const events = entry(shapeOf(EventsSchema), 'events');
    if (events.kind !== 'list') throw new Error('events');
    const recurrence = entry(events.item, 'recurrence');
    expect(recurrence).toMatchObject({ kind: 'variant', widget: 'recurrence' });
    if (recurrence.kind !== 'variant') throw new Error('recurrence');
    for (const option of recurrence.options) expect(entry(option.shape, 'except')).toMatchObject({ kind: 'list', widget: 'dates' });
  });
});
