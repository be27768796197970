// Small statistics for the bench: median, percentiles and a least-squares slope (pure).

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => (b > a ? b : a), -Infinity);
}

export interface Fit {
  /** Change of y per unit of x. */
  slope: number;
  intercept: number;
  /** How many points the fit used. */
  n: number;
}

/** Ordinary least-squares line through (x, y); slope NaN with fewer than two distinct x. */
export function leastSquares(points: readonly { x: number; y: number }[]): Fit {
  const n = points.length;
  if (n < 2) return { slope: Number.NaN, intercept: Number.NaN, n };
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  if (sxx === 0) return { slope: Number.NaN, intercept: Number.NaN, n };
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, n };
}
