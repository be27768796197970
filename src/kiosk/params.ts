// Reads the kiosk's URL parameters (see kiosk-contract.md) into one typed object.

export type MotionPreference = 'reduce' | 'auto';

export interface KioskParams {
  /** Instant the kiosk clock starts at, if `?now=` was given and valid. */
  now: Date | null;
  /** Timer speed-up factor; 1 is real time. */
  speed: number;
  /** Pin this scene id and do not advance. */
  scene: string | null;
  /** Path of the content set relative to the app's folder, ending in '/'; '' when `?content=` was refused. */
  contentBase: string;
  motion: MotionPreference;
  /** Problems with the parameters themselves, shown to staff. */
  problems: string[];
}

const DEFAULT_CONTENT = 'content/';
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** Where a page without a location (a unit test, Node) is taken to be. */
const NOWHERE = 'http://localhost/';

// What URL parsers drop or reinterpret without a word: C0/C1 controls (a tab turns "/\t/evil" into
// "//evil"), backslashes (read as "/"). Refused outright, as are "?" and "#" (a base has neither).
const TRICKY = /[\u0000-\u001f\u007f-\u009f\\?#]/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The content base for a `?content=` value: a path relative to the app's folder (the page's
 * directory), ending in '/', or null when the value is not a path inside that folder on this
 * origin. Parsed with the URL parser, the way fetch will read it, never by pattern alone.
 */
export function resolveContentBase(value: string, page: string | URL): string | null {
  if (value === '' || value !== value.trim() || TRICKY.test(value) || SCHEME.test(value) || value.startsWith('//')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null; // a stray "%"
  }
  // Encoded controls, slashes or dot segments would be decoded by a server after this check.
  if (TRICKY.test(decoded) || /%(2f|5c)/i.test(value) || decoded.split('/').includes('..')) return null;
  let url: URL;
  let folder: URL;
  try {
    folder = new URL('./', page);
    url = new URL(value, page);
  } catch {
    return null;
  }
  if (url.origin !== folder.origin || url.username || url.password || url.search || url.hash) return null;
  if (!url.pathname.startsWith(folder.pathname) || url.pathname === folder.pathname) return null;
  const relative = url.pathname.slice(folder.pathname.length);
  return relative.endsWith('/') ? relative : `${relative}/`;
}

/** A value as staff can read it back: controls escaped (a tab shows as \t, not as nothing). */
const shownValue = (value: string) => JSON.stringify(value).slice(1, -1);

/**
 * Reads the URL parameters. `page` is the page's own URL (its origin and folder bound
 * `?content=`); it defaults to location.href in the browser, so the function stays pure in tests.
 */
export function parseKioskParams(search: string, page: string | URL = globalThis.location?.href ?? NOWHERE): KioskParams {
  const query = new URLSearchParams(search);
  const problems: string[] = [];

  let now: Date | null = null;
  const nowText = query.get('now');
  if (nowText !== null) {
    const parsed = new Date(nowText);
    if (ISO_WITH_OFFSET.test(nowText) && !Number.isNaN(parsed.getTime())) now = parsed;
    else problems.push(`now=「${nowText}」不是带时区的 ISO 时间 / is not an ISO 8601 instant with offset (e.g. 2024-05-01T09:30:00+08:00)`);
  }

  let speed = 1;
  const speedText = query.get('speed');
  if (speedText !== null) {
    const parsed = Number(speedText);
    if (Number.isFinite(parsed) && parsed > 0 && parsed <= 10_000) speed = parsed;
    else problems.push(`speed=「${speedText}」应为正数 / must be a positive number`);
  }

  const scene = query.get('scene')?.trim() || null;

  let contentBase = DEFAULT_CONTENT;
  const contentText = query.get('content');
  if (contentText !== null) {
    const resolved = resolveContentBase(contentText, page);
    if (resolved !== null) contentBase = resolved;
    else {
      contentBase = '';
      problems.push(
        `content=「${shownValue(contentText)}」不是本应用目录里的相对路径（如 examples/cuiping/），已拒绝 / is not a relative path inside this app's folder (e.g. examples/cuiping/) and was refused`,
      );
    }
  }

  const motion: MotionPreference = query.get('motion') === 'reduce' ? 'reduce' : 'auto';
  return { now, speed, scene, contentBase, motion, problems };
}
