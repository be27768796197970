// The kiosk's one mode machine: what the kiosk is doing now, decided here and nowhere else.
// Inputs: whether anything can be shown, opening hours, a staff preview, an urgent notice, a
// visitor's touch and the idle timer. Output: one mode, which the frame draws and which tells the
// player to play (attract), hold (interactive) or stop (night, urgent).
//
// When does the kiosk leave interactive mode? After site.json's idleTimeoutSeconds without a touch
// a countdown of countdownSeconds shows (WCAG 2.2.1: the visitor can ask for more time by touching);
// when it runs out, when an urgent notice takes over, or when nothing can be shown (error).
// Closing time does not end a visitor's session: night waits for the countdown.
import { untrack } from 'svelte';
import type { Cancel, Clock } from './clock.ts';
import type { Player } from './player.svelte.ts';

/** How long a visitor's session waits, in kiosk seconds (site.json may set longer, never shorter). */
export interface IdleTiming {
  /** Without a touch for this long, the countdown starts. */
  idleSeconds: number;
  /** The countdown's length; the loop resumes when it reaches zero. */
  countdownSeconds: number;
}

/** Large-text mode (长辈模式) stretches the visitor's time this much: people who need it read slower. */
export const LARGE_TEXT_PACE = 1.5;

export type KioskMode = 'attract' | 'interactive' | 'night' | 'urgent' | 'error';

export interface ModeInputs {
  /** Content is there to play (false while the first content is still loading). */
  content: boolean;
  /** Nothing can be shown: refused parameters, no content at all, the watchdog gave up, or the player has nothing on screen. */
  blocked: boolean;
  /** Inside opening hours. */
  open: boolean;
  /** A staff preview (`?scene=`): shows at any hour; a touch still opens what it shows. */
  preview: boolean;
  /** An urgent notice is due now. */
  urgent: boolean;
  /** A visitor is using the screen. */
  touched: boolean;
}

/** The whole rule, as a pure function: error, then urgent, then a visitor, then night, else the loop. */
export function decideMode(inputs: ModeInputs): KioskMode {
  if (inputs.blocked) return 'error';
  // An urgent notice is for people in the building: not at night, when nobody is there to read it.
  if (inputs.urgent && inputs.open) return 'urgent';
  if (inputs.touched) return 'interactive';
  if (!inputs.open && !inputs.preview) return 'night';
  return 'attract';
}

export class ModeMachine {
  /** A visitor is using the screen (set by a touch in attract mode, cleared by idle or a takeover). */
  touched = $state(false);
  /** 长辈模式: larger type, no ticker, slower pacing, for this visitor only (reset when they leave). */
  largeText = $state(false);
  /** Seconds left on the countdown to the loop while it shows; null otherwise. */
  countdown = $state<number | null>(null);
  /** The timing in use (site.json's, once read). */
  timing = $state<IdleTiming>({ idleSeconds: 30, countdownSeconds: 20 });
  readonly #clock: Clock;
  readonly #inputs: () => Omit<ModeInputs, 'touched'>;
  readonly #player: Player;
  readonly #mode: KioskMode = $derived(decideMode({ ...this.#read(), touched: this.touched }));
  #cancels: Cancel[] = [];

  constructor(options: { clock: Clock; player: Player; inputs: () => Omit<ModeInputs, 'touched'>; timing?: IdleTiming }) {
    this.#clock = options.clock;
    this.#inputs = options.inputs;
    this.#player = options.player;
    if (options.timing) this.timing = options.timing;
  }

  /** What the kiosk is doing now. */
  get mode(): KioskMode {
    return this.#mode;
  }

  #read(): Omit<ModeInputs, 'touched'> {
    return this.#inputs();
  }

  /**
   * A visitor touched the screen. Returns true when the touch only woke the kiosk from the loop
   * (so it should not also act on what it landed on).
   */
  touch(): boolean {
    const mode = this.mode;
    if (mode === 'attract') {
      this.touched = true;
      this.#waitForIdle();
      return true;
    }
    if (mode === 'interactive') this.#waitForIdle();
    return false;
  }

  /** The visitor's one-tap switch to large text and back; the wait before the loop restarts at the new pace. */
  setLargeText(on: boolean): void {
    if (this.mode !== 'interactive') return;
    this.largeText = on;
    this.#waitForIdle();
  }

  /** Ends a visitor's session now (idle, takeover, teardown): no countdown left running, and the
   *  session's settings (large text) go with the visitor. */
  endSession(): void {
    this.#cancelTimers();
    this.countdown = null;
    this.touched = false;
    this.largeText = false;
  }

  /** Starts (or restarts, on every touch) the wait: idle, then the countdown, then the loop. */
  #waitForIdle(): void {
    this.#cancelTimers();
    this.countdown = null;
    const pace = this.largeText ? LARGE_TEXT_PACE : 1;
    const idleSeconds = this.timing.idleSeconds * pace;
    const countdownSeconds = Math.round(this.timing.countdownSeconds * pace);
    this.#cancels.push(
      this.#clock.after(idleSeconds * 1000, () => {
        this.countdown = countdownSeconds;
        this.#cancels.push(
          this.#clock.every(1000, () => {
            const left = (this.countdown ?? 1) - 1;
            if (left > 0) this.countdown = left;
            else this.endSession();
          }),
        );
      }),
    );
  }

  #cancelTimers(): void {
    for (const cancel of this.#cancels) cancel();
    this.#cancels = [];
  }

  /** Drives the player from the mode for as long as the kiosk runs; returns the teardown. */
  start(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const mode = this.mode;
        if (!this.#inputs().content) return;
        untrack(() => this.#enter(mode));
      });
    });
  }

  #enter(mode: KioskMode): void {
    const player = this.#player;
    switch (mode) {
      case 'attract':
        player.play();
        break;
      case 'interactive':
        player.hold();
        break;
      case 'night':
      case 'urgent':
        // A takeover ends a visitor's session; the loop carries on afterwards where it was.
        this.endSession();
        player.stop();
        break;
      case 'error':
        // The player retries by itself when it is what failed; nothing else to do here.
        break;
    }
  }
}
