// The kiosk's one clock: every timer and every date decision goes through here, so that
// `?now=` and `?speed=` move the whole kiosk at once.

export type Cancel = () => void;

export interface TimerHost {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Monotonic milliseconds. */
  monotonic(): number;
  /** Wall-clock epoch milliseconds. */
  wallNow(): number;
}

const browserHost: TimerHost = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  monotonic: () => performance.now(),
  wallNow: () => Date.now(),
};

export class Clock {
  readonly speed: number;
  readonly #host: TimerHost;
  readonly #startWall: number;
  readonly #startMonotonic: number;
  readonly #timers = new Set<unknown>();

  constructor(options: { start?: Date | null; speed?: number; host?: TimerHost } = {}) {
    this.#host = options.host ?? browserHost;
    this.speed = options.speed && options.speed > 0 ? options.speed : 1;
    this.#startMonotonic = this.#host.monotonic();
    this.#startWall = options.start ? options.start.getTime() : this.#host.wallNow();
  }

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
    const handle = this.#host.setTimeout(() => {
      this.#timers.delete(handle);
      fn();
    }, Math.max(0, this.realMs(kioskMs)));
    this.#timers.add(handle);
    return () => {
      if (this.#timers.delete(handle)) this.#host.clearTimeout(handle);
    };
  }

  /** Runs `fn` every `kioskMs` of kiosk time until cancelled. */
  every(kioskMs: number, fn: () => void): Cancel {
    let cancelNext: Cancel = () => {};
    let stopped = false;
    const schedule = () => {
      cancelNext = this.after(kioskMs, () => {
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

  /** Number of timers still pending (for leak checks). */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Cancels every pending timer. */
  dispose(): void {
    for (const handle of this.#timers) this.#host.clearTimeout(handle);
    this.#timers.clear();
  }
}
