import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { EventsSchema, type KioskEvent } from '../../src/content/schema.ts';
import { parseInstant } from '../../src/kiosk/zoned.ts';
import { upcomingOccurrences, type UpcomingOccurrence } from '../../src/scenes/events/upcoming.ts';
import { cardFacts, opensDetail } from '../../src/scenes/events/card-facts.ts';

const TZ = 'Asia/Shanghai';

function occurrence(fields: Partial<Record<keyof KioskEvent, unknown>>): UpcomingOccurrence {
  const raw = { id: 'e', title: '劳动法讲座', category: 'training', start: '2026-11-24T14:30', end: '2026-11-24T16:00', location: '三楼报告厅', ...fields };
  const events = v.parse(EventsSchema, { events: [raw] }).events;
  return upcomingOccurrences(events, parseInstant('2026-11-23T10:00', TZ), TZ, 14)[0]!;
}

describe('cardFacts: what both event cards show besides the title', () => {
  it('a one-off with a registration link: its time, no rule, the link for the QR code', () => {
    expect(cardFacts(occurrence({ registration: ' https://example.cn/r/1 ' }), TZ)).toEqual({ when: '14:30–16:00', rule: '', link: 'https://example.cn/r/1', registrationText: null });
  });

  it('a repeating event registered by phone: the rule, the text, no link', () => {
    const facts = cardFacts(occurrence({ recurrence: { frequency: 'weekly', weekdays: [2, 4] }, registration: '电话报名 0571-12345678' }), TZ);
    expect(facts).toEqual({ when: '14:30–16:00', rule: '每周二、四', link: null, registrationText: '电话报名 0571-12345678' });
  });

  it('no registration: neither', () => {
    expect(cardFacts(occurrence({}), TZ)).toMatchObject({ link: null, registrationText: null });
  });
});

describe('opensDetail: a card a touch opens', () => {
  const key = (k: string) => ({ key: k }) as KeyboardEvent;
  const press = (button: number) => ({ button }) as PointerEvent;

  it('opens on a primary press, Enter or Space, and names the event for assistive technology', () => {
    const onopen = vi.fn();
    const o = occurrence({});
    const opens = opensDetail(o, onopen);
    expect(opens).toMatchObject({ role: 'button', tabindex: 0, 'aria-disabled': undefined, 'data-touch-opens': '' });
    expect(opens['aria-label']).toContain('劳动法讲座');
    opens.onpointerdown(press(0));
    opens.onpointerdown(press(2));
    opens.onkeydown(key('Enter'));
    opens.onkeydown(key(' '));
    opens.onkeydown(key('a'));
    expect(onopen.mock.calls).toEqual([[o], [o], [o]]);
  });

  it('is inert without a handler (a page fading out): not focusable, not let through by the frame', () => {
    const opens = opensDetail(occurrence({}), undefined);
    expect(opens).toMatchObject({ tabindex: -1, 'aria-disabled': 'true', 'aria-label': undefined, 'data-touch-opens': undefined });
    expect(() => opens.onpointerdown(press(0))).not.toThrow();
  });
});
