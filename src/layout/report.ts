// The layout report's shape and its words: what was found, where, and what to tell staff about it
// (Chinese / English, like src/content/problems.ts). Plain data, so it crosses page.evaluate.

export type FindingKind =
  /** Content wider than its box, spilling out. */
  | 'overflow'
  /** One line cut short with "…". */
  | 'ellipsis'
  /** Lines beyond a line clamp cut off with "…". */
  | 'clamped'
  /** Text cut by a box that hides what does not fit. */
  | 'clipped'
  /** Text outside the screen. */
  | 'offscreen'
  /** Drawn below the top of the bottom bars (ticker, progress, nav: the frame's --safe-bottom). */
  | 'under-bars'
  /** A figure drawn below the top of the source line. */
  | 'under-source'
  /** Two figures drawn over each other. */
  | 'overlap'
  /** The bottom bars grown more than a line taller than the room scenes leave them (a notice standing still on three lines or more). */
  | 'bars-too-tall'
  /** Characters the shipped font has no glyph for (drawn by a fallback font, or as a box). */
  | 'glyph'
  /** A phrase of short display text (src/ui/Phrased.svelte) broken across two lines. */
  | 'split-phrase';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A content field: file in the set and JSON Pointer, e.g. achievements.json + /sections/0/figures/2/label. */
export interface Field {
  file: string;
  pointer: string;
}

export interface Finding {
  kind: FindingKind;
  /** Where in the scene, e.g. `section.achievements > div.chart > div.bars > div.row[data-figure]:nth-child(3) > div.label`. */
  selector: string;
  /** The text shown there (shortened). */
  text: string;
  /** The content field it shows, where known. */
  field?: Field | undefined;
  box: Box;
  zh: string;
  en: string;
  /** The element carries its whole text (but a source mark) in its title attribute (a tooltip: nobody at a kiosk sees it). */
  titled?: boolean;
  /** The other figure, for an overlap. */
  other?: { selector: string; text: string; field?: Field | undefined };
}

export interface LayoutReport {
  viewport: { width: number; height: number };
  /** The bottom bars' height in px. */
  safeBottom: number;
  /** Elements with text of their own that were looked at. */
  texts: number;
  figures: number;
  findings: Finding[];
}

const TEXT_MAX = 40;

/** An element's text as one short line. */
export function boxText(element: Element): string {
  // What is drawn: innerText leaves out hidden text (the count-ups' invisible width ghosts).
  const raw = element instanceof HTMLElement ? element.innerText : element.textContent;
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text;
}

/** A readable CSS path from `root` (Svelte's scoping classes and inline styles left out). */
export function describeElement(element: Element, root: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = element; e && e !== root.parentElement; e = e.parentElement) {
    const classes = [...e.classList].filter((c) => !c.startsWith('svelte-'));
    let part = e.tagName.toLowerCase() + (classes[0] ? `.${classes[0]}` : '');
    if (e.hasAttribute('data-figure')) part += '[data-figure]';
    if (e.hasAttribute('data-source')) part += '[data-source]';
    const parent = e.parentElement;
    if (parent && e !== root) {
      const twins = [...parent.children].filter((c) => c.tagName === e!.tagName && c.classList[0] === e!.classList[0]);
      if (twins.length > 1) part += `:nth-child(${[...parent.children].indexOf(e) + 1})`;
    }
    parts.unshift(part);
    if (e === root) break;
  }
  return parts.join(' > ');
}

/** What to tell staff, in Chinese and English. */
export function findingMessage(kind: FindingKind, text: string, d: Record<string, number>, other?: string): { zh: string; en: string } {
  const t = `「${text}」`;
  switch (kind) {
    case 'overflow':
      return { zh: `${t}超出了它的位置（宽 ${d.scroll} 像素，只有 ${d.client} 像素）`, en: `${t} is ${d.scroll}px wide in a ${d.client}px box` };
    case 'ellipsis':
      return { zh: `${t}显示不全，被“…”截断（需要 ${d.scroll} 像素，只有 ${d.client} 像素）`, en: `${t} is cut short with "…" (${d.scroll}px of text in a ${d.client}px box)` };
    case 'clamped':
      if (d.summary)
        return {
          zh: `${t}在活动卡片上只显示开头几行，卡片上有“触摸查看详情”，全文在详情页`,
          en: `${t} shows only its first lines on the card, which says "touch for details"; the whole text is in the detail view`,
        };
      return { zh: `${t}行数太多，末尾被“…”截断`, en: `${t} has more lines than fit and is cut with "…" (${d.scrollHeight}px of text in ${d.clientHeight}px)` };
    case 'clipped':
      return d.width !== undefined
        ? { zh: `${t}被裁掉一部分（只显示 ${d.shownWidth}×${d.shownHeight}，共 ${d.width}×${d.height} 像素）`, en: `${t} is cut off (${d.shownWidth}×${d.shownHeight} of ${d.width}×${d.height}px shown)` }
        : { zh: `${t}放不下，被裁掉一部分（高 ${d.scrollHeight} 像素，只有 ${d.clientHeight} 像素）`, en: `${t} does not fit and is cut off (${d.scrollHeight}px tall in ${d.clientHeight}px)` };
    case 'offscreen':
      return { zh: `${t}在屏幕之外`, en: `${t} is outside the screen` };
    case 'under-bars':
      return { zh: `${t}被底部的滚动通知/导航栏挡住（底边 ${d.bottom}，应在 ${d.floor} 以上）`, en: `${t} runs under the bottom bars (bottom ${d.bottom}px, must stay above ${d.floor}px)` };
    case 'under-source':
      return { zh: `${t}压住了来源说明`, en: `${t} runs under the source line (bottom ${d.bottom}px, source at ${d.sourceTop}px)` };
    case 'overlap':
      return { zh: `${t}与「${other ?? ''}」重叠`, en: `${t} overlaps 「${other ?? ''}」` };
    case 'bars-too-tall':
      return {
        zh: `${t}太长，静止显示时超过两行，通知栏被撑高，场景剩下的地方太少（上沿 ${d.top}，应在 ${d.floor} 以下）`,
        en: `${t} takes more than two lines standing still, making the bottom bars taller than their room: the scene loses too much (top ${d.top}px, must stay below ${d.floor}px)`,
      };
    case 'glyph':
      return { zh: `${t}里有屏幕字体没有的字：${other ?? ''}（会显示成方框或别的字体）`, en: `${t} has characters the screen font cannot draw: ${other ?? ''} (shown as boxes or in another font)` };
    case 'split-phrase':
      return { zh: `${t}在词语中间换行（位置太窄）`, en: `${t} breaks inside a word (its box is too narrow for the phrase)` };
  }
}

/** One line per finding, for test output and logs. */
export function formatFinding(f: Finding): string {
  const where = f.field ? `${f.field.file} ${f.field.pointer}` : f.selector;
  return `${f.kind} · ${where}: ${f.zh} / ${f.en}`;
}
