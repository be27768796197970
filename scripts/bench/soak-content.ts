// The soak's content set: the default content/ with the palace open around the clock, so that
// hundreds of sped-up loops never run into the night screen. Everything else is unchanged.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Copies content/ into `folder` and opens it all day, every day. */
export async function writeSoakContent(folder: string): Promise<void> {
  await cp(join(ROOT, 'content'), folder, { recursive: true });
  const sitePath = join(folder, 'site.json');
  const site = JSON.parse(await readFile(sitePath, 'utf8')) as { openingHours: Record<string, string[]>; closedDates?: string[] };
  site.openingHours = Object.fromEntries(WEEKDAYS.map((day) => [day, ['00:00-24:00']]));
  site.closedDates = [];
  await writeFile(sitePath, `${JSON.stringify(site, null, 2)}\n`);
}
