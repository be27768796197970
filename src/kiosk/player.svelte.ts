// The scene player: plays the playlist, prepares the next scene before the current one ends,
// crossfades, skips scenes that fail, and lets a visitor browse by kind. It does not decide when
// to play: the mode machine (mode.svelte.ts) tells it to play, hold (a visitor) or stop.
import type { ContentSet, PlaylistEntry, SceneKind } from '../content/schema.ts';
import type { Cancel, Clock } from './clock.ts';
import { entriesOfKind, isValidAt, loopPosition, nextIndex } from './playlist.ts';
import { errorLog } from './error-log.svelte.ts';

export type SlotPhase = 'preparing' | 'visible' | 'leaving';

export interface Slot {
  key: number;
  entry: PlaylistEntry;
  phase: SlotPhase;
  ready: boolean;
}

/**
 * Real-time lengths of the player's own motion, independent of `speed`. The crossfade is short:
 * on a PC without a GPU each of its frames blends two full-screen layers in software (~33 ms a
 * frame). At 900 ms that was almost a third of a scene's 3 s entry at 30 Hz: 2–4 of 9 flat scenes
 * kept their entry at 60 Hz; at 300 ms 7–8 of 9 (bench A/B, two alternated sittings, 2026-12-02).
 * The scene's own entry (its title rising over 0.8 s, its figures counting up) carries the calm.
 */
export const TRANSITION_MS = 300;
const PREPARE_LEAD_MS = 1500;
const RETRY_SECONDS = 30;

export interface PlayerOptions {
  clock: Clock;
  content: () => ContentSet | null;
  /** Swaps in content that arrived meanwhile; true when it did. */
  applyPendingContent: () => boolean;
  /** `?scene=`: show only this scene. */
  pinned: string | null;
  /** The site's time zone, for playlist dates. */
  timeZone: () => string;
  /** Called at every scene boundary of the loop; true means "stop, the app is reloading". */
  atBoundary?: () => boolean;
}

/** The scene on screen when the loop was stopped, and whether so little of it was seen that it plays again. */
interface ResumePoint {
  id: string;
  index: number;
  replay: boolean;
}

export type PlayerState = 'idle' | 'playing' | 'holding' | 'stopped';

export class Player {
  slots = $state<Slot[]>([]);
  /** idle before the first play; holding keeps the scene on screen for a visitor; stopped frees all. */
  state = $state<PlayerState>('idle');
  /** Why nothing can be shown, or null. */
  errorReason = $state<string | null>(null);
  /** The visible scene's place among the scenes that may play now (loopPosition) and its real
   *  duration, for the progress indicator. */
  position = $state({ index: -1, count: 0, realMs: 0, key: 0 });

  readonly #options: PlayerOptions;
  readonly #failed = new Set<string>();
  #nextKey = 1;
  #loopTimers: Cancel[] = [];
  #sweepTimers = new Map<number, Cancel>();
  #retry: Cancel = () => {};
  /** Where the loop was when it was stopped (night, an urgent notice): play() carries on there. */
  #stoppedAt: ResumePoint | null = null;
  /** When the visible scene came on screen (real time), to tell how much of it was seen. */
  #shownAtReal = 0;

  constructor(options: PlayerOptions) {
    this.#options = options;
  }

  get entries(): readonly PlaylistEntry[] {
    return this.#options.content()?.playlist.scenes ?? [];
  }

  get visible(): Slot | undefined {
    return this.slots.find((s) => s.phase === 'visible');
  }

  get #timeZone(): string {
    return this.#options.timeZone();
  }

  get holding(): boolean {
    return this.state === 'holding';
  }

  /**
   * Plays the loop: from the start the first time, after the scene on screen when a visitor lets
   * go, after the scene that was on screen when it was stopped (night, an urgent notice).
   */
  play(): void {
    const from = this.state;
    if (from === 'playing') return;
    this.state = 'playing';
    if (from === 'holding') {
      if (this.#options.pinned) this.#playFrom(-1);
      else this.#advance();
      return;
    }
    const resume = from === 'stopped' ? this.#stoppedAt : null;
    this.#stoppedAt = null;
    // Nothing is on screen after a stop: a boundary, so content that arrived meanwhile comes in now.
    if (from === 'stopped' && this.#options.applyPendingContent()) this.#failed.clear();
    if (resume && !this.#options.pinned) this.#resume(resume);
    else this.#playFrom(-1);
  }

  /**
   * Carries on where the loop was stopped: a scene interrupted before half of it was seen plays
   * again from its start (if it may still play), else the loop goes on with the next one. Should
   * the scene be gone (new content meanwhile), the loop goes on from its place in the playlist.
   */
  #resume(point: ResumePoint): void {
    const entries = this.entries;
    const byId = entries.findIndex((e) => e.id === point.id);
    const at = byId >= 0 ? byId : Math.min(point.index, entries.length - 1);
    const entry = entries[at];
    const mayPlay = !!entry && !this.#failed.has(entry.id) && isValidAt(entry, this.#options.clock.nowMs(), this.#timeZone);
    this.#playFrom(point.replay && mayPlay ? at - 1 : at);
  }

  /** A visitor is using the screen: the scene on screen stays, nothing advances by itself. */
  hold(): void {
    if (this.state !== 'playing') return;
    this.state = 'holding';
    this.#cancelLoop();
    this.slots = this.slots.filter((s) => s.phase !== 'preparing');
  }

  /** Stops all motion and frees every scene (night, an urgent notice). */
  stop(): void {
    if (this.state === 'stopped') return;
    const visible = this.visible;
    if (visible && this.state !== 'idle') {
      const clock = this.#options.clock;
      const seenMs = clock.realNow() - this.#shownAtReal;
      this.#stoppedAt = {
        id: visible.entry.id,
        index: this.entries.indexOf(visible.entry),
        replay: seenMs < clock.realMs(visible.entry.duration * 1000) / 2,
      };
    }
    this.state = 'stopped';
    this.#cancelLoop();
    this.#retry();
    for (const cancel of this.#sweepTimers.values()) cancel();
    this.#sweepTimers.clear();
    this.slots = [];
  }

  /**
   * The watchdog's first resort after a burst of errors: drop every mounted scene (and whatever
   * state they hold) and carry on with the loop from the scene after the one on screen.
   */
  recover(): void {
    if (this.state !== 'playing' && this.state !== 'holding') return;
    const currentId = this.visible?.entry.id;
    this.#cancelLoop();
    for (const cancel of this.#sweepTimers.values()) cancel();
    this.#sweepTimers.clear();
    this.slots = [];
    this.#playFrom(currentId ? this.entries.findIndex((e) => e.id === currentId) : -1);
  }

  dispose(): void {
    this.stop();
  }

  markReady(key: number): void {
    const slot = this.slots.find((s) => s.key === key);
    if (slot && !slot.ready) slot.ready = true;
  }

  /** A scene threw while rendering: log it, skip it, keep the loop going. */
  sceneFailed(key: number, error: unknown): void {
    const slot = this.slots.find((s) => s.key === key);
    if (!slot) return;
    console.error(`[player] scene "${slot.entry.id}" failed and is skipped`, error);
    errorLog.record(`scene "${slot.entry.id}": ${error instanceof Error ? error.message : String(error)}`, this.#options.clock.now());
    this.#failed.add(slot.entry.id);
    if (slot.phase === 'preparing') {
      this.slots = this.slots.filter((s) => s.key !== key);
    } else if (slot.phase === 'visible') {
      if (this.#options.pinned || this.holding) {
        this.slots = this.slots.filter((s) => s.key !== key);
        this.#fail(`场景「${slot.entry.title}」无法显示 / scene "${slot.entry.id}" could not be shown`);
      } else {
        this.#advance();
      }
    }
  }

  /**
   * New content is waiting. The loop takes it at its next boundary; a pinned scene (staff preview)
   * has no boundary, so it takes it now and replays, so staff see their edit.
   */
  contentWaiting(): void {
    if (!this.#options.pinned || this.state !== 'playing') return;
    if (!this.#options.applyPendingContent()) return;
    this.#failed.clear();
    this.slots = this.slots.filter((s) => s.phase !== 'preparing');
    const at = this.entries.findIndex((e) => e.id === this.#options.pinned);
    if (at >= 0) this.#show(at, true);
    else this.#playFrom(-1);
  }

  // ---- a visitor browsing

  /** Shows the first scene of a kind, or the next one of that kind when it is already on screen. */
  showKind(kind: SceneKind): void {
    if (this.#options.applyPendingContent()) this.#failed.clear(); // a visitor's move is a boundary too
    const nowMs = this.#options.clock.nowMs();
    const ofKind = entriesOfKind(this.entries, kind, nowMs, this.#timeZone).filter((e) => !this.#failed.has(e.id));
    if (ofKind.length === 0) return;
    const current = this.visible?.entry;
    const at = current ? ofKind.findIndex((e) => e.id === current.id) : -1;
    const target = ofKind[(at + 1) % ofKind.length]!;
    if (target.id === current?.id) return;
    this.#show(this.entries.indexOf(target));
  }

  // ---- the loop

  #playFrom(index: number): void {
    const entries = this.entries;
    const pinned = this.#options.pinned;
    if (pinned) {
      const at = entries.findIndex((e) => e.id === pinned);
      if (at < 0) {
        const ids = entries.map((e) => e.id).join(', ');
        this.#fail(`找不到场景「${pinned}」/ no scene "${pinned}" (scenes: ${ids})`);
        return;
      }
      this.#show(at);
      return;
    }
    const next = nextIndex(entries, index, this.#options.clock.nowMs(), this.#timeZone, this.#failed);
    if (next < 0) {
      this.#fail(
        entries.length === 0
          ? '播放列表是空的 / the playlist is empty'
          : '现在没有可播放的场景（都不在有效期内或都出错了）/ no scene can play now (all outside their dates or failed)',
      );
      return;
    }
    this.#show(next);
  }

  #advance(): void {
    if (this.#options.atBoundary?.()) {
      this.#cancelLoop();
      return;
    }
    const currentId = this.visible?.entry.id;
    if (this.#options.applyPendingContent()) {
      this.#failed.clear();
      this.slots = this.slots.filter((s) => s.phase !== 'preparing');
    }
    const from = currentId ? this.entries.findIndex((e) => e.id === currentId) : -1;
    this.#playFrom(from);
  }

  /** Makes entry `index` the visible scene; `fresh` remounts it even if it is already on screen. */
  #show(index: number, fresh = false): void {
    const entry = this.entries[index];
    if (!entry) return;
    this.errorReason = null;
    this.#cancelLoop();
    let incoming = fresh ? undefined : this.slots.find((s) => s.phase === 'preparing' && s.entry.id === entry.id);
    if (!incoming) {
      incoming = { key: this.#nextKey++, entry, phase: 'preparing', ready: false };
      this.slots.push(incoming);
    }
    const key = incoming.key;
    for (const slot of this.slots) {
      if (slot.key === key) slot.phase = 'visible';
      else if (slot.phase === 'visible') this.#retire(slot);
    }
    this.slots = this.slots.filter((s) => s.phase !== 'preparing');
    const clock = this.#options.clock;
    const place = loopPosition(this.entries, index, clock.nowMs(), this.#timeZone, this.#failed);
    this.position = { ...place, realMs: clock.realMs(entry.duration * 1000), key };
    this.#shownAtReal = clock.realNow();
    if (this.state !== 'playing' || this.#options.pinned) return;

    // The next scene is mounted a little (real) time before this one ends, so it is laid out in time.
    const realDurationMs = clock.realMs(entry.duration * 1000);
    this.#loopTimers.push(
      clock.afterReal(Math.max(realDurationMs / 2, realDurationMs - PREPARE_LEAD_MS), () => this.#prepareNext(index)),
      clock.afterReal(realDurationMs, () => this.#advance()),
    );
  }

  /** Mounts the next scene, hidden, so it is laid out before it is needed. */
  #prepareNext(fromIndex: number): void {
    const next = nextIndex(this.entries, fromIndex, this.#options.clock.nowMs(), this.#timeZone, this.#failed);
    const entry = this.entries[next];
    if (!entry || entry.id === this.visible?.entry.id) return;
    if (this.slots.some((s) => s.phase === 'preparing')) return;
    this.slots.push({ key: this.#nextKey++, entry, phase: 'preparing', ready: false });
  }

  #retire(slot: Slot): void {
    slot.phase = 'leaving';
    const key = slot.key;
    const clock = this.#options.clock;
    this.#sweepTimers.set(
      key,
      clock.afterReal(TRANSITION_MS, () => {
        this.#sweepTimers.delete(key);
        this.slots = this.slots.filter((s) => s.key !== key);
      }),
    );
  }

  #fail(reason: string): void {
    this.#cancelLoop();
    this.errorReason = reason;
    console.error(`[player] ${reason}`);
    errorLog.record(reason, this.#options.clock.now());
    this.#retry();
    this.#retry = this.#options.clock.after(RETRY_SECONDS * 1000, () => {
      this.#failed.clear();
      if (this.state === 'playing' || this.state === 'holding') this.#playFrom(-1);
    });
  }

  #cancelLoop(): void {
    for (const cancel of this.#loopTimers) cancel();
    this.#loopTimers = [];
  }
}
