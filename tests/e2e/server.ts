// Starts and stops a private kiosk server for tests that pull the plug on it.
import { spawn, type ChildProcess } from 'node:child_process';

export interface TestServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startServer(port: number, options: { dist?: string } = {}): Promise<TestServer> {
  const dist = options.dist ?? process.env.KIOSK_DIST ?? 'dist';
  const child: ChildProcess = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dist', dist, '--mount', '/fixtures/=tests/fixtures'], { stdio: 'pipe' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

export const CHROMIUM_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1', '--disable-background-networking', '--no-first-run'];
