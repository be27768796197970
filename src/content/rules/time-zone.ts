// Whether a site time zone really exists, asked of the platform's own zone database (Intl), and
// what to suggest instead: a name that only looks right (Asia/Beijing) makes every clock throw.

/** What an IANA zone name looks like; offsets such as +08:00 are not accepted (not every engine knows them). */
export const TIME_ZONE_PATTERN = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const known = new Map<string, boolean>();

/** True when `name` is an IANA zone (or alias, such as UTC) this engine can format dates in. */
export function isTimeZone(name: string): boolean {
  let ok = known.get(name);
  if (ok === undefined) {
    ok = TIME_ZONE_PATTERN.test(name) && canFormatIn(name);
    known.set(name, ok);
  }
  return ok;
}

function canFormatIn(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    return true;
  } catch {
    return false; // RangeError: invalid time zone
  }
}

// Cities and words staff write for China's one zone; Asia/Shanghai is the name IANA uses.
const CHINA = /beijing|peking|china|prc|guangzhou|shenzhen|chengdu|wuhan|nanjing|hangzhou|xian|tianjin|suzhou|zhengzhou|changsha|kunming|shenyang|jinan|qingdao|hefei|fuzhou|xiamen|nanning|guiyang|lanzhou|xining|yinchuan|hohhot|taiyuan|shijiazhuang|nanchang|haikou|lhasa|cst|gmt\+8|utc\+8/i;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The zone staff most likely meant: Asia/Shanghai for any Chinese city, else a near spelling. */
export function suggestTimeZone(name: string): string {
  if (CHINA.test(name)) return 'Asia/Shanghai';
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  let best = 'Asia/Shanghai';
  let bestDistance = 4; // further than this is not a typo, it is another place
  for (const zone of zones) {
    const d = editDistance(name.toLowerCase(), zone.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [zone, d];
  }
  return best;
}

/** The bilingual message for a zone that does not exist (the schema adds what was found). */
export function timeZoneMessage(name: unknown): string {
  const hint = suggestTimeZone(typeof name === 'string' ? name : '');
  if (hint === 'Asia/Shanghai') {
    return '没有这个时区，中国大陆请写 Asia/Shanghai（IANA 时区名） / no such time zone: for mainland China write Asia/Shanghai (an IANA zone name)';
  }
  return `没有这个时区，是不是 ${hint}？（中国大陆请写 Asia/Shanghai） / no such time zone: did you mean ${hint}? (mainland China: Asia/Shanghai)`;
}
