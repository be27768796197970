// A content set as a zip file (fflate, ~8 KB): for a served set staff cannot write to.
import { zipSync } from 'fflate';

export function zipSet(files: Record<string, Uint8Array>): Blob {
  // Pictures are compressed already; JSON compresses well.
  const entries = Object.fromEntries(Object.entries(files).map(([path, data]) => [path, [data, { level: path.endsWith('.json') ? 6 : 0 }] as const]));
  return new Blob([zipSync(entries as Parameters<typeof zipSync>[0]) as BlobPart], { type: 'application/zip' });
}
