// Fetches a content set over HTTP at run time, validates it, and keeps the last good one.
import { CONTENT_FILES, type ContentKey, type ContentSet } from './schema.ts';
import { validateContent, type ContentTexts } from './validate.ts';
import { hashText } from './hash.ts';
import { problem, type Problem } from './problems.ts';
import { decodeContentBytes } from './rules/encoding.ts';
import { browserImageDecoder, checkMediaOverHttp, type ImageDecoder } from './rules/media.ts';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface LoadedContent {
  content: ContentSet;
  version: string;
  texts: ContentTexts;
}

export type LoadOutcome =
  | { kind: 'valid'; loaded: LoadedContent; problems: Problem[] }
  | { kind: 'invalid'; version: string; problems: Problem[] }
  /** The server could not be asked (offline, 5xx): not a content error, keep what we have. */
  | { kind: 'unreachable'; problems: Problem[] };

export function contentVersion(texts: ContentTexts): string {
  const keys = Object.keys(CONTENT_FILES) as ContentKey[];
  return hashText(keys.map((k) => `${k}\u0000${texts[k] ?? '\u0001missing'}`).join('\u0002'));
}

/** The texts of a set, and the files that could not be read as text (not UTF-8). */
export interface FetchedTexts {
  texts: ContentTexts;
  fileProblems: Problem[];
}

/** Reads every file of the set; a 404 counts as "file missing", any other failure as unreachable. */
export async function fetchContentTexts(base: string, fetchFn: FetchLike): Promise<FetchedTexts | Problem[]> {
  const keys = Object.keys(CONTENT_FILES) as ContentKey[];
  const texts = {} as ContentTexts;
  const fileProblems: Problem[] = [];
  const failures: Problem[] = [];
  await Promise.all(
    keys.map(async (key) => {
      const file = CONTENT_FILES[key].file;
      try {
        const response = await fetchFn(`${base}${file}`, { cache: 'no-cache' });
        if (response.status === 404) texts[key] = null;
        else if (!response.ok) failures.push(problem('error', file, '', `服务器返回 ${response.status}`, `the server answered ${response.status}`));
        else {
          // Bytes, not response.text(): that would guess past a wrong encoding and show mojibake.
          const decoded = decodeContentBytes(file, await response.arrayBuffer());
          texts[key] = decoded.text;
          if (!decoded.ok) fileProblems.push(decoded.problem);
        }
      } catch {
        failures.push(problem('error', file, '', '无法连接服务器', 'the server could not be reached'));
      }
    }),
  );
  return failures.length ? failures : { texts, fileProblems };
}

export interface LoadOptions {
  /**
   * Decodes pictures for the media check; null skips it. Defaults to the browser's decoder where
   * there is one (not in Node, where the checker reads pictures from disk instead).
   */
  decodeImage?: ImageDecoder | null;
  /** Lay out a set whose only errors are in its texts (validate.ts); for the layout sheet only. */
  draft?: boolean;
}

// Media verdicts by base and version: pictures are fetched and decoded once per new version,
// not at every poll that finds the same one (a picture replaced under the same name is looked
// at again after a reload or the next change to the JSON). A few entries are plenty.
const mediaVerdicts = new Map<string, Problem[]>();
const MEDIA_VERDICTS_KEPT = 4;

/**
 * Fetches, validates and (for a valid set) checks that every picture really decodes. Broken
 * pictures are warnings here, not a reason to refuse the set: see rules/media.ts.
 */
export async function loadContent(base: string, fetchFn: FetchLike, options: LoadOptions = {}): Promise<LoadOutcome> {
  const fetched = await fetchContentTexts(base, fetchFn);
  if (Array.isArray(fetched)) return { kind: 'unreachable', problems: fetched };
  const outcome = judgeTexts(fetched.texts, fetched.fileProblems, { draft: options.draft });
  const decode = options.decodeImage !== undefined ? options.decodeImage : typeof createImageBitmap === 'function' ? browserImageDecoder : null;
  if (outcome.kind !== 'valid' || !decode) return outcome;
  const key = `${base}\u0000${outcome.loaded.version}`;
  let media = mediaVerdicts.get(key);
  if (!media) {
    const check = await checkMediaOverHttp(base, outcome.loaded.content, fetchFn, decode);
    media = check.problems;
    if (check.complete) {
      mediaVerdicts.set(key, media);
      if (mediaVerdicts.size > MEDIA_VERDICTS_KEPT) mediaVerdicts.delete(mediaVerdicts.keys().next().value!);
    }
  }
  return { ...outcome, problems: [...outcome.problems, ...media] };
}

export function judgeTexts(texts: ContentTexts, fileProblems: readonly Problem[] = [], options: { draft?: boolean | undefined } = {}): LoadOutcome {
  const version = contentVersion(texts);
  const { content, problems } = validateContent(texts, fileProblems, { draft: options.draft ?? false });
  if (!content) return { kind: 'invalid', version, problems };
  return { kind: 'valid', loaded: { content, version, texts }, problems };
}
