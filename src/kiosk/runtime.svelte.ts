// Everything the running kiosk is made of, created once at start: clock, content, player, the mode
// machine, updates; and the one place where site.json's settings are applied.
import type { KioskParams } from './params.ts';
import type { SceneEnv } from '../scenes/types.ts';
import type { Notice, Site } from '../content/schema.ts';
import { Clock, type Cancel } from './clock.ts';
import { Player } from './player.svelte.ts';
import { ModeMachine } from './mode.svelte.ts';
import { ContentStore } from '../content/store.svelte.ts';
import { AppUpdates } from './updates.svelte.ts';
import { lockDown } from './lockdown.ts';
import { ScreenWakeLock } from './wake-lock.ts';
import { startWatchdog } from './watchdog.ts';
import { isOpenAt } from './schedule.ts';
import { activeNotices, activeUrgent } from './notices.ts';
import { errorLog } from './error-log.svelte.ts';
import { confirmWhenShown } from '../content/shown.svelte.ts';

/** Defaults used until a site.json has been read (the schema has the same defaults). */
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const DEFAULT_REACH = { maxControlHeightRatio: 0.43 };
/** With no content at all, look for it again this often. */
const NO_CONTENT_RETRY_SECONDS = 30;

export class KioskRuntime {
  readonly params: KioskParams;
  readonly clock: Clock;
  readonly store: ContentStore;
  readonly player: Player;
  readonly modes: ModeMachine;
  readonly updates: AppUpdates;
  readonly env: SceneEnv;
  readonly appVersion: string;
  readonly startedAt: number;
  /** Kiosk time, refreshed once a real second: enough for night mode and the status view. */
  nowMs = $state(0);
  readonly wakeLock = new ScreenWakeLock();
  /** Set when the watchdog has given up reloading: shown on the error screen. */
  fatal = $state<string | null>(null);

  // Read from reactive state, so reactive where they are read (the mode machine memoises its mode).
  get site(): Site | null {
    return this.store.content?.site ?? null;
  }
  /** Where controls may sit (site.json's reach; its default until site.json is read). */
  get reach(): { maxControlHeightRatio: number } {
    return this.site?.reach ?? DEFAULT_REACH;
  }
  get timeZone(): string {
    return this.site?.timezone ?? DEFAULT_TIME_ZONE;
  }
  get isOpen(): boolean {
    return this.site ? isOpenAt(this.site, this.nowMs) : true;
  }
  get #notices(): readonly Notice[] {
    return this.store.content?.notices.notices ?? [];
  }
  /** The calm ticker's notices now. */
  get tickerNotices(): Notice[] {
    return activeNotices(this.#notices, this.nowMs, this.timeZone);
  }
  /** The urgent notice due now, if any (the mode machine decides whether it takes over). */
  get urgentNotice(): Notice | null {
    return activeUrgent(this.#notices, this.nowMs, this.timeZone);
  }
  /** Why nothing can be shown; empty when something can. */
  get blockedReasons(): string[] {
    return [
      ...(this.params.problems.length && !this.params.contentBase ? this.params.problems : []),
      ...(this.fatal ? [this.fatal] : []),
      ...(this.store.status === 'none' ? ['没有可显示的内容 / no content to show'] : []),
      ...(this.player.errorReason && !this.player.visible ? [this.player.errorReason] : []),
    ];
  }

  readonly #stopTick: Cancel;
  #stopGuards: Cancel[] = [];
  #stopEffects: Cancel = () => {};

  constructor(options: { params: KioskParams; appVersion: string; reducedMotion: boolean }) {
    const { params } = options;
    this.params = params;
    this.appVersion = options.appVersion;
    this.clock = new Clock({ start: params.now, speed: params.speed });
    this.startedAt = this.nowMs = this.clock.nowMs();
    this.store = new ContentStore({ base: params.contentBase || 'content/', clock: this.clock, app: options.appVersion });
    this.updates = new AppUpdates(this.clock);
    this.player = new Player({
      atBoundary: () => this.updates.applyAtBoundary(),
      clock: this.clock,
      content: () => this.store.content,
      applyPendingContent: () => this.store.applyPending(),
      pinned: params.scene,
      timeZone: () => this.timeZone,
    });
    this.modes = new ModeMachine({
      clock: this.clock,
      player: this.player,
      inputs: () => ({
        content: this.store.content !== null,
        blocked: this.blockedReasons.length > 0,
        open: this.isOpen,
        preview: params.scene !== null,
        urgent: this.urgentNotice !== null,
      }),
    });
    const base = this.store.base;
    this.env = { clock: this.clock, reducedMotion: options.reducedMotion, media: (path) => `${base}${path}` };
    this.#stopTick = this.clock.everyReal(1000, () => (this.nowMs = this.clock.nowMs()));
  }

  /** Starts the mode machine and applies site settings as content arrives; returns nothing, see dispose(). */
  run(): void {
    const stopModes = this.modes.start();
    let pollSeconds = 0;
    const stopSettings = $effect.root(() => {
      // site.json's settings, applied here and only here, whenever the content changes.
      $effect(() => {
        const site = this.site;
        const poll = site?.pollIntervalSeconds ?? NO_CONTENT_RETRY_SECONDS;
        if (this.params.contentBase && poll !== pollSeconds) {
          pollSeconds = poll;
          this.store.startPolling(poll);
        }
        if (!site) return;
        this.modes.timing = { idleSeconds: site.idleTimeoutSeconds, countdownSeconds: site.countdownSeconds };
        this.updates.setCheckInterval(site.updateCheckSeconds * 1000);
      });
      $effect(() => {
        if (this.store.pending) this.player.contentWaiting();
      });
      // The screen stays awake while the palace is open.
      $effect(() => {
        const mode = this.modes.mode;
        this.wakeLock.set(mode === 'attract' || mode === 'interactive' || mode === 'urgent');
      });
    });
    // Content becomes "last good" only once it has been on screen without error.
    const stopConfirming = confirmWhenShown(this.store, this.player, this.clock);
    this.#stopEffects = () => {
      stopModes();
      stopSettings();
      stopConfirming();
    };
  }

  /**
   * Drawing the frame threw. The frame's error boundary shows the error screen; the failure is
   * logged, the document says so, and the frame is rebuilt after a pause.
   */
  frameFailed(error: unknown, rebuild: () => void, afterMs: number): void {
    const message = error instanceof Error ? error.message : String(error);
    console.error('[frame] drawing the frame failed', error);
    errorLog.record(`画面出错 / the frame failed: ${message}`, this.clock.now());
    document.documentElement.dataset.kioskMode = 'error';
    // A version never shown without error is rejected, and the last good one comes back; a last
    // good version that throws once is simply rebuilt.
    if (this.store.version && this.store.version !== this.store.lastGoodVersion) {
      this.store.rejectShown(this.store.version, `画面出错 / the frame failed: ${message}`);
    }
    this.clock.afterReal(afterMs, () => {
      rebuild();
      this.player.recover();
    });
  }

  /** Lockdown and watchdog: only for the real page, not for tests that build a runtime. */
  guard(): void {
    this.#stopGuards.push(
      lockDown(this.clock),
      startWatchdog(this.clock, {
        recover: () => this.player.recover(),
        reload: () => location.reload(),
        giveUp: (reason) => {
          this.fatal = reason;
          // A calm pause, then one more try (real time).
          this.clock.afterReal(10 * 60_000, () => location.reload());
        },
      }),
    );
  }

  dispose(): void {
    for (const stop of this.#stopGuards) stop();
    this.#stopEffects();
    this.wakeLock.dispose();
    this.#stopTick();
    this.modes.endSession();
    this.player.dispose();
    this.updates.dispose();
    this.store.dispose();
  }
}
