// The kiosk checks its own screen: each scene, once settled where it is shown, is measured with the
// checker's code (measure.ts) and what it finds is kept, in the checker's words, for the status view.
import type { ContentSet, PlaylistEntry } from '../content/schema.ts';
import type { Problem } from '../content/problems.ts';
import type { Cancel, Clock } from '../kiosk/clock.ts';
import { measureLayout, sceneSettled, SCENE_DECORATION } from './measure.ts';
import { fieldTexts, nameFields } from './fields.ts';
import { findingsToProblems, screenOf, type Seen } from './problems.ts';

/** Real ms between looks at a scene that is still entering; and how many looks before giving up. */
const LOOK_EVERY_MS = 500;
const LOOKS = 40;

class ScreenCheck {
  /** What this screen cuts, covers or cannot draw in the scenes shown so far (this content set). */
  problems = $state.raw<Problem[]>([]);
  #content: ContentSet | null = null;
  /** Findings by scene and screen size: each is measured once, and again only on a new size. */
  #seen = new Map<string, Seen[]>();

  measured(content: ContentSet, key: string): boolean {
    return this.#content === content && this.#seen.has(key);
  }

  record(content: ContentSet, key: string, seen: Seen[]): void {
    if (this.#content !== content) {
      this.#content = content;
      this.#seen.clear();
    }
    this.#seen.set(key, seen);
    this.problems = findingsToProblems([...this.#seen.values()].flat());
  }
}

export const screenCheck = new ScreenCheck();

/** Measures the scene under `root` once it has settled (looking again a few times), unless this size was measured. */
export function checkWhenSettled(root: HTMLElement, content: ContentSet, entry: PlaylistEntry, clock: Clock): Cancel {
  const screen = screenOf(innerWidth, innerHeight);
  const key = `${entry.id}|${screen.width}×${screen.height}`;
  if (screenCheck.measured(content, key)) return () => {};
  let looks = 0;
  let cancel: Cancel = () => {};
  const look = () => {
    looks += 1;
    if (!sceneSettled(root) && looks < LOOKS) {
      cancel = clock.afterReal(LOOK_EVERY_MS, look);
      return;
    }
    // One frame more, so the last refit of text has been laid out.
    cancel = clock.frame(() => {
      const report = nameFields(measureLayout(root, { ignore: SCENE_DECORATION }), fieldTexts(content, entry));
      const owner = { file: 'playlist.json', path: `scenes[${content.playlist.scenes.indexOf(entry)}]` };
      screenCheck.record(content, key, report.findings.map((finding) => ({ finding, what: `场景 scene ${entry.id}`, owner, screen })));
    });
  };
  cancel = clock.afterReal(LOOK_EVERY_MS, look);
  return () => cancel();
}
