import { describe, expect, it, vi } from 'vitest';
import { Player } from '../../src/kiosk/player.svelte.ts';
import type { ContentSet, PlaylistEntry } from '../../src/content/schema.ts';
import { fakeClock } from './support/fake-clock.ts';

const scene = (id: string, kind: PlaylistEntry['kind'] = 'events', extra: Partial<PlaylistEntry> = {}): PlaylistEntry => ({ id, kind, title: id, duration: 10, ...extra });

function contentWith(scenes: PlaylistEntry[]): ContentSet {
  return {
    site: { name: '测试', locale: 'zh-CN', timezone: 'Asia/Shanghai', idleTimeoutSeconds: 30, countdownSeconds: 20, reach: { maxControlHeightRatio: 0.43 }, pollIntervalSeconds: 300, updateCheckSeconds: 600, eventsWindowDays: 14, night: 'dim', closedDates: [], openingHours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] } },
    playlist: { scenes },
    achievements: { year: 2023, sections: [] },
    workers: { workers: [] },
    events: { events: [] },
    notices: { notices: [] },
  };
}

function setup(scenes: PlaylistEntry[], pinned: string | null = null) {
  const { clock, advance, pending } = fakeClock();
  let content = contentWith(scenes);
  let pendingContent: ContentSet | null = null;
  const player = new Player({
    clock,
    content: () => content,
    applyPendingContent: () => {
      if (!pendingContent) return false;
      content = pendingContent;
      pendingContent = null;
      return true;
    },
    pinned,
    timeZone: () => 'Asia/Shanghai',
  });
  const visibleId = () => player.visible?.entry.id ?? null;
  return { player, advance, pending, visibleId, deliver: (next: ContentSet) => (pendingContent = next) };
}

describe('Player', () => {
  it('plays the playlist in order and loops', () => {
    const { player, advance, visibleId } = setup([scene('a'), scene('b'), scene('c')]);
    player.play();
    const seen = [visibleId()];
    for (let i = 0; i < 4; i++) {
      advance(10_000);
      seen.push(visibleId());
    }
    expect(seen).toEqual(['a', 'b', 'c', 'a', 'b']);
  });

  it('mounts the next scene before the current one ends, so there is no blank frame', () => {
    const { player, advance } = setup([scene('a'), scene('b')]);
    player.play();
    advance(8_600);
    expect(player.slots.map((s) => [s.entry.id, s.phase])).toEqual([
      ['a', 'visible'],
      ['b', 'preparing'],
    ]);
    advance(1_400);
    expect(player.slots.map((s) => [s.entry.id, s.phase])).toEqual([
      ['a', 'leaving'],
      ['b', 'visible'],
    ]);
    advance(1_000);
    expect(player.slots.map((s) => s.entry.id)).toEqual(['b']);
  });

  it('skips a scene that throws and keeps the loop going', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { player, advance, visibleId } = setup([scene('a'), scene('b'), scene('c')]);
    player.play();
    advance(9_000); // b is being prepared
    const prepared = player.slots.find((s) => s.phase === 'preparing')!;
    player.sceneFailed(prepared.key, new Error('boom'));
    advance(1_000);
    expect(visibleId()).toBe('c');
    expect(error).toHaveBeenCalled();
  });

  it('says why when nothing can be shown, and retries by itself', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // The only scene starts at 10:00:20, twenty seconds after the kiosk's clock starts.
    const { player, advance, visibleId } = setup([scene('a', 'events', { validFrom: '2026-11-23T10:00:20' })]);
    player.play();
    expect(visibleId()).toBeNull();
    expect(player.errorReason).toContain('no scene can play now');
    advance(29_000);
    expect(visibleId()).toBeNull();
    advance(1_000); // the retry, 30 s after the failure, finds the scene valid now
    expect(visibleId()).toBe('a');
    expect(player.errorReason).toBeNull();
  });

  it('pins one scene with ?scene= and does not advance', () => {
    const { player, advance, visibleId, pending } = setup([scene('a'), scene('b')], 'b');
    player.play();
    advance(60_000);
    expect(visibleId()).toBe('b');
    expect(pending()).toBe(0); // a pinned scene schedules nothing
  });

  it('reports an unknown pinned scene with the ids that exist', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { player } = setup([scene('a'), scene('b')], 'nope');
    player.play();
    expect(player.errorReason).toContain('nope');
    expect(player.errorReason).toContain('a, b');
  });

  it('pauses the loop for a visitor, browses by kind, and resumes after the current scene', () => {
    const { player, advance, visibleId } = setup([scene('a', 'achievements'), scene('g', 'gallery'), scene('b', 'achievements'), scene('e')]);
    player.play();
    player.hold();
    advance(60_000);
    expect(visibleId()).toBe('a');
    player.showKind('events');
    expect(visibleId()).toBe('e');
    player.showKind('achievements');
    expect(visibleId()).toBe('a');
    player.showKind('achievements');
    expect(visibleId()).toBe('b');
    player.play();
    expect(visibleId()).toBe('e');
    advance(10_000);
    expect(visibleId()).toBe('a');
  });

  it('swaps in new content only at a scene boundary', () => {
    const { player, advance, visibleId, deliver } = setup([scene('a'), scene('b')]);
    player.play();
    advance(2_000);
    deliver(contentWith([scene('x'), scene('y')]));
    expect(visibleId()).toBe('a');
    advance(8_000);
    expect(visibleId()).toBe('x');
  });

  it('frees every scene and timer when stopped for the night, and carries on after the scene it stopped on', () => {
    const { player, advance, pending } = setup([scene('a'), scene('b'), scene('c')]);
    player.play();
    advance(15_000);
    expect(player.visible?.entry.id).toBe('b'); // half of it seen
    player.stop();
    expect(player.slots).toEqual([]);
    expect(pending()).toBe(0);
    player.play();
    expect(player.visible?.entry.id).toBe('c');
  });
});

describe('Player with a pinned scene (staff preview)', () => {
  it('shows new content at once, since a pinned scene has no boundary', () => {
    const { player, visibleId, deliver } = setup([scene('a'), scene('b', 'events', { title: 'old' })], 'b');
    player.play();
    const firstKey = player.visible!.key;
    deliver(contentWith([scene('a'), scene('b', 'events', { title: 'new' })]));
    player.contentWaiting();
    expect(visibleId()).toBe('b');
    expect(player.visible!.entry.title).toBe('new');
    expect(player.visible!.key).not.toBe(firstKey);
  });
});

describe('Player stopped before it starts', () => {
  it('starts on resume (an urgent notice or night at start-up, then day)', () => {
    const { player, visibleId } = setup([scene('a'), scene('b')]);
    player.stop();
    expect(visibleId()).toBeNull();
    player.play();
    expect(visibleId()).toBe('a');
  });
});

describe('Player resuming after a takeover (an urgent notice, night)', () => {
  it('plays the interrupted scene again when less than half of it was seen', () => {
    const { player, advance, visibleId } = setup([scene('a'), scene('b'), scene('c')]);
    player.play();
    advance(14_999);
    player.stop();
    player.play();
    expect(visibleId()).toBe('b');
    advance(10_000);
    expect(visibleId()).toBe('c');
  });

  it('goes on with the next scene when the interrupted one is no longer valid', () => {
    // b ends at 10:00:12, while the loop is stopped.
    const { player, advance, visibleId } = setup([scene('a'), scene('b', 'events', { validUntil: '2026-11-23T10:00:12' }), scene('c')]);
    player.play();
    advance(11_000);
    player.stop();
    advance(60_000);
    player.play();
    expect(visibleId()).toBe('c');
  });

  it('goes on from the same place in the playlist when new content took its scene away', () => {
    const { player, advance, visibleId, deliver } = setup([scene('a'), scene('b'), scene('c')]);
    player.play();
    advance(12_000);
    player.stop(); // b, 2 s in
    deliver(contentWith([scene('x'), scene('y'), scene('z')]));
    advance(60_000);
    player.play();
    expect(visibleId()).toBe('y');
  });
});

describe('Player position (the progress indicator)', () => {
  it('counts only the scenes that may play now, and the visible one among them', () => {
    const { player, advance } = setup([
      scene('a'),
      scene('old', 'events', { validUntil: '2026-01-01T00:00' }),
      scene('b'),
      scene('later', 'events', { validFrom: '2026-11-23T10:00:25' }),
      scene('c'),
    ]);
    player.play();
    expect(player.position).toMatchObject({ index: 0, count: 3 });
    advance(10_000);
    expect(player.position).toMatchObject({ index: 1, count: 3 });
    advance(10_000);
    expect(player.position).toMatchObject({ index: 2, count: 3 });
    advance(10_000); // 10:00:30: 'later' has begun, so the loop now has four scenes
    expect(player.visible?.entry.id).toBe('a');
    expect(player.position).toMatchObject({ index: 0, count: 4 });
    advance(20_000);
    expect(player.visible?.entry.id).toBe('later');
    expect(player.position).toMatchObject({ index: 2, count: 4 });
  });

  it('does not count a scene that failed', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { player, advance } = setup([scene('a'), scene('b'), scene('c')]);
    player.play();
    advance(9_000);
    player.sceneFailed(player.slots.find((s) => s.phase === 'preparing')!.key, new Error('boom'));
    advance(1_000);
    expect(player.visible?.entry.id).toBe('c');
    expect(player.position).toMatchObject({ index: 1, count: 2 });
  });
});
