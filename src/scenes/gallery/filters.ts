// Which workers the visitor sees, in which order, and what a worker's most important honour is.
import { HONOUR_LEVELS, type Honour, type HonourLevel, type Worker } from '../../content/schema.ts';

export type GalleryFilter = { kind: 'all' } | { kind: 'level'; level: HonourLevel } | { kind: 'trade'; trade: string };

export const ALL: GalleryFilter = { kind: 'all' };

/** Filters are offered only when there are more workers than fit comfortably on one screen. */
export const FILTER_THRESHOLD = 6;
/** More trade chips than this would be a wall of buttons, not a filter. */
export const MAX_TRADE_FILTERS = 6;

// An honour the source gives no level ranks below every level.
const rank = (level: HonourLevel | undefined): number => (level ? HONOUR_LEVELS.indexOf(level) : HONOUR_LEVELS.length);

/** Honours from the highest level down; within a level, the most recent first. */
export function honoursByRank(honours: readonly Honour[]): Honour[] {
  return [...honours].sort((a, b) => rank(a.level) - rank(b.level) || b.year - a.year);
}

/** The honour to name first: the highest level, the most recent within it. */
export function topHonour(honours: readonly Honour[]): Honour | undefined {
  return honoursByRank(honours)[0];
}

export function matches(worker: Worker, filter: GalleryFilter): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'level':
      return worker.honours.some((h) => h.level === filter.level);
    case 'trade':
      return worker.trade === filter.trade;
  }
}

export function applyFilter(workers: readonly Worker[], filter: GalleryFilter): Worker[] {
  return workers.filter((w) => matches(w, filter));
}

export function filterKey(filter: GalleryFilter): string {
  switch (filter.kind) {
    case 'all':
      return 'all';
    case 'level':
      return `level:${filter.level}`;
    case 'trade':
      return `trade:${filter.trade}`;
  }
}

/**
 * The filters worth offering: none for a short list; otherwise "all", then each honour level and
 * each trade shared by several workers that picks out some but not all of them (trades only while few).
 */
export function filterOptions(workers: readonly Worker[], threshold = FILTER_THRESHOLD): GalleryFilter[] {
  if (workers.length <= threshold) return [];
  const narrows = (f: GalleryFilter) => {
    const n = applyFilter(workers, f).length;
    return n > 0 && n < workers.length;
  };
  const levels = HONOUR_LEVELS.map((level): GalleryFilter => ({ kind: 'level', level })).filter(narrows);
  // A trade only one worker has is not a group worth a button.
  const shared = [...new Set(workers.map((w) => w.trade))].filter((t) => workers.filter((w) => w.trade === t).length > 1);
  const trades = shared.length <= MAX_TRADE_FILTERS ? shared.map((trade): GalleryFilter => ({ kind: 'trade', trade })).filter(narrows) : [];
  if (levels.length + trades.length === 0) return [];
  return [ALL, ...levels, ...trades];
}

/** The id `step` places away from `id` in `list`, wrapping around; `id` itself when it is not listed. */
export function neighbour(list: readonly { id: string }[], id: string, step: number): string {
  const at = list.findIndex((w) => w.id === id);
  if (at < 0 || list.length === 0) return id;
  const n = list.length;
  return list[(((at + step) % n) + n) % n]!.id;
}
