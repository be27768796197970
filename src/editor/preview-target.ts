// Which scene the preview shows for the field being edited: a figure's section, the gallery for a
// worker, the events board for an event, the playlist entry itself.
import type { ContentSet } from '../content/schema.ts';
import { splitPointer } from './pointer.ts';

/** `field` is a data-editor-field value, "achievements.json:/sections/0/figures/2/value". */
export function previewSceneFor(content: ContentSet, field: string): string | null {
  const at = field.indexOf(':');
  const file = field.slice(0, at);
  const keys = splitPointer(field.slice(at + 1));
  const scenes = content.playlist.scenes;
  if (file === 'playlist.json' && keys[0] === 'scenes' && keys[1] !== undefined) return scenes[Number(keys[1])]?.id ?? null;
  if (file === 'achievements.json' && keys[0] === 'sections' && keys[1] !== undefined) {
    const section = content.achievements.sections[Number(keys[1])];
    return scenes.find((s) => s.kind === 'achievements' && s.section === section?.id)?.id ?? null;
  }
  const kind = file === 'workers.json' ? 'gallery' : file === 'events.json' ? 'events' : null;
  return kind ? (scenes.find((s) => s.kind === kind)?.id ?? null) : null;
}
