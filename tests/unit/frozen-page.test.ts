// @vitest-environment jsdom
// The service worker's frozen-page watch reloads a page only when it stops drawing and does not
// answer either: a page slow to draw on a busy machine is asked, answers, and stays (issue 12:
// under load the kiosk was reloaded because its frame heartbeats came late). The page answers the
// question from its message handler, not from a frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_WITHIN_MS, FROZEN_AFTER_MS, FrozenPageWatch, MAX_FROZEN_RELOADS } from '../../src/kiosk/frozen-page.ts';
import { ReloadBudget, startWatchdog } from '../../src/kiosk/watchdog.ts';
import { fakeClock } from './support/fake-clock.ts';

/** Steps the watch once a second, like the worker's interval, and collects what it decided. */
function run(watch: FrozenPageWatch, from: number, to: number, onAsk: (id: string, at: number) => void = () => {}) {
  const reloads: number[] = [];
  for (let t = from; t <= to; t += 1_000) {
    const { ask, reload } = watch.check(t);
    for (const id of ask) onAsk(id, t);
    if (reload.length > 0) reloads.push(t);
  }
  return reloads;
}

describe('the frozen-page watch', () => {
  it('does not reload a page whose frames stopped but which answers when asked', () => {
    const watch = new FrozenPageWatch();
    watch.heard('page', 0, FROZEN_AFTER_MS);
    // No heartbeat for two minutes (frames starved), and every question answered late: 20 s on
    // (a main thread waiting on a starved GPU process).
    const asked: number[] = [];
    const pending = new Map<number, string>();
    const reloads: number[] = [];
    for (let t = 1_000; t <= 120_000; t += 1_000) {
      const id = pending.get(t);
      if (id) watch.answered(id, t);
      const verdict = watch.check(t);
      for (const asking of verdict.ask) {
        asked.push(t);
        pending.set(t + 20_000, asking);
      }
      if (verdict.reload.length > 0) reloads.push(t);
    }
    expect(asked[0]).toBe(FROZEN_AFTER_MS);
    expect(asked.length).toBeGreaterThan(3);
    expect(reloads).toEqual([]);
  });

  it('reloads a page that neither beats nor answers, once it has had its time to answer', () => {
    const watch = new FrozenPageWatch();
    watch.heard('page', 0, FROZEN_AFTER_MS);
    const asked: number[] = [];
    const reloads = run(watch, 1_000, 60_000, (_id, at) => asked.push(at));
    expect(asked).toEqual([FROZEN_AFTER_MS]);
    expect(reloads).toEqual([FROZEN_AFTER_MS + ANSWER_WITHIN_MS]);
    expect(watch.watching).toBe(0);
  });

  it('a heartbeat after the question counts as an answer; the silence the page asked for is kept', () => {
    const watch = new FrozenPageWatch();
    watch.heard('page', 0, 3_000, 3_000);
    expect(run(watch, 1_000, 3_000)).toEqual([]);
    watch.heard('page', 4_000, 3_000, 3_000);
    expect(run(watch, 4_000, 6_000)).toEqual([]);
    expect(run(watch, 7_000, 10_000)).toEqual([10_000]);
  });

  it('a hidden page is not watched; the reload budget is capped in its window', () => {
    const watch = new FrozenPageWatch();
    watch.heard('page', 0, FROZEN_AFTER_MS);
    watch.forget('page');
    expect(run(watch, 1_000, 60_000)).toEqual([]);
    const taken = Array.from({ length: MAX_FROZEN_RELOADS + 1 }, (_, i) => watch.takeReload(i * 1_000));
    expect(taken).toEqual([...Array<boolean>(MAX_FROZEN_RELOADS).fill(true), false]);
    expect(watch.takeReload(11 * 60_000)).toBe(true);
  });
});

describe('the page', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('answers the worker\'s question from its message handler, with no frame drawn', () => {
    const posted: unknown[] = [];
    const container = new EventTarget() as EventTarget & { controller: { postMessage: (m: unknown) => void }; startMessages: () => void };
    container.controller = { postMessage: (message) => posted.push(message) };
    container.startMessages = vi.fn();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { serviceWorker: container }));
    const { clock, pendingFrames } = fakeClock();
    const storage = { getItem: () => null, setItem: () => {} };
    stop = startWatchdog(clock, { recover: vi.fn(), reload: vi.fn(), giveUp: vi.fn() }, new ReloadBudget(storage));
    expect(container.startMessages).toHaveBeenCalled();
    container.dispatchEvent(new MessageEvent('message', { data: { type: 'PING' } }));
    expect(posted).toEqual([{ type: 'ALIVE' }]);
    expect(pendingFrames()).toBe(0);
  });
});
