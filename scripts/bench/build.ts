// Gets the machine and the kiosk ready to measure: Debian's Chromium and CJK fonts (the project's
// own installer script), and a build in the bench's own folder (KIOSK_DIST), never dist/.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function run(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`${what} failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

/** Installs chromium and fonts-noto-cjk with apt when missing (as root), like `npm test` does. */
export function ensureSystemDeps(): Promise<void> {
  return run('bash', ['scripts/ensure-system-deps.sh'], process.env, 'scripts/ensure-system-deps.sh');
}

export function buildKiosk(dist: string): Promise<void> {
  return run('npm', ['run', 'build'], { ...process.env, KIOSK_DIST: dist }, 'npm run build');
}
