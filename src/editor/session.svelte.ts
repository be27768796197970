// The editor's one piece of state: the open set (where from, its files as JSON), the edits,
// validation as staff type (the kiosk's own validateContent), the draft, publish and roll back.
import { CONTENT_FILES, type ContentKey, type ContentSet } from '../content/schema.ts';
import { validateContent, type ContentTexts } from '../content/validate.ts';
import { contentVersion, fetchContentTexts } from '../content/load.ts';
import { hasErrors, parseJson, type Problem } from '../content/problems.ts';
import { getAt, pointerOfPath, setAt } from './pointer.ts';
import { clearDraft, DraftWriter, loadDraft } from './draft.ts';
import { listHistory, publishToFolder, readFileAt, readSetTexts, rollBack } from './folder.ts';
import { zipSet } from './zip.ts';

export type EditorState = 'empty' | 'clean' | 'dirty' | 'invalid' | 'publishing' | 'published';

export type SetSource =
  | { kind: 'served'; base: string }
  | { kind: 'folder'; handle: FileSystemDirectoryHandle; name: string; private: boolean };

/** A problem with the JSON Pointer of its field, as the form and the contract name it. */
export interface EditorProblem extends Problem {
  pointer: string;
  /** "achievements.json:/sections/0/figures/2/value" (data-editor-field / data-editor-problem). */
  at: string;
}

const KEYS = Object.keys(CONTENT_FILES) as ContentKey[];
const FILE_KEY = Object.fromEntries(KEYS.map((k) => [CONTENT_FILES[k].file, k])) as Record<string, ContentKey>;

export function fieldId(file: string, pointer: string): string {
  return `${file}:${pointer}`;
}

/** JSON as the editor writes it: two spaces, a final newline (as the sets in the repository). */
export function jsonText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export class EditorSession {
  source = $state.raw<SetSource | null>(null);
  /** The files as opened (null: the file does not exist). */
  original = $state.raw<ContentTexts | null>(null);
  /** The files now, with the edits. */
  texts = $state.raw<ContentTexts | null>(null);
  /** Each file's JSON (undefined where the file is missing or is not JSON: not editable here). */
  docs = $state.raw<Partial<Record<ContentKey, unknown>>>({});
  /** Pictures added in this draft, by path in the set. */
  media = $state.raw<Record<string, Blob>>({});
  /** Faults of whole files found while reading them (not UTF-8). */
  fileProblems = $state.raw<Problem[]>([]);
  publishing = $state(false);
  /** Set by a publish, cleared by the next edit. */
  publishedAs = $state<string | null>(null);
  history = $state.raw<string[]>([]);
  /** Said to staff: what just happened (draft restored, published, rolled back, failed). */
  notice = $state<{ zh: string; en: string; error?: boolean } | null>(null);
  /** The editor's "now" for the dates it lists (next occurrences, what plays): `?now=` or the real time. */
  fixedNowMs: number | null = null;
  #drafts = new DraftWriter();
  #mediaUrls = new Map<string, string>();

  readonly validation = $derived.by(() => (this.texts ? validateContent(this.texts, this.fileProblems) : { content: null, problems: [] }));
  /** What the preview's layout measure found in the scene on show (warnings: the screen cuts or overflows it). */
  layoutProblems = $state.raw<EditorProblem[]>([]);
  readonly problems: EditorProblem[] = $derived([
    ...this.validation.problems.map((p) => {
      const pointer = pointerOfPath(p.path);
      return { ...p, pointer, at: fieldId(p.file, pointer) };
    }),
    ...this.layoutProblems,
  ]);
  readonly hasErrors = $derived(hasErrors(this.validation.problems));
  readonly changedFiles = $derived(this.texts && this.original ? KEYS.filter((k) => this.texts![k] !== this.original![k]) : []);
  readonly dirty = $derived(this.changedFiles.length > 0 || Object.keys(this.media).length > 0);
  readonly state: EditorState = $derived(
    !this.texts ? 'empty' : this.publishing ? 'publishing' : this.hasErrors ? 'invalid' : this.publishedAs && !this.dirty ? 'published' : this.dirty ? 'dirty' : 'clean',
  );
  /** The newest valid version of the set, for the preview (it keeps showing it while there are errors). */
  lastValid = $state.raw<ContentSet | null>(null);
  readonly editable = $derived(this.source?.kind === 'folder');

  constructor() {
    $effect.root(() => {
      $effect(() => {
        const content = this.validation.content;
        if (content) this.lastValid = content;
      });
    });
  }

  get draftKey(): string {
    const s = this.source;
    if (!s) return '';
    return s.kind === 'served' ? `served:${s.base}` : s.private ? 'opfs' : `folder:${s.name}`;
  }

  async openServed(base: string): Promise<void> {
    const fetched = await fetchContentTexts(base, (url, init) => fetch(url, init));
    if (Array.isArray(fetched)) {
      this.notice = { zh: `无法读取内容目录 ${base}`, en: `could not read the content folder ${base}`, error: true };
      return;
    }
    await this.#opened({ kind: 'served', base }, fetched.texts, fetched.fileProblems);
  }

  async openFolder(handle: FileSystemDirectoryHandle, isPrivate: boolean): Promise<void> {
    const { texts, fileProblems } = await readSetTexts(handle);
    await this.#opened({ kind: 'folder', handle, name: handle.name || '(OPFS)', private: isPrivate }, texts, fileProblems);
    this.history = await listHistory(handle);
  }

  async #opened(source: SetSource, texts: ContentTexts, fileProblems: Problem[]): Promise<void> {
    for (const url of this.#mediaUrls.values()) URL.revokeObjectURL(url);
    this.#mediaUrls.clear();
    this.source = source;
    this.original = texts;
    this.fileProblems = fileProblems;
    this.publishedAs = null;
    this.media = {};
    this.lastValid = null;
    this.history = [];
    this.#setTexts(texts);
    const draft = await loadDraft(this.draftKey);
    if (draft) {
      const sameBase = draft.baseVersion === contentVersion(texts);
      this.media = draft.media;
      this.#setTexts(draft.texts);
      this.notice = sameBase
        ? { zh: `已恢复 ${new Date(draft.savedAt).toLocaleString('zh-CN')} 的草稿`, en: `draft of ${draft.savedAt} restored` }
        : { zh: '已恢复草稿；文件夹里的文件在此之后被改过，发布会覆盖那些改动', en: 'draft restored; the files changed since, publishing overwrites those changes', error: true };
    } else this.notice = null;
  }

  #setTexts(texts: ContentTexts): void {
    this.texts = texts;
    const docs: Partial<Record<ContentKey, unknown>> = {};
    for (const key of KEYS) {
      const text = texts[key];
      if (text === null) continue;
      const parsed = parseJson(CONTENT_FILES[key].file, text);
      if (parsed.ok) docs[key] = parsed.value;
    }
    this.docs = docs;
  }

  nowMs(): number {
    return this.fixedNowMs ?? Date.now();
  }

  /** The set's time zone as the form holds it now (the kiosk's default while it is not valid). */
  get timeZone(): string {
    const zone = (this.docs.site as { timezone?: unknown } | undefined)?.timezone;
    return typeof zone === 'string' && this.lastValid?.site.timezone === zone ? zone : (this.lastValid?.site.timezone ?? 'Asia/Shanghai');
  }

  /** A file's value at a pointer. */
  get(file: ContentKey, pointer: string): unknown {
    return getAt(this.docs[file], pointer);
  }

  /** One edit: the value at a pointer of a file (undefined removes it). Saves the draft. */
  set(file: ContentKey, pointer: string, value: unknown): void {
    if (!this.texts) return;
    const doc = setAt(this.docs[file] ?? {}, pointer, value);
    this.docs = { ...this.docs, [file]: doc };
    const text = jsonText(doc);
    // Back to the file as opened: keep its own formatting, so an undone edit is no change.
    const original = this.original?.[file];
    const same = original != null && parseJson(CONTENT_FILES[file].file, original).ok && jsonText(JSON.parse(original.replace(/^\uFEFF/, ''))) === text;
    this.texts = { ...this.texts, [file]: same ? original : text };
    this.publishedAs = null;
    this.#saveDraft();
  }

  addMedia(path: string, blob: Blob): void {
    this.media = { ...this.media, [path]: blob };
    const old = this.#mediaUrls.get(path);
    if (old) URL.revokeObjectURL(old);
    this.#mediaUrls.delete(path);
    this.#saveDraft();
  }

  #saveDraft(): void {
    if (!this.texts || !this.original) return;
    void this.#drafts.save({ key: this.draftKey, baseVersion: contentVersion(this.original), texts: this.texts, media: this.media, savedAt: new Date().toISOString() });
  }

  async discardDraft(): Promise<void> {
    await this.#drafts.flush();
    await clearDraft(this.draftKey);
    if (this.original) this.#setTexts(this.original);
    this.media = {};
  }

  /** URL of a picture of the set for the preview: a new one of the draft, the folder's, or the server's. */
  async mediaUrl(path: string): Promise<string> {
    const known = this.#mediaUrls.get(path);
    if (known) return known;
    const s = this.source;
    let blob: Blob | null = this.media[path] ?? null;
    if (!blob && s?.kind === 'folder') blob = await readFileAt(s.handle, path);
    if (!blob) return s?.kind === 'served' ? `${s.base}${path}` : path;
    const url = URL.createObjectURL(blob);
    this.#mediaUrls.set(path, url);
    return url;
  }

  #changed(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of this.changedFiles) {
      const text = this.texts![key];
      if (text !== null) out[CONTENT_FILES[key].file] = text;
    }
    return out;
  }

  /** Writes the changed files together (the old ones into history/), or, for a served set, downloads a zip. */
  async publish(): Promise<void> {
    if (!this.texts || this.hasErrors || this.publishing) return;
    const s = this.source;
    if (s?.kind !== 'folder') return;
    this.publishing = true;
    try {
      await this.#drafts.flush();
      const name = await publishToFolder(s.handle, { texts: this.#changed(), media: this.media }, new Date());
      await this.#reopen(s.handle);
      this.publishedAs = name;
      this.notice = { zh: `已发布；旧版本存于 history/${name}/`, en: `published; the previous version is in history/${name}/` };
    } catch (error) {
      this.notice = { zh: `发布失败：${String(error)}`, en: `publishing failed: ${String(error)}`, error: true };
    } finally {
      this.publishing = false;
    }
  }

  /** After a publish or a roll back: the folder's files are the set now, the draft is spent. */
  async #reopen(handle: FileSystemDirectoryHandle): Promise<void> {
    await clearDraft(this.draftKey);
    const { texts, fileProblems } = await readSetTexts(handle);
    this.original = texts;
    this.fileProblems = fileProblems;
    this.#setTexts(texts);
    this.media = {};
    this.history = await listHistory(handle);
  }

  /** Restores the version before the last publish. */
  async rollBack(): Promise<void> {
    const s = this.source;
    if (s?.kind !== 'folder' || this.publishing) return;
    this.publishing = true;
    try {
      const name = await rollBack(s.handle);
      await this.#reopen(s.handle);
      this.publishedAs = null;
      this.notice = name ? { zh: `已恢复到 ${name} 发布前的版本`, en: `restored the version from before the publish of ${name}` } : { zh: '没有可恢复的版本', en: 'nothing to roll back' };
    } finally {
      this.publishing = false;
    }
  }

  /** The edited set as a zip (for a served, read-only set): every content file and the pictures it names. */
  async downloadZip(): Promise<Blob | null> {
    if (!this.texts || this.hasErrors) return null;
    const files: Record<string, Uint8Array> = {};
    const enc = new TextEncoder();
    for (const key of KEYS) {
      const text = this.texts[key];
      if (text !== null) files[CONTENT_FILES[key].file] = enc.encode(text);
    }
    for (const [path, blob] of Object.entries(this.media)) files[path] = new Uint8Array(await blob.arrayBuffer());
    const s = this.source;
    const content = this.validation.content;
    if (s?.kind === 'served' && content) {
      const { mediaReferences } = await import('../content/media.ts');
      for (const ref of mediaReferences(content)) {
        if (files[ref.media]) continue;
        const response = await fetch(`${s.base}${ref.media}`).catch(() => null);
        if (response?.ok) files[ref.media] = new Uint8Array(await response.arrayBuffer());
      }
    }
    return zipSet(files);
  }

  fileKey(file: string): ContentKey | undefined {
    return FILE_KEY[file];
  }
}
