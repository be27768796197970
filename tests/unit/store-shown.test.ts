// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { ContentStore } from '../../src/content/store.svelte.ts';
import { CONFIRM_AFTER_MS, confirmWhenShown } from '../../src/content/shown.svelte.ts';
import { MemoryLastGood } from '../../src/content/last-good.ts';
import { CONTENT_FILES } from '../../src/content/schema.ts';
import { Player } from '../../src/kiosk/player.svelte.ts';
import { errorLog } from '../../src/kiosk/error-log.svelte.ts';
import { fakeClock } from './support/fake-clock.ts';

const FILES = new Set(Object.values(CONTENT_FILES).map((f) => f.file as string));
const serve = async (url: string) => {
  const file = url.slice('content/'.length);
  return FILES.has(file) ? new Response(readFileSync(`tests/fixtures/basic/${file}`, 'utf8')) : new Response('', { status: 404 });
};

async function setup() {
  const { clock, advance } = fakeClock();
  const storage = new MemoryLastGood();
  const store = new ContentStore({ base: 'content/', clock, fetch: serve, storage, legacyStorage: null });
  await store.start();
  const player = new Player({ clock, content: () => store.content, applyPendingContent: () => store.applyPending(), pinned: null, timeZone: () => 'Asia/Shanghai' });
  const stop = confirmWhenShown(store, player, clock);
  player.play();
  flushSync();
  const step = (ms: number) => {
    advance(ms);
    flushSync();
  };
  return { store, player, storage, step, stop };
}

describe('confirmWhenShown', () => {
  it('keeps the version as last good once a scene of it has been ready for a while without errors', async () => {
    const { store, player, step, stop } = await setup();
    step(CONFIRM_AFTER_MS);
    expect(store.lastGoodVersion).toBe(''); // not ready yet: nothing was really shown
    player.markReady(player.visible!.key);
    flushSync();
    step(CONFIRM_AFTER_MS - 1);
    expect(store.lastGoodVersion).toBe('');
    step(1);
    expect(store.lastGoodVersion).toBe(store.version);
    stop();
  });

  it('an error while it is on screen holds the confirmation back', async () => {
    const { store, player, step, stop } = await setup();
    player.markReady(player.visible!.key);
    flushSync();
    step(CONFIRM_AFTER_MS / 2);
    errorLog.record('scene "numbers": boom', new Date());
    step(CONFIRM_AFTER_MS / 2);
    expect(store.lastGoodVersion).toBe('');
    stop();
  });
});
