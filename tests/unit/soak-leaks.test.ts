// The bench soak's leak verdict (scripts/bench/soak.ts findLeaks): a count whose floor rises over
// the loops is a leak; one that only swings with what is on screen is not.
import { describe, expect, it } from 'vitest';
import { findLeaks, type SoakSample } from '../../scripts/bench/soak.ts';

function samples(loops: number, at: (cycle: number) => Partial<SoakSample> & { geometries?: number; contexts?: number }): SoakSample[] {
  return Array.from({ length: loops + 1 }, (_, cycle) => {
    const { geometries = 3, contexts = 1, ...rest } = at(cycle);
    return {
      cycle, seconds: cycle, heapUsed: 0, heapTotal: 0, blinkHeapUsed: 0, backingStorage: 0,
      nodes: 2000, listeners: 90, documents: 2,
      three: { geometries, textures: 2, programs: 2, contexts, views: 1 },
      ...rest,
    };
  });
}

describe('findLeaks', () => {
  it('passes counts that swing with the screen but keep their floor', () => {
    expect(findLeaks(samples(200, (c) => ({ nodes: c % 3 ? 3600 : 1800, listeners: 90 + (c % 2) })), 20)).toEqual([]);
  });

  it('passes a flat count that a sample or two caught between scenes far below', () => {
    expect(findLeaks(samples(1000, (c) => ({ nodes: c === 185 || c === 263 ? 1166 : 1655 })), 100)).toEqual([]);
  });

  it('names a node or a listener leaked per loop, and three.js resources not given back', () => {
    const leaks = findLeaks(samples(200, (c) => ({ nodes: 1800 + c, listeners: 90 + c, geometries: c > 150 ? 4 : 3 })), 20);
    expect(leaks.map((l) => l.split(':')[0])).toEqual(['nodes', 'listeners', 'geometries']);
  });

  it('names a second WebGL context', () => {
    expect(findLeaks(samples(20, (c) => ({ contexts: c === 10 ? 2 : 1 })), 2)).toEqual([expect.stringContaining('WebGL contexts: 2')]);
  });
});
