// Types of scripts/lib/headers.mjs (plain JS so that scripts/serve.mjs runs on Node without a build).
export type ResponseKind = 'app' | 'content';
export const APP_POLICY: readonly string[];
export const CONTENT_POLICY: readonly string[];
export const COMMON_HEADERS: readonly (readonly [string, string])[];
export function securityHeaders(kind: ResponseKind): [string, string][];
export function nginxHeaderLines(kind: ResponseKind): string[];
