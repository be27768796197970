// A portrait dropped into the editor, made ready for the screen in the browser: cropped to 3:4 at
// its centre, scaled down to the recommended size, encoded as WebP under the size limit
// (docs/content-guide.md: upright 3:4, about 900×1200 px, under 500 KB).

export const PORTRAIT_WIDTH = 900;
export const PORTRAIT_HEIGHT = 1200;
export const PORTRAIT_MAX_BYTES = 500_000;

/** The largest 3:4 box at the centre of a picture. */
export function cropBox(width: number, height: number): { sx: number; sy: number; sw: number; sh: number } {
  const ratio = PORTRAIT_WIDTH / PORTRAIT_HEIGHT;
  if (width / height > ratio) {
    const sw = Math.round(height * ratio);
    return { sx: Math.round((width - sw) / 2), sy: 0, sw, sh: height };
  }
  const sh = Math.round(width / ratio);
  return { sx: 0, sy: Math.round((height - sh) / 2), sw: width, sh };
}

export interface Portrait {
  blob: Blob;
  width: number;
  height: number;
  /** The source was smaller than the recommended size (kept as is, not blown up). */
  small: boolean;
}

export async function preparePortrait(file: Blob): Promise<Portrait> {
  const bitmap = await createImageBitmap(file);
  try {
    const box = cropBox(bitmap.width, bitmap.height);
    const scale = Math.min(1, PORTRAIT_WIDTH / box.sw);
    const width = Math.round(box.sw * scale);
    const height = Math.round(box.sh * scale);
    const canvas = new OffscreenCanvas(width, height);
    const g = canvas.getContext('2d')!;
    g.imageSmoothingQuality = 'high';
    g.drawImage(bitmap, box.sx, box.sy, box.sw, box.sh, 0, 0, width, height);
    let blob: Blob | null = null;
    // Lower the quality until it fits; a photo this size fits at the first or second step.
    for (const quality of [0.86, 0.75, 0.6, 0.45]) {
      blob = await canvas.convertToBlob({ type: 'image/webp', quality });
      if (blob.size <= PORTRAIT_MAX_BYTES) break;
    }
    return { blob: blob!, width, height, small: scale === 1 && box.sw < PORTRAIT_WIDTH };
  } finally {
    bitmap.close();
  }
}
