import { describe, expect, it } from 'vitest';
import { Clock } from '../../src/kiosk/clock.ts';
import { fakeHost } from './support/fake-clock.ts';

describe('Clock', () => {
  it('starts at the given instant and runs on in real time', () => {
    const { host, advance } = fakeHost(Date.UTC(2024, 4, 1, 1, 30));
    const clock = new Clock({ start: new Date('2024-05-01T09:30:00+08:00'), host });
    expect(clock.now().toISOString()).toBe('2024-05-01T01:30:00.000Z');
    advance(60_000);
    expect(clock.now().toISOString()).toBe('2024-05-01T01:31:00.000Z');
  });

  it('uses the wall clock when no start is given', () => {
    const { host } = fakeHost(Date.UTC(2030, 0, 1));
    expect(new Clock({ host }).nowMs()).toBe(Date.UTC(2030, 0, 1));
  });

  it('runs kiosk time and timers `speed` times faster', () => {
    const { host, advance } = fakeHost();
    const clock = new Clock({ start: new Date('2024-05-01T00:00:00Z'), speed: 20, host });
    let fired = 0;
    clock.after(20_000, () => fired++);
    advance(999);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
    expect(clock.now().toISOString()).toBe('2024-05-01T00:00:20.000Z');
  });

  it('repeats with every() until cancelled', () => {
    const { host, advance, pending } = fakeHost();
    const clock = new Clock({ speed: 2, host });
    let ticks = 0;
    const stop = clock.every(1000, () => ticks++);
    advance(2500);
    expect(ticks).toBe(5);
    stop();
    advance(5000);
    expect(ticks).toBe(5);
    expect(pending()).toBe(0);
  });

  it('cancels a timer before it fires and frees everything on dispose', () => {
    const { host, advance, pending } = fakeHost();
    const clock = new Clock({ host });
    let fired = false;
    const cancel = clock.after(100, () => (fired = true));
    cancel();
    clock.after(100, () => {});
    clock.every(50, () => {});
    expect(clock.pendingTimers).toBe(2);
    clock.dispose();
    advance(1000);
    expect(fired).toBe(false);
    expect(pending()).toBe(0);
  });

  it('treats a non-positive speed as real time', () => {
    const { host } = fakeHost();
    expect(new Clock({ speed: 0, host }).speed).toBe(1);
    expect(new Clock({ speed: -3, host }).speed).toBe(1);
  });
});

describe('Clock: real time and frames', () => {
  it('runs real-time timers at real speed whatever `speed` says', async () => {
    const { fakeClock } = await import('./support/fake-clock.ts');
    const { clock, advance } = fakeClock({ speed: 50 });
    let fired = 0;
    clock.afterReal(1_000, () => fired++);
    advance(999);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
  });

  it('steps animation frames with the fake host, and a frame loop ends when told', async () => {
    const { fakeClock } = await import('./support/fake-clock.ts');
    const { clock, advance, pendingFrames } = fakeClock();
    const times: number[] = [];
    clock.frames((t) => {
      times.push(t);
      return times.length < 3;
    });
    advance(1_000);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeCloseTo(1000 / 60, 5);
    expect(pendingFrames()).toBe(0);
  });

  it('cancels pending frames and timers on dispose', async () => {
    const { fakeClock } = await import('./support/fake-clock.ts');
    const { clock, advance } = fakeClock();
    let ran = 0;
    clock.frame(() => ran++);
    clock.afterReal(10, () => ran++);
    expect(clock.pendingTimers).toBe(2);
    clock.dispose();
    advance(100);
    expect(ran).toBe(0);
  });
});
