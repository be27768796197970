// A content set in a folder handle (File System Access: a picked folder, or the origin private
// file system): read its files, publish changed files together with the old ones kept in
// history/<time>/, roll the last publish back. The kiosk never reads history/ (it fetches only
// the files named in CONTENT_FILES and the media they name).
import { CONTENT_FILES, type ContentKey } from '../content/schema.ts';
import type { ContentTexts } from '../content/validate.ts';
import { decodeContentBytes } from '../content/rules/encoding.ts';
import type { Problem } from '../content/problems.ts';

export const HISTORY_DIR = 'history';
/** In each history entry: which files did not exist before that publish (a roll back removes them). */
const MANIFEST = 'history.json';

interface HistoryManifest {
  publishedAt: string;
  files: string[];
  absent: string[];
}

async function fileOrNull(dir: FileSystemDirectoryHandle, name: string): Promise<FileSystemFileHandle | null> {
  try {
    return await dir.getFileHandle(name);
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')) return null;
    throw error;
  }
}

async function dirOrNull(dir: FileSystemDirectoryHandle, name: string): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await dir.getDirectoryHandle(name);
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')) return null;
    throw error;
  }
}

/** The directory at a relative path ("media/workers"), created on the way when asked. */
export async function subdir(root: FileSystemDirectoryHandle, path: string, create: boolean): Promise<FileSystemDirectoryHandle | null> {
  let dir = root;
  for (const part of path.split('/').filter(Boolean)) {
    const next = create ? await dir.getDirectoryHandle(part, { create: true }) : await dirOrNull(dir, part);
    if (!next) return null;
    dir = next;
  }
  return dir;
}

/** A file at a relative path, or null. */
export async function readFileAt(root: FileSystemDirectoryHandle, path: string): Promise<File | null> {
  const parts = path.split('/');
  const name = parts.pop()!;
  const dir = await subdir(root, parts.join('/'), false);
  const handle = dir ? await fileOrNull(dir, name) : null;
  return handle ? handle.getFile() : null;
}

export async function readSetTexts(root: FileSystemDirectoryHandle): Promise<{ texts: ContentTexts; fileProblems: Problem[] }> {
  const texts = {} as ContentTexts;
  const fileProblems: Problem[] = [];
  for (const key of Object.keys(CONTENT_FILES) as ContentKey[]) {
    const file = await readFileAt(root, CONTENT_FILES[key].file);
    if (!file) {
      texts[key] = null;
      continue;
    }
    const decoded = decodeContentBytes(CONTENT_FILES[key].file, await file.arrayBuffer());
    texts[key] = decoded.text;
    if (!decoded.ok) fileProblems.push(decoded.problem);
  }
  return { texts, fileProblems };
}

/**
 * Writes every file at once: all writable streams are opened and written first and closed last,
 * so the swap files are committed together (a crash mid-way leaves the old files, not a mix).
 */
async function writeTogether(root: FileSystemDirectoryHandle, files: { path: string; data: Blob | string }[]): Promise<void> {
  const open: FileSystemWritableFileStream[] = [];
  try {
    for (const f of files) {
      const parts = f.path.split('/');
      const name = parts.pop()!;
      const dir = (await subdir(root, parts.join('/'), true))!;
      const handle = await dir.getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      open.push(writable);
      await writable.write(f.data);
    }
  } catch (error) {
    await Promise.all(open.map((w) => w.abort().catch(() => undefined)));
    throw error;
  }
  await Promise.all(open.map((w) => w.close()));
}

/** history/ folder names sort by time: 2026-12-01T13-45-07-123Z (no colons, for Windows folders). */
export function historyName(at: Date): string {
  return at.toISOString().replaceAll(':', '-').replace('.', '-');
}

export interface PublishFiles {
  /** Content JSON files that changed, by file name. */
  texts: Record<string, string>;
  /** New media, by path inside the set (media/workers/a.webp). */
  media: Record<string, Blob>;
}

/** Keeps the current version of the changed files in history/<time>/, then writes the new ones. */
export async function publishToFolder(root: FileSystemDirectoryHandle, files: PublishFiles, at: Date): Promise<string> {
  const names = Object.keys(files.texts);
  const name = historyName(at);
  const entry = (await subdir(root, `${HISTORY_DIR}/${name}`, true))!;
  const absent: string[] = [];
  const kept: { path: string; data: Blob }[] = [];
  for (const file of names) {
    const old = await readFileAt(root, file);
    if (old) kept.push({ path: file, data: old });
    else absent.push(file);
  }
  const manifest: HistoryManifest = { publishedAt: at.toISOString(), files: names, absent };
  await writeTogether(entry, [...kept, { path: MANIFEST, data: `${JSON.stringify(manifest, null, 2)}\n` }]);
  await writeTogether(root, [
    ...names.map((file) => ({ path: file, data: files.texts[file]! })),
    ...Object.entries(files.media).map(([path, data]) => ({ path, data })),
  ]);
  return name;
}

/** History entries, newest first. */
export async function listHistory(root: FileSystemDirectoryHandle): Promise<string[]> {
  const dir = await dirOrNull(root, HISTORY_DIR);
  if (!dir) return [];
  const names: string[] = [];
  for await (const [name, handle] of dir.entries()) if (handle.kind === 'directory') names.push(name);
  return names.sort().reverse();
}

/** Restores the files the newest publish replaced and drops that history entry; returns its name. */
export async function rollBack(root: FileSystemDirectoryHandle): Promise<string | null> {
  const [newest] = await listHistory(root);
  if (!newest) return null;
  const entry = (await subdir(root, `${HISTORY_DIR}/${newest}`, false))!;
  const manifestFile = await fileOrNull(entry, MANIFEST);
  const manifest = manifestFile ? (JSON.parse(await (await manifestFile.getFile()).text()) as HistoryManifest) : null;
  const restore: { path: string; data: Blob }[] = [];
  for await (const [name, handle] of entry.entries()) {
    if (handle.kind === 'file' && name !== MANIFEST) restore.push({ path: name, data: await (handle as FileSystemFileHandle).getFile() });
  }
  await writeTogether(root, restore);
  for (const file of manifest?.absent ?? []) await root.removeEntry(file).catch(() => undefined);
  const history = (await subdir(root, HISTORY_DIR, false))!;
  await history.removeEntry(newest, { recursive: true });
  return newest;
}
