// The content the kiosk shows, its status, and polling for new versions. New content waits in
// `pending` until the player reaches a scene boundary.
import type { Clock, Cancel } from '../kiosk/clock.ts';
import type { ContentSet } from './schema.ts';
import type { Problem } from './problems.ts';
import { warmMedia } from './media.ts';
import { loadContent, readLastGood, saveLastGood, type FetchLike, type KeyValueStore, type LoadedContent } from './load.ts';

export type ContentStatus = 'loading' | 'ok' | 'fallback' | 'none';

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

  readonly #fetch: FetchLike;
  readonly #storage: KeyValueStore;
  readonly #clock: Clock;
  #stopPolling: Cancel = () => {};

  constructor(options: { base: string; clock: Clock; fetch?: FetchLike; storage?: KeyValueStore }) {
    this.base = options.base;
    this.#clock = options.clock;
    this.#fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.#storage = options.storage ?? globalThis.localStorage;
  }

  /** First load: the newest content if valid, else the last good one kept from before. */
  async start(): Promise<void> {
    await this.check();
    if (!this.content && this.pending) this.applyPending();
  }

  /** Looks for new content; a valid new version becomes `pending`, an invalid one is reported. */
  async check(): Promise<void> {
    const outcome = await loadContent(this.base, this.#fetch);
    this.lastChecked = this.#clock.now();
    if (outcome.kind === 'valid') {
      this.problems = outcome.problems;
      if (outcome.loaded.version !== this.version) {
        saveLastGood(this.#storage, this.base, outcome.loaded);
        if (this.content) this.pending = outcome.loaded;
        else this.#use(outcome.loaded, 'ok');
      } else {
        this.status = 'ok';
        this.pending = null;
      }
      return;
    }
    if (outcome.kind === 'invalid') this.problems = outcome.problems;
    if (!this.content) {
      const lastGood = readLastGood(this.#storage, this.base);
      if (lastGood) this.#use(lastGood, outcome.kind === 'invalid' ? 'fallback' : 'ok');
      else {
        this.status = 'none';
        if (outcome.kind === 'unreachable') this.problems = outcome.problems;
      }
    } else if (outcome.kind === 'invalid') {
      this.status = 'fallback';
      this.pending = null;
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

  #use(loaded: LoadedContent, status: ContentStatus): void {
    if (typeof window !== 'undefined') void warmMedia(this.base, loaded.content);
    this.content = loaded.content;
    this.version = loaded.version;
    this.status = status;
    this.lastChanged = this.#clock.now();
  }
}
