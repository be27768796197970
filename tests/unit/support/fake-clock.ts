// Timers and animation frames whose time moves only when a test says so.
import { Clock, type TimerHost } from '../../../src/kiosk/clock.ts';

/** Frames come every 16⅔ ms of fake time, like a 60 Hz screen. */
export const FRAME_MS = 1000 / 60;

/**
 * A timer host with a manual monotonic clock; `advance` fires due timers and animation frames in
 * time order, so a test steps count-ups, 3D frames and timers together.
 */
export function fakeHost(startWall = Date.parse('2026-11-23T10:00:00+08:00')) {
  let monotonic = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const frameRequests = new Map<number, (time: number) => void>();
  let nextFrameAt = FRAME_MS;
  const host: TimerHost = {
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: monotonic + ms, fn });
      return id;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    requestFrame: (fn) => {
      const id = nextId++;
      frameRequests.set(id, fn);
      return id;
    },
    cancelFrame: (handle) => void frameRequests.delete(handle as number),
    monotonic: () => monotonic,
    wallNow: () => startWall + monotonic,
  };
  const runFrame = (at: number) => {
    monotonic = at;
    const due = [...frameRequests.entries()];
    frameRequests.clear();
    for (const [, fn] of due) fn(at);
  };
  const advance = (ms: number) => {
    const target = monotonic + ms;
    for (;;) {
      const timer = [...timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      const frameAt = frameRequests.size > 0 && nextFrameAt <= target ? nextFrameAt : Infinity;
      if (!timer && frameAt === Infinity) break;
      if (timer && timer[1].at <= frameAt) {
        timers.delete(timer[0]);
        monotonic = Math.max(monotonic, timer[1].at);
        timer[1].fn();
      } else {
        runFrame(frameAt);
      }
      while (nextFrameAt <= monotonic) nextFrameAt += FRAME_MS;
    }
    monotonic = target;
    while (nextFrameAt <= monotonic) nextFrameAt += FRAME_MS;
  };
  return { host, advance, pending: () => timers.size, pendingFrames: () => frameRequests.size };
}

/** A kiosk Clock on a fake host, starting at `start` (default a Monday morning in Shanghai). */
export function fakeClock(options: { start?: string; speed?: number } = {}) {
  const start = options.start ?? '2026-11-23T10:00:00+08:00';
  const { host, advance, pending, pendingFrames } = fakeHost(Date.parse(start));
  const clock = new Clock({ start: new Date(start), speed: options.speed ?? 1, host });
  return { clock, advance, pending, pendingFrames };
}
