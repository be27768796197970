// Which content field a text on screen came from (src/layout/fields.ts): what the layout sheet's
// findings name for staff, e.g. achievements.json /sections/14/figures/1/label.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { judgeTexts } from '../../src/content/load.ts';
import { fieldTexts, locateField } from '../../src/layout/fields.ts';
import type { ContentTexts } from '../../src/content/validate.ts';

const read = (file: string) => readFileSync(`tests/fixtures/achievements/${file}`, 'utf8');
const outcome = judgeTexts({ site: read('site.json'), playlist: read('playlist.json'), achievements: read('achievements.json'), workers: null, events: null, notices: null } as ContentTexts);
if (outcome.kind !== 'valid') throw new Error('the achievements fixture is valid');
const { content } = outcome.loaded;
const entry = content.playlist.scenes.find((s) => s.id === 'mixed-sources')!;
const section = content.achievements.sections.findIndex((s) => s.id === 'mixed-sources');
const texts = fieldTexts(content, entry);
const at = (pointer: string) => ({ file: 'achievements.json', pointer: `/sections/${section}${pointer}` });

describe('locateField', () => {
  it('names the field a text shows exactly, numbers as the report writes them', () => {
    expect(locateField(texts, '数字背后')).toEqual(at('/title'));
    expect(locateField(texts, '合理化建议')).toEqual(at('/figures/1/label'));
    expect(locateField(texts, '其中采纳 3200 条')).toEqual(at('/figures/1/note'));
    expect(locateField(texts, '36场')).toEqual(at('/figures/0/value'));
  });

  it('sees through a source mark after a label, and text cut short with …', () => {
    expect(locateField(texts, '劳动竞赛①')).toEqual(at('/figures/0/label'));
    expect(locateField(texts, '合理化…')).toEqual(at('/figures/1/label'));
  });

  it('names a whole figure by the field it starts with, and nothing for text of several fields', () => {
    expect(locateField(texts, '劳动竞赛① 36场', { figure: true })).toEqual(at('/figures/0/label'));
    expect(locateField(texts, '劳动竞赛① 36场 合理化建议 1.5万条')).toBeUndefined();
    expect(locateField(texts, '')).toBeUndefined();
  });

  it("prefers the scene's own content to the playlist's title for it", () => {
    const index = content.playlist.scenes.indexOf(entry);
    expect(texts.some((t) => t.field.file === 'playlist.json' && t.field.pointer === `/scenes/${index}/title`)).toBe(true);
    expect(locateField(texts, content.achievements.sections[section]!.title)?.file).toBe('achievements.json');
  });
});
