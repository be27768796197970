// Keeps a line of text inside its box by stepping its font size down, never by overflowing.
// The element's CSS multiplies its font size by var(--fit, 1); this sets --fit. Elements in one
// FitGroup share the smallest scale, so a row of numbers stays one size.
import type { Attachment } from 'svelte/attachments';

export interface FitOptions {
  /** Smallest scale allowed; below it the text is left to the element's own ellipsis. */
  min?: number;
  step?: number;
  /** Also fit the height (for text allowed to wrap inside a fixed box). */
  height?: boolean;
  group?: FitGroup;
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

export function fitText(options: FitOptions = {}): Attachment<HTMLElement> {
  const { min = 0.3, step = 0.06, height = false, group } = options;
  return (element) => {
    // Measuring forces a layout, so this runs on mount and on resize only, never per frame.
    const fit = () => {
      const scale = bestScale(element, min, step, height);
      if (group) group.set(element, scale);
    };
    fit();
    let width = element.clientWidth;
    let tall = element.clientHeight;
    const observer = new ResizeObserver(() => {
      // Our own font change can resize the box; refit only when the space given to it changed.
      if (element.clientWidth === width && (!height || element.clientHeight === tall)) return;
      width = element.clientWidth;
      tall = element.clientHeight;
      fit();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      group?.delete(element);
    };
  };
}
