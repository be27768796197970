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
