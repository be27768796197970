// The media rule: every picture a content set names exists, is not too big, and really decodes.
// The checker gathers the facts from disk, the kiosk over HTTP; both judge them here, so staff
// read the same words in the terminal and in the status view.
//
// Severity differs on purpose. In the checker a missing or broken picture is an error: staff
// must fix it before publishing. In the kiosk it is a warning: the set is still shown (rejecting
// it would hold back every other edit), the gallery draws its placeholder (the surname) for a
// worker whose photo will not load, and the status view lists the warning for staff.
import type { ContentSet } from '../schema.ts';
import { mediaReferences, type MediaReference } from '../media.ts';
import { problem, type Problem, type Severity } from '../problems.ts';

/** Above this a photo slows the kiosk for nothing; above the hard limit it is refused. */
export const IMAGE_WARN_BYTES = 2 * 1024 * 1024;
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const IMAGE_WARN_PIXELS = 4096;

/** What was found about one picture; `size` is absent when the file does not exist. */
export interface MediaFacts {
  size?: number;
  /** Pixel size when it decodes, null when it does not, undefined when not tried (too big). */
  pixels?: { width: number; height: number } | null;
}

/** Problems of one picture; `hard` is the severity of a picture the screen cannot show. */
export function mediaProblems(ref: MediaReference, facts: MediaFacts, hard: Severity): Problem[] {
  if (facts.size === undefined) {
    return [problem(hard, ref.file, ref.path, `找不到图片文件「${ref.media}」（检查文件名和大小写）`, `image file "${ref.media}" not found (check the name and its upper/lower case)`)];
  }
  const mb = (facts.size / 1024 / 1024).toFixed(1);
  if (facts.size > IMAGE_MAX_BYTES) {
    return [problem(hard, ref.file, ref.path, `图片太大（${mb} MB），请缩小到 2 MB 以下、长边不超过 2000 像素`, `image too large (${mb} MB): resize it below 2 MB, at most 2000 px on the long side`)];
  }
  const out: Problem[] = [];
  if (facts.size > IMAGE_WARN_BYTES) {
    out.push(problem('warning', ref.file, ref.path, `图片较大（${mb} MB），建议压缩到 2 MB 以下`, `large image (${mb} MB): compress it below 2 MB`));
  }
  if (facts.pixels === null) {
    out.push(problem(hard, ref.file, ref.path, `「${ref.media}」不是可用的图片（文件损坏或格式不对）`, `"${ref.media}" is not a usable image (damaged, or not an image)`));
  } else if (facts.pixels && Math.max(facts.pixels.width, facts.pixels.height) > IMAGE_WARN_PIXELS) {
    const { width, height } = facts.pixels;
    out.push(problem('warning', ref.file, ref.path, `图片尺寸很大（${width}×${height}），建议长边不超过 2000 像素`, `very large image (${width}×${height}): 2000 px on the long side is plenty`));
  }
  return out;
}

// ---- the kiosk's side: facts over HTTP

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;
/** Decodes a picture; its pixel size, or null when it is not a picture the browser can draw. */
export type ImageDecoder = (blob: Blob, path: string) => Promise<{ width: number; height: number } | null>;

/** The browser's own decoder: what decodes here is what the gallery can draw. */
export const browserImageDecoder: ImageDecoder = async (blob, path) => {
  try {
    if (/\.svg$/i.test(path)) return await decodeWithImage(blob); // createImageBitmap refuses SVG
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return null;
  }
};

async function decodeWithImage(blob: Blob): Promise<{ width: number; height: number }> {
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Facts of one picture over HTTP; null when the server could not be asked (not the content's fault). */
async function fetchFacts(url: string, media: string, fetchFn: FetchLike, decode: ImageDecoder): Promise<MediaFacts | null> {
  let response: Response;
  try {
    response = await fetchFn(url, { cache: 'no-cache' });
  } catch {
    return null;
  }
  if (response.status === 404 || response.status === 410) return {};
  if (!response.ok) return null;
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    return null; // the connection broke mid-file
  }
  if (blob.size > IMAGE_MAX_BYTES) return { size: blob.size }; // refused by size; not worth decoding
  return { size: blob.size, pixels: await decode(blob, media) };
}

export interface KioskMediaCheck {
  problems: Problem[];
  /** False when some picture could not be asked for (offline, 5xx): check again later. */
  complete: boolean;
}

/** Fetches and decodes every picture the set names (each file once, a few at a time). */
export async function checkMediaOverHttp(base: string, content: ContentSet, fetchFn: FetchLike, decode: ImageDecoder): Promise<KioskMediaCheck> {
  const refs = mediaReferences(content);
  const queue = [...new Set(refs.map((r) => r.media))];
  const facts = new Map<string, MediaFacts>();
  let complete = true;
  const worker = async () => {
    for (let media = queue.shift(); media !== undefined; media = queue.shift()) {
      const found = await fetchFacts(`${base}${media}`, media, fetchFn, decode);
      if (found) facts.set(media, found);
      else complete = false;
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
  const problems = refs.flatMap((ref) => {
    const found = facts.get(ref.media);
    return found ? mediaProblems(ref, found, 'warning') : [];
  });
  return { problems, complete };
}
