// `npm run content:check [folder]`: checks a content set the way the kiosk will, and more
// (media files, fonts, dates, text length). Exits 1 on errors; warnings alone pass.
import { resolve } from 'node:path';
import { checkContentFolder } from './lib/check-folder.ts';
import { formatProblem } from '../src/content/problems.ts';

const folder = resolve(process.argv[2] ?? 'content');
const { problems, summary } = await checkContentFolder(folder, { now: new Date() });
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`\n${folder}: ${summary}`);
console.log(errors ? `✗ ${errors} 个错误，${warnings} 个提醒 / ${errors} error(s), ${warnings} warning(s)` : `✓ 可以发布（${warnings} 个提醒）/ ready to publish (${warnings} warning(s))`);
process.exit(errors ? 1 : 0);
