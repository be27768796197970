// Which content field a piece of text on screen came from, found by its text: the charts do not
// mark their elements with fields, but the sheet knows the scene's content and can look it up.
import type { ContentSet, PlaylistEntry } from '../content/schema.ts';
import { figureText } from '../format/numbers.ts';
import { sourcesOf } from '../scenes/achievements/sources.ts';
import { ACH } from '../scenes/achievements/strings.ts';
import type { Field, Finding, LayoutReport } from './report.ts';

export interface FieldText {
  text: string;
  field: Field;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every string under `value`, with its JSON Pointer below `pointer`. */
function strings(file: string, pointer: string, value: unknown, out: FieldText[]): FieldText[] {
  if (typeof value === 'string') {
    if (squash(value)) out.push({ text: squash(value), field: { file, pointer } });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => strings(file, `${pointer}/${i}`, item, out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== '$schema') strings(file, `${pointer}/${escapeKey(key)}`, item, out);
  }
  return out;
}

/** The texts a scene can show and the fields they come from. */
export function fieldTexts(content: ContentSet, entry: PlaylistEntry): FieldText[] {
  const out: FieldText[] = [];
  if (entry.kind === 'achievements') {
    const sections = content.achievements?.sections ?? [];
    const i = sections.findIndex((s) => s.id === entry.section);
    const section = sections[i];
    if (section) {
      strings('achievements.json', `/sections/${i}`, section, out);
      // Numbers are shown as the report writes them, not as stored.
      section.figures.forEach((figure, j) => out.push({ text: figureText(figure), field: { file: 'achievements.json', pointer: `/sections/${i}/figures/${j}/value` } }));
      // The source line joins a source's parts (title, periodical, …): named by the source it shows.
      const { notes, marks } = sourcesOf(section);
      for (const note of notes) {
        const j = note.mark === 0 ? 0 : marks.indexOf(note.mark);
        const pointer = section.figures[j]?.source ? `/sections/${i}/figures/${j}/source` : `/sections/${i}/source`;
        out.push({ text: squash(`${note.lead}${note.mark ? ACH.figureMark(note.mark) : ''}${note.text}`), field: { file: 'achievements.json', pointer } });
      }
    }
  } else if (entry.kind === 'gallery') {
    strings('workers.json', '', content.workers, out);
  } else if (entry.kind === 'events') {
    strings('events.json', '', content.events, out);
  }
  // Last: a scene's own content names a text before the playlist's title for it does.
  const index = content.playlist.scenes.indexOf(entry);
  if (index >= 0) strings('playlist.json', `/scenes/${index}`, entry, out);
  return out;
}

/** The texts a notice shows (the ticker's line or the urgent notice's page). */
export function noticeFieldTexts(content: ContentSet, index: number): FieldText[] {
  const notice = content.notices.notices[index];
  return notice ? strings('notices.json', `/notices/${index}`, notice, []) : [];
}

/** Longest mark a chart adds after a field's text (a source mark such as ① or ¹²). */
const MARK_MAX = 3;

/**
 * The field `text` shows: the one with exactly that text, else one followed by a source mark,
 * else one it is the start of (text cut short with "…"); a figure, by the field it starts with.
 * Other text made of several fields (a whole chart) names none: no guessing which is to blame.
 */
export function locateField(texts: readonly FieldText[], text: string, options: { figure?: boolean } = {}): Field | undefined {
  const shown = squash(text);
  if (!shown) return undefined;
  const exact = texts.find((t) => t.text === shown);
  if (exact) return exact.field;
  // A whole figure (label, value, note) is named by the field it starts with.
  const marked = texts.filter((t) => shown.startsWith(t.text) && (options.figure || shown.length - t.text.length <= MARK_MAX)).sort((a, b) => b.text.length - a.text.length)[0];
  if (marked) return marked.field;
  const start = shown.replace(/…$/, '');
  return start.length >= 2 && start !== shown ? texts.find((t) => t.text.startsWith(start))?.field : undefined;
}

/** Names, in place, the content field of every finding (and of an overlap's other figure) the scene did not mark. */
export function nameFields(report: LayoutReport, texts: readonly FieldText[]): LayoutReport {
  const locate = (f: { text: string; selector: string; field?: Finding['field'] }) =>
    f.field ?? locateField(texts, f.text, { figure: /\[data-figure\](:nth-child\(\d+\))?$/.test(f.selector) }) ?? phraseField(texts, f);
  for (const finding of report.findings) {
    finding.field = locate(finding);
    if (finding.other) finding.other.field = locate(finding.other);
  }
  return report;
}

/** A phrase of a wrapped text (Phrased's span.phrase): the one field whose text holds it, if only one does. */
function phraseField(texts: readonly FieldText[], f: { text: string; selector: string }): Field | undefined {
  const shown = squash(f.text);
  if (!shown || !/span\.phrase(:nth-child\(\d+\))?$/.test(f.selector)) return undefined;
  const holders = texts.filter((t) => t.text.includes(shown));
  return holders.length === 1 ? holders[0]!.field : undefined;
}
