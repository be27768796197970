// A private kiosk server for tests that pull the plug on it, with the test content sets mounted.
import { COMMON_FLAGS } from '../../scripts/lib/chromium-flags.mjs';
import { startServer as startServeProcess, type StaticServer } from '../../scripts/lib/serve-process.ts';

export type TestServer = StaticServer;

export function startServer(port: number, options: { dist?: string } = {}): Promise<TestServer> {
  return startServeProcess({ port, dist: options.dist ?? process.env.KIOSK_DIST ?? 'dist', mounts: ['/fixtures/=tests/fixtures'] });
}

/** For tests that launch their own browser: the same flags as playwright.config.ts. */
export const CHROMIUM_ARGS = [...COMMON_FLAGS];

/**
 * A port beside the suite's own (E2E_PORT, 4310 by default) for a spec's private server: offline +1,
 * update +2, nginx +3. Parallel runs on one machine, each with its own E2E_PORT, never collide.
 */
export const sidePort = (offset: number): number => Number(process.env.E2E_PORT ?? 4310) + offset;
