// JSON Pointers (RFC 6901) into a content file's JSON: read, write, and from a problem's path.

/** "/sections/0/figures/2/value" -> ["sections", "0", "figures", "2", "value"]. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function joinPointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

export function getAt(doc: unknown, pointer: string): unknown {
  let at: unknown = doc;
  for (const key of splitPointer(pointer)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * A copy of `doc` with the value at `pointer` replaced (undefined removes an object key); the
 * parents on the way are copied, the rest shared, so old copies stay as they were (undo, drafts).
 */
export function setAt(doc: unknown, pointer: string, value: unknown): unknown {
  const keys = splitPointer(pointer);
  if (keys.length === 0) return value;
  const [key, ...rest] = keys as [string, ...string[]];
  const restPointer = rest.length ? `/${rest.map((k) => k.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}` : '';
  if (Array.isArray(doc)) {
    const copy = [...doc];
    const index = Number(key);
    const next = setAt(copy[index], restPointer, value);
    if (next === undefined && rest.length === 0) copy.splice(index, 1);
    else copy[index] = next;
    return copy;
  }
  const copy: Record<string, unknown> = doc !== null && typeof doc === 'object' ? { ...(doc as Record<string, unknown>) } : {};
  const next = setAt(copy[key], restPointer, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** A problem's path ("sections[0].figures[2].value") as a JSON Pointer ("/sections/0/figures/2/value"). */
export function pointerOfPath(path: string): string {
  if (!path) return '';
  const keys: string[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[1] ?? m[2]!);
  return keys.reduce((p, k) => joinPointer(p, k), '');
}
