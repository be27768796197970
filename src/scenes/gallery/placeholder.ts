// The stand-in for a missing portrait: the surname on a ground whose colour is fixed by the id.

// Deep, warm grounds that keep light text above 7:1 contrast and sit well on the red page.
export const PLACEHOLDER_GROUNDS = ['#8c2f1f', '#6d3b1e', '#6e5210', '#3f5a3a', '#2f4f5f', '#5a3060', '#6b2a3a', '#4a4a6a'] as const;

/** FNV-1a: stable across runs and machines, so a worker keeps the same colour forever. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function placeholderGround(id: string): string {
  return PLACEHOLDER_GROUNDS[hash(id) % PLACEHOLDER_GROUNDS.length]!;
}
