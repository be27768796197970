import { describe, expect, it } from 'vitest';
import { FrameBudget, SCALE_STEPS, SKIP_FRAMES, WINDOW_FRAMES } from '../../src/three/frame-budget.ts';

/** Feeds `count` frames `interval` ms apart, continuing from `start`; returns the last time. */
function feed(budget: FrameBudget, count: number, interval: number, start = 1000): { last: number; steps: number } {
  let now = start;
  let steps = 0;
  for (let i = 0; i < count; i++) {
    now += interval;
    if (budget.frame(now)) steps += 1;
  }
  return { last: now, steps };
}

describe('frame budget for the 3D scene', () => {
  it('keeps full resolution at 60 Hz however long it runs', () => {
    const budget = new FrameBudget();
    expect(feed(budget, 2000, 16.7).steps).toBe(0);
    expect(budget.scale).toBe(1);
  });

  it('steps down one level per slow window, and no further than the last step', () => {
    const budget = new FrameBudget();
    const window = SKIP_FRAMES + WINDOW_FRAMES + 1;
    feed(budget, window, 100);
    expect(budget.scale).toBe(SCALE_STEPS[1]);
    feed(budget, WINDOW_FRAMES, 100, 1e6);
    expect(budget.scale).toBe(SCALE_STEPS[2]);
    feed(budget, 10 * WINDOW_FRAMES, 100, 2e6);
    expect(budget.scale).toBe(SCALE_STEPS.at(-1));
  });

  it('starts at the lowest resolution where WebGL is drawn on the CPU, and stays there', () => {
    const budget = new FrameBudget();
    budget.startLow();
    expect(budget.scale).toBe(SCALE_STEPS.at(-1));
    expect(feed(budget, 2000, 16.7).steps).toBe(0);
    expect(budget.scale).toBe(SCALE_STEPS.at(-1));
  });

  it('is not fooled by a few slow frames (a shader compile, a crossfade)', () => {
    const budget = new FrameBudget();
    let now = 0;
    for (let i = 0; i < 200; i++) {
      now += i % 10 === 0 ? 300 : 16.7;
      budget.frame(now);
    }
    expect(budget.scale).toBe(1);
  });

  it('does not count the gap between two 3D scenes as a slow frame', () => {
    const budget = new FrameBudget();
    feed(budget, SKIP_FRAMES + WINDOW_FRAMES - 2, 16.7);
    budget.restart();
    // One huge interval would otherwise land in the window.
    const { steps } = feed(budget, SKIP_FRAMES + WINDOW_FRAMES + 1, 16.7, 60_000);
    expect(steps).toBe(0);
    expect(budget.scale).toBe(1);
  });
});
