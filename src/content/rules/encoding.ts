// Turns the bytes of a content file into text: UTF-8 only (a BOM is dropped), with a "save it as
// UTF-8" message naming the line and byte where it fails. The kiosk's fetch and the checker's
// disk reads both come through here, so a GBK file is refused, never shown as mojibake.
import { problem, type Problem } from '../problems.ts';

export type Decoded =
  | { ok: true; text: string }
  /** `text` is a lossy reading, only to tell versions apart; the file itself is refused. */
  | { ok: false; text: string; problem: Problem };

const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let cp = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** True when the bytes read cleanly as GB18030 (GBK, GB2312): what Chinese Windows saves by default. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeContentBytes(file: string, data: Uint8Array | ArrayBuffer): Decoded {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return {
      ok: false,
      text,
      problem: problem('error', file, '', `${file} 是 UTF-16（「Unicode」）编码，不是 UTF-8：请用「另存为」选 UTF-8 保存`, `${file} is UTF-16 ("Unicode"), not UTF-8: save it as UTF-8`),
    };
  }
  try {
    return { ok: true, text: strict.decode(bytes) }; // the decoder drops a UTF-8 BOM itself
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const gbk = looksLikeGbk(bytes);
    return {
      ok: false,
      text: lossy.decode(bytes),
      problem: problem(
        'error',
        file,
        '',
        `${file} 不是 UTF-8 编码（第 ${line} 行，字节偏移 ${offset}${gbk ? '，像是 GBK/GB2312' : ''}）：请用「另存为」选 UTF-8 保存`,
        `${file} is not UTF-8 (line ${line}, byte offset ${offset}${gbk ? '; it looks like GBK/GB2312' : ''}): save it as UTF-8`,
      ),
    };
  }
}
