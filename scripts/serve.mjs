#!/usr/bin/env node
// Serves the built kiosk (dist/) and, live from disk, the content folders beside it, so staff can
// edit content/ without a rebuild. Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1]
//   [--dist dist] [--mount /url/=folder ...]
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { staticFolder } from './lib/static.mjs';
import { securityHeaders } from './lib/headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4173'));
const host = option('host', process.env.HOST ?? '127.0.0.1');
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, option('dist', 'dist'));

// URL prefix -> folder. content/ is the default set; examples/ holds more sets for ?content=.
const mounts = [
  ['/content/', resolve(root, 'content')],
  ['/examples/', resolve(root, 'examples')],
];
args.forEach((arg, i) => {
  if (arg !== '--mount') return;
  const [prefix, folder] = String(args[i + 1]).split('=');
  if (prefix && folder) mounts.unshift([prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(folder)]);
});

if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`No build in ${dist}. Run "npm run build" first.`);
  process.exit(1);
}

// Content, index.html and the service worker are revalidated every time; hashed assets never change.
const revalidate = () => 'no-cache';
const contentHandlers = mounts.map(([prefix, folder]) => [prefix, staticFolder(folder, { cacheControl: revalidate })]);
const app = staticFolder(dist, {
  fallback: 'index.html',
  cacheControl: (path) => (path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
});

// Set before anything is written, so 304s, 404s and 500s carry them too; a content folder's
// replace the app's (same names).
const sendHeaders = (res, headers) => headers.forEach(([name, value]) => res.setHeader(name, value));
const appHeaders = securityHeaders('app');
const contentHeaders = securityHeaders('content');

const server = createServer(async (req, res) => {
  sendHeaders(res, appHeaders);
  try {
    const pathname = new URL(req.url ?? '/', 'http://kiosk').pathname;
    for (const [prefix, serve] of contentHandlers) {
      if (pathname.startsWith(prefix)) {
        sendHeaders(res, contentHeaders);
        if (await serve(req, res, pathname.slice(prefix.length - 1))) return;
        res.statusCode = 404;
        return res.end('Not found');
      }
    }
    if (await app(req, res, pathname)) return;
    res.statusCode = 404;
    res.end('Not found');
  } catch (error) {
    // A request line the URL parser refuses (e.g. "GET //[") must not take the server down.
    if (error instanceof TypeError && error.code === 'ERR_INVALID_URL') {
      res.statusCode = 400;
      return res.end('Bad request');
    }
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }
});

server.listen(port, host, () => {
  console.log(`palace-kiosk is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
  console.log(`content: ${mounts.map(([p, f]) => `${p} -> ${f}`).join(', ')}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
