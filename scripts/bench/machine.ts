// The machine the figures were measured on, for the report.
import { readFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  kernel: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started and when it ended: > cores means the figures are noisy. */
  loadAtStart: number;
  loadAtEnd?: number;
  webgl?: string;
}

export async function describeMachine(chromium: string): Promise<Machine> {
  const osRelease = await readFile('/etc/os-release', 'utf8').catch(() => '');
  let version = 'unknown';
  try {
    version = execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: /PRETTY_NAME="([^"]+)"/.exec(osRelease)?.[1] ?? process.platform,
    kernel: release(),
    node: process.version,
    chromium: version,
    loadAtStart: loadavg()[0]!,
  };
}
