// A private kiosk server for tests that pull the plug on it, with the test content sets mounted.
import { startServer as startServeProcess, type StaticServer } from '../../scripts/lib/serve-process.ts';

export type TestServer = StaticServer;

export function startServer(port: number, options: { dist?: string } = {}): Promise<TestServer> {
  return startServeProcess({ port, dist: options.dist ?? process.env.KIOSK_DIST ?? 'dist', mounts: ['/fixtures/=tests/fixtures'] });
}

export const CHROMIUM_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1', '--disable-background-networking', '--no-first-run'];
