// A slow drift of the whole picture by a few pixels, so static parts (titles, the nav bar) do not
// burn into the panel over weeks. Pure: a function of the kiosk's time.
export const SHIFT_PX = 4;

export function pixelShift(nowMs: number, amplitude = SHIFT_PX): { x: number; y: number } {
  const minutes = nowMs / 60_000;
  return {
    x: Math.round(amplitude * Math.sin((2 * Math.PI * minutes) / 37)),
    y: Math.round(amplitude * Math.sin((2 * Math.PI * minutes) / 53 + 1)),
  };
}

/** Where an element's eased translate is at this moment (falls back to `target` if unreadable). */
export function currentTranslate(element: Element, target: { x: number; y: number }): { x: number; y: number } {
  const transform = getComputedStyle(element).transform;
  if (!transform || transform === 'none') return { x: 0, y: 0 };
  try {
    const matrix = new DOMMatrixReadOnly(transform);
    return { x: Math.round(matrix.m41 * 100) / 100, y: Math.round(matrix.m42 * 100) / 100 };
  } catch {
    return target;
  }
}
