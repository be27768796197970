// Simple pictogram shapes (24×24 SVG paths) and which one a unit of counting calls for.

export type IconName = 'person' | 'building' | 'medal' | 'dot';

export const ICON_PATHS: Record<IconName, string> = {
  person: 'M12 2.5a4.3 4.3 0 1 1 0 8.6a4.3 4.3 0 0 1 0-8.6ZM4 21.5c0-4.8 3.6-8.2 8-8.2s8 3.4 8 8.2Z',
  building: 'M12 2 2.5 8.5v2h19v-2ZM4.5 12h3v7h-3Zm6 0h3v7h-3Zm6 0h3v7h-3ZM2.5 20h19v2h-19Z',
  medal: 'M12 1.8l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 16.7l-5.9 3.1 1.2-6.5L2.5 8.7l6.6-.9Z',
  dot: 'M12 4a8 8 0 1 1 0 16a8 8 0 0 1 0-16Z',
};

/** The icon for what a unit counts: people, places, honours or events, else a plain dot. */
export function iconFor(unit: string | undefined): IconName {
  const u = unit ?? '';
  if (/人|名|位|户/.test(u)) return 'person';
  if (/个|家|所|座|处|间|栋|站/.test(u)) return 'building';
  if (/项|枚|块|届|次|场/.test(u)) return 'medal';
  return 'dot';
}
