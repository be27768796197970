// The security headers have one definition (scripts/lib/headers.mjs): index.html's meta policy
// matches it, nginx-conf.sh writes it into every location, and scripts/serve.mjs sends it on every
// response (here on a scratch dist/ and content folders, no build needed), dotfiles refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { APP_POLICY, nginxHeaderLines, securityHeaders, type ResponseKind } from '../../scripts/lib/headers.mjs';
import { startServer, type StaticServer } from '../../scripts/lib/serve-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kiosk-headers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, name)), { recursive: true });
    writeFileSync(join(scratch, name), text);
  }
}

describe('one definition', () => {
  it("index.html's meta tag carries the app's policy, directive for directive", () => {
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('index.html', 'utf8'));
    expect(meta?.[1], 'change index.html and APP_POLICY in scripts/lib/headers.mjs together').toBe(APP_POLICY.join('; '));
  });

  it("the header adds what a meta tag cannot say; content folders' policy is a sandbox", () => {
    const csp = (kind: ResponseKind) => securityHeaders(kind).find(([name]) => name === 'Content-Security-Policy')![1];
    expect(csp('app')).toBe(`${APP_POLICY.join('; ')}; frame-ancestors 'none'`);
    expect(csp('content')).toMatch(/^sandbox; default-src 'none'; .*frame-ancestors 'none'$/);
    for (const kind of ['app', 'content'] as const) {
      expect(Object.fromEntries(securityHeaders(kind))).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
    }
  });

  it('nginx-conf.sh writes the whole set into every location, none at server level', () => {
    mkdirSync(join(scratch, 'nginx-dist'), { recursive: true });
    const conf = execFileSync('bash', ['scripts/nginx-conf.sh', '80', join(scratch, 'nginx-dist'), '.'], { encoding: 'utf8' });
    const locations = [...conf.matchAll(/^\s*location ([^{]+)\{([^}]*)\}/gm)];
    expect(locations.length).toBeGreaterThanOrEqual(8);
    for (const [, where, body] of locations) {
      // The content folders, and the dotfile refusal, get the content policy; the app the app's.
      const kind = /\/content\/|\/examples\/|\\\./.test(where!) ? 'content' : 'app';
      for (const line of nginxHeaderLines(kind)) expect(body, `location ${where}`).toContain(line);
    }
    const outside = conf.replace(/^\s*location [^{]+\{[^}]*\}/gm, '');
    expect(outside).not.toMatch(/^\s*add_header/m);
    expect(conf).not.toMatch(/@[A-Z_]+@/);
  });
});

describe('scripts/serve.mjs', () => {
  let server: StaticServer;
  let base: string;

  beforeAll(async () => {
    write({
      'dist/index.html': '<!doctype html><title>kiosk</title>',
      'dist/sw.js': 'self.addEventListener("fetch", () => {});',
      'dist/assets/app-abc123.js': 'console.log(1)',
      'dist/.env': 'SECRET=1',
      'content/site.json': '{"name":"宫"}',
      'content/media/portrait.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'content/media/.DS_Store': 'finder',
      'content/.git/config': '[core]',
      'examples/yard/.hidden.json': '{}',
      'examples/yard/site.json': '{}',
    });
    const port = await freePort();
    server = await startServer({ port, dist: join(scratch, 'dist'), mounts: [`/content/=${join(scratch, 'content')}`, `/examples/=${join(scratch, 'examples')}`] });
    base = server.url.replace(/\/$/, '');
  }, 20_000);
  afterAll(() => server?.stop());

  const expectHeaders = (response: Response, kind: ResponseKind) => {
    for (const [name, value] of securityHeaders(kind)) expect(response.headers.get(name), `${name} on ${response.url} (${response.status})`).toBe(value);
  };

  it.each([
    ['/', 'app', 200],
    ['/?scene=x', 'app', 200],
    ['/assets/app-abc123.js', 'app', 200],
    ['/sw.js', 'app', 200],
    ['/assets/missing.js', 'app', 404],
    ['/content/site.json', 'content', 200],
    ['/content/media/portrait.svg', 'content', 200],
    ['/examples/yard/site.json', 'content', 200],
    ['/content/missing.json', 'content', 404],
  ] as const)('%s: %s headers, %i', async (path, kind, status) => {
    const response = await fetch(base + path);
    expect(response.status).toBe(status);
    expectHeaders(response, kind);
  });

  it.each([
    ['/', 'app'],
    ['/content/site.json', 'content'],
    ['/content/media/portrait.svg', 'content'],
  ] as const)('%s: a 304 carries them too', async (path, kind) => {
    const etag = (await fetch(base + path)).headers.get('etag')!;
    const response = await fetch(base + path, { headers: { 'If-None-Match': etag } });
    expect(response.status).toBe(304);
    expectHeaders(response, kind);
  });

  it.each(['/.env', '/content/.git/config', '/content/media/.DS_Store', '/content/media/%2EDS_Store', '/examples/yard/.hidden.json', '/content/media/..%2F.git%2Fconfig'])(
    '%s: a dotfile is a 404',
    async (path) => {
      const response = await fetch(base + path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/SECRET|finder|core|\{\}/);
    },
  );

  it('a request line the URL parser refuses is a 400, and the server goes on', async () => {
    const reply = await new Promise<string>((done, fail) => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1', () => socket.write('GET //[ HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += String(chunk)));
      socket.on('end', () => done(text));
      socket.on('error', fail);
    });
    expect(reply.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(base + '/')).status).toBe(200);
  });
});

/** A port nothing listens on now (the OS picks it; closed again for the server to take). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}
