// `npx tsx scripts/make-sample-portraits.ts [set ...]`: draws an abstract, clearly non-photographic
// SVG portrait for every fictional sample worker of every content set and writes it to
// <set>/media/workers/<id>.svg. A head-and-shoulders silhouette on a warm ground with one work motif;
// no text and no face. The same id always gives the same picture.
//
// Sets: the ones named on the command line, else `content/` and every folder in `examples/`.
// A worker is drawn when its `portrait` is `media/workers/<id>.svg` (workers with another portrait,
// or none on purpose, are left alone and listed).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SampleWorker {
  id: string;
  trade?: string;
  sample?: boolean;
  portrait?: string;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** FNV-1a, then a small PRNG seeded from it: stable across machines and runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function rng(seed: number): () => number {
  let a = seed || 1;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length) % list.length]!;
const n = (x: number): string => String(Math.round(x));

// Warm grounds, each with a darker figure colour and a light motif colour that read well together.
const PALETTES = [
  { ground: '#f2c078', glow: '#f7d9a3', figure: '#7a3b1f', motif: '#fff4e0' },
  { ground: '#e9a26c', glow: '#f3c49a', figure: '#5e2a1a', motif: '#fff1e3' },
  { ground: '#f0b8a0', glow: '#f8d6c6', figure: '#6b2d35', motif: '#fff5f0' },
  { ground: '#e8c27d', glow: '#f3dcaa', figure: '#5a4020', motif: '#fffaf0' },
  { ground: '#d98d5f', glow: '#eab38e', figure: '#4a2418', motif: '#fde9d9' },
  { ground: '#efd08c', glow: '#f7e4b8', figure: '#6e4a1c', motif: '#fffbea' },
  { ground: '#e5a58a', glow: '#f0c6b2', figure: '#5c2b2b', motif: '#fff0ea' },
  { ground: '#eeb463', glow: '#f6d29c', figure: '#6a3412', motif: '#fff6e6' },
] as const;

type Motif = 'gear' | 'wrench' | 'leaf' | 'book' | 'helmet' | 'wheel' | 'heart' | 'bolt' | 'bowl' | 'waves' | 'needle';

/** The motif follows the trade where a word of it is known, else the id. */
const TRADE_MOTIFS: [RegExp, Motif][] = [
  [/电工/, 'bolt'],
  [/维修|钳工/, 'wrench'],
  [/车工|焊|装配|调试|贴装|机/, 'gear'],
  [/钢筋|建筑|起重|塔/, 'helmet'],
  [/柑橘|茶|果|种植|环卫|保洁/, 'leaf'],
  [/教师|书/, 'book'],
  [/快递|司机|驾驶/, 'wheel'],
  [/护理|育婴|家政|养老/, 'heart'],
  [/烹调|面点|厨|酿酒/, 'bowl'],
  [/直播|销售/, 'waves'],
  [/缝|皮具|皮革/, 'needle'],
];
const MOTIFS: readonly Motif[] = ['gear', 'wrench', 'leaf', 'book', 'helmet', 'wheel', 'heart', 'bolt', 'bowl', 'waves', 'needle'];

function motifFor(worker: SampleWorker, r: () => number): Motif {
  for (const [pattern, motif] of TRADE_MOTIFS) if (worker.trade && pattern.test(worker.trade)) return motif;
  return pick(MOTIFS, r);
}

/** One motif, drawn as outlines around (0,0) at roughly 100 units across. */
function motifShape(motif: Motif, colour: string): string {
  const stroke = `fill="none" stroke="${colour}" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"`;
  switch (motif) {
    case 'gear': {
      const teeth = 9;
      const points: string[] = [];
      for (let i = 0; i < teeth * 4; i++) {
        const a = (i / (teeth * 4)) * Math.PI * 2;
        const radius = i % 4 < 2 ? 52 : 40;
        points.push(`${n(Math.cos(a) * radius)} ${n(Math.sin(a) * radius)}`);
      }
      return `<path d="M${points.join('L')}Z" ${stroke}/><circle r="16" ${stroke}/>`;
    }
    case 'wrench': // open-end spanner: a jaw ring open to the upper right, and a capsule handle
      return `<path d="M47 -26A30 30 0 1 1 26 -47L30 -30ZM-1 13L-40 52A8.5 8.5 0 0 1 -52 40L-13 1" ${stroke}/>`;
    case 'leaf':
      return `<path d="M-40 40Q-44 -30 44 -44Q36 34 -40 40ZM-40 40L20 -20" ${stroke}/>`;
    case 'book':
      return `<path d="M0 -30Q-26 -44 -52 -36V40Q-26 32 0 44Q26 32 52 40V-36Q26 -44 0 -30ZM0 -30V44" ${stroke}/>`;
    case 'helmet':
      return `<path d="M-52 22H52M-44 22Q-44 -36 0 -38Q44 -36 44 22M-8 -38V-6M8 -38V-6" ${stroke}/>`;
    case 'wheel':
      return `<circle r="46" ${stroke}/><circle r="12" ${stroke}/><path d="M-46 0H-12M12 0H46M0 12V46" ${stroke}/>`;
    case 'heart':
      return `<path d="M0 40Q-50 6 -46 -18Q-42 -42 -20 -42Q-6 -42 0 -26Q6 -42 20 -42Q42 -42 46 -18Q50 6 0 40Z" ${stroke}/>`;
    case 'bolt':
      return `<path d="M10 -50L-30 6H0L-10 50L30 -6H0Z" ${stroke}/>`;
    case 'bowl':
      return `<path d="M-50 0H50Q46 40 0 42Q-46 40 -50 0ZM-16 -14Q-24 -26 -16 -38M4 -14Q-4 -26 4 -38M24 -14Q16 -26 24 -38" ${stroke}/>`;
    case 'waves':
      return `<circle cx="-30" r="8" fill="${colour}"/><path d="M-12 -20A28 28 0 0 1 -12 20M6 -36A50 50 0 0 1 6 36M24 -50A72 72 0 0 1 24 50" ${stroke}/>`;
    case 'needle':
      return `<path d="M-44 44L40 -40M30 -44L44 -30M-44 44Q-10 40 -20 10Q-30 -20 6 -24" ${stroke}/>`;
  }
}

/** Hair is only a mass of colour around the head: no face, no features. */
function hair(style: number, cx: number, cy: number, rx: number, ry: number, colour: string): { back: string; front: string } {
  const top = cy - ry;
  switch (style) {
    case 0: // short cap
      return { back: '', front: `<path d="M${n(cx - rx - 4)} ${n(cy - 10)}Q${n(cx - rx)} ${n(top - 22)} ${n(cx)} ${n(top - 14)}Q${n(cx + rx)} ${n(top - 22)} ${n(cx + rx + 4)} ${n(cy - 10)}Q${n(cx)} ${n(cy - ry * 0.55)} ${n(cx - rx - 4)} ${n(cy - 10)}Z" fill="${colour}"/>` };
    case 1: // long hair falling to the shoulders
      return {
        back: `<path d="M${n(cx - rx - 18)} ${n(cy + ry + 70)}Q${n(cx - rx - 34)} ${n(top - 10)} ${n(cx)} ${n(top - 18)}Q${n(cx + rx + 34)} ${n(top - 10)} ${n(cx + rx + 18)} ${n(cy + ry + 70)}Z" fill="${colour}"/>`,
        front: `<path d="M${n(cx - rx)} ${n(cy)}Q${n(cx - rx + 10)} ${n(top - 6)} ${n(cx + rx * 0.3)} ${n(top)}Q${n(cx - rx * 0.2)} ${n(cy - ry * 0.55)} ${n(cx - rx)} ${n(cy)}Z" fill="${colour}"/>`,
      };
    case 2: // bun
      return {
        back: `<circle cx="${n(cx + rx * 0.2)}" cy="${n(top - 18)}" r="${n(rx * 0.42)}" fill="${colour}"/>`,
        front: `<path d="M${n(cx - rx - 2)} ${n(cy - 4)}Q${n(cx - rx + 6)} ${n(top - 10)} ${n(cx)} ${n(top - 8)}Q${n(cx + rx - 6)} ${n(top - 10)} ${n(cx + rx + 2)} ${n(cy - 4)}Q${n(cx)} ${n(cy - ry * 0.6)} ${n(cx - rx - 2)} ${n(cy - 4)}Z" fill="${colour}"/>`,
      };
    default: // work cap with a brim
      return {
        back: '',
        front: `<path d="M${n(cx - rx - 6)} ${n(cy - ry * 0.35)}Q${n(cx - rx)} ${n(top - 26)} ${n(cx)} ${n(top - 24)}Q${n(cx + rx)} ${n(top - 26)} ${n(cx + rx + 6)} ${n(cy - ry * 0.35)}Z" fill="${colour}"/><rect x="${n(cx - rx - 20)}" y="${n(cy - ry * 0.4)}" width="${n(rx * 2 + 40)}" height="16" rx="8" fill="${colour}"/>`,
      };
  }
}

export function portraitSvg(worker: SampleWorker): string {
  const r = rng(hash(worker.id));
  const palette = pick(PALETTES, r);
  const motif = motifFor(worker, r);
  const cx = 300 + (r() - 0.5) * 30;
  const cy = 330 + (r() - 0.5) * 30;
  const rx = 92 + r() * 18;
  const ry = 112 + r() * 16;
  const shoulder = 200 + r() * 40;
  const neckTop = cy + ry - 20;
  const hairStyle = Math.floor(r() * 4);
  const { back, front } = hair(hairStyle, cx, cy, rx, ry, palette.figure);
  const mx = r() < 0.5 ? 125 : 475;
  const my = 125 + r() * 30;
  const angle = Math.round((r() - 0.5) * 40);
  const stripes = Array.from({ length: 5 }, (_, i) => {
    const y = 560 + i * 60 + r() * 20;
    return `<path d="M0 ${n(y)}L600 ${n(y - 120)}" stroke="${palette.glow}" stroke-width="14" opacity="0.5"/>`;
  }).join('');
  const body =
    `<path d="M${n(cx - shoulder - 30)} 800Q${n(cx - shoulder)} ${n(neckTop + 90)} ${n(cx - 60)} ${n(neckTop + 60)}` +
    `L${n(cx - 40)} ${n(neckTop)}H${n(cx + 40)}L${n(cx + 60)} ${n(neckTop + 60)}` +
    `Q${n(cx + shoulder)} ${n(neckTop + 90)} ${n(cx + shoulder + 30)} 800Z" fill="${palette.figure}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 800" width="600" height="800" role="img" aria-hidden="true">` +
    `<rect width="600" height="800" fill="${palette.ground}"/>` +
    stripes +
    `<circle cx="${n(cx)}" cy="${n(cy + 40)}" r="230" fill="${palette.glow}" opacity="0.7"/>` +
    `<g transform="translate(${n(mx)} ${n(my)}) rotate(${angle}) scale(1.5)" opacity="0.9">${motifShape(motif, palette.motif)}</g>` +
    back +
    body +
    `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${palette.figure}"/>` +
    front +
    `</svg>\n`
  );
}

function contentSets(args: string[]): string[] {
  if (args.length) return args.map((a) => resolve(a));
  const sets = [join(ROOT, 'content')];
  const examples = join(ROOT, 'examples');
  if (existsSync(examples)) {
    for (const name of readdirSync(examples).sort()) {
      const dir = join(examples, name);
      if (statSync(dir).isDirectory()) sets.push(dir);
    }
  }
  return sets.filter((dir) => existsSync(join(dir, 'workers.json')));
}

let written = 0;
for (const set of contentSets(process.argv.slice(2))) {
  const { workers } = JSON.parse(readFileSync(join(set, 'workers.json'), 'utf8')) as { workers: SampleWorker[] };
  for (const worker of workers) {
    const target = `media/workers/${worker.id}.svg`;
    if (worker.portrait !== target) {
      console.log(`- ${relative(ROOT, set) || '.'}: ${worker.id} 未绘制（portrait 不是 ${target}）/ skipped (portrait is not ${target})`);
      continue;
    }
    if (!worker.sample) {
      console.log(`- ${relative(ROOT, set)}: ${worker.id} 不是示例人物，不生成 / not a sample, skipped`);
      continue;
    }
    const file = join(set, target);
    mkdirSync(dirname(file), { recursive: true });
    const svg = portraitSvg(worker);
    writeFileSync(file, svg);
    written++;
    console.log(`✓ ${relative(ROOT, file)} (${svg.length} B)`);
  }
}
console.log(`${written} 张示例肖像 / sample portraits written`);
