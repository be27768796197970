import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fontCoverage } from '../../scripts/lib/glyphs.ts';
import { COVERAGE_MODULE, coverageModule, encodeRuns } from '../../scripts/lib/font-coverage.ts';
import { FONT_COVERAGE_COUNT } from '../../src/content/rules/font-coverage.ts';
import { fontCovers, glyphProblem, missingGlyphs } from '../../src/content/rules/glyphs.ts';
import { validateContent } from '../../src/content/validate.ts';
import { readContentTexts } from '../../scripts/lib/check-folder.ts';

describe('the font coverage table', () => {
  it('matches the shipped font files (run `npx tsx scripts/lib/font-coverage.ts --write` after changing them)', () => {
    expect(readFileSync(COVERAGE_MODULE, 'utf8')).toBe(coverageModule(fontCoverage()));
  });

  it('answers exactly as the fonts’ character maps do', () => {
    const covered = fontCoverage();
    expect(FONT_COVERAGE_COUNT).toBe(covered.size);
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 97) {
      if (fontCovers(cp) !== covered.has(cp)) throw new Error(`U+${cp.toString(16)}: table ${fontCovers(cp)}, font ${covered.has(cp)}`);
    }
  });

  it('is compact: a few KB of runs, not a list of 8,000 code points', () => {
    expect(readFileSync(COVERAGE_MODULE, 'utf8').length).toBeLessThan(24_000);
  });

  it('encodes runs as gap and length', () => {
    expect(encodeRuns([3, 1, 2, 7, 8, 10])).toEqual([1, 2, 3, 1, 1, 0]);
    expect(encodeRuns([])).toEqual([]);
  });
});

describe('missingGlyphs', () => {
  it.each([
    ['ordinary Chinese, digits and punctuation', '雁江区工人文化宫 2024年，服务职工11万余人次！（“好”）', []],
    ['Latin text', "Workers' Cultural Palace — 9:00-21:00", []],
    ['emoji', '欢迎光临 🎉', ['🎉']],
    ['an all-emoji title, each once', '🎉🎊🎉🏆', ['🎉', '🎊', '🏆']],
    ['an emoji with a variation selector and a joiner', '👨‍🔧 技师', ['👨', '🔧']],
    ['a rare character outside the simplified set', '𠀀', ['𠀀']],
    ['white space and control characters draw nothing', '第一段\n\t第二段\u00a0', []],
  ])('%s', (_name, text, missing) => {
    expect(missingGlyphs(text)).toEqual(missing);
  });

  it('names the field and the code points, in Chinese and English', () => {
    const p = glyphProblem('playlist.json', 'scenes[0].title', '🎉🎊');
    expect(p).toMatchObject({ severity: 'error', file: 'playlist.json', path: 'scenes[0].title' });
    expect(p!.zh).toContain('U+1F389');
    expect(p!.en).toContain('cannot draw');
  });
});

describe('the kiosk’s own validation', () => {
  it('refuses a set whose scene title the font cannot draw (so it is never drawn as boxes)', async () => {
    const { texts } = await readContentTexts('tests/fixtures/basic');
    const playlist = JSON.parse(texts.playlist!) as { scenes: { title: string }[] };
    playlist.scenes[2]!.title = '🎉🎊🏆';
    const { content, problems } = validateContent({ ...texts, playlist: JSON.stringify(playlist) });
    expect(content).toBeNull();
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'playlist.json', path: 'scenes[2].title' }));
  });

  it('shows a long text without guessing from its length whether it fits (content:check --render measures it)', async () => {
    const { texts } = await readContentTexts('tests/fixtures/basic');
    const notices = { notices: [{ id: 'long', text: '通'.repeat(70) }] };
    const { content, problems } = validateContent({ ...texts, notices: JSON.stringify(notices) });
    expect(content).not.toBeNull();
    expect(problems.filter((p) => p.file === 'notices.json')).toEqual([]);
  });

  it('keeps a set whose only errors are missing glyphs for the layout sheet (draft), never for the kiosk', async () => {
    const { texts } = await readContentTexts('tests/fixtures/basic');
    const withTofu = { ...texts, notices: JSON.stringify({ notices: [{ id: 'n', text: '𪚥字号' }] }) };
    expect(validateContent(withTofu).content).toBeNull();
    const draft = validateContent(withTofu, [], { draft: true });
    expect(draft.content).not.toBeNull();
    expect(draft.problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'notices.json', path: 'notices[0].text' }));
    // A broken reference is still refused: the scenes could not be drawn at all.
    const broken = { ...texts, playlist: JSON.stringify({ scenes: [{ id: 'x', kind: 'achievements', title: 'x', duration: 10, section: 'nope' }] }) };
    expect(validateContent(broken, [], { draft: true }).content).toBeNull();
  });
});
