// The small part of fontkit the checker uses.
declare module 'fontkit' {
  export function openSync(path: string): { characterSet: number[] };
}
