// The kiosk's HTTP security headers, defined once: scripts/serve.mjs sends them and
// scripts/nginx-conf.sh writes them into the nginx config (`node scripts/lib/headers.mjs nginx app|content`).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's Content-Security-Policy. index.html's meta tag carries exactly these directives
 * (tests/unit/server-headers.test.ts compares them), so `npm run dev` and any other server get it too.
 */
export const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** Browsers ignore frame-ancestors in a meta tag: only the header can forbid framing the kiosk. */
const HEADER_ONLY_POLICY = ["frame-ancestors 'none'"];

/**
 * Staff's files (content sets) are shown as images or read as JSON, never run. Opened directly as a
 * document (an SVG or HTML page in media/), `sandbox` gives them an opaque origin and no script, so
 * they cannot act in the kiosk's origin; `<img>` and fetch() of them are unaffected.
 */
export const CONTENT_POLICY = ['sandbox', "default-src 'none'", "style-src 'unsafe-inline'", "img-src data:"];

/** Sent with every response, whichever folder it comes from. */
export const COMMON_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/**
 * Every security header for a response: `app` for the built kiosk (dist/), `content` for the
 * content folders (content/, examples/ and any other mount).
 * @param {'app' | 'content'} kind
 * @returns {[string, string][]}
 */
export function securityHeaders(kind) {
  const policy = kind === 'content' ? CONTENT_POLICY : kind === 'app' ? APP_POLICY : null;
  if (!policy) throw new Error(`unknown kind of response: ${kind} (expected app or content)`);
  return [['Content-Security-Policy', [...policy, ...HEADER_ONLY_POLICY].join('; ')], ...COMMON_HEADERS.map(([name, value]) => [name, value])];
}

/**
 * The same headers as nginx directives. `always`: also on 404s and other errors (nginx adds
 * headers only to 2xx/3xx without it).
 * @param {'app' | 'content'} kind
 * @returns {string[]}
 */
export function nginxHeaderLines(kind) {
  return securityHeaders(kind).map(([name, value]) => {
    if (/["$\\]/.test(value)) throw new Error(`${name}: a value with " $ or \\ needs nginx escaping: ${value}`);
    return `add_header ${name} "${value}" always;`;
  });
}

// CLI for scripts/nginx-conf.sh: node scripts/lib/headers.mjs nginx app|content [indent]
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [what, kind, indent = ''] = process.argv.slice(2);
  if (what !== 'nginx' || (kind !== 'app' && kind !== 'content')) {
    console.error('usage: node scripts/lib/headers.mjs nginx app|content [indent]');
    process.exit(2);
  }
  process.stdout.write(nginxHeaderLines(kind).join(`\n${indent}`));
}
