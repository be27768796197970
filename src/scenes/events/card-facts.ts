// What every event card shows besides its title (when, the repeat rule, how to register) and how
// a card opens its detail: one home for the compact card and the feature card (pure).
import type { UpcomingOccurrence } from './upcoming.ts';
import { isLink, ruleText, whenText } from './format.ts';
import { EVENTS_UI } from './strings.ts';

export interface CardFacts {
  /** 「14:30–16:00」, 「全天」, … in the site's zone. */
  when: string;
  /** 「每周二、四」 for a repeating event, else ''. */
  rule: string;
  /** The registration link (drawn as a QR code), or null. */
  link: string | null;
  /** Registration that is not a link (「电话报名 …」), or null. */
  registrationText: string | null;
}

export function cardFacts(occurrence: UpcomingOccurrence, timeZone: string): CardFacts {
  const event = occurrence.event;
  const link = isLink(event.registration) ? event.registration.trim() : null;
  return {
    when: whenText(occurrence, timeZone),
    rule: event.recurrence ? ruleText(event.recurrence) : '',
    link,
    registrationText: !link && event.registration ? event.registration : null,
  };
}

/** The attributes and handlers a card spreads on its root so a touch (or Enter) opens its detail. */
export interface OpensDetail {
  role: 'button';
  tabindex: 0 | -1;
  'aria-disabled': 'true' | undefined;
  'aria-label': string | undefined;
  /** The kiosk's frame lets the first touch in the loop through to it (App.svelte). */
  'data-touch-opens': '' | undefined;
  onpointerdown: (event: PointerEvent) => void;
  onkeydown: (event: KeyboardEvent) => void;
}

/**
 * Touching the card opens its detail, the first touch in the loop too; without `onopen` (a page
 * fading out, a scene not on screen) the card is inert.
 */
export function opensDetail(occurrence: UpcomingOccurrence, onopen: ((occurrence: UpcomingOccurrence) => void) | undefined): OpensDetail {
  return {
    role: 'button',
    tabindex: onopen ? 0 : -1,
    'aria-disabled': onopen ? undefined : 'true',
    'aria-label': onopen ? EVENTS_UI.openDetail(occurrence.event.title) : undefined,
    'data-touch-opens': onopen ? '' : undefined,
    onpointerdown: (e) => {
      if (onopen && e.button === 0) onopen(occurrence);
    },
    onkeydown: (e) => {
      if (onopen && (e.key === 'Enter' || e.key === ' ')) onopen(occurrence);
    },
  };
}
