// Starts and stops scripts/serve.mjs (the kiosk's own static server) for one folder on one port,
// for the end-to-end tests that pull the plug on it and for the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface StaticServer {
  url: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Serves `dist` (with content/ and examples/ beside it, plus `mounts` as `/prefix/=folder`). */
export async function startServer(options: { port: number; dist: string; mounts?: string[] }): Promise<StaticServer> {
  const args = ['scripts/serve.mjs', '--port', String(options.port), '--dist', options.dist];
  for (const mount of options.mounts ?? []) args.push('--mount', mount);
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = `http://127.0.0.1:${options.port}/`;
  const stop = () => stopChild(child);
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the server on port ${options.port} exited: ${stderr.trim()}`);
    const up = await fetch(url).then((r) => r.ok, () => false);
    if (up) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the server on port ${options.port} did not answer within 10 s (is the port taken?) ${stderr.trim()}`);
}

/** SIGTERM, then SIGKILL after a second (a browser's keep-alive connections can hold a graceful close). */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const force = setTimeout(() => child.kill('SIGKILL'), 1_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Resolves when nothing answers on `url` any more (the server is really gone). */
export async function assertDown(url: string): Promise<void> {
  const up = await fetch(url).then(() => true, () => false);
  if (up) throw new Error(`${url} still answers; the offline start would not be offline`);
}
