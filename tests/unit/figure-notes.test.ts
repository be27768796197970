// @vitest-environment jsdom
// Every chart kind draws each figure's qualifier, its note and its source mark (issue 13): the
// achievements scene mounted for one section per kind, on the fake clock, with reduced motion.
import { describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import AchievementsScene from '../../src/scenes/achievements/AchievementsScene.svelte';
import type { AchievementSection, ContentSet, Figure, PlaylistEntry } from '../../src/content/schema.ts';
import { fakeClock } from './support/fake-clock.ts';

// jsdom draws nothing: the entry's Web Animations and the text fitting's observer are stand-ins.
const animations = new Set<{ play(): void }>();
Object.assign(Element.prototype, {
  animate() {
    const animation = { play() {}, pause() {}, cancel() {}, finish() {}, finished: Promise.resolve() };
    animations.add(animation);
    return animation;
  },
  getAnimations: () => [...animations],
});
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

const report = { title: '年度工作报告', date: '2024-01-10' };
const bulletin = { title: '统计快报', date: '2024-01-20' };
const figure = (label: string, value: number, unit: string, extra: Partial<Figure> = {}): Figure => ({ label, value, unit, more: false, kind: 'count', ...extra });

/** One section per chart kind; each has a note, a qualifier and two sources (so marks 1 and 2). */
const SECTIONS: Record<string, Omit<AchievementSection, 'id' | 'title' | 'source'>> = {
  number: { chart: 'number', figures: [figure('服务职工', 12, '万人次', { qualifier: '余', note: '含线上服务', source: bulletin }), figure('举办活动', 300, '场')] },
  bars: { chart: 'bars', figures: [figure('春节慰问', 120, '万元', { note: '含走访慰问', qualifier: '约' }), figure('金秋助学', 40, '万元', { source: bulletin })] },
  ring: { chart: 'ring', figures: [figure('建会率', 95, '%', { kind: 'percent', qualifier: '以上', note: '动态保持', source: bulletin }), figure('入会率', 88, '%', { kind: 'percent' })] },
  levels: {
    chart: 'levels',
    figures: [
      figure('全国', 2, '项', { level: 'national', note: '含五一劳动奖状' }),
      figure('省级', 6, '项', { level: 'provincial', qualifier: '近', source: bulletin }),
    ],
  },
  pictogram: { chart: 'pictogram', figures: [figure('职工之家', 9, '个', { note: '市级以上', qualifier: '超过' }), figure('职工书屋', 3, '个', { source: bulletin })] },
  line: {
    chart: 'line',
    series: [{ label: '2022', value: 10 }, { label: '2023', value: 12 }],
    figures: [figure('会员', 12, '万人', { qualifier: '近', note: '年末数', source: bulletin }), figure('新入会', 2, '万人')],
  },
  // jsdom has no WebGL: the 3D scene shows its flat chart, which must carry the notes too.
  columns3d: { chart: 'columns3d', figures: [figure('慰问金', 112, '万元', { qualifier: '余', note: '发放到户' }), figure('助学金', 3.4, '万元', { source: bulletin })] },
};

function contentFor(kind: string): { content: ContentSet; entry: PlaylistEntry } {
  const section = { id: kind, title: `${kind} 板块`, source: report, ...SECTIONS[kind]! } as AchievementSection;
  const entry: PlaylistEntry = { id: kind, kind: 'achievements', title: kind, duration: 10, section: kind };
  const content = { achievements: { year: 2023, sections: [section] }, playlist: { scenes: [entry] } } as unknown as ContentSet;
  return { content, entry };
}

describe('figure notes, qualifiers and marks on every chart kind', () => {
  for (const kind of Object.keys(SECTIONS)) {
    it(kind, async () => {
      const { clock, advance } = fakeClock();
      const { content, entry } = contentFor(kind);
      const target = document.body.appendChild(document.createElement('div'));
      const scene = mount(AchievementsScene, {
        target,
        props: { entry, content, env: { clock, reducedMotion: true, media: (p: string) => p }, active: true, interactive: false, onready: () => {} },
      });
      flushSync();
      // The 3D chart's module loads (and finds no WebGL) before the flat chart shows.
      if (kind === 'columns3d') await vi.waitFor(() => expect(target.querySelector('[data-three="flat"]')).not.toBeNull(), { timeout: 10_000 });
      advance(10_000);
      flushSync();
      const figures = content.achievements.sections[0]!.figures;
      const notes = [...target.querySelectorAll('[data-figure-note]')].map((n) => n.textContent);
      expect(notes).toEqual(figures.filter((f) => f.note).map((f) => f.note));
      const qualifiers = [...target.querySelectorAll('[data-qualifier]')].map((q) => q.getAttribute('data-qualifier'));
      for (const f of figures.filter((f) => f.qualifier)) expect(qualifiers).toContain(f.qualifier);
      expect([...target.querySelectorAll('[data-figure-mark]')].map((m) => m.textContent).sort()).toEqual(['1', '2']);
      unmount(scene);
      target.remove();
    });
  }
});
