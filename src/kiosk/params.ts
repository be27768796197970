// Reads the kiosk's URL parameters (see kiosk-contract.md) into one typed object.

export type MotionPreference = 'reduce' | 'auto';

export interface KioskParams {
  /** Instant the kiosk clock starts at, if `?now=` was given and valid. */
  now: Date | null;
  /** Timer speed-up factor; 1 is real time. */
  speed: number;
  /** Pin this scene id and do not advance. */
  scene: string | null;
  /** Base URL path of the content set, always ending in '/'. */
  contentBase: string;
  motion: MotionPreference;
  /** Problems with the parameters themselves, shown to staff. */
  problems: string[];
}

const DEFAULT_CONTENT = 'content/';
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A same-origin relative path: no scheme, no protocol-relative `//`, no backslashes. */
export function isSameOriginRelativePath(path: string): boolean {
  if (path.trim() === '' || path !== path.trim()) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return false;
  if (path.startsWith('//') || path.includes('\\')) return false;
  return true;
}

export function parseKioskParams(search: string): KioskParams {
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
    if (isSameOriginRelativePath(contentText)) {
      contentBase = contentText.endsWith('/') ? contentText : `${contentText}/`;
    } else {
      contentBase = '';
      problems.push(`content=「${contentText}」不是本站的相对路径，已拒绝 / is not a same-origin relative path and was refused`);
    }
  }

  const motion: MotionPreference = query.get('motion') === 'reduce' ? 'reduce' : 'auto';
  return { now, speed, scene, contentBase, motion, problems };
}
