// Which scene plays next: pure functions of the playlist and the kiosk's clock.
import type { PlaylistEntry, SceneKind } from '../content/schema.ts';
import { contentFromMs, contentUntilMs } from './zoned.ts';

/**
 * True when the entry's validity window (if any) contains `nowMs`. A date-only `validUntil`
 * means the whole of that day; a date-only `validFrom` the start of its day.
 */
export function isValidAt(entry: Pick<PlaylistEntry, 'validFrom' | 'validUntil'>, nowMs: number, timeZone: string): boolean {
  return contentFromMs(entry.validFrom, timeZone) <= nowMs && nowMs < contentUntilMs(entry.validUntil, timeZone);
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

/**
 * Where the loop is, as the progress indicator draws it: the entries that may play now (valid at
 * `nowMs`, not failed), and the place of entry `index` among them (-1 when it is not one of them).
 * Scenes the loop would skip are neither counted nor drawn.
 */
export function loopPosition(
  entries: readonly PlaylistEntry[],
  index: number,
  nowMs: number,
  timeZone: string,
  skip: ReadonlySet<string> = new Set(),
): { index: number; count: number } {
  let count = 0;
  let at = -1;
  entries.forEach((entry, i) => {
    if (skip.has(entry.id) || !isValidAt(entry, nowMs, timeZone)) return;
    if (i === index) at = count;
    count++;
  });
  return { index: at, count };
}

/** Entries of one kind that may play now, in playlist order. */
export function entriesOfKind(entries: readonly PlaylistEntry[], kind: SceneKind, nowMs: number, timeZone: string): PlaylistEntry[] {
  return entries.filter((e) => e.kind === kind && isValidAt(e, nowMs, timeZone));
}
