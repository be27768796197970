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
    // A resize observer must not change sizes inside its own callback: that is the feedback loop
    // behind "ResizeObserver loop completed with undelivered notifications" (our font change
    // resizes this box and its group's siblings in the same pass). So the callback only notes that
    // the space changed, and the refit happens at the next frame, where layout is free to change.
    let pending: Cancel | null = null;
    const observer = new ResizeObserver(() => {
      if (pending) return;
      if (element.clientWidth === width && (!height || element.clientHeight === tall)) return;
      pending = clock.frame(() => {
        pending = null;
        fit();
      });
    });
    observer.observe(element);
    return () => {
      pending?.();
      observer.disconnect();
      group?.delete(element);
    };
  };
}
