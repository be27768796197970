// Types of scripts/lib/static.mjs (plain JS so that scripts/serve.mjs runs on Node without a build).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Serves `folder`; resolves true when it answered, false when the path is not one of its files. */
export function staticFolder(
  folder: string,
  options: { cacheControl: (path: string) => string; fallback?: string },
): (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>;
