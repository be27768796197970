// What the kiosk weighs: gzip size of every chunk in the build, the service worker's precache
// (its manifest read from the built sw.js), and the font payload. The peer's files likewise.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  path: string;
  bytes: number;
  gzip: number;
}

export interface KioskSizes {
  files: FileSize[];
  /** JS and CSS chunks, largest gzip first. */
  chunks: FileSize[];
  js: { bytes: number; gzip: number };
  css: { bytes: number; gzip: number };
  /** What index.html loads before the first scene (entry script, module preloads, styles); the rest are lazy chunks (three.js, workbox). */
  initial: { js: { bytes: number; gzip: number }; css: { bytes: number; gzip: number }; lazyJs: { bytes: number; gzip: number } };
  precache: { entries: number; bytes: number; gzip: number; missing: string[] };
  fonts: { files: number; bytes: number };
}

export interface PeerSizes {
  files: FileSize[];
  js: { bytes: number; gzip: number };
  css: { bytes: number; gzip: number };
  html: { bytes: number; gzip: number };
  total: { bytes: number; gzip: number };
}

async function walk(dir: string, root = dir): Promise<FileSize[]> {
  const out: FileSize[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, root)));
    else if (!entry.name.endsWith('.map')) {
      const data = await readFile(full);
      out.push({ path: relative(root, full).replaceAll('\\', '/'), bytes: (await stat(full)).size, gzip: gzipSync(data, { level: 9 }).length });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const sum = (files: FileSize[]) => ({ bytes: files.reduce((s, f) => s + f.bytes, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) });

/** URLs in the workbox precache manifest that injectManifest wrote into sw.js. */
export function precacheUrls(swSource: string): string[] {
  const urls = new Set<string>();
  for (const m of swSource.matchAll(/\{\s*"?revision"?\s*:\s*(?:null|"[^"]*")\s*,\s*"?url"?\s*:\s*"([^"]+)"\s*\}|\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:\s*(?:null|"[^"]*")\s*\}/g)) {
    urls.add((m[1] ?? m[2])!);
  }
  return [...urls];
}

export async function kioskSizes(dist: string): Promise<KioskSizes> {
  const files = await walk(dist);
  const chunks = files.filter((f) => /\.(js|css)$/.test(f.path) && f.path.startsWith('assets/')).sort((a, b) => b.gzip - a.gzip);
  const urls = precacheUrls(await readFile(join(dist, 'sw.js'), 'utf8'));
  const cached = files.filter((f) => urls.includes(f.path));
  const missing = urls.filter((u) => !files.some((f) => f.path === u));
  const fonts = files.filter((f) => f.path.endsWith('.woff2'));
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const loaded = new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
  const jsChunks = chunks.filter((f) => f.path.endsWith('.js'));
  return {
    files,
    chunks,
    js: sum(chunks.filter((f) => f.path.endsWith('.js'))),
    css: sum(chunks.filter((f) => f.path.endsWith('.css'))),
    initial: {
      js: sum(jsChunks.filter((f) => loaded.has(f.path))),
      css: sum(chunks.filter((f) => f.path.endsWith('.css') && loaded.has(f.path))),
      lazyJs: sum(jsChunks.filter((f) => !loaded.has(f.path))),
    },
    precache: { entries: urls.length, ...sum(cached), missing },
    fonts: { files: fonts.length, bytes: sum(fonts).bytes },
  };
}

export async function peerSizes(dir: string): Promise<PeerSizes> {
  const files = await walk(dir);
  return {
    files,
    js: sum(files.filter((f) => f.path.endsWith('.js'))),
    css: sum(files.filter((f) => f.path.endsWith('.css'))),
    html: sum(files.filter((f) => f.path.endsWith('.html'))),
    total: sum(files),
  };
}
