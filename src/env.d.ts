/// <reference types="svelte" />
/// <reference types="vite/client" />
declare const __APP_VERSION__: string;
declare module 'virtual:kiosk-font-subset' {
  /** The build's font subset (scripts/lib/font-subset.ts); null in the dev server and tests. */
  const subset: { regular: string; bold: string; unicodeRange: string; codePoints: number } | null;
  export default subset;
}
