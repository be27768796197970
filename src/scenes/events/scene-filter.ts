// What one events scene of the playlist lists: its `categories`, and only occurrences between its
// `eventsFrom` and `eventsUntil` days (pure; the board's data prep applies it before paging).
import type { KioskEvent, PlaylistEntry } from '../../content/schema.ts';
import { contentFromMs, contentUntilMs } from '../../kiosk/zoned.ts';

export interface SceneEvents {
  events: readonly KioskEvent[];
  /** Occurrences must overlap [fromMs, untilMs): the scene's date range in the site's zone. */
  fromMs: number;
  untilMs: number;
}

export function sceneEvents(events: readonly KioskEvent[], entry: Pick<PlaylistEntry, 'categories' | 'eventsFrom' | 'eventsUntil'>, timeZone: string): SceneEvents {
  const categories = entry.categories ? new Set<string>(entry.categories) : null;
  return {
    events: categories ? events.filter((e) => categories.has(e.category)) : events,
    fromMs: contentFromMs(entry.eventsFrom, timeZone),
    untilMs: contentUntilMs(entry.eventsUntil, timeZone),
  };
}
