// Timers whose time moves only when a test says so.
import { Clock, type TimerHost } from '../../../src/kiosk/clock.ts';

/** A timer host with a manual monotonic clock; `advance` fires due timers in order. */
export function fakeHost(startWall = Date.parse('2026-11-23T10:00:00+08:00')) {
  let monotonic = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const host: TimerHost = {
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: monotonic + ms, fn });
      return id;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    monotonic: () => monotonic,
    wallNow: () => startWall + monotonic,
  };
  const advance = (ms: number) => {
    const target = monotonic + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      monotonic = due[1].at;
      due[1].fn();
    }
    monotonic = target;
  };
  return { host, advance, pending: () => timers.size };
}

/** A kiosk Clock on a fake host, starting at `start` (default a Monday morning in Shanghai). */
export function fakeClock(options: { start?: string; speed?: number } = {}) {
  const start = options.start ?? '2026-11-23T10:00:00+08:00';
  const { host, advance, pending } = fakeHost(Date.parse(start));
  const clock = new Clock({ start: new Date(start), speed: options.speed ?? 1, host });
  return { clock, advance, pending };
}
