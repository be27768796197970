// site.json's visitor timing and reach: defaults, and the bilingual refusal of values too short.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SiteSchema } from '../../src/content/schema.ts';

const week = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
const site = (fields: object) => v.safeParse(SiteSchema, { name: '测试', openingHours: week, ...fields });

describe('site.json timing and reach', () => {
  it('gives a visitor 30 s, then a 20 s countdown, and keeps controls in the lower 0.43 by default', () => {
    const parsed = site({});
    expect(parsed.success && parsed.output).toMatchObject({ idleTimeoutSeconds: 30, countdownSeconds: 20, reach: { maxControlHeightRatio: 0.43 } });
  });

  it.each([
    ['idleTimeoutSeconds', 29, '至少 30 秒'],
    ['countdownSeconds', 19, '至少 20 秒'],
  ])('refuses %s = %d in Chinese and English', (field, value, zh) => {
    const parsed = site({ [field]: value });
    expect(parsed.success).toBe(false);
    const message = parsed.issues?.[0]?.message ?? '';
    expect(message).toContain(zh);
    expect(message).toMatch(/at least \d+ s/);
  });

  it('refuses a reach that leaves no room for controls', () => {
    expect(site({ reach: { maxControlHeightRatio: 0.1 } }).success).toBe(false);
    expect(site({ reach: { maxControlHeightRatio: 0.6 } }).success).toBe(true);
  });
});
