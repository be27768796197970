// The memory plot for the report: JS heap and DOM nodes after GC over soak loops, kiosk and peer.
// d3 computes the scales and paths; the SVG is written as text.
import { extent, line, max, scaleLinear } from 'd3';
import type { SoakSample } from './soak.ts';

export interface Series {
  label: string;
  color: string;
  samples: SoakSample[];
}

const WIDTH = 900;
const PANEL = 220;
const MARGIN = { top: 64, right: 170, bottom: 36, left: 70 };
const GAP = 56;

const r = (n: number) => Math.round(n * 10) / 10;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** `warmupCycles`: where the slope fit starts, drawn as a dashed line. */
export function memorySvg(series: Series[], title: string, warmupCycles = 0): string {
  const all = series.flatMap((s) => s.samples);
  const [x0 = 0, x1 = 1] = extent(all, (s) => s.cycle);
  const x = scaleLinear().domain([x0, Math.max(x1, x0 + 1)]).range([MARGIN.left, WIDTH - MARGIN.right]);
  const panels = [
    { name: 'JS heap after GC (MB)', value: (s: SoakSample) => s.heapUsed / 1048576 },
    { name: 'DOM nodes after GC', value: (s: SoakSample) => s.nodes },
  ];
  const height = MARGIN.top + panels.length * PANEL + (panels.length - 1) * GAP + MARGIN.bottom;
  const parts: string[] = [];
  parts.push(`<text x="${MARGIN.left}" y="22" font-size="15" font-weight="600">${esc(title)}</text>`);
  panels.forEach((panel, i) => {
    const top = MARGIN.top + i * (PANEL + GAP);
    const y = scaleLinear()
      .domain([0, (max(all, panel.value) ?? 1) * 1.1 || 1])
      .nice()
      .range([top + PANEL, top]);
    parts.push(`<text x="${MARGIN.left}" y="${top - 8}" font-size="13">${esc(panel.name)}</text>`);
    for (const tick of y.ticks(5)) {
      parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${r(y(tick))}" y2="${r(y(tick))}" stroke="#ddd"/>`);
      parts.push(`<text x="${MARGIN.left - 6}" y="${r(y(tick) + 4)}" font-size="11" text-anchor="end">${tick}</text>`);
    }
    for (const tick of x.ticks(8)) {
      parts.push(`<text x="${r(x(tick))}" y="${top + PANEL + 16}" font-size="11" text-anchor="middle">${tick}</text>`);
    }
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${top + PANEL}" y2="${top + PANEL}" stroke="#888"/>`);
    if (warmupCycles > x0) {
      const wx = r(x(warmupCycles));
      parts.push(`<line x1="${wx}" x2="${wx}" y1="${top}" y2="${top + PANEL}" stroke="#999" stroke-dasharray="4 3"/>`);
      if (i === 0) parts.push(`<text x="${wx + 4}" y="${top + 12}" font-size="11" fill="#666">warm-up ends</text>`);
    }
    for (const s of series) {
      const path = line<SoakSample>()
        .digits(1)
        .x((d) => x(d.cycle))
        .y((d) => y(panel.value(d)))(s.samples);
      if (path) parts.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="1.6"/>`);
    }
  });
  parts.push(`<text x="${(MARGIN.left + WIDTH - MARGIN.right) / 2}" y="${height - 6}" font-size="12" text-anchor="middle">loops (full playlist cycles)</text>`);
  series.forEach((s, i) => {
    const ly = MARGIN.top + 10 + i * 20;
    parts.push(`<line x1="${WIDTH - MARGIN.right + 16}" x2="${WIDTH - MARGIN.right + 40}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="3"/>`);
    parts.push(`<text x="${WIDTH - MARGIN.right + 46}" y="${ly + 4}" font-size="12">${esc(s.label)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}
