// What the screen would cut, overlap or overflow in one scene, read from the live DOM (plain DOM,
// no Svelte): used by the layout sheet (src/sheet/), the e2e layout tests and `content:check --render`.
import { missingGlyphs } from '../content/rules/glyphs.ts';
import { boxText, describeElement, findingMessage, type Box, type Finding, type FindingKind, type LayoutReport } from './report.ts';

export interface MeasureOptions {
  /** Height of the bottom bars (the frame's `--safe-bottom`) in CSS px; read from `root` when left out. */
  safeBottomPx?: number;
  /** The screen; the window's size when left out. */
  viewport?: { width: number; height: number };
  /** Decoration nobody has to read (besides `[data-layout-ignore]`), e.g. a drifting wall of portraits. */
  ignore?: string;
}

/**
 * A scene is ready to be measured once its entrances are done and its 3D chart (if any) is in,
 * with its labels' framing settled (their heights set the camera, over a few frames).
 */
export function sceneSettled(root: Element): boolean {
  return (
    !root.querySelector('[data-entry]:not([data-entry="done"])') &&
    !root.querySelector('[data-three="loading"]') &&
    !root.querySelector('[data-three="live"]:not([data-three-settled])')
  );
}

/**
 * Parts of scenes that are decoration, not something to read: the gallery's drifting wall of
 * portraits runs past the screen's edges on purpose. (Better: the wall carries data-layout-ignore.)
 */
export const SCENE_DECORATION = '.gallery .wall';

/** Slack for sub-pixel rounding: a box must be off by more than this to count. */
const SLACK = 1;
/** Figures may touch; they overlap when their drawn boxes share more than this on both axes. */
const OVERLAP = 2;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const widthOf = (r: Rect) => Math.max(0, r.right - r.left);
const heightOf = (r: Rect) => Math.max(0, r.bottom - r.top);
const toRect = (r: DOMRectReadOnly): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
const toBox = (r: Rect): Box => ({ x: Math.round(r.left), y: Math.round(r.top), width: Math.round(widthOf(r)), height: Math.round(heightOf(r)) });
const intersect = (a: Rect, b: Rect): Rect => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});

function union(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const out = { ...rects[0]! };
  for (const r of rects) {
    out.left = Math.min(out.left, r.left);
    out.top = Math.min(out.top, r.top);
    out.right = Math.max(out.right, r.right);
    out.bottom = Math.max(out.bottom, r.bottom);
  }
  return out;
}

/** `--safe-bottom` as the frame resolves it (vmin, calc(), max()), in px. */
export function safeBottomOf(element: Element): number {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;width:0;height:var(--safe-bottom, 0px)';
  (element.parentElement ?? element).append(probe);
  const px = probe.getBoundingClientRect().height;
  probe.remove();
  return px;
}

function lineHeight(style: CSSStyleDeclaration): number {
  const px = parseFloat(style.lineHeight);
  return Number.isFinite(px) ? px : parseFloat(style.fontSize) * 1.2;
}

const isShown = (style: CSSStyleDeclaration) => style.display !== 'none' && style.visibility !== 'hidden' && style.visibility !== 'collapse';

/** Text nodes directly inside `element` that carry something to read. */
const ownText = (element: Element) => [...element.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE && (n.textContent?.trim() ?? '') !== '');

/**
 * Where an element's own text is drawn: its lines (not the element's padding or box). A line's
 * range box spans the font's whole ascent and descent, taller than the line where line-height is
 * below ~1.45 (Noto Sans SC): each is trimmed to its line box, which holds what is inked.
 */
function textRect(element: Element, texts: readonly Text[], style: CSSStyleDeclaration): Rect | null {
  // SVG text has no line boxes to ask a range for; its box is its glyphs.
  if (element instanceof SVGElement) {
    const r = element.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? toRect(r) : null;
  }
  const line = parseFloat(style.lineHeight);
  const rects: Rect[] = [];
  const range = document.createRange();
  for (const text of texts) {
    range.selectNodeContents(text);
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      const trim = Number.isFinite(line) && r.height > line ? (r.height - line) / 2 : 0;
      rects.push({ left: r.left, top: r.top + trim, right: r.right, bottom: r.bottom - trim });
    }
  }
  range.detach();
  return union(rects);
}

/** Cuts its content: overflow other than visible, or paint containment. */
function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain);
}

/** What of `rect` can be seen through `element` and every ancestor that clips, up to `stop`. */
function visiblePart(rect: Rect, element: Element, stop: Element | null): { rect: Rect; by: Element | null } {
  let visible = rect;
  let by: Element | null = null;
  for (let e: Element | null = element; e && e !== stop; e = e.parentElement) {
    if (!clips(getComputedStyle(e))) continue;
    const next = intersect(visible, toRect(e.getBoundingClientRect()));
    if (widthOf(next) < widthOf(visible) - SLACK || heightOf(next) < heightOf(visible) - SLACK) by ??= e;
    visible = next;
  }
  return { rect: visible, by };
}

/** What a figure draws: the union of its rendered boxes, each cut by the ancestors that clip it. */
function drawnRect(figure: Element): Rect | null {
  const rects: Rect[] = [];
  // Inline boxes span the font's whole ascent and descent, beyond the glyphs: their block
  // parents stand for them. Hidden elements (the count-ups' width ghosts) draw nothing.
  for (const element of [figure, ...figure.querySelectorAll('*')]) {
    const style = getComputedStyle(element);
    if (style.display === 'inline' || !isShown(style)) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const { rect } = visiblePart(toRect(box), element.parentElement ?? element, figure.parentElement);
    if (widthOf(rect) > 0 && heightOf(rect) > 0) rects.push(rect);
  }
  return union(rects);
}

/** Measures the scene under `root` as it is on screen now. */
export function measureLayout(root: Element, options: MeasureOptions = {}): LayoutReport {
  const viewport = options.viewport ?? { width: innerWidth, height: innerHeight };
  const safeBottom = options.safeBottomPx ?? safeBottomOf(root);
  const floor = viewport.height - safeBottom;
  const screen: Rect = { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
  const findings: Finding[] = [];
  const elementOf = new Map<Finding, Element>();
  // One finding per element and problem; a cut reported on an element is not reported again on its text.
  const cut = new Set<Element>();
  const add = (kind: FindingKind, element: Element, box: Rect, details: Record<string, number> = {}, other?: Element, note?: string) => {
    const finding: Finding = {
      kind,
      selector: describeElement(element, root),
      text: boxText(element),
      field: fieldOf(element),
      box: toBox(box),
      ...(element instanceof HTMLElement && element.title.trim() && element.textContent?.trim().startsWith(element.title.trim()) ? { titled: true } : {}),
      ...findingMessage(kind, boxText(element), details, other ? boxText(other) : note),
      ...(other ? { other: { selector: describeElement(other, root), text: boxText(other), field: fieldOf(other) } } : {}),
    };
    findings.push(finding);
    elementOf.set(finding, element);
  };

  const ignore = ['[data-layout-ignore]', options.ignore].filter(Boolean).join(', ');
  const elements = [root, ...root.querySelectorAll('*')].filter((e) => !e.closest(ignore));
  let texts = 0;
  for (const element of elements) {
    const style = getComputedStyle(element);
    if (!isShown(style) || !element.textContent?.trim()) continue;
    const box = toRect(element.getBoundingClientRect());

    // Content wider than its box; lines beyond a line clamp.
    if (element instanceof HTMLElement && style.display !== 'inline' && style.display !== 'contents') {
      const wide = element.scrollWidth > element.clientWidth + SLACK;
      const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '' && element.scrollHeight > element.clientHeight + lineHeight(style) / 2;
      const details = { scroll: element.scrollWidth, client: element.clientWidth, scrollHeight: element.scrollHeight, clientHeight: element.clientHeight };
      if (wide && style.textOverflow === 'ellipsis') add('ellipsis', element, box, details);
      // A card that says the rest is a touch away (the events board's 「触摸查看详情」 cue) summarises.
      else if (clamped) add('clamped', element, box, element.parentElement?.querySelector('[data-description-more]') ? { ...details, summary: 1 } : details);
      else if (wide) add('overflow', element, box, details);
      if (wide || clamped) cut.add(element);
    }

    const own = ownText(element);
    if (own.length === 0 || box.right - box.left === 0 || box.bottom - box.top === 0) continue;
    texts += 1;
    // A character the shipped font lacks is drawn by whatever font the machine has, or as a box.
    const missing = missingGlyphs(own.map((t) => t.textContent ?? '').join(''));
    if (missing.length) add('glyph', element, box, {}, undefined, missing.map((c) => `「${c}」U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(' '));
    if (box.left < -SLACK || box.top < -SLACK || box.right > viewport.width + SLACK || box.bottom > viewport.height + SLACK) {
      add('offscreen', element, box);
      continue;
    }
    const glyphs = textRect(element, own, style);
    if (!glyphs) continue;
    // Text cut by a box that hides its overflow (an ancestor's, or the scene's own edge).
    const { rect: visible, by } = visiblePart(glyphs, element, root.parentElement);
    const seen = intersect(visible, screen);
    if (by && ![...cut].some((c) => c === by || c.contains(element)) && (widthOf(seen) < widthOf(glyphs) - SLACK || heightOf(seen) < heightOf(glyphs) - SLACK)) {
      add('clipped', element, glyphs, { shownWidth: Math.round(widthOf(seen)), width: Math.round(widthOf(glyphs)), shownHeight: Math.round(heightOf(seen)), height: Math.round(heightOf(glyphs)) });
      cut.add(element);
    }
    if (heightOf(seen) > 0 && seen.bottom > floor + SLACK) add('under-bars', element, seen, { bottom: Math.round(seen.bottom), floor: Math.round(floor) });
  }

  // A phrase of short display text set on two lines: the line broke inside a word.
  for (const phrase of root.querySelectorAll('[data-phrase]')) {
    if (phrase.closest(ignore) || !isShown(getComputedStyle(phrase))) continue;
    const lines = new Set([...phrase.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (lines.size > 1) add('split-phrase', phrase, toRect(phrase.getBoundingClientRect()));
  }

  // Figures must not run into each other, under the source line or under the bottom bars.
  const figures = [...root.querySelectorAll('[data-figure]')].filter((e) => !e.closest(ignore)).map((element) => ({ element, drawn: drawnRect(element) }));
  const source = root.querySelector('[data-source]');
  const sourceTop = source && source.getBoundingClientRect().height > 0 ? source.getBoundingClientRect().top : null;
  for (const [i, a] of figures.entries()) {
    if (!a.drawn || heightOf(a.drawn) === 0) continue;
    for (const b of figures.slice(i + 1)) {
      if (!b.drawn) continue;
      const shared = intersect(a.drawn, b.drawn);
      if (widthOf(shared) > OVERLAP && heightOf(shared) > OVERLAP) add('overlap', a.element, shared, {}, b.element);
    }
    if (sourceTop !== null && a.drawn.bottom > sourceTop + OVERLAP) add('under-source', a.element, a.drawn, { bottom: Math.round(a.drawn.bottom), sourceTop: Math.round(sourceTop) });
    else if (a.drawn.bottom > floor + OVERLAP) add('under-bars', a.element, a.drawn, { bottom: Math.round(a.drawn.bottom), floor: Math.round(floor) });
  }
  // A box is too wide because something in it is: report that, not every box around it.
  const spilling = findings.filter((f) => f.kind !== 'overlap' && f.kind !== 'under-source' && f.kind !== 'under-bars' && f.kind !== 'glyph').map((f) => elementOf.get(f)!);
  const innermost = findings.filter((f) => f.kind !== 'overflow' || !spilling.some((e) => e !== elementOf.get(f) && elementOf.get(f)!.contains(e)));
  return { viewport, safeBottom: Math.round(safeBottom * 10) / 10, texts, figures: figures.length, findings: innermost };
}

/** The content field an element shows, where the scene marks it (`data-field="file:/json/pointer"`). */
function fieldOf(element: Element): Finding['field'] {
  const marked = element.closest('[data-field]')?.getAttribute('data-field');
  if (!marked) return undefined;
  const colon = marked.indexOf(':');
  return colon > 0 ? { file: marked.slice(0, colon), pointer: marked.slice(colon + 1) } : undefined;
}
