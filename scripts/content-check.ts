// `npm run content:check [-- --render] [--now ISO] [folder]`: checks a content set the way the kiosk
// will, and more (pictures on disk, content that is over, charts); with --render it also lays every
// scene out in Chromium and writes a contact sheet, whose path is the last line. Exits 1 on errors.
import { resolve } from 'node:path';
import { checkContentFolder } from './lib/check-folder.ts';
import { defaultOut, renderCheck } from './lib/render-check.ts';
import { formatProblem, type Problem } from '../src/content/problems.ts';

const USAGE = 'usage: npm run content:check -- [--render] [--now 2026-12-01T09:30:00+08:00] [--out DIR] [--port N] [folder]';

function parseArgs(argv: readonly string[]) {
  const options = { render: false, now: new Date(), folder: 'content', out: '', port: Number(process.env.RENDER_PORT ?? 0) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--render') options.render = true;
    else if (arg === '--now') {
      const text = value();
      options.now = new Date(text);
      if (Number.isNaN(options.now.getTime())) throw new Error(`--now「${text}」不是时间 is not a date (ISO 8601, e.g. 2026-12-01T09:30:00+08:00)`);
    } else if (arg === '--out') options.out = value();
    else if (arg === '--port') options.port = Number(value());
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.folder = arg;
  }
  return options;
}

let options: ReturnType<typeof parseArgs>;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.log(`[错误 error] ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const folder = resolve(options.folder);

/** A rule that throws is our bug, not the staff's: say so in words, keep the detail for us. */
function ownFault(error: unknown): never {
  console.log(`[错误 error] 检查程序自身出错，请把下面这行发给技术人员 / the checker itself failed; send this line to the developers:`);
  console.log(`  ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exit(2);
}

let result: Awaited<ReturnType<typeof checkContentFolder>>;
try {
  result = await checkContentFolder(folder, { now: options.now });
} catch (error) {
  ownFault(error);
}
const problems: Problem[] = [...result.problems];
let sheet: string | null = null;
if (options.render) {
  try {
    const rendered = await renderCheck({
      folder,
      now: options.now,
      // KIOSK_DIST names a build to use as it is (the test suite's); dist/ is rebuilt when stale.
      dist: resolve(process.env.KIOSK_DIST ?? 'dist'),
      keepBuild: process.env.KIOSK_DIST !== undefined,
      out: options.out ? resolve(options.out) : defaultOut(folder),
      port: options.port,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    // A character the font lacks is already named by the text rule; the screen saying so again adds nothing.
    const said = new Set(problems.map((p) => `${p.file}|${p.path}`));
    problems.push(...rendered.problems.filter((p) => !(said.has(`${p.file}|${p.path}`) && /cannot draw/.test(p.en))));
    sheet = rendered.sheet;
  } catch (error) {
    ownFault(error);
  }
}
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`\n${folder}: ${result.summary}`);
if (!options.render) console.log('版面（文字放不放得下、有没有被遮住）只在加 --render 时检查 / layout (text cut, overlapping or covered) is checked only with --render');
console.log(errors ? `✗ ${errors} 个错误，${warnings} 个提醒 / ${errors} error(s), ${warnings} warning(s)` : `✓ 可以发布（${warnings} 个提醒）/ ready to publish (${warnings} warning(s))`);
if (sheet) {
  console.log('版面检查图（每个场景横竖屏的样子）/ contact sheet of every scene, both orientations:');
  console.log(sheet);
}
process.exit(errors ? 1 : 0);
