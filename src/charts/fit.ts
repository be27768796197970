// Keeps a line of text inside its box by stepping its font size down, never by overflowing.
// The element's CSS multiplies its font size by var(--fit, 1); this sets --fit. Elements in one
// FitGroup share the smallest scale, so a row of numbers stays one size.
import type { Attachment } from 'svelte/attachments';
import type { Cancel, Clock } from '../kiosk/clock.ts';

export interface FitOptions {
  /** Smallest scale allowed; below it the text is left to the element's own ellipsis. */
  min?: number;
  step?: number;
  /** Also fit the height (for text allowed to wrap inside a fixed box). */
  height?: boolean;
  group?: FitGroup;
  /** The kiosk clock: refits after a resize happen at its next frame. */
  clock: Pick<Clock, 'frame'>;
}

export class FitGroup {
  readonly #best = new Map<HTMLElement, number>();

  set(element: HTMLElement, scale: number): void {
    this.#best.set(element, scale);
    this.#apply();
  }

  delete(element: HTMLElement): void {
    this.#best.delete(element);
    this.#apply();
  }

  #apply(): void {
    const scale = Math.min(1, ...this.#best.values());
    for (const element of this.#best.keys()) element.style.setProperty('--fit', String(scale));
  }
}

/** The largest scale (1, 1 − step, …, ≥ min) at which `element` does not overflow. */
function bestScale(element: HTMLElement, min: number, step: number, height: boolean): number {
  const overflows = () =>
    element.scrollWidth > element.clientWidth + 0.5 || (height && element.scrollHeight > element.clientHeight + 0.5);
  let scale = 1;
  element.style.setProperty('--fit', '1');
  while (overflows() && scale - step >= min) {
    scale = Math.round((scale - step) * 100) / 100;
    element.style.setProperty('--fit', String(scale));
  }
  return scale;
}

export function fitText(options: FitOptions): Attachment<HTMLElement> {
  const { min = 0.3, step = 0.06, height = false, group, clock } = options;
  return (element) => {
    let width = 0;
    let tall = 0;
    // Measuring forces a layout, so this runs on mount and on resize only, never per frame.
    const fit = () => {
      const scale = bestScale(element, min, step, height);
      if (group) group.set(element, scale);
      width = element.clientWidth;
      tall = element.clientHeight;
    };
    fit();
    const stop = refitOnResize(element, clock, () => element.clientWidth !== width || (height && element.clientHeight !== tall), fit);
    return () => {
      stop();
      group?.delete(element);
    };
  };
}

export interface FitLinesOptions {
  /** Smallest scale on any number of lines (the element's CSS keeps it above the type floor too). */
  min: number;
  /** Smallest scale on one line: below it the text takes up to `lines` lines, between phrases. */
  wrapBelow: number;
  /** Most lines the text may take. Default 2. */
  lines?: number;
  step?: number;
  clock: Pick<Clock, 'frame'>;
}

/** Lines a block of text takes (its height over its line height). */
function linesOf(element: HTMLElement): number {
  const line = parseFloat(getComputedStyle(element).lineHeight);
  return Number.isFinite(line) && line > 0 ? Math.round(element.clientHeight / line) : 1;
}

/** True when a phrase of Phrased text (format/phrases.ts) is set over two lines: broken inside a word. */
function splitsPhrase(element: HTMLElement): boolean {
  for (const phrase of element.querySelectorAll('[data-phrase]')) {
    const tops = new Set([...phrase.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (tops.size > 1) return true;
  }
  return false;
}

/**
 * Short display text (a title drawn with <Phrased>) that keeps to one line by stepping its size
 * down to `wrapBelow`, then takes up to `lines` lines, broken only between phrases, stepping down
 * from there to `min`. Sets --fit as fitText does, and `data-fit-lines` (1 or `lines`): the CSS sets
 * the text `nowrap` (and hides its <wbr>) on one line. Refits when its width changes.
 */
export function fitLines(options: FitLinesOptions): Attachment<HTMLElement> {
  const { min, wrapBelow, lines = 2, step = 0.06, clock } = options;
  return (element) => {
    let width = 0;
    const wide = () => element.scrollWidth > element.clientWidth + 0.5;
    const fit = () => {
      element.dataset.fitLines = '1';
      let scale = bestScale(element, wrapBelow, step, false);
      if (wide()) {
        element.dataset.fitLines = String(lines);
        const misfits = () => wide() || linesOf(element) > lines || splitsPhrase(element);
        scale = Math.min(scale, 1);
        element.style.setProperty('--fit', String(scale));
        while (misfits() && scale - step >= min) {
          scale = Math.round((scale - step) * 100) / 100;
          element.style.setProperty('--fit', String(scale));
        }
      }
      width = element.clientWidth;
    };
    fit();
    return refitOnResize(element, clock, () => element.clientWidth !== width, fit);
  };
}

/**
 * Calls `fit` again at the next frame once `changed()` says the element's space changed. A resize
 * observer must not change sizes inside its own callback: that is the feedback loop behind
 * "ResizeObserver loop completed with undelivered notifications" (a font change resizes this box
 * and its group's siblings in the same pass). So the callback only notes the change, and the refit
 * happens at the next frame, where layout is free to change. Returns the stop.
 */
function refitOnResize(element: HTMLElement, clock: Pick<Clock, 'frame'>, changed: () => boolean, fit: () => void): Cancel {
  let pending: Cancel | null = null;
  const observer = new ResizeObserver(() => {
    if (pending || !changed()) return;
    pending = clock.frame(() => {
      pending = null;
      fit();
    });
  });
  observer.observe(element);
  return () => {
    pending?.();
    observer.disconnect();
  };
}
