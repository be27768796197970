// The kiosk's one clock: every timer, every animation frame and every date decision goes through
// here, so that `?now=` and `?speed=` move the whole kiosk at once and a test can step it all.
//
// Three kinds of time, all from one host:
// - kiosk time (`nowMs`, `after`, `every`): starts at `?now=`, runs `speed` times faster. Scene
//   durations, idle timeout, polling, opening hours: what the kiosk *does*.
// - real time (`realNow`, `afterReal`, `everyReal`, `wallNow`): motion lengths (crossfades, count-ups)
//   and safety caps (reload budgets, network time-outs) that must not follow `speed`.
// - animation frames (`frame`, `frames`): drawing. Nothing else in the app calls requestAnimationFrame.

export type Cancel = () => void;

export interface TimerHost {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Calls `fn` before the next repaint with the frame's monotonic time. */
  requestFrame(fn: (time: number) => void): unknown;
  cancelFrame(handle: unknown): void;
  /** Monotonic milliseconds. */
  monotonic(): number;
  /** Wall-clock epoch milliseconds. */
  wallNow(): number;
}

// The browser's own timers, read when called (not captured at load), so that a test clock
// installed into the page (Playwright's page.clock) drives the kiosk too.
const browserHost: TimerHost = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  requestFrame: (fn) => globalThis.requestAnimationFrame(fn),
  cancelFrame: (handle) => globalThis.cancelAnimationFrame(handle as number),
  monotonic: () => performance.now(),
  wallNow: () => Date.now(),
};

export class Clock {
  readonly speed: number;
  readonly #host: TimerHost;
  readonly #startWall: number;
  readonly #startMonotonic: number;
  readonly #timers = new Set<unknown>();
  readonly #frames = new Set<unknown>();

  constructor(options: { start?: Date | null; speed?: number; host?: TimerHost } = {}) {
    this.#host = options.host ?? browserHost;
    this.speed = options.speed && options.speed > 0 ? options.speed : 1;
    this.#startMonotonic = this.#host.monotonic();
    this.#startWall = options.start ? options.start.getTime() : this.#host.wallNow();
  }

  // ---- kiosk time

  /** Kiosk time in epoch milliseconds: starts at `now` and runs `speed` times faster. */
  nowMs(): number {
    return this.#startWall + (this.#host.monotonic() - this.#startMonotonic) * this.speed;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Real milliseconds that `kioskMs` of kiosk time take. */
  realMs(kioskMs: number): number {
    return kioskMs / this.speed;
  }

  /** Runs `fn` once after `kioskMs` of kiosk time. */
  after(kioskMs: number, fn: () => void): Cancel {
    return this.afterReal(this.realMs(kioskMs), fn);
  }

  /** Runs `fn` every `kioskMs` of kiosk time until cancelled. */
  every(kioskMs: number, fn: () => void): Cancel {
    return this.everyReal(this.realMs(kioskMs), fn);
  }

  // ---- real time

  /** Monotonic real milliseconds (for motion and durations that ignore `speed`). */
  realNow(): number {
    return this.#host.monotonic();
  }

  /** Real epoch milliseconds (for safety caps kept across reloads, whatever `?now=` says). */
  wallNow(): number {
    return this.#host.wallNow();
  }

  /** Runs `fn` once after `realMs` real milliseconds. */
  afterReal(realMs: number, fn: () => void): Cancel {
    const handle = this.#host.setTimeout(() => {
      this.#timers.delete(handle);
      fn();
    }, Math.max(0, realMs));
    this.#timers.add(handle);
    return () => {
      if (this.#timers.delete(handle)) this.#host.clearTimeout(handle);
    };
  }

  /** Runs `fn` every `realMs` real milliseconds until cancelled. */
  everyReal(realMs: number, fn: () => void): Cancel {
    let cancelNext: Cancel = () => {};
    let stopped = false;
    const schedule = () => {
      cancelNext = this.afterReal(realMs, () => {
        if (stopped) return;
        schedule();
        fn();
      });
    };
    schedule();
    return () => {
      stopped = true;
      cancelNext();
    };
  }

  // ---- animation frames

  /** Runs `fn` once at the next animation frame, with the frame's real time. */
  frame(fn: (realMs: number) => void): Cancel {
    const handle = this.#host.requestFrame((time) => {
      this.#frames.delete(handle);
      fn(time);
    });
    this.#frames.add(handle);
    return () => {
      if (this.#frames.delete(handle)) this.#host.cancelFrame(handle);
    };
  }

  /** Runs `fn` at every animation frame until it returns false or the loop is cancelled. */
  frames(fn: (realMs: number) => boolean | void): Cancel {
    let cancelNext: Cancel = () => {};
    let stopped = false;
    const schedule = () => {
      cancelNext = this.frame((time) => {
        if (stopped) return;
        if (fn(time) === false) stopped = true;
        else schedule();
      });
    };
    schedule();
    return () => {
      stopped = true;
      cancelNext();
    };
  }

  /** Timers and frame requests still pending (for leak checks). */
  get pendingTimers(): number {
    return this.#timers.size + this.#frames.size;
  }

  /** Cancels every pending timer and frame request. */
  dispose(): void {
    for (const handle of this.#timers) this.#host.clearTimeout(handle);
    for (const handle of this.#frames) this.#host.cancelFrame(handle);
    this.#timers.clear();
    this.#frames.clear();
  }
}
