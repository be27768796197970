// Weak kiosk PCs (no GPU, or Chromium drawing WebGL on the CPU) cannot fill 1920×1080 with 3D at a
// smooth rate. The renderer watches its own frame intervals and lowers the drawing resolution one
// step at a time until frames come often enough; CSS stretches the canvas back to full size, and
// blocky columns read the same from across the lobby. The chosen scale is kept for the app's life:
// the hardware does not change.

/** Drawing resolution steps, as a fraction of the device pixel ratio. */
export const SCALE_STEPS = [1, 0.75, 0.5] as const;
/** A median frame interval above this (ms) means the GPU cannot keep up: step down. */
export const SLOW_FRAME_MS = 28;
/** Frames per judgement; the first frames after a scene appears are skipped (shader compiles). */
export const WINDOW_FRAMES = 24;
export const SKIP_FRAMES = 6;

export class FrameBudget {
  #step = 0;
  #seen = 0;
  #intervals: number[] = [];
  #last = 0;

  /** The current fraction of the device pixel ratio to draw at. */
  get scale(): number {
    return SCALE_STEPS[this.#step]!;
  }

  /**
   * WebGL is drawn on the CPU: start at the lowest resolution rather than learn it from a second
   * of slow frames, which are the entry a viewer sees. Each frame there is read back from the
   * software GPU for the compositor on the main thread (traced, 2026-12-01: ~50 ms a frame for a
   * 1769×582 canvas at full resolution, ~25 at half), so its cost follows the pixel count.
   */
  startLow(): void {
    this.#step = SCALE_STEPS.length - 1;
  }

  /** A new view starts: intervals across the gap between scenes mean nothing. */
  restart(): void {
    this.#seen = 0;
    this.#intervals = [];
    this.#last = 0;
  }

  /** Records a frame at `now` (ms); returns true when the scale has just stepped down. */
  frame(now: number): boolean {
    const previous = this.#last;
    this.#last = now;
    this.#seen += 1;
    if (!previous || this.#seen <= SKIP_FRAMES || this.#step === SCALE_STEPS.length - 1) return false;
    this.#intervals.push(now - previous);
    if (this.#intervals.length < WINDOW_FRAMES) return false;
    const median = this.#intervals.sort((a, b) => a - b)[Math.floor(this.#intervals.length / 2)]!;
    this.#intervals.length = 0;
    if (median <= SLOW_FRAME_MS) return false;
    this.#step += 1;
    return true;
  }
}
