// In-page measurements for the reading-distance and reach tests (run inside page.evaluate: no imports).

export interface TextSize {
  px: number;
  text: string;
  where: string;
}

/** The smallest drawn text inside `root` (visible, on screen, not transparent, not aria-hidden decoration). */
export function smallestText(rootSelector: string): TextSize | null {
  const root = document.querySelector(rootSelector);
  if (!root) return null;
  let smallest: TextSize | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const element = node.parentElement;
    if (!text || !element || element.closest('[data-layout-ignore], .probe, .visually-hidden, [hidden]')) continue;
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || element.closest('[aria-hidden="true"]:not([data-reads])')?.matches('.leaving, [inert]')) continue;
    let opaque = true;
    for (let e: Element | null = element; e && e !== root.parentElement; e = e.parentElement) {
      if (parseFloat(getComputedStyle(e).opacity) < 0.05) opaque = false;
    }
    if (!opaque) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) continue;
    // Clipped away by an ancestor's overflow (a scrolled list): not drawn.
    const px = parseFloat(style.fontSize);
    if (!smallest || px < smallest.px) {
      const cls = typeof element.className === 'string' ? element.className.split(' ')[0] : '';
      smallest = { px: Math.round(px * 10) / 10, text: text.slice(0, 30), where: `${element.tagName.toLowerCase()}${cls ? '.' + cls : ''}` };
    }
  }
  return smallest;
}

export interface Box {
  what: string;
  top: number;
  bottom: number;
}

/**
 * Every visible touch control on screen (buttons, links, tabs): where it is. Touchable content (a
 * portrait, an event card: `[data-worker-id]`, `[data-event-id]`) is what it shows, not a control.
 */
export function controlBoxes(): Box[] {
  const out: Box[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [role="tab"]')) {
    if (element.closest('[data-worker-id], [data-event-id]')) continue;
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1 || getComputedStyle(element).visibility !== 'visible') continue;
    if (element.closest('[inert], [aria-hidden="true"]')) continue;
    const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 24);
    const hook = [...element.attributes].find((a) => a.name.startsWith('data-'))?.name ?? element.tagName.toLowerCase();
    out.push({ what: `${hook} «${label}»`, top: Math.round(box.top), bottom: Math.round(box.bottom) });
  }
  return out;
}

/** Content boxes of the visible scene that reach below the top of the frame's bottom bars. */
export function underTheBars(): Box[] {
  const bars = document.querySelector('[data-bottom-bars]')?.getBoundingClientRect();
  const scene = document.querySelector('[data-scene-id]');
  if (!bars || !scene || bars.height < 1) return [];
  // The part of an element its clipping ancestors (a scrolled list) leave drawn; null when nothing is.
  const visibleRect = (element: Element, within: Element): { top: number; bottom: number } | null => {
    const own = element.getBoundingClientRect();
    let top = own.top;
    let bottom = own.bottom;
    if (own.width < 1 || own.height < 1) return null;
    for (let e = element.parentElement; e && e !== within.parentElement; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
      const clip = e.getBoundingClientRect();
      top = Math.max(top, clip.top);
      bottom = Math.min(bottom, clip.bottom);
    }
    return bottom - top >= 1 ? { top, bottom } : null;
  };
  const out: Box[] = [];
  for (const element of scene.querySelectorAll<HTMLElement>('*')) {
    const box = visibleRect(element, scene);
    if (!box || getComputedStyle(element).visibility !== 'visible') continue;
    if (box.bottom > bars.top + 1 && box.top < innerHeight) {
      const cls = typeof element.className === 'string' ? element.className.split(' ')[0] : '';
      out.push({ what: `${element.tagName.toLowerCase()}${cls ? '.' + cls : ''}`, top: Math.round(box.top), bottom: Math.round(box.bottom) });
    }
  }
  return out;
}

/**
 * Control labels broken over lines: every text run inside a visible control must sit on one line
 * (a label squeezed by its row wraps to 「关 / 闭」 or 「1 / 8」 on two lines).
 */
export function wrappedLabels(): string[] {
  const out: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [role="tab"], [data-reach-dock] p')) {
    if (element.closest('[data-worker-id], [data-event-id], [inert], [aria-hidden="true"]')) continue;
    if (element.getBoundingClientRect().width < 1 || getComputedStyle(element).visibility !== 'visible') continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!text || node.parentElement?.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width >= 1);
      const tops = new Set(rects.map((r) => Math.round(r.top / 4)));
      if (tops.size > 1) out.push(`${element.getAttribute('aria-label') ?? element.className} «${text}»`);
    }
  }
  return out;
}
