// "Did you mean…?" for a misspelled field: the nearest field name that a content file's schema knows.
// A 15-line edit distance is written here rather than added as a dependency.
import type { GenericSchema } from 'valibot';

interface SchemaLike {
  entries?: Record<string, SchemaLike>;
  item?: SchemaLike;
  wrapped?: SchemaLike;
  options?: unknown;
  pipe?: unknown[];
}

/** Every field name anywhere in a schema (objects inside lists, optional wrappers, variants). */
export function fieldNames(schema: GenericSchema): Set<string> {
  const names = new Set<string>();
  const seen = new Set<SchemaLike>();
  const walk = (s: SchemaLike | undefined) => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    for (const [key, entry] of Object.entries(s.entries ?? {})) {
      if (key !== '$schema') names.add(key);
      walk(entry);
    }
    walk(s.item);
    walk(s.wrapped);
    if (Array.isArray(s.options)) for (const option of s.options) if (option && typeof option === 'object') walk(option as SchemaLike);
  };
  walk(schema as unknown as SchemaLike);
  return names;
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name closest to `key` (case ignored), if it is near enough to be a slip of the keyboard. */
export function nearestName(key: string, known: Iterable<string>): string | null {
  const lower = key.toLowerCase();
  const limit = Math.max(1, Math.min(2, Math.floor(key.length / 3)));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    if (name === key) return null;
    const distance = editDistance(lower, name.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
