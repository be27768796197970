// The font files we ship, named once for the app (src/fonts.ts imports them) and for the staff
// checker (which reads their character maps). Noto Sans SC, simplified-Chinese set: 7,946 code
// points including Latin, digits and common punctuation.
export const FONT_PACKAGE_DIR = '@fontsource/noto-sans-sc/files/';
export const FONT_FILE_NAMES = {
  regular: 'noto-sans-sc-chinese-simplified-400-normal.woff2',
  bold: 'noto-sans-sc-chinese-simplified-700-normal.woff2',
} as const;
