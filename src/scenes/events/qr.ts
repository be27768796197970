// A QR code as rows of dark runs, made offline from the text (the qrcode package encodes;
// the board draws the result as SVG rects).
import QRCode, { type BitMatrix } from 'qrcode';

export interface QrRun {
  x: number;
  y: number;
  width: number;
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: QrRun[];
}

/** Dark modules merged into horizontal runs (a tenth as many rects as one per module). */
export function qrMatrix(text: string): QrMatrix | null {
  let modules: BitMatrix;
  try {
    modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  } catch {
    return null; // too long to encode: the caller shows the text instead
  }
  const runs: QrRun[] = [];
  for (let y = 0; y < modules.size; y++) {
    let x = 0;
    while (x < modules.size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const from = x;
      while (x < modules.size && modules.get(y, x)) x++;
      runs.push({ x: from, y, width: x - from });
    }
  }
  return { size: modules.size, runs };
}
