// Reads a horizontal swipe from pointer positions: how far the content follows the finger, and
// whether the gesture, once released, means "next" or "previous".

export interface SwipeOptions {
  /** Horizontal travel needed for a swipe, in px. */
  threshold: number;
  /** A swipe must be this much more horizontal than vertical. */
  dominance: number;
}

/** +1 for the next item (finger moved left), -1 for the previous one, 0 for no swipe. */
export function swipeStep(dx: number, dy: number, options: SwipeOptions): -1 | 0 | 1 {
  if (Math.abs(dx) < options.threshold || Math.abs(dx) < options.dominance * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}

/** Follows one pointer at a time; other pointers (a second finger) are ignored. */
export class SwipeTracker {
  #id: number | null = null;
  #x = 0;
  #y = 0;
  /** Current horizontal offset of the dragged content, in px. */
  dx = 0;
  dy = 0;
  readonly #options: SwipeOptions;

  constructor(options: SwipeOptions) {
    this.#options = options;
  }

  get tracking(): boolean {
    return this.#id !== null;
  }

  down(pointerId: number, x: number, y: number): boolean {
    if (this.#id !== null) return false;
    this.#id = pointerId;
    this.#x = x;
    this.#y = y;
    this.dx = this.dy = 0;
    return true;
  }

  move(pointerId: number, x: number, y: number): boolean {
    if (pointerId !== this.#id) return false;
    this.dx = x - this.#x;
    this.dy = y - this.#y;
    return true;
  }

  /** Ends the gesture; returns what it meant. */
  up(pointerId: number, x: number, y: number): -1 | 0 | 1 {
    if (pointerId !== this.#id) return 0;
    this.move(pointerId, x, y);
    const step = swipeStep(this.dx, this.dy, this.#options);
    this.cancel();
    return step;
  }

  cancel(): void {
    this.#id = null;
    this.dx = this.dy = 0;
  }
}
