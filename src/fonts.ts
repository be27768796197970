// Loads the font we ship (Noto Sans SC, simplified-Chinese subset: 7,946 code points incl. Latin
// and digits) so every screen looks the same with no system fonts and no network.
import regular from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2?url';
import bold from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2?url';

export const FONT_FAMILY = 'Kiosk Sans';
export const FONT_FILES = { regular, bold };

/** Registers and loads both weights; resolves even if loading fails (a fallback font still draws). */
export async function loadKioskFonts(): Promise<void> {
  const faces = [
    new FontFace(FONT_FAMILY, `url(${regular}) format('woff2')`, { weight: '400', display: 'block' }),
    new FontFace(FONT_FAMILY, `url(${bold}) format('woff2')`, { weight: '700', display: 'block' }),
  ];
  for (const face of faces) document.fonts.add(face);
  await Promise.allSettled(faces.map((face) => face.load()));
}
