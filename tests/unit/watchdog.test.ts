// @vitest-environment jsdom
// The watchdog recovers in place before it reloads, ignores the browser's benign notices, and
// keeps no animation frame busy between heartbeats.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERROR_BURST, RECOVERY_WINDOW_MS, ReloadBudget, isBenignNotice, startWatchdog } from '../../src/kiosk/watchdog.ts';
import { fakeClock } from './support/fake-clock.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

function setUp() {
  const { clock, advance, pendingFrames } = fakeClock();
  const hooks = { recover: vi.fn(), reload: vi.fn(), giveUp: vi.fn() };
  const stop = startWatchdog(clock, hooks, new ReloadBudget(memoryStorage()));
  const burst = (message = 'TypeError: x is undefined') => {
    for (let i = 0; i < ERROR_BURST; i++) window.dispatchEvent(new ErrorEvent('error', { message }));
  };
  return { clock, advance, pendingFrames, hooks, stop, burst };
}

let stopWatchdog = () => {};
afterEach(() => stopWatchdog());

describe('the watchdog', () => {
  it('never counts the browser\'s ResizeObserver notices', () => {
    expect(isBenignNotice('ResizeObserver loop completed with undelivered notifications.')).toBe(true);
    expect(isBenignNotice('ResizeObserver loop limit exceeded')).toBe(true);
    expect(isBenignNotice('TypeError: ResizeObserver is not a constructor')).toBe(false);
    const { hooks, stop, burst } = setUp();
    stopWatchdog = stop;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let i = 0; i < 10; i++) burst('ResizeObserver loop completed with undelivered notifications.');
    expect(hooks.recover).not.toHaveBeenCalled();
    expect(hooks.reload).not.toHaveBeenCalled();
  });

  it('rebuilds the scene in place first, reloads only when that did not help, then gives up', () => {
    const { advance, hooks, stop, burst } = setUp();
    stopWatchdog = stop;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    burst();
    expect(hooks.recover).toHaveBeenCalledTimes(1);
    expect(hooks.reload).not.toHaveBeenCalled();
    advance(60_000);
    burst();
    expect(hooks.reload).toHaveBeenCalledTimes(1);
    advance(60_000);
    burst();
    advance(60_000);
    burst();
    expect(hooks.reload).toHaveBeenCalledTimes(3);
    advance(60_000);
    burst();
    expect(hooks.giveUp).toHaveBeenCalledTimes(1);
    expect(hooks.recover).toHaveBeenCalledTimes(1);
    // Long after, a new burst is met with an in-place recovery again.
    advance(RECOVERY_WINDOW_MS);
    burst();
    expect(hooks.recover).toHaveBeenCalledTimes(2);
  });

  it('asks for one animation frame a second for its heartbeat, none in between', () => {
    const { advance, pendingFrames, stop } = setUp();
    stopWatchdog = stop;
    expect(pendingFrames()).toBe(0);
    advance(1_000);
    expect(pendingFrames()).toBe(1);
    advance(20);
    expect(pendingFrames()).toBe(0);
    advance(900);
    expect(pendingFrames()).toBe(0);
  });
});
