// The content the kiosk shows, its status, and checks for new versions. Start-up never waits for
// the network: the last good content shows at once and the check runs beside it, under a deadline.
// New content waits in `pending` until the player reaches a scene boundary, and becomes "last
// good" only once the kiosk confirms it was shown without error (`confirmShown`).
import type { Clock, Cancel } from '../kiosk/clock.ts';
import type { ContentSet } from './schema.ts';
import { formatProblem, problem, type Problem } from './problems.ts';
import { warmMedia } from './media.ts';
import { loadContent, type FetchLike, type LoadedContent } from './load.ts';
import { describeFailure, guardedFetch, type ContentFailure } from './reach.ts';
import { IndexedDbLastGood, MAX_REJECTED, readLastGood, rememberRejected, saveLastGood, type LastGoodStorage, type LegacyStorage, type RejectedVersion } from './last-good.ts';

export type ContentStatus = 'loading' | 'ok' | 'fallback' | 'none';

/** Real time the browser's own storage may take at start before the kiosk goes on without it. */
export const STORAGE_WAIT_MS = 3_000;

/** Shown as the "file" of problems that are about this machine, not about a content file. */
const THIS_MACHINE = '本机存储 local storage';

export class ContentStore {
  readonly base: string;
  content = $state.raw<ContentSet | null>(null);
  version = $state('');
  status = $state<ContentStatus>('loading');
  /** Problems of the newest content looked at (errors make it rejected; warnings do not). */
  problems = $state.raw<Problem[]>([]);
  lastChecked = $state<Date | null>(null);
  lastChanged = $state<Date | null>(null);
  pending = $state.raw<LoadedContent | null>(null);
  /** Whether the last check reached the server; null before the first check ends. */
  reachable = $state<boolean | null>(null);
  /** When a check last got the content set from the server. */
  lastReached = $state<Date | null>(null);
  /** The last thing that went wrong (kept after recovery, with its time). */
  lastFailure = $state.raw<ContentFailure | null>(null);
  /** The version kept for the next start, '' if none. */
  lastGoodVersion = $state('');
  /** The browser would not keep the last good content (storage full, refused): a warning for staff. */
  storageProblem = $state.raw<Problem | null>(null);

  readonly #fetch: FetchLike;
  readonly #storage: LastGoodStorage;
  readonly #legacy: LegacyStorage | null | undefined;
  readonly #clock: Clock;
  /** The app's version: content it validated and kept is not validated again by the same app. */
  readonly #app: string;
  #stopPolling: Cancel = () => {};
  #current: LoadedContent | null = null;
  #lastGood: LoadedContent | null = null;
  #rejected: RejectedVersion[] = [];
  #checking: Promise<void> | null = null;

  constructor(options: { base: string; clock: Clock; fetch?: FetchLike; storage?: LastGoodStorage; legacyStorage?: LegacyStorage | null; app?: string }) {
    this.base = options.base;
    this.#app = options.app ?? '';
    this.#clock = options.clock;
    this.#fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.#storage = options.storage ?? new IndexedDbLastGood();
    this.#legacy = options.legacyStorage;
  }

  /**
   * Shows the last good content at once and checks the server beside it. Resolves once there is
   * something to show, or, with nothing kept, once the first check is over (bounded by its deadline).
   */
  async start(): Promise<void> {
    const lastGood = await this.#withinRealMs(this.#readKept(), STORAGE_WAIT_MS);
    if (lastGood && !this.content) {
      this.#setLastGood(lastGood);
      this.#use(lastGood, 'ok');
    }
    const checked = this.check();
    if (!this.content) await checked;
  }

  /** Looks for new content; a valid new version becomes `pending`, an invalid one is reported. */
  check(): Promise<void> {
    // One check at a time: a poll that comes while a slow one runs joins it.
    this.#checking ??= this.#check()
      .catch((error: unknown) => {
        // A bug of ours, not the server's: say so, and let the next poll try again.
        console.warn('[content] the check failed', error);
        this.lastFailure = { at: this.#clock.now(), kind: 'offline', detail: error instanceof Error ? error.message : String(error) };
      })
      .finally(() => (this.#checking = null));
    return this.#checking;
  }

  /**
   * The kiosk showed `version` without error: keep it as last good. Call once a scene of it has
   * been ready for a while with no render error.
   */
  confirmShown(version: string): void {
    const shown = this.#current;
    if (!shown || shown.version !== version || this.#lastGood?.version === version) return;
    this.#setLastGood(shown);
    void this.#keep(() => saveLastGood(this.#storage, this.base, shown, this.#clock.nowMs(), this.#app));
  }

  /**
   * `version` failed on screen: it is not tried again until its files change, the last good
   * content comes back (status `fallback`) and `reason` ("中文 / English") is shown to staff.
   */
  rejectShown(version: string, reason: string | { zh: string; en: string }): void {
    const { zh, en } = typeof reason === 'string' ? bilingual(reason) : reason;
    const entry: RejectedVersion = { version, zh, en, atMs: this.#clock.nowMs() };
    this.#rejected = [entry, ...this.#rejected.filter((r) => r.version !== version)].slice(0, MAX_REJECTED);
    void this.#keep(() => rememberRejected(this.#storage, this.base, entry));
    const onScreen = this.version === version;
    if (!onScreen && this.pending?.version !== version) return;
    this.pending = null;
    this.#refuse([rejectionProblem(this.base, entry)], `${zh} / ${en}`);
    if (!onScreen) return;
    if (this.#lastGood?.version === version) this.#setLastGood(null);
    if (this.#lastGood) {
      this.#use(this.#lastGood, 'fallback');
    } else {
      // Nothing older to go back to: the error screen lists the reason (never a blank page).
      this.#current = null;
      this.content = null;
      this.version = '';
      this.status = 'none';
    }
  }

  /** Called by the player at a scene boundary. Returns true if the content changed. */
  applyPending(): boolean {
    const next = this.pending;
    if (!next) return false;
    this.pending = null;
    this.#use(next, 'ok');
    return true;
  }

  startPolling(intervalSeconds: number): void {
    this.#stopPolling();
    this.#stopPolling = this.#clock.every(intervalSeconds * 1000, () => void this.check());
  }

  dispose(): void {
    this.#stopPolling();
  }

  async #check(): Promise<void> {
    const guard = guardedFetch(this.#fetch, this.#clock);
    const outcome = await loadContent(this.base, guard.fetch).finally(guard.dispose);
    const now = this.#clock.now();
    this.lastChecked = now;
    if (outcome.kind === 'unreachable') {
      // Not a content error: keep what is on screen.
      const failure = guard.failure(now) ?? { at: now, kind: 'offline', detail: '' };
      this.reachable = false;
      this.lastFailure = failure;
      if (!this.content) {
        const { zh, en } = describeFailure(failure);
        this.status = 'none';
        this.problems = [problem('error', this.base, '', `${zh}（${failure.detail}）`, `${en} (${failure.detail})`)];
      }
      return;
    }
    this.reachable = true;
    this.lastReached = now;
    if (outcome.kind === 'invalid') {
      const first = outcome.problems.find((p) => p.severity === 'error') ?? outcome.problems[0];
      this.pending = null;
      this.#refuse(outcome.problems, first ? formatProblem(first) : '');
      return;
    }
    const loaded = outcome.loaded;
    const rejected = this.#rejected.find((r) => r.version === loaded.version);
    if (rejected) {
      if (this.pending?.version === loaded.version) this.pending = null;
      this.#refuse([rejectionProblem(this.base, rejected)], `${rejected.zh} / ${rejected.en}`);
      return;
    }
    this.problems = outcome.problems;
    if (loaded.version === this.version) {
      this.status = 'ok';
      this.pending = null;
    } else if (this.content) {
      this.pending = loaded;
    } else {
      this.#use(loaded, 'ok');
    }
  }

  /** The newest content cannot be used: what is on screen stays (`fallback`), staff hear why. */
  #refuse(problems: Problem[], detail: string): void {
    this.problems = problems;
    this.lastFailure = { at: this.#clock.now(), kind: 'rejected', detail };
    this.status = this.content ? 'fallback' : 'none';
  }

  /** The last good content, unless it has since failed on screen. */
  async #readKept(): Promise<LoadedContent | null> {
    try {
      this.#rejected = await this.#storage.readRejected(this.base);
      const kept = await readLastGood(this.#storage, this.base, this.#legacy, this.#app);
      return kept && !this.#rejected.some((r) => r.version === kept.version) ? kept : null;
    } catch (error) {
      this.#storageFailed(error);
      return null;
    }
  }

  #setLastGood(loaded: LoadedContent | null): void {
    this.#lastGood = loaded;
    this.lastGoodVersion = loaded?.version ?? '';
  }

  /** Runs a write to the browser's storage; a refusal (quota) becomes a warning for staff. */
  async #keep(write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
      this.storageProblem = null;
    } catch (error) {
      this.#storageFailed(error);
    }
  }

  #storageFailed(error: unknown): void {
    console.warn('[content] the browser would not keep the last good content', error);
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    const why = error instanceof Error ? error.message : String(error);
    this.storageProblem = problem(
      'warning',
      THIS_MACHINE,
      '',
      `无法在本机保存“上次正常的内容”（${full ? '存储空间已满' : why}）：服务器不可用时，重启后可能无法显示内容`,
      `could not keep the last good content on this machine (${full ? 'storage is full' : why}): after a restart without the server, nothing may show`,
    );
  }

  /** Settles with `work`'s result, or null after `realMs`: the browser's storage must not hold the start. */
  #withinRealMs<T>(work: Promise<T | null>, realMs: number): Promise<T | null> {
    return new Promise((resolve) => {
      const cancel = this.#clock.afterReal(realMs, () => resolve(null));
      void work.then((value) => {
        cancel();
        resolve(value);
      });
    });
  }

  #use(loaded: LoadedContent, status: ContentStatus): void {
    if (typeof window !== 'undefined') void warmMedia(this.base, loaded.content);
    this.#current = loaded;
    this.content = loaded.content;
    this.version = loaded.version;
    this.status = status;
    this.lastChanged = this.#clock.now();
  }
}

function rejectionProblem(base: string, rejected: RejectedVersion): Problem {
  const { zh, en } = describeFailure({ at: new Date(0), kind: 'rejected', detail: '' });
  return problem('error', base, '', `${zh}：${rejected.zh}`, `${en}: ${rejected.en}`);
}

/** "中文 / English" into its halves (a reason given in one language is used for both). */
function bilingual(reason: string): { zh: string; en: string } {
  const at = reason.indexOf(' / ');
  return at < 0 ? { zh: reason, en: reason } : { zh: reason.slice(0, at), en: reason.slice(at + 3) };
}
