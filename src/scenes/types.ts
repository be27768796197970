// What every scene component receives from the player.
import type { Clock } from '../kiosk/clock.ts';
import type { ContentSet, PlaylistEntry } from '../content/schema.ts';

export interface SceneEnv {
  clock: Clock;
  reducedMotion: boolean;
  /** URL of a media file named by a content path, e.g. media/a.webp. */
  media: (path: string) => string;
}

export interface SceneProps {
  entry: PlaylistEntry;
  content: ContentSet;
  env: SceneEnv;
  /** True once the scene is the one on screen (it starts its entry animation then). */
  active: boolean;
  /** True while a visitor is touching the kiosk. */
  interactive: boolean;
  /** Call once laid out and the entry animation has started. */
  onready: () => void;
}
