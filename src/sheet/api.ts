// The layout sheet's test API on `window.__sheet` (types only, so tests and tools can import them).
import type { Problem } from '../content/problems.ts';
import type { SceneKind } from '../content/schema.ts';
import type { LayoutReport } from '../layout/report.ts';

export interface SheetScene {
  id: string;
  kind: SceneKind;
  title: string;
}

export interface SheetInfo {
  /** ready: content valid and loaded; invalid: the kiosk would reject it; unreachable: not served. */
  state: 'ready' | 'invalid' | 'unreachable';
  /** Where the content set was read from, e.g. /fixtures/basic/. */
  base: string;
  version: string;
  scenes: SheetScene[];
  /** The set's notices, by id, urgent or not. */
  notices: { id: string; urgent: boolean }[];
  problems: Problem[];
}

export interface ShowOptions {
  /** Kiosk time the scene is laid out at (ISO 8601 with offset); the page's ?now= or now if left out. */
  now?: string;
  /** Lay the scene out as a visitor's touch shows it (nav bar, interactive gallery). */
  interactive?: boolean;
}

export interface ShowResult {
  /** The scene stopped changing the page before it was measured (false for scenes that never do). */
  quiet: boolean;
  /** Animation frames waited after the scene was ready. */
  frames: number;
}

export interface SheetApi {
  /** Resolves once the content set is loaded (or known to be unusable) and the fonts are in. */
  ready: Promise<SheetInfo>;
  /**
   * Mounts one scene full-viewport in place of the last, with reduced motion so every figure stands
   * at its final value; resolves when the scene's onready fired, fonts are loaded and it has settled.
   */
  show(sceneId: string, options?: ShowOptions): Promise<ShowResult>;
  /** Shows one notice alone (urgent: full screen; else the ticker, standing still as with reduced motion). */
  showNotice(noticeId: string, options?: Pick<ShowOptions, 'now'>): Promise<ShowResult>;
  /** What the screen cuts, overlaps or overflows in the scene shown now, by content field where known. */
  measure(): LayoutReport;
}

/** The sheet inside the content editor's preview (sheet/?host=editor), on `window.__sheetHost`. */
export interface SheetHostApi {
  /** Shows one scene of a set given as JSON; `media` maps the set's picture paths to URLs. */
  show(contentJson: string, sceneId: string, options?: ShowOptions & { media?: Record<string, string> }): Promise<ShowResult>;
  measure(): LayoutReport;
}

declare global {
  interface Window {
    __sheet?: SheetApi;
    __sheetHost?: SheetHostApi;
  }
}
