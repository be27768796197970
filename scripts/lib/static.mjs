// A small static file handler for the kiosk server: ETag revalidation, our cache headers, no
// dotfiles, and files that vanish mid-request (staff replacing content) answered with 404 instead
// of a crash. Security headers are the caller's (scripts/serve.mjs, from scripts/lib/headers.mjs).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {string} folder
 * @param {{ cacheControl: (path: string) => string, fallback?: string }} options
 */
export function staticFolder(folder, options) {
  const root = resolve(folder);
  return async function serve(req, res, pathname) {
    let relative;
    try {
      relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
    } catch {
      return false;
    }
    if (relative.split(sep).some((part) => part.startsWith('.') && part !== '.')) return false; // no dotfiles, no ..
    let file = join(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return false;
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      if (!options.fallback || extname(relative)) return false; // only page navigations fall back to the app
      file = join(root, options.fallback);
      info = await stat(file).catch(() => null);
      if (!info?.isFile()) return false;
    }
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', options.cacheControl(file.slice(root.length).replaceAll(sep, '/')));
    res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    res.setHeader('Content-Length', info.size);
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    await new Promise((done) => {
      const stream = createReadStream(file);
      stream.on('error', () => {
        if (!res.headersSent) {
          res.statusCode = 404;
          res.removeHeader('Content-Length');
          res.end('Not found');
        } else res.destroy();
        done();
      });
      stream.on('end', done);
      stream.pipe(res);
    });
    return true;
  };
}
