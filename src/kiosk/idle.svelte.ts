// Counts down to the return to the loop after the last touch; shows the last seconds.
import type { Cancel, Clock } from './clock.ts';

export const COUNTDOWN_SECONDS = 10;

export class IdleTimer {
  /** Seconds left, shown during the last COUNTDOWN_SECONDS; null otherwise. */
  remaining = $state<number | null>(null);
  running = $state(false);

  readonly #clock: Clock;
  readonly #onIdle: () => void;
  #timeoutSeconds: number;
  /** Stretches the wait (large-text mode reads slower); applies from the next touch. */
  pace = 1;
  #cancels: Cancel[] = [];

  constructor(clock: Clock, timeoutSeconds: number, onIdle: () => void) {
    this.#clock = clock;
    this.#timeoutSeconds = timeoutSeconds;
    this.#onIdle = onIdle;
  }

  set timeoutSeconds(seconds: number) {
    this.#timeoutSeconds = seconds;
  }

  /** A touch: start or restart the wait. */
  poke(): void {
    this.#cancel();
    this.running = true;
    this.remaining = null;
    const timeout = this.#timeoutSeconds * this.pace;
    const countdown = Math.min(COUNTDOWN_SECONDS, timeout);
    this.#cancels.push(
      this.#clock.after((timeout - countdown) * 1000, () => {
        this.remaining = countdown;
        this.#cancels.push(
          this.#clock.every(1000, () => {
            const left = (this.remaining ?? 1) - 1;
            if (left > 0) {
              this.remaining = left;
              return;
            }
            this.stop();
            this.#onIdle();
          }),
        );
      }),
    );
  }

  stop(): void {
    this.#cancel();
    this.running = false;
    this.remaining = null;
  }

  #cancel(): void {
    for (const cancel of this.#cancels) cancel();
    this.#cancels = [];
  }
}
