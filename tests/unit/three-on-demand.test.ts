// @vitest-environment jsdom
// The 3D renderer draws on demand: while the view moves, after a resize, never once still or leaving.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeClock } from './support/fake-clock.ts';

// jsdom has no WebGL: a renderer that only counts what it is asked to do.
vi.mock('three', async (importOriginal) => {
  const three = await importOriginal<typeof import('three')>();
  class FakeRenderer {
    domElement = document.createElement('canvas');
    renderLists = { dispose() {} };
    info = { memory: { geometries: 0, textures: 0 } };
    setPixelRatio() {}
    setClearColor() {}
    setSize() {}
    render() {}
    compile() {}
    initTexture() {}
    getContext() {
      return null;
    }
  }
  return { ...three, WebGLRenderer: FakeRenderer };
});

const observers: Array<() => void> = [];
beforeAll(() => {
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      observers.push(callback);
    }
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
  // floorGlow() draws a gradient into a 2D canvas; jsdom has none, and its pixels do not matter here.
  HTMLCanvasElement.prototype.getContext = (() => ({
    createRadialGradient: () => ({ addColorStop() {} }),
    fillRect() {},
  })) as unknown as typeof HTMLCanvasElement.prototype.getContext;
});

const frames = () => window.__kioskThree!.info().frames;

describe('3D renderer on demand', () => {
  it('draws while the columns rise and the camera glides, then no frame at all once still', async () => {
    const { createColumns3D, CAMERA_MS } = await import('../../src/three/columns3d.ts');
    const { clock, advance } = fakeClock();
    const columns = createColumns3D({ heights: [1, 0.5, 0.8], delays: [0, 160, 320], riseMs: 1800, reducedMotion: false })!;
    const host = document.createElement('div');
    const shown = columns.show(host, () => {}, clock);

    advance(1000);
    const during = frames();
    expect(during).toBeGreaterThan(30); // ~60 a second while moving
    advance(CAMERA_MS);
    const settled = frames();
    expect(window.__kioskThree!.info().looping).toBe(false);
    advance(60_000);
    expect(frames()).toBe(settled);

    // A resize redraws at the new size, then it rests again.
    observers.at(-1)!();
    advance(1000);
    expect(frames() - settled).toBeGreaterThanOrEqual(1);
    expect(frames() - settled).toBeLessThanOrEqual(2);
    expect(window.__kioskThree!.info().looping).toBe(false);
    shown.hide();
    columns.dispose();
  });

  it('stops drawing when its scene is leaving, even mid-motion', async () => {
    const { createColumns3D } = await import('../../src/three/columns3d.ts');
    const { clock, advance } = fakeClock();
    const columns = createColumns3D({ heights: [1, 0.5], delays: [0, 160], riseMs: 1800, reducedMotion: false })!;
    const shown = columns.show(document.createElement('div'), () => {}, clock);
    advance(500);
    shown.freeze();
    const frozen = frames();
    advance(10_000);
    expect(frames()).toBe(frozen);
    // A resize of a leaving scene does not wake it either.
    observers.at(-1)!();
    advance(1000);
    expect(frames()).toBe(frozen);
    shown.hide();
    columns.dispose();
  });

  it('with reduced motion draws one frame and rests', async () => {
    const { createColumns3D } = await import('../../src/three/columns3d.ts');
    const { clock, advance } = fakeClock();
    const columns = createColumns3D({ heights: [1, 0.5], delays: [0, 160], riseMs: 1800, reducedMotion: true })!;
    const before = frames();
    const shown = columns.show(document.createElement('div'), () => {}, clock);
    advance(5_000);
    expect(frames() - before).toBeLessThanOrEqual(2);
    shown.hide();
    columns.dispose();
  });
});
