// Which media files a content set uses: the checker verifies them, the kiosk keeps them for offline.
import type { ContentSet } from './schema.ts';

export interface MediaReference {
  file: string;
  path: string;
  media: string;
}

export function mediaReferences(content: ContentSet): MediaReference[] {
  const refs: MediaReference[] = [];
  if (content.site.logo) refs.push({ file: 'site.json', path: 'logo', media: content.site.logo });
  content.workers.workers.forEach((w, i) => {
    if (w.portrait) refs.push({ file: 'workers.json', path: `workers[${i}].portrait`, media: w.portrait });
  });
  return refs;
}

/**
 * Fetches every media file once, one at a time, so the service worker keeps a copy for offline.
 * Failures are ignored here: a missing picture is the checker's business and has a placeholder.
 */
export async function warmMedia(base: string, content: ContentSet, fetchFn: typeof fetch = fetch): Promise<number> {
  let fetched = 0;
  for (const media of new Set(mediaReferences(content).map((r) => r.media))) {
    try {
      const response = await fetchFn(`${base}${media}`, { priority: 'low' } as RequestInit);
      if (response.ok) {
        await response.arrayBuffer();
        fetched++;
      }
    } catch {
      // offline or gone: nothing to keep
    }
  }
  return fetched;
}
