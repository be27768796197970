// The kiosk's one mode machine: what the kiosk is doing now, decided here and nowhere else.
// Inputs: whether anything can be shown, opening hours, a staff preview, an urgent notice, a
// visitor's touch and the idle timer. Output: one mode, which the frame draws and which tells the
// player to play (attract), hold (interactive) or stop (night, urgent).
//
// When does the kiosk leave interactive mode? When the idle timer runs out (no touch for
// site.json's idleTimeoutSeconds), when an urgent notice takes over, or when nothing can be
// shown (error). Closing time does not end a visitor's session: night waits for the idle timer.
import { untrack } from 'svelte';
import type { Clock } from './clock.ts';
import type { Player } from './player.svelte.ts';
import { IdleTimer } from './idle.svelte.ts';

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
  readonly idle: IdleTimer;
  readonly #inputs: () => Omit<ModeInputs, 'touched'>;
  readonly #player: Player;
  readonly #mode: KioskMode = $derived(decideMode({ ...this.#read(), touched: this.touched }));

  constructor(options: { clock: Clock; player: Player; inputs: () => Omit<ModeInputs, 'touched'>; idleTimeoutSeconds: number }) {
    this.#inputs = options.inputs;
    this.#player = options.player;
    this.idle = new IdleTimer(options.clock, options.idleTimeoutSeconds, () => this.#leave());
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
      this.idle.poke();
      return true;
    }
    if (mode === 'interactive') this.idle.poke();
    return false;
  }

  /** The visitor's one-tap switch to large text and back; the wait before the loop restarts at the new pace. */
  setLargeText(on: boolean): void {
    if (this.mode !== 'interactive') return;
    this.largeText = on;
    this.idle.pace = on ? LARGE_TEXT_PACE : 1;
    this.idle.poke();
  }

  /** The visitor has gone (idle, a takeover): their session's settings go with them. */
  #leave(): void {
    this.touched = false;
    this.largeText = false;
    this.idle.pace = 1;
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
        this.#leave();
        player.play();
        break;
      case 'interactive':
        player.hold();
        break;
      case 'night':
      case 'urgent':
        // A takeover ends a visitor's session; the loop carries on afterwards where it was.
        this.#leave();
        this.idle.stop();
        player.stop();
        break;
      case 'error':
        // The player retries by itself when it is what failed; nothing else to do here.
        break;
    }
  }
}
