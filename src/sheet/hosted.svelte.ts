// The layout sheet hosted in the content editor's preview (sheet/?host=editor in an iframe): the
// editor hands it a draft set (JSON, since it comes from another window) and the scene to show.
import { tick } from 'svelte';
import type { Problem } from '../content/problems.ts';
import type { ContentSet } from '../content/schema.ts';
import type { SheetHostApi } from './api.ts';
import { Sheet } from './sheet.svelte.ts';

/** The sheet page's props, swapped as the editor sends new drafts. */
export const hostedProps: { sheet: Sheet | null; problems: Problem[] } = $state({ sheet: null, problems: [] });

export function hostedApi(fontsReady: Promise<unknown>): SheetHostApi {
  return {
    async show(contentJson, sceneId, options = {}) {
      await fontsReady;
      const content = JSON.parse(contentJson) as ContentSet;
      const media = options.media ?? {};
      const sheet = new Sheet({ base: '', content, now: null, media: (path) => media[path] ?? path });
      const previous = hostedProps.sheet;
      hostedProps.sheet = sheet;
      await tick();
      previous?.dispose();
      const { now, interactive } = options;
      return sheet.show(sceneId, { ...(now ? { now } : {}), ...(interactive ? { interactive } : {}) });
    },
    measure() {
      if (!hostedProps.sheet?.shown) throw new Error('nothing shown yet');
      return hostedProps.sheet.measure();
    },
  };
}
