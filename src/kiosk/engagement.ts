// The engagement log: which model-worker stories visitors opened, when, and for how long. Kept
// only on this machine (IndexedDB), exported by staff as CSV. Nothing about the visitor is stored.
import { zonedParts } from './zoned.ts';

export interface StoryVisit {
  key?: number;
  workerId: string;
  /** The name as shown at the time, so the export reads well after content changes. */
  workerName: string;
  /** The palace's time zone; the CSV gives local date and time in it. */
  timeZone: string;
  openedAtMs: number;
  /** Null while the story is open, or if the kiosk stopped before it was closed. */
  closedAtMs: number | null;
}

/** Where visits are kept: IndexedDB in the kiosk, memory in unit tests or when IndexedDB fails. */
export interface EngagementStore {
  add(visit: Omit<StoryVisit, 'key'>): Promise<number>;
  setClosed(key: number, closedAtMs: number): Promise<void>;
  all(): Promise<StoryVisit[]>;
  /** Forgets visits opened before `ms`; returns how many. */
  deleteOpenedBefore(ms: number): Promise<number>;
}

export interface StorySession {
  readonly workerId: string;
  /** Ends the visit; later calls do nothing. */
  close(closedAtMs: number): Promise<void>;
}

/** A year and a bit: enough for an annual report, small enough to never matter on disk. */
export const RETENTION_MS = 400 * 24 * 3600 * 1000;

export const CSV_HEADER = 'date,time,worker_id,worker_name,seconds';

export class MemoryEngagementStore implements EngagementStore {
  #visits = new Map<number, StoryVisit>();
  #next = 1;

  async add(visit: Omit<StoryVisit, 'key'>): Promise<number> {
    const key = this.#next++;
    this.#visits.set(key, { ...visit, key });
    return key;
  }

  async setClosed(key: number, closedAtMs: number): Promise<void> {
    const visit = this.#visits.get(key);
    if (visit) visit.closedAtMs = closedAtMs;
  }

  async all(): Promise<StoryVisit[]> {
    return [...this.#visits.values()].map((v) => ({ ...v }));
  }

  async deleteOpenedBefore(ms: number): Promise<number> {
    let removed = 0;
    for (const [key, visit] of this.#visits) {
      if (visit.openedAtMs < ms) {
        this.#visits.delete(key);
        removed++;
      }
    }
    return removed;
  }
}

const DB_NAME = 'palace-kiosk-engagement';
const VISITS = 'story-visits';

const done = <T,>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

export class IndexedDbEngagementStore implements EngagementStore {
  readonly #db: Promise<IDBDatabase>;

  constructor(factory: IDBFactory = indexedDB, name = DB_NAME) {
    this.#db = new Promise((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        const store = request.result.createObjectStore(VISITS, { keyPath: 'key', autoIncrement: true });
        store.createIndex('openedAtMs', 'openedAtMs');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('engagement database is blocked by another tab'));
    });
  }

  async #run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
    const tx = (await this.#db).transaction(VISITS, mode);
    const [result] = await Promise.all([work(tx.objectStore(VISITS)), committed(tx)]);
    return result;
  }

  add(visit: Omit<StoryVisit, 'key'>): Promise<number> {
    return this.#run('readwrite', (store) => done(store.add(visit)).then(Number));
  }

  setClosed(key: number, closedAtMs: number): Promise<void> {
    return this.#run('readwrite', async (store) => {
      const visit = (await done(store.get(key))) as StoryVisit | undefined;
      if (visit) await done(store.put({ ...visit, closedAtMs }));
    });
  }

  all(): Promise<StoryVisit[]> {
    return this.#run('readonly', (store) => done(store.getAll() as IDBRequest<StoryVisit[]>));
  }

  deleteOpenedBefore(ms: number): Promise<number> {
    return this.#run('readwrite', async (store) => {
      const range = IDBKeyRange.upperBound(ms, true);
      const count = await done(store.index('openedAtMs').count(range));
      if (count) {
        const keys = await done(store.index('openedAtMs').getAllKeys(range));
        await Promise.all(keys.map((key) => done(store.delete(key))));
      }
      return count;
    });
  }
}

/** Falls back to memory, loudly, if the browser refuses IndexedDB (the kiosk must keep running). */
class FallbackStore implements EngagementStore {
  #primary: EngagementStore | null;
  readonly #memory = new MemoryEngagementStore();

  constructor(primary: EngagementStore) {
    this.#primary = primary;
  }

  async #use<T>(work: (store: EngagementStore) => Promise<T>): Promise<T> {
    if (this.#primary) {
      try {
        return await work(this.#primary);
      } catch (error) {
        console.warn('[engagement] IndexedDB failed; keeping the log in memory until restart', error);
        this.#primary = null;
      }
    }
    return work(this.#memory);
  }

  add = (visit: Omit<StoryVisit, 'key'>) => this.#use((s) => s.add(visit));
  setClosed = (key: number, closedAtMs: number) => this.#use((s) => s.setClosed(key, closedAtMs));
  all = () => this.#use((s) => s.all());
  deleteOpenedBefore = (ms: number) => this.#use((s) => s.deleteOpenedBefore(ms));
}

export class EngagementLog {
  readonly #store: EngagementStore;
  /** Writes not yet finished; reads wait for them so a count never misses a visit just recorded. */
  readonly #pending = new Set<Promise<unknown>>();
  #pruned = false;

  constructor(store: EngagementStore) {
    this.#store = store;
  }

  #track<T>(work: Promise<T>): Promise<T> {
    const tracked = work.finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
    return tracked;
  }

  /** Starts a visit to a story. The returned session must be closed when the story closes. */
  recordStoryOpen(workerId: string, openedAtMs: number, details: { workerName?: string; timeZone?: string } = {}): StorySession {
    if (!this.#pruned) {
      this.#pruned = true;
      void this.#track(this.#store.deleteOpenedBefore(openedAtMs - RETENTION_MS)).catch(warn);
    }
    const key = this.#track(
      this.#store.add({
        workerId,
        workerName: details.workerName ?? '',
        timeZone: details.timeZone ?? 'Asia/Shanghai',
        openedAtMs,
        closedAtMs: null,
      }),
    );
    key.catch(warn);
    let closed = false;
    return {
      workerId,
      close: (closedAtMs: number) => {
        if (closed) return Promise.resolve();
        closed = true;
        return this.#track(key.then((k) => this.#store.setClosed(k, Math.max(openedAtMs, closedAtMs)))).catch(warn);
      },
    };
  }

  /** Resolves once every write started so far has finished. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#pending]);
  }

  async visits(): Promise<StoryVisit[]> {
    await this.settled();
    return (await this.#store.all()).sort((a, b) => a.openedAtMs - b.openedAtMs);
  }

  /** How many times each worker's story was opened. */
  async counts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const visit of await this.visits()) counts[visit.workerId] = (counts[visit.workerId] ?? 0) + 1;
    return counts;
  }

  /** One row per visit: local date and time it was opened, who, and how many seconds it stayed open. */
  async exportCsv(): Promise<string> {
    return visitsToCsv(await this.visits());
  }
}

function warn(error: unknown): void {
  console.warn('[engagement] could not record a story visit', error);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Quotes a CSV field when needed, and defuses text a spreadsheet would run as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function visitsToCsv(visits: readonly StoryVisit[]): string {
  const rows = visits.map((v) => {
    const p = zonedParts(v.openedAtMs, v.timeZone);
    const seconds = v.closedAtMs === null ? '' : String(Math.round((v.closedAtMs - v.openedAtMs) / 1000));
    return [`${p.year}-${pad(p.month)}-${pad(p.day)}`, `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`, v.workerId, v.workerName, seconds]
      .map(csvField)
      .join(',');
  });
  return [CSV_HEADER, ...rows].join('\r\n') + '\r\n';
}

declare global {
  interface Window {
    /** For end-to-end tests and the staff status view. */
    __kioskEngagement?: { counts: () => Promise<Record<string, number>>; exportCsv: () => Promise<string> };
  }
}

let shared: EngagementLog | null = null;

/** The kiosk's one engagement log (IndexedDB when the browser has it); also exposed on window. */
export function engagementLog(): EngagementLog {
  if (!shared) {
    const log = new EngagementLog(
      typeof indexedDB === 'undefined' ? new MemoryEngagementStore() : new FallbackStore(new IndexedDbEngagementStore()),
    );
    shared = log;
    if (typeof window !== 'undefined') window.__kioskEngagement = { counts: () => log.counts(), exportCsv: () => log.exportCsv() };
  }
  return shared;
}
