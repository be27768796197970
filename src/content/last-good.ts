// Keeps, across reloads and browser restarts, the last content set shown without error and the
// versions that failed on screen. IndexedDB in the kiosk (a large set fits, unlike localStorage's
// 5 MB), memory in unit tests.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ContentTexts } from './validate.ts';
import type { ContentSet } from './schema.ts';
import { judgeTexts, type LoadedContent } from './load.ts';

export interface SavedContent {
  version: string;
  texts: ContentTexts;
  savedAtMs: number;
  /**
   * The set as validated by the app (build) that kept it. The same app uses it as is at start;
   * any other app validates `texts` again, since its schema or rules may differ.
   */
  validated?: { app: string; content: ContentSet };
}

/** A version that was shown and failed: not tried again until its files change. */
export interface RejectedVersion {
  version: string;
  zh: string;
  en: string;
  atMs: number;
}

/** Where it is kept. Writes reject when the browser refuses (quota): the caller tells staff. */
export interface LastGoodStorage {
  read(base: string): Promise<SavedContent | null>;
  write(base: string, saved: SavedContent): Promise<void>;
  readRejected(base: string): Promise<RejectedVersion[]>;
  writeRejected(base: string, rejected: RejectedVersion[]): Promise<void>;
}

/** Enough to remember every recent mistake, small enough to never matter. */
export const MAX_REJECTED = 10;

/** Where the kiosk kept last good content before IndexedDB (read once, then removed). */
export const legacyKey = (base: string) => `palace-kiosk:last-good:${base}`;
export type LegacyStorage = Pick<Storage, 'getItem' | 'removeItem'>;

/**
 * The last good content for this base. Kept by this same `app`, it is used as validated then: the
 * start does not parse and check the set again (~30–50 ms on a small PC). Kept by another app
 * (or with no app given), it is validated again: a schema change may have made it invalid.
 */
export async function readLastGood(storage: LastGoodStorage, base: string, legacy: LegacyStorage | null = browserLocalStorage(), app = ''): Promise<LoadedContent | null> {
  const saved = (await storage.read(base)) ?? (legacy ? await migrateLegacy(storage, base, legacy) : null);
  if (!saved) return null;
  if (app && saved.validated?.app === app) return { content: saved.validated.content, version: saved.version, texts: saved.texts };
  const outcome = judgeTexts(saved.texts);
  return outcome.kind === 'valid' ? outcome.loaded : null;
}

/** Rejects when the browser will not keep it (storage full). With `app`, keeps the validated set for that app's next start. */
export function saveLastGood(storage: LastGoodStorage, base: string, loaded: LoadedContent, nowMs: number, app = ''): Promise<void> {
  const saved: SavedContent = { version: loaded.version, texts: loaded.texts, savedAtMs: nowMs };
  if (app) saved.validated = { app, content: loaded.content };
  return storage.write(base, saved);
}

/** Adds one rejection, newest first, keeping the list short; returns the new list. */
export async function rememberRejected(storage: LastGoodStorage, base: string, entry: RejectedVersion): Promise<RejectedVersion[]> {
  const kept = (await storage.readRejected(base)).filter((r) => r.version !== entry.version);
  const next = [entry, ...kept].slice(0, MAX_REJECTED);
  await storage.writeRejected(base, next);
  return next;
}

/** Moves a localStorage entry from an older kiosk into `storage`, once. */
async function migrateLegacy(storage: LastGoodStorage, base: string, legacy: LegacyStorage): Promise<SavedContent | null> {
  let saved: SavedContent;
  try {
    const raw = legacy.getItem(legacyKey(base));
    if (!raw) return null;
    const old = JSON.parse(raw) as { version?: string; texts?: ContentTexts; savedAt?: number };
    if (!old.texts) return null;
    saved = { version: old.version ?? '', texts: old.texts, savedAtMs: old.savedAt ?? 0 };
  } catch {
    return null;
  }
  // Only forget the old copy once the new one is safely kept.
  await storage.write(base, saved);
  legacy.removeItem(legacyKey(base));
  return saved;
}

function browserLocalStorage(): LegacyStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // some browsers throw on access when storage is disabled
  }
}

// ---- IndexedDB

interface ContentDb extends DBSchema {
  'last-good': { key: string; value: SavedContent };
  rejected: { key: string; value: RejectedVersion[] };
}

const DB_NAME = 'palace-kiosk-content';

export class IndexedDbLastGood implements LastGoodStorage {
  #db: Promise<IDBPDatabase<ContentDb>> | null = null;

  constructor(private readonly name = DB_NAME) {}

  async read(base: string): Promise<SavedContent | null> {
    return (await (await this.#open()).get('last-good', base)) ?? null;
  }

  async write(base: string, saved: SavedContent): Promise<void> {
    await (await this.#open()).put('last-good', saved, base);
  }

  async readRejected(base: string): Promise<RejectedVersion[]> {
    return (await (await this.#open()).get('rejected', base)) ?? [];
  }

  async writeRejected(base: string, rejected: RejectedVersion[]): Promise<void> {
    await (await this.#open()).put('rejected', rejected, base);
  }

  #open(): Promise<IDBPDatabase<ContentDb>> {
    this.#db ??= openDB<ContentDb>(this.name, 1, {
      upgrade(db) {
        db.createObjectStore('last-good');
        db.createObjectStore('rejected');
      },
      // Another tab with a newer kiosk wants the database: let it have it, reopen next time.
      blocking: () => void this.#close(),
      terminated: () => (this.#db = null),
    }).catch((error: unknown) => {
      this.#db = null; // try again next time
      throw error;
    });
    return this.#db;
  }

  async #close(): Promise<void> {
    const db = this.#db;
    this.#db = null;
    (await db?.catch(() => null))?.close();
  }
}

// ---- memory, for unit tests

export class MemoryLastGood implements LastGoodStorage {
  readonly saved = new Map<string, SavedContent>();
  readonly rejected = new Map<string, RejectedVersion[]>();
  /** Set to make writes fail as a full disk would. */
  failWrites: Error | null = null;

  async read(base: string): Promise<SavedContent | null> {
    return structuredClone(this.saved.get(base) ?? null);
  }

  async write(base: string, saved: SavedContent): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    this.saved.set(base, structuredClone(saved));
  }

  async readRejected(base: string): Promise<RejectedVersion[]> {
    return structuredClone(this.rejected.get(base) ?? []);
  }

  async writeRejected(base: string, rejected: RejectedVersion[]): Promise<void> {
    if (this.failWrites) throw this.failWrites;
    this.rejected.set(base, structuredClone(rejected));
  }
}
