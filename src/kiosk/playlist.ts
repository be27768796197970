// Which scene plays next: pure functions of the playlist and the kiosk's clock.
import type { PlaylistEntry, SceneKind } from '../content/schema.ts';
import { parseInstant } from './zoned.ts';

/** True when the entry's validity window (if any) contains `nowMs`. */
export function isValidAt(entry: PlaylistEntry, nowMs: number, timeZone: string): boolean {
  if (entry.validFrom && nowMs < parseInstant(entry.validFrom, timeZone)) return false;
  if (entry.validUntil && nowMs >= parseInstant(entry.validUntil, timeZone)) return false;
  return true;
}

/** Index of the next entry after `fromIndex` (wrapping) that may play now and has not failed; -1 if none. */
export function nextIndex(
  entries: readonly PlaylistEntry[],
  fromIndex: number,
  nowMs: number,
  timeZone: string,
  skip: ReadonlySet<string> = new Set(),
): number {
  const count = entries.length;
  for (let step = 1; step <= count; step++) {
    const index = (((fromIndex + step) % count) + count) % count;
    const entry = entries[index];
    if (entry && !skip.has(entry.id) && isValidAt(entry, nowMs, timeZone)) return index;
  }
  return -1;
}

/** Entries of one kind that may play now, in playlist order. */
export function entriesOfKind(entries: readonly PlaylistEntry[], kind: SceneKind, nowMs: number, timeZone: string): PlaylistEntry[] {
  return entries.filter((e) => e.kind === kind && isValidAt(e, nowMs, timeZone));
}
