import { describe, expect, it } from 'vitest';
import type { Worker } from '../../src/content/schema.ts';
import { ALL, applyFilter, filterKey, filterOptions, honoursByRank, neighbour, topHonour } from '../../src/scenes/gallery/filters.ts';
import { PLACEHOLDER_GROUNDS, placeholderGround } from '../../src/scenes/gallery/placeholder.ts';
import { surnameOf as surname } from '../../src/scenes/gallery/surname.ts';
import { lineupLayout, wallColumns, wallLayout, wallTileWidth } from '../../src/scenes/gallery/wall.ts';
import { SwipeTracker, swipeStep } from '../../src/scenes/gallery/swipe.ts';

const worker = (id: string, trade: string, ...levels: Worker['honours'][number]['level'][]): Worker => ({
  id,
  name: `人物${id}`,
  sample: true,
  workplace: '示例单位',
  trade,
  honours: levels.map((level, i) => ({ title: `${level} 荣誉`, level, year: 2020 + i })),
  story: ['示例。'],
});

const many = [
  worker('a', '钳工', 'national', 'city'),
  worker('b', '钳工', 'city'),
  worker('c', '电工', 'provincial'),
  worker('d', '电工', 'city'),
  worker('e', '焊工', 'enterprise'),
  worker('f', '焊工', 'city'),
  worker('g', '车工', 'county', 'city'),
];

describe('honours', () => {
  it('names the highest level first, the most recent within a level', () => {
    const honours = [
      { title: '市级旧', level: 'city' as const, year: 2015 },
      { title: '企业', level: 'enterprise' as const, year: 2024 },
      { title: '市级新', level: 'city' as const, year: 2022 },
      { title: '省级', level: 'provincial' as const, year: 2010 },
    ];
    expect(honoursByRank(honours).map((h) => h.title)).toEqual(['省级', '市级新', '市级旧', '企业']);
    expect(topHonour(honours)?.title).toBe('省级');
    expect(topHonour([])).toBeUndefined();
  });
});

describe('filters', () => {
  it('offers no filter for six workers or fewer', () => {
    expect(filterOptions(many.slice(0, 6))).toEqual([]);
  });

  it('offers "all", the honour levels present and the shared trades, each narrowing the list', () => {
    const keys = filterOptions(many).map(filterKey);
    // 车工 has one worker: a button for one person is not a filter.
    expect(keys).toEqual(['all', 'level:national', 'level:provincial', 'level:city', 'level:county', 'level:enterprise', 'trade:钳工', 'trade:电工', 'trade:焊工']);
  });

  it('matches a worker by any of their honours, or by trade', () => {
    expect(applyFilter(many, { kind: 'level', level: 'national' }).map((w) => w.id)).toEqual(['a']);
    expect(applyFilter(many, { kind: 'level', level: 'county' }).map((w) => w.id)).toEqual(['g']);
    expect(applyFilter(many, { kind: 'trade', trade: '电工' }).map((w) => w.id)).toEqual(['c', 'd']);
    expect(applyFilter(many, ALL)).toHaveLength(7);
  });

  it('leaves out trade filters when there are too many trades to be useful', () => {
    const varied = Array.from({ length: 16 }, (_, i) => worker(`w${i}`, `工种${i % 8}`, i % 2 ? 'city' : 'national'));
    expect(filterOptions(varied).map(filterKey)).toEqual(['all', 'level:national', 'level:city']);
  });

  it('offers nothing when no filter would narrow the list', () => {
    expect(filterOptions(Array.from({ length: 8 }, (_, i) => worker(`w${i}`, '钳工', 'city')))).toEqual([]);
  });
});

describe('neighbour', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('steps forward and back, wrapping at both ends', () => {
    expect(neighbour(list, 'a', 1)).toBe('b');
    expect(neighbour(list, 'c', 1)).toBe('a');
    expect(neighbour(list, 'a', -1)).toBe('c');
  });
  it('stays put when the worker is not in the list', () => {
    expect(neighbour(list, 'z', 1)).toBe('z');
    expect(neighbour([], 'a', 1)).toBe('a');
  });
});

describe('placeholder portrait', () => {
  it('uses the surname and a colour that depends only on the id', () => {
    expect(surname('林晓禾')).toBe('林');
    expect(surname(' 𠀀字')).toBe('𠀀');
    expect(placeholderGround('w-lin')).toBe(placeholderGround('w-lin'));
    expect(PLACEHOLDER_GROUNDS).toContain(placeholderGround('w-lin'));
    const colours = new Set(['w-lin', 'w-zhou', 'w-he', 'g-sun', 'g-qian', 'g-ouyang', 'a', 'b'].map(placeholderGround));
    expect(colours.size).toBeGreaterThan(3);
  });
});

describe('portrait wall', () => {
  it('has more columns on a landscape screen and enough tiles to cover the height', () => {
    const land = wallLayout(1920, 1080);
    const port = wallLayout(1080, 1920);
    expect(land.columns).toBeGreaterThan(port.columns);
    for (const [layout, w, h] of [[land, 1920, 1080], [port, 1080, 1920]] as const) {
      const tileHeight = (w / layout.columns) * (4 / 3);
      expect(layout.perColumn * tileHeight).toBeGreaterThanOrEqual(h);
    }
  });

  it('shows every worker of a long list, and rotates a short one per column', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const columns = wallColumns(ids, { columns: 7, perColumn: 4 });
    expect(new Set(columns.flat())).toEqual(new Set(ids));
    const few = wallColumns(['a', 'b', 'c'], { columns: 4, perColumn: 5 });
    expect(few.map((c) => c[0])).toEqual(['a', 'b', 'c', 'a']);
    expect(few.every((c) => c.length === 5)).toBe(true);
    expect(wallColumns([], { columns: 4, perColumn: 5 })).toEqual([]);
  });
});

describe('swipe', () => {
  const options = { threshold: 80, dominance: 1.3 };
  it('reads a left swipe as next and a right swipe as previous', () => {
    expect(swipeStep(-120, 10, options)).toBe(1);
    expect(swipeStep(120, -10, options)).toBe(-1);
  });
  it('ignores short and mostly vertical moves', () => {
    expect(swipeStep(-60, 0, options)).toBe(0);
    expect(swipeStep(-120, 200, options)).toBe(0);
  });
  it('follows one finger and ignores a second one', () => {
    const tracker = new SwipeTracker(options);
    expect(tracker.down(1, 500, 500)).toBe(true);
    expect(tracker.down(2, 100, 100)).toBe(false);
    tracker.move(2, 0, 0);
    tracker.move(1, 420, 505);
    expect(tracker.dx).toBe(-80);
    expect(tracker.up(2, 0, 0)).toBe(0);
    expect(tracker.up(1, 300, 510)).toBe(1);
    expect(tracker.tracking).toBe(false);
    expect(tracker.dx).toBe(0);
  });
});

describe('few workers: a still lineup, not a wall of repeats', () => {
  // The region beside the featured card at 1920×1080 (right half) and above it at 1080×1920.
  const LANDSCAPE = { width: 854, height: 940, gap: 32 };
  const PORTRAIT = { width: 929, height: 959, gap: 32 };
  const landTile = wallTileWidth(1920, 1080);
  const portTile = wallTileWidth(1080, 1920);

  it('stands one or two workers still, each once and larger than a wall tile', () => {
    for (const [region, tile] of [[LANDSCAPE, landTile], [PORTRAIT, portTile]] as const) {
      const one = lineupLayout(1, region, tile)!;
      const two = lineupLayout(2, region, tile)!;
      expect(one.columns * one.rows).toBe(1);
      expect(two.columns * two.rows).toBe(2);
      expect(two.tileWidth).toBeGreaterThan(tile);
    }
  });

  it('takes the wall once the workers no longer fit at a wall tile’s size (the threshold comes from the screen)', () => {
    const most = (region: typeof LANDSCAPE, tile: number) => {
      let n = 1;
      while (lineupLayout(n + 1, region, tile)) n++;
      return n;
    };
    expect(most(LANDSCAPE, landTile)).toBeGreaterThanOrEqual(3);
    expect(lineupLayout(most(LANDSCAPE, landTile) + 1, LANDSCAPE, landTile)).toBeNull();
    expect(lineupLayout(40, PORTRAIT, portTile)).toBeNull();
    expect(lineupLayout(0, PORTRAIT, portTile)).toBeNull();
  });
});
