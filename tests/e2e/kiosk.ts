// Shared helpers for end-to-end tests: open the kiosk at a given instant and speed, watch requests.
import { expect, type Page } from '@playwright/test';

export interface OpenOptions {
  now?: string;
  speed?: number;
  scene?: string;
  content?: string;
  motion?: 'reduce';
  hash?: string;
}

/** A weekday instant well inside the default content's opening hours. */
export const OPEN_HOURS_NOW = '2026-11-23T10:00:00+08:00';

export function kioskUrl(options: OpenOptions = {}): string {
  const query = new URLSearchParams();
  query.set('now', options.now ?? OPEN_HOURS_NOW);
  if (options.speed) query.set('speed', String(options.speed));
  if (options.scene) query.set('scene', options.scene);
  if (options.content) query.set('content', options.content);
  if (options.motion) query.set('motion', options.motion);
  return `/?${query.toString()}${options.hash ?? ''}`;
}

/** Records every request the page makes, to assert none leaves the origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export async function openKiosk(page: Page, options: OpenOptions = {}): Promise<void> {
  await page.goto(kioskUrl(options));
  await expect(page.locator('[data-scene-id][data-ready="true"]')).toHaveCount(1);
}

export const html = (page: Page) => page.locator('html');
export const visibleScene = (page: Page) => page.locator('[data-scene-id]');
