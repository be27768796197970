import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { ContentStore, STORAGE_WAIT_MS } from '../../src/content/store.svelte.ts';
import { CHECK_TIMEOUT_MS } from '../../src/content/reach.ts';
import { MemoryLastGood, legacyKey, type LastGoodStorage } from '../../src/content/last-good.ts';
import { contentVersion, type FetchLike } from '../../src/content/load.ts';
import { CONTENT_FILES, type ContentKey } from '../../src/content/schema.ts';
import type { ContentTexts } from '../../src/content/validate.ts';
import { fakeClock } from './support/fake-clock.ts';

const BASE = 'content/';
const KEYS = Object.keys(CONTENT_FILES) as ContentKey[];
const fileText = (file: string) => readFileSync(`tests/fixtures/basic/${file}`, 'utf8');

/** The basic fixture; `edit` changes a file's text, so each edit is a new version. */
function contentSet(edit = ''): Record<string, string> {
  const files = Object.fromEntries(KEYS.map((k) => [CONTENT_FILES[k].file, fileText(CONTENT_FILES[k].file)]));
  files['notices.json'] += edit;
  return files;
}
const versionOf = (files: Record<string, string>) => contentVersion(Object.fromEntries(KEYS.map((k) => [k, files[CONTENT_FILES[k].file] ?? null])) as ContentTexts);

type Mode = 'ok' | 'hang' | 'hang-ignoring-abort' | 'offline' | number;

/** A content server the test steers: it serves `files`, answers with a status, throws, or hangs. */
function fakeServer(initial: Record<string, string>) {
  const server = { files: initial, mode: 'ok' as Mode, requests: 0 };
  const fetch: FetchLike = (url, init) => {
    server.requests++;
    const mode = server.mode;
    if (mode === 'hang') return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    if (mode === 'hang-ignoring-abort') return new Promise(() => {});
    if (mode === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    if (typeof mode === 'number') return Promise.resolve(new Response('oops', { status: mode }));
    const text = server.files[url.slice(BASE.length)];
    return Promise.resolve(text === undefined ? new Response('', { status: 404 }) : new Response(text, { status: 200 }));
  };
  return { server, fetch };
}

/** Lets every promise that can settle now settle (the fake clock does not move). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function kiosk(options: { files?: Record<string, string>; storage?: LastGoodStorage; legacyStorage?: Pick<Storage, 'getItem' | 'removeItem'> | null; app?: string } = {}) {
  const { clock, advance } = fakeClock();
  const { server, fetch } = fakeServer(options.files ?? contentSet());
  const storage = options.storage ?? new MemoryLastGood();
  const store = new ContentStore({ base: BASE, clock, fetch, storage, legacyStorage: options.legacyStorage ?? null, app: options.app ?? '' });
  const tick = async (ms: number) => {
    advance(ms);
    await settle();
  };
  return { store, server, storage, clock, tick };
}

/** A store that has shown the basic set and kept it as last good. */
async function shownAndKept(storage = new MemoryLastGood()) {
  const k = kiosk({ storage });
  await k.store.start();
  k.store.confirmShown(k.store.version);
  await settle();
  return k;
}

describe('ContentStore: start-up never waits for the network', () => {
  it('shows the last good content at once while the server hangs, then reports the timeout', async () => {
    const { storage, store: first } = await shownAndKept();
    const { store, server, tick } = kiosk({ storage });
    server.mode = 'hang';
    let started = false;
    void store.start().then(() => (started = true));
    await settle();
    expect(started).toBe(true);
    expect(store.version).toBe(first.version);
    expect(store.status).toBe('ok');
    expect(store.reachable).toBeNull();

    await tick(CHECK_TIMEOUT_MS - 1);
    expect(store.reachable).toBeNull();
    await tick(1);
    expect(store.reachable).toBe(false);
    expect(store.lastFailure).toMatchObject({ kind: 'timeout', detail: expect.stringContaining('site.json') });
    expect(store.version).toBe(first.version);
    expect(store.status).toBe('ok');
  });

  it('with nothing kept, waits for the network, but no longer than the deadline', async () => {
    const { store, server, tick } = kiosk();
    server.mode = 'hang';
    let started = false;
    void store.start().then(() => (started = true));
    await settle();
    await tick(CHECK_TIMEOUT_MS - 1);
    expect(started).toBe(false);
    await tick(1);
    expect(started).toBe(true);
    expect(store.status).toBe('none');
    expect(store.problems[0]?.zh).toContain('服务器无响应（超时）');
  });

  it('bounds a fetch that ignores the abort signal too', async () => {
    const { store, server, tick } = kiosk();
    server.mode = 'hang-ignoring-abort';
    const started = store.start();
    await settle();
    await tick(CHECK_TIMEOUT_MS);
    await started;
    expect(store.lastFailure?.kind).toBe('timeout');
  });

  it('takes a slow answer that comes within the deadline as pending new content', async () => {
    const { storage, store: first } = await shownAndKept();
    const files = contentSet('\n');
    const { clock, advance } = fakeClock();
    // Answers after 5 s, on the kiosk's clock.
    const slow: FetchLike = (url) => new Promise((resolve) => clock.after(5_000, () => resolve(new Response(files[url.slice(BASE.length)] ?? '', { status: 200 }))));
    const store = new ContentStore({ base: BASE, clock, fetch: slow, storage, legacyStorage: null });
    await store.start();
    expect(store.version).toBe(first.version);
    advance(5_000);
    await settle();
    expect(store.pending?.version).toBe(versionOf(files));
    expect(store.version).toBe(first.version);
    expect(store.reachable).toBe(true);
  });

  it('goes on without the browser storage when it does not answer', async () => {
    const stuck: LastGoodStorage = { read: () => new Promise(() => {}), write: async () => {}, readRejected: async () => [], writeRejected: async () => {} };
    const { store, tick } = kiosk({ storage: stuck });
    const started = store.start();
    await tick(STORAGE_WAIT_MS);
    await started;
    expect(store.status).toBe('ok');
    expect(store.content).not.toBeNull();
  });

  it('runs one check at a time: a poll during a slow check joins it', async () => {
    const { store, server, tick } = kiosk();
    await store.start();
    server.mode = 'hang';
    server.requests = 0;
    void store.check();
    void store.check();
    await settle();
    expect(server.requests).toBe(KEYS.length);
    await tick(CHECK_TIMEOUT_MS);
  });
});

describe('ContentStore: faults are visible', () => {
  it('a 500 is the server being unwell, not bad content; recovery is seen', async () => {
    const { store, server, tick } = kiosk();
    await store.start();
    expect(store.reachable).toBe(true);
    const reachedAt = store.lastReached!;
    server.mode = 500;
    await tick(60_000);
    await store.check();
    expect(store.reachable).toBe(false);
    expect(store.lastFailure).toMatchObject({ kind: 'http', status: 500, detail: expect.stringContaining('site.json 500') });
    expect(store.status).toBe('ok');
    expect(store.problems).toEqual([]);
    expect(store.lastReached).toEqual(reachedAt);

    server.mode = 'ok';
    await tick(60_000);
    await store.check();
    expect(store.reachable).toBe(true);
    expect(store.lastReached!.getTime()).toBe(reachedAt.getTime() + 120_000);
    expect(store.lastFailure?.kind).toBe('http'); // the last failure stays, with its time
  });

  it('a fetch that throws is offline', async () => {
    const { store, server } = kiosk();
    await store.start();
    server.mode = 'offline';
    await store.check();
    expect(store.reachable).toBe(false);
    expect(store.lastFailure).toMatchObject({ kind: 'offline', detail: expect.stringContaining('Failed to fetch') });
  });

  it('an invalid set is rejected: the server was reached, the shown content stays, status fallback', async () => {
    const { store, server } = kiosk();
    await store.start();
    const version = store.version;
    server.files = { ...server.files, 'playlist.json': '{ "scenes": [' };
    await store.check();
    expect(store.reachable).toBe(true);
    expect(store.lastFailure).toMatchObject({ kind: 'rejected', detail: expect.stringContaining('playlist.json') });
    expect(store.status).toBe('fallback');
    expect(store.version).toBe(version);
    expect(store.pending).toBeNull();
  });
});

describe('ContentStore: last good only after it has been shown', () => {
  it('keeps a new version as last good only once the kiosk confirms it was shown', async () => {
    const { storage, store: first } = await shownAndKept();
    const { store, server } = kiosk({ storage });
    server.files = contentSet('\n');
    await store.start();
    await store.check();
    expect(store.pending?.version).toBe(versionOf(server.files));
    expect(store.applyPending()).toBe(true);
    await settle();
    expect((await storage.read(BASE))?.version).toBe(first.version);

    store.confirmShown('some other version');
    await settle();
    expect((await storage.read(BASE))?.version).toBe(first.version);
    store.confirmShown(store.version);
    await settle();
    expect((await storage.read(BASE))?.version).toBe(versionOf(server.files));
    expect(store.lastGoodVersion).toBe(store.version);
  });

  it('a version that fails on screen brings the last good back and is not tried again until its files change', async () => {
    const { storage, store: first } = await shownAndKept();
    const { store, server } = kiosk({ storage });
    server.files = contentSet('\n');
    await store.start();
    await store.check();
    store.applyPending();
    const bad = store.version;
    store.rejectShown(bad, '画面出错 / the frame failed to render');
    expect(store.version).toBe(first.version);
    expect(store.status).toBe('fallback');
    expect(store.lastFailure).toMatchObject({ kind: 'rejected' });
    expect(store.problems[0]).toMatchObject({ severity: 'error' });
    expect(store.problems[0]!.zh).toContain('新内容有误，已拒绝');
    expect(store.problems[0]!.en).toContain('the frame failed to render');

    await store.check(); // the same files again
    expect(store.pending).toBeNull();
    expect(store.status).toBe('fallback');

    // After a restart too: the rejection was kept.
    await settle();
    const again = kiosk({ storage, files: server.files });
    await again.store.start();
    await again.store.check(); // joins the check that start began
    expect(again.store.version).toBe(first.version);
    expect(again.store.status).toBe('fallback');
    expect(again.store.problems[0]!.en).toContain('the frame failed to render');

    // Files mended: a new version, tried as usual.
    again.server.files = contentSet('\n\n');
    await again.store.check();
    expect(again.store.pending?.version).toBe(versionOf(again.server.files));
  });

  it('a pending version rejected before it is shown is dropped', async () => {
    const { storage } = await shownAndKept();
    const { store, server } = kiosk({ storage });
    server.files = contentSet('\n');
    await store.start();
    await store.check();
    store.rejectShown(store.pending!.version, { zh: '坏了', en: 'broken' });
    expect(store.pending).toBeNull();
    expect(store.status).toBe('fallback');
  });

  it('with nothing older to go back to, a failed version gives the error screen its reason', async () => {
    const { store } = kiosk();
    await store.start();
    store.rejectShown(store.version, '画面出错 / the frame failed to render');
    expect(store.content).toBeNull();
    expect(store.status).toBe('none');
    expect(store.problems[0]!.en).toContain('the frame failed to render');
  });
});

describe('ContentStore: where last good is kept', () => {
  it('a full disk is told to staff, and the kiosk keeps showing', async () => {
    const storage = new MemoryLastGood();
    storage.failWrites = new DOMException('quota', 'QuotaExceededError');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { store } = await shownAndKept(storage);
    expect(store.storageProblem).toMatchObject({ severity: 'warning' });
    expect(store.storageProblem!.zh).toContain('存储空间已满');
    expect(store.storageProblem!.en).toContain('storage is full');
    expect(store.content).not.toBeNull();
    expect(warn).toHaveBeenCalled();
  });

  it('moves a last good set kept by an older kiosk in localStorage, once', async () => {
    const files = contentSet();
    const texts = Object.fromEntries(KEYS.map((k) => [k, files[CONTENT_FILES[k].file]]));
    const legacy = new Map([[legacyKey(BASE), JSON.stringify({ version: 'old', texts, savedAt: 1 })]]);
    const legacyStorage = { getItem: (k: string) => legacy.get(k) ?? null, removeItem: (k: string) => void legacy.delete(k) };
    const storage = new MemoryLastGood();
    const { store, server } = kiosk({ storage, legacyStorage });
    server.mode = 'offline';
    await store.start();
    expect(store.version).toBe(versionOf(files));
    expect(legacy.size).toBe(0);
    expect((await storage.read(BASE))?.texts).toEqual(texts);
  });

  it('a kept set that no longer validates is not shown', async () => {
    const storage = new MemoryLastGood();
    await storage.write(BASE, { version: 'x', texts: { site: '{', playlist: null, achievements: null, workers: null, events: null, notices: null }, savedAtMs: 0 });
    const { store, server } = kiosk({ storage });
    server.mode = 500;
    await store.start();
    expect(store.status).toBe('none');
    expect(store.problems[0]!.zh).toContain('服务器返回 500');
  });

  it('the app that kept a set uses it as validated then; another app validates the texts again', async () => {
    const storage = new MemoryLastGood();
    const kept = kiosk({ storage, app: 'build-1' });
    await kept.store.start();
    kept.store.confirmShown(kept.store.version);
    await settle();
    const saved = (await storage.read(BASE))!;
    expect(saved.validated?.app).toBe('build-1');
    expect(saved.validated?.content).toEqual(kept.store.content);

    // Mark the kept validated set, so the test sees which one a start shows.
    const marked = structuredClone(saved);
    marked.validated!.content.site.name = '只在已校验的副本里';
    await storage.write(BASE, marked);

    const same = kiosk({ storage, app: 'build-1' });
    same.server.mode = 'offline';
    await same.store.start();
    expect(same.store.content?.site.name).toBe('只在已校验的副本里');
    expect(same.store.version).toBe(saved.version);

    const next = kiosk({ storage, app: 'build-2' });
    next.server.mode = 'offline';
    await next.store.start();
    expect(next.store.content?.site.name).toBe(kept.store.content?.site.name);
    expect(next.store.version).toBe(saved.version);
  });

  it('a set kept by another app that its rules now refuse is not shown, whatever that app thought of it', async () => {
    const storage = new MemoryLastGood();
    const texts = { site: '{', playlist: null, achievements: null, workers: null, events: null, notices: null };
    const { store: shown } = await shownAndKept();
    await storage.write(BASE, { version: 'x', texts, savedAtMs: 0, validated: { app: 'build-1', content: shown.content! } });
    const { store, server } = kiosk({ storage, app: 'build-2' });
    server.mode = 500;
    await store.start();
    expect(store.status).toBe('none');
  });
});
