// What `content:check --render` makes of the layout findings (src/layout/problems.ts, shared with the kiosk's status view): the
// checker's path form, one message per field however many orientations show it, severities.
import { describe, expect, it } from 'vitest';
import { findingsToProblems, pointerToPath, screenOf } from '../../src/layout/problems.ts';
import type { Finding } from '../../src/layout/report.ts';

const [landscape, portrait] = [screenOf(1920, 1080), screenOf(1080, 1920)];
const finding = (kind: Finding['kind'], pointer?: string): Finding => ({
  kind,
  selector: 'section.achievements > div.label',
  text: '共建户外劳动者驿站',
  box: { x: 0, y: 0, width: 10, height: 10 },
  zh: '「共建户外劳动者驿站」显示不全',
  en: '「共建户外劳动者驿站」 is cut short',
  ...(pointer ? { field: { file: 'achievements.json', pointer } } : {}),
});

describe('render check messages', () => {
  it('writes JSON pointers as the checker writes paths', () => {
    expect(pointerToPath('/sections/0/figures/2/label')).toBe('sections[0].figures[2].label');
    expect(pointerToPath('/notices/3/text')).toBe('notices[3].text');
    expect(pointerToPath('/a~1b/0')).toBe('a/b[0]');
    expect(pointerToPath('')).toBe('');
  });

  it('says a field once with every orientation that shows the problem, in both languages', () => {
    const problems = findingsToProblems([
      { finding: finding('ellipsis', '/sections/0/figures/0/label'), what: '场景 scene a', owner: { file: 'playlist.json', path: 'scenes[2]' }, screen: landscape },
      { finding: finding('ellipsis', '/sections/0/figures/0/label'), what: '场景 scene a', owner: { file: 'playlist.json', path: 'scenes[2]' }, screen: portrait },
      { finding: finding('glyph', '/sections/0/title'), what: '场景 scene a', owner: { file: 'playlist.json', path: 'scenes[2]' }, screen: portrait },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ severity: 'warning', file: 'achievements.json', path: 'sections[0].figures[0].label' });
    expect(problems[0]!.zh).toContain('横屏');
    expect(problems[0]!.en).toMatch(/landscape.*portrait/);
    expect(problems[1]!.severity).toBe('error');
  });

  it('names a finding without a field by its scene and place in it', () => {
    const [p] = findingsToProblems([{ finding: finding('overlap'), what: '场景 scene a', owner: { file: 'playlist.json', path: 'scenes[2]' }, screen: landscape }]);
    expect(p).toMatchObject({ severity: 'error', file: 'playlist.json', path: 'scenes[2]' });
    expect(p!.en).toContain('section.achievements > div.label');
  });
});

describe('a summarised card text (the board says the rest is a touch away)', () => {
  it('is told as a summary, not as text cut with "…"', async () => {
    const { findingMessage } = await import('../../src/layout/report.ts');
    const cut = findingMessage('clamped', '教练现场指导', { scrollHeight: 75, clientHeight: 37 });
    const summary = findingMessage('clamped', '教练现场指导', { scrollHeight: 75, clientHeight: 37, summary: 1 });
    expect(cut.en).toContain('cut with "…"');
    expect(summary.zh).toContain('触摸查看详情');
    expect(summary.en).toContain('the whole text is in the detail view');
    expect(summary.en).not.toContain('…');
  });
});
