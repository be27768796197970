// `npm run content:check [folder]`: checks a content set the way the kiosk will, and more
// (pictures on disk, content that is over, charts). Exits 1 on errors; warnings alone pass.
import { resolve } from 'node:path';
import { checkContentFolder } from './lib/check-folder.ts';
import { formatProblem } from '../src/content/problems.ts';

const folder = resolve(process.argv[2] ?? 'content');
let result: Awaited<ReturnType<typeof checkContentFolder>>;
try {
  result = await checkContentFolder(folder, { now: new Date() });
} catch (error) {
  // A rule that throws is our bug, not the staff's: say so in words, keep the detail for us.
  console.log(`[错误 error] 检查程序自身出错，请把下面这行发给技术人员 / the checker itself failed; send this line to the developers:`);
  console.log(`  ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exit(2);
}
const { problems, summary } = result;
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`\n${folder}: ${summary}`);
console.log(errors ? `✗ ${errors} 个错误，${warnings} 个提醒 / ${errors} error(s), ${warnings} warning(s)` : `✓ 可以发布（${warnings} 个提醒）/ ready to publish (${warnings} warning(s))`);
process.exit(errors ? 1 : 0);
