// A Clock whose time moves only when a test says so.
import { Clock, type TimerHost } from '../../../src/kiosk/clock.ts';

export function fakeClock(options: { start?: string; speed?: number } = {}) {
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
    wallNow: () => Date.parse(options.start ?? '2026-11-23T10:00:00+08:00') + monotonic,
  };
  const clock = new Clock({ start: new Date(options.start ?? '2026-11-23T10:00:00+08:00'), speed: options.speed ?? 1, host });
  /** Moves real time forward by `ms`, firing due timers in order. */
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
  return { clock, advance, pending: () => timers.size };
}
