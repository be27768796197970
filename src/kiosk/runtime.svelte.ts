// Everything the running kiosk is made of, created once at start: clock, content, player, idle.
import type { KioskParams } from './params.ts';
import type { SceneEnv } from '../scenes/types.ts';
import { Clock, type Cancel } from './clock.ts';
import { Player } from './player.svelte.ts';
import { IdleTimer } from './idle.svelte.ts';
import { ContentStore } from '../content/store.svelte.ts';
import { AppUpdates } from './updates.svelte.ts';
import { lockDown } from './lockdown.ts';
import { ScreenWakeLock } from './wake-lock.ts';
import { startWatchdog } from './watchdog.ts';

export class KioskRuntime {
  readonly params: KioskParams;
  readonly clock: Clock;
  readonly store: ContentStore;
  readonly player: Player;
  readonly idle: IdleTimer;
  readonly updates: AppUpdates;
  readonly env: SceneEnv;
  readonly appVersion: string;
  readonly startedAt: number;
  /** Kiosk time, refreshed once a real second: enough for night mode and the status view. */
  nowMs = $state(0);
  readonly wakeLock = new ScreenWakeLock();
  /** Set when the watchdog has given up reloading: shown on the error screen. */
  fatal = $state<string | null>(null);
  readonly #stopTick: Cancel;
  #stopGuards: Cancel[] = [];

  constructor(options: { params: KioskParams; appVersion: string; reducedMotion: boolean }) {
    const { params } = options;
    this.params = params;
    this.appVersion = options.appVersion;
    this.clock = new Clock({ start: params.now, speed: params.speed });
    this.startedAt = this.nowMs = this.clock.nowMs();
    this.store = new ContentStore({ base: params.contentBase || 'content/', clock: this.clock });
    this.updates = new AppUpdates(this.clock);
    this.player = new Player({
      atBoundary: () => this.updates.applyAtBoundary(),
      clock: this.clock,
      content: () => this.store.content,
      applyPendingContent: () => this.store.applyPending(),
      pinned: params.scene,
    });
    this.idle = new IdleTimer(this.clock, 60, () => this.player.resumeAttract());
    const base = this.store.base;
    this.env = { clock: this.clock, reducedMotion: options.reducedMotion, media: (path) => `${base}${path}` };
    this.#stopTick = this.clock.every(this.clock.speed * 1000, () => (this.nowMs = this.clock.nowMs()));
  }

  /** Lockdown and watchdog: only for the real page, not for tests that build a runtime. */
  guard(): void {
    this.#stopGuards.push(
      lockDown(this.clock),
      startWatchdog(this.clock, {
        reload: () => location.reload(),
        giveUp: (reason) => {
          this.fatal = reason;
          // A calm pause, then one more try (real time).
          this.clock.after(10 * 60_000 * this.clock.speed, () => location.reload());
        },
      }),
    );
  }

  dispose(): void {
    for (const stop of this.#stopGuards) stop();
    this.wakeLock.dispose();
    this.#stopTick();
    this.idle.stop();
    this.player.dispose();
    this.updates.dispose();
    this.store.dispose();
  }
}
