// Layout findings said as content problems (file, field path, Chinese / English): one wording for
// `content:check --render` and the kiosk's status view, which measures its own scenes as shown.
import { problem, type Problem } from '../content/problems.ts';
import type { Finding, FindingKind } from './report.ts';

/** A screen a finding was seen on, e.g. landscape 1920×1080. */
export interface Screen {
  name: 'landscape' | 'portrait';
  zh: string;
  width: number;
  height: number;
}

/** The screen of a window this size (square counts as landscape). */
export function screenOf(width: number, height: number): Screen {
  return width >= height ? { name: 'landscape', zh: '横屏', width, height } : { name: 'portrait', zh: '竖屏', width, height };
}

export interface Seen {
  finding: Finding;
  /** The scene or notice it is in, e.g. 「场景 scene honors-2023」. */
  what: string;
  /** Its entry, named when the finding has no field of its own, e.g. playlist.json scenes[3]. */
  owner: { file: string; path: string };
  screen: Screen;
}

/**
 * Text the layout shortens on purpose and marks with "…" is a warning (as the length rules of thumb
 * it replaces were); text spilling, cut off without a mark, covered, off screen or drawn as boxes
 * is an error: the kiosk would show it broken. A kind not listed here is an error.
 */
export const SEVERITY: Partial<Record<FindingKind, Problem['severity']>> = {
  overflow: 'error',
  ellipsis: 'warning',
  clamped: 'warning',
  clipped: 'error',
  offscreen: 'error',
  'under-bars': 'error',
  'under-source': 'error',
  overlap: 'error',
  // Read in full, but over the scene's bottom edge: only where motion is reduced (else it scrolls).
  'bars-too-tall': 'warning',
  glyph: 'error',
};

/** "/sections/0/figures/2/label" → "sections[0].figures[2].label", the checker's path form. */
export function pointerToPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    out += /^\d+$/.test(key) ? `[${key}]` : out ? `.${key}` : key;
  }
  return out;
}

/**
 * One problem per field and kind, however many screens show it. A finding with no field is
 * named by the scene (or notice) it is in and where in it.
 */
export function findingsToProblems(seen: readonly Seen[]): Problem[] {
  const byKey = new Map<string, { seen: Seen; where: Set<string> }>();
  for (const s of seen) {
    const field = s.finding.field;
    const key = `${field ? `${field.file}:${field.pointer}` : `${s.what}:${s.finding.selector}`}|${s.finding.kind}`;
    const entry = byKey.get(key) ?? { seen: s, where: new Set<string>() };
    entry.where.add(`${s.screen.zh} ${s.screen.name} ${s.screen.width}×${s.screen.height}`);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ seen: { finding: f, what, owner }, where }) => {
    const places = [...where].join(', ');
    const file = f.field?.file ?? owner.file;
    const path = f.field ? pointerToPath(f.field.pointer) : owner.path;
    const at = f.field ? '' : `; ${f.selector}`;
    return problem(SEVERITY[f.kind] ?? 'error', file, path, `${f.zh}（${what}，${places}）`, `${f.en} (${what}, ${places}${at})`);
  });
}
