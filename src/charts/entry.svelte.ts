// A scene's entry choreography: one timeline per scene that starts when the scene goes on screen,
// drives every count-up from one frame loop on the kiosk clock, and starts each element's
// entrance (opacity and transform only, on the compositor) at its own delay.
import { getContext, setContext, untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Cancel, Clock } from '../kiosk/clock.ts';
import { ENTER_EASING, GROW_EASING } from './easing.ts';
import { fitText, type FitOptions } from './fit.ts';

/** Real milliseconds (the choreography does not follow ?speed=, like the player's own crossfade). */
export const ENTRY = {
  titleMs: 0,
  subtitleMs: 180,
  figuresMs: 550,
  staggerMs: 160,
  enterMs: 800,
  countMs: 1800,
  growMs: 1600,
  /** The source line comes in after the last figure has started counting. */
  sourceAfterMs: 500,
} as const;

export const figureDelay = (index: number) => ENTRY.figuresMs + index * ENTRY.staggerMs;
export const sourceDelay = (count: number) => figureDelay(Math.max(0, count - 1)) + ENTRY.sourceAfterMs;
/** When the last count-up of `count` figures has landed. */
export const entryEnd = (count: number) => figureDelay(Math.max(0, count - 1)) + ENTRY.countMs;

export interface EnterOptions {
  delay?: number;
  duration?: number;
  /** Start offset, e.g. 'translateY(4vmin)'; dropped with reduced motion. */
  from?: string;
}

export class EntryTimeline {
  readonly reduced: boolean;
  readonly clock: Clock;
  #endMs = 0;
  started = $state(false);
  /** False once the scene is leaving (or before it shows): its loops stop drawing. */
  onScreen = $state(false);
  /** Real ms since the entry started. */
  elapsed = $state(0);
  done = $state(false);
  #stopFrames: Cancel = () => {};
  #startedAt = -1;
  /** Entrances made before the scene went on screen, held at their first frame until start(). */
  readonly #held = new Set<Animation>();

  constructor(options: { reduced: boolean; clock: Clock }) {
    this.reduced = options.reduced;
    this.clock = options.clock;
  }

  /** Plays the entry; the loop ends at `endMs`, when the last count-up has landed. */
  start(endMs: number): void {
    if (this.started) return;
    this.started = true;
    this.#endMs = endMs;
    // The held entrances play from here: nothing is rebuilt in the frame the scene comes.
    for (const animation of this.#held) animation.play();
    this.#held.clear();
    if (this.reduced) {
      this.done = true;
      return;
    }
    this.#stopFrames = this.clock.frames((now) => {
      if (this.#startedAt < 0) this.#startedAt = now;
      this.elapsed = now - this.#startedAt;
      if (this.elapsed < this.#endMs) return true;
      this.done = true;
      return false;
    });
  }

  /** Stops the loop; the owner calls this when the scene is destroyed. */
  stop(): void {
    this.#stopFrames();
  }

  /** Keeps text inside its box (see fit.ts), measuring on this scene's clock. */
  fit(options: Omit<FitOptions, 'clock'> = {}): Attachment<HTMLElement> {
    return fitText({ ...options, clock: this.clock });
  }

  /** 0 → 1 over `durationMs` after `delayMs`; 1 at once with reduced motion or once done. */
  progress(delayMs: number, durationMs: number): number {
    if (this.reduced || this.done) return 1;
    if (!this.started) return 0;
    return Math.min(1, Math.max(0, (this.elapsed - delayMs) / durationMs));
  }

  /** Fades (and with full motion, moves) an element in at its place in the choreography. */
  enter(options: EnterOptions = {}): Attachment<HTMLElement | SVGElement> {
    const { delay = 0, duration = ENTRY.enterMs, from = 'translateY(3vmin)' } = options;
    const keyframes: Keyframe[] = this.reduced
      ? [{ opacity: 0 }, { opacity: 1 }]
      : [
          { opacity: 0, transform: from },
          { opacity: 1, transform: 'none' },
        ];
    return this.#animate(keyframes, { delay, duration, easing: ENTER_EASING });
  }

  /** Fades an element in without moving it (SVG marks whose geometry sits in their attributes). */
  fade(options: { delay?: number; duration?: number } = {}): Attachment<HTMLElement | SVGElement> {
    return this.#animate([{ opacity: 0 }, { opacity: 1 }], {
      delay: options.delay ?? 0,
      duration: options.duration ?? ENTRY.enterMs,
      easing: 'ease-out',
    });
  }

  /**
   * Grows an element from nothing to its own styled transform (e.g. scaleX(0.6) on a bar).
   * With reduced motion it is simply there.
   */
  grow(options: { delay?: number; duration?: number; from: string }): Attachment<HTMLElement | SVGElement> {
    if (this.reduced) return () => {};
    return this.#animate([{ transform: options.from }, {}], {
      delay: options.delay ?? 0,
      duration: options.duration ?? ENTRY.growMs,
      easing: GROW_EASING,
    });
  }

  // Made once, when the element is (while the scene is prepared off screen): held at its first frame
  // until start() plays every held one, so the frame the scene comes in only starts animations
  // (reading `started` here instead would re-run every attachment, and re-make every animation, then).
  #animate(keyframes: Keyframe[], timing: { delay: number; duration: number; easing: string }): Attachment<HTMLElement | SVGElement> {
    return (element) => {
      const animation = element.animate(keyframes, { ...timing, fill: 'backwards' });
      if (!untrack(() => this.started)) {
        animation.pause();
        this.#held.add(animation);
      }
      return () => {
        this.#held.delete(animation);
        animation.cancel();
      };
    };
  }
}

const KEY = Symbol('achievements-entry');

export function provideEntry(timeline: EntryTimeline): EntryTimeline {
  return setContext(KEY, timeline);
}

export function useEntry(): EntryTimeline {
  const timeline = getContext<EntryTimeline | undefined>(KEY);
  if (!timeline) throw new Error('useEntry(): no entry timeline; a chart must sit inside a scene that provides one');
  return timeline;
}
