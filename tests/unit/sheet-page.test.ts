// The layout sheet (sheet/index.html) is a page of the app: it runs under the app's own policy.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_POLICY } from '../../scripts/lib/headers.mjs';

describe('the layout sheet page', () => {
  it("carries the app's Content-Security-Policy in its meta tag, directive for directive", () => {
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('sheet/index.html', 'utf8'));
    expect(meta?.[1]).toBe(APP_POLICY.join('; '));
  });
});
