// The editor's draft in IndexedDB: the edited texts and new pictures of a set, saved as staff
// type, so a closed tab or a crash loses nothing. One draft per set (keyed by where it came from).
import { openDB, type IDBPDatabase } from 'idb';
import type { ContentTexts } from '../content/validate.ts';

export interface Draft {
  /** The set: "served:/content/", "opfs", "folder:<name>". */
  key: string;
  /** The version (hash) of the files the draft was started from. */
  baseVersion: string;
  texts: ContentTexts;
  media: Record<string, Blob>;
  savedAt: string;
}

const DB = 'palace-editor';
const STORE = 'drafts';
/** Picked folders' handles, so the editor can offer to reopen the last one. */
const HANDLES = 'handles';

let db: Promise<IDBPDatabase> | null = null;
function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'key' });
      database.createObjectStore(HANDLES);
    },
  });
  return db;
}

export async function loadDraft(key: string): Promise<Draft | null> {
  return ((await (await open()).get(STORE, key)) as Draft | undefined) ?? null;
}

/** Saves drafts one after another; a save asked for while one runs waits and keeps only the last. */
export class DraftWriter {
  #pending: Draft | null = null;
  #running: Promise<void> | null = null;

  save(draft: Draft): Promise<void> {
    this.#pending = draft;
    this.#running ??= this.#drain().finally(() => (this.#running = null));
    return this.#running;
  }

  async #drain(): Promise<void> {
    while (this.#pending) {
      const next = this.#pending;
      this.#pending = null;
      await (await open()).put(STORE, next);
    }
  }

  /** Waits for the saves in flight (before a publish clears the draft). */
  async flush(): Promise<void> {
    await this.#running;
  }
}

export async function clearDraft(key: string): Promise<void> {
  await (await open()).delete(STORE, key);
}

export async function rememberFolder(handle: FileSystemDirectoryHandle): Promise<void> {
  await (await open()).put(HANDLES, handle, 'last');
}

export async function lastFolder(): Promise<FileSystemDirectoryHandle | null> {
  return ((await (await open()).get(HANDLES, 'last')) as FileSystemDirectoryHandle | undefined) ?? null;
}
