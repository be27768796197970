import { describe, expect, it } from 'vitest';
import { pixelShift, SHIFT_PX } from '../../src/kiosk/pixel-shift.ts';
import { ReloadBudget, isErrorBurst, ERROR_BURST, MAX_RELOADS } from '../../src/kiosk/watchdog.ts';
import { mayReload } from '../../src/kiosk/updates.svelte.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('pixel shift against burn-in', () => {
  it('stays within a few pixels and moves over the hours', () => {
    const seen = new Set<string>();
    for (let minute = 0; minute < 24 * 60; minute += 5) {
      const { x, y } = pixelShift(minute * 60_000);
      expect(Math.abs(x)).toBeLessThanOrEqual(SHIFT_PX);
      expect(Math.abs(y)).toBeLessThanOrEqual(SHIFT_PX);
      seen.add(`${x},${y}`);
    }
    expect(seen.size).toBeGreaterThan(20);
  });
  it('moves by at most one pixel a minute (never a visible jump)', () => {
    for (let minute = 0; minute < 600; minute++) {
      const a = pixelShift(minute * 60_000);
      const b = pixelShift((minute + 1) * 60_000);
      expect(Math.abs(a.x - b.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(a.y - b.y)).toBeLessThanOrEqual(1);
    }
  });
});

describe('watchdog', () => {
  it('reloads on a burst of errors, not on a stray one', () => {
    const now = 1_000_000;
    expect(isErrorBurst([now - 1000], now)).toBe(false);
    expect(isErrorBurst(Array.from({ length: ERROR_BURST }, (_, i) => now - i * 1000), now)).toBe(true);
    expect(isErrorBurst(Array.from({ length: ERROR_BURST }, (_, i) => now - 61_000 - i), now)).toBe(false);
  });
  it('caps reloads at 3 in 10 minutes, then allows them again', () => {
    const budget = new ReloadBudget(memoryStorage());
    const t0 = 5_000_000;
    for (let i = 0; i < MAX_RELOADS; i++) expect(budget.take(t0 + i)).toBe(true);
    expect(budget.take(t0 + 60_000)).toBe(false);
    expect(budget.take(t0 + 10 * 60_000 + 10)).toBe(true);
  });
  it('applies the same cap to update reloads', () => {
    const now = 9_000_000;
    expect(mayReload([now - 1, now - 2], now)).toBe(true);
    expect(mayReload([now - 1, now - 2, now - 3], now)).toBe(false);
    expect(mayReload([now - 11 * 60_000, now - 2, now - 3], now)).toBe(true);
  });
});
