// @vitest-environment jsdom
// The one mode machine: the whole rule as a table, and the machine driving a real player on the
// fake clock (touch, idle, night, urgent notice).
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { decideMode, ModeMachine, type ModeInputs } from '../../src/kiosk/mode.svelte.ts';
import { Player } from '../../src/kiosk/player.svelte.ts';
import type { ContentSet, PlaylistEntry } from '../../src/content/schema.ts';
import { fakeClock } from './support/fake-clock.ts';
import { reactive } from './support/reactive.svelte.ts';

const base: ModeInputs = { content: true, blocked: false, open: true, preview: false, urgent: false, touched: false };

describe('decideMode', () => {
  it.each([
    ['the loop by default', {}, 'attract'],
    ['a visitor', { touched: true }, 'interactive'],
    ['closed hours', { open: false }, 'night'],
    ['closed hours while a visitor is still using it', { open: false, touched: true }, 'interactive'],
    ['a staff preview at night', { open: false, preview: true }, 'attract'],
    ['a staff preview touched (stories, filters)', { touched: true, preview: true }, 'interactive'],
    ['an urgent notice, open', { urgent: true }, 'urgent'],
    ['an urgent notice over a visitor', { urgent: true, touched: true }, 'urgent'],
    ['an urgent notice at night is not shown', { urgent: true, open: false }, 'night'],
    ['nothing to show', { blocked: true, urgent: true, touched: true }, 'error'],
  ] as const)('%s', (_name, inputs, mode) => {
    expect(decideMode({ ...base, ...inputs })).toBe(mode);
  });
});

const scene = (id: string): PlaylistEntry => ({ id, kind: 'events', title: id, duration: 10 });
const content = {
  site: { name: '测试', locale: 'zh-CN', timezone: 'Asia/Shanghai', idleTimeoutSeconds: 30, countdownSeconds: 20, reach: { maxControlHeightRatio: 0.43 }, pollIntervalSeconds: 300, updateCheckSeconds: 600, eventsWindowDays: 14, night: 'dim', closedDates: [], openingHours: { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] } },
  playlist: { scenes: [scene('a'), scene('b'), scene('c')] },
  achievements: { year: 2023, sections: [] },
  workers: { workers: [] },
  events: { events: [] },
  notices: { notices: [] },
} as unknown as ContentSet;

function setUp() {
  const { clock, advance } = fakeClock();
  const player = new Player({ clock, content: () => content, applyPendingContent: () => false, pinned: null, timeZone: () => 'Asia/Shanghai' });
  const world = reactive({ open: true, urgent: false });
  // Plain getters stand in for the runtime's reactive inputs; flushSync re-runs the machine.
  const machine = new ModeMachine({
    clock,
    player,
    timing: { idleSeconds: 30, countdownSeconds: 20 },
    inputs: () => ({ content: true, blocked: false, open: world.open, preview: false, urgent: world.urgent }),
  });
  const stop = machine.start();
  flushSync();
  const step = (ms: number) => {
    advance(ms);
    flushSync();
  };
  return { machine, player, world, step, stop, visible: () => player.visible?.entry.id ?? null };
}

describe('ModeMachine', () => {
  it('plays in attract mode, holds for a visitor, and carries on after the idle timeout', () => {
    const { machine, player, step, stop, visible } = setUp();
    expect(machine.mode).toBe('attract');
    expect(visible()).toBe('a');
    expect(machine.touch()).toBe(true); // the waking touch
    flushSync();
    expect(machine.mode).toBe('interactive');
    expect(player.state).toBe('holding');
    step(29_000);
    expect(machine.touch()).toBe(false); // a touch inside interactive mode acts normally
    step(49_000);
    expect(machine.mode).toBe('interactive');
    expect(visible()).toBe('a');
    step(1_000);
    expect(machine.mode).toBe('attract');
    expect(visible()).toBe('b');
    stop();
  });

  it('an urgent notice ends a visitor\'s session and stops the loop; afterwards it carries on after the scene it interrupted', () => {
    const { machine, player, world, step, stop, visible } = setUp();
    step(15_000);
    expect(visible()).toBe('b'); // half of it seen
    machine.touch();
    flushSync();
    world.urgent = true;
    flushSync();
    expect(machine.mode).toBe('urgent');
    expect(player.slots).toEqual([]);
    expect(machine.touched).toBe(false);
    step(60_000);
    world.urgent = false;
    flushSync();
    expect(machine.mode).toBe('attract');
    expect(visible()).toBe('c');
    stop();
  });

  it('after an urgent notice that came early in a scene, that scene plays again from its start, not the first one', () => {
    const { machine, player, world, step, stop, visible } = setUp();
    step(13_000);
    expect(visible()).toBe('b'); // 3 s of its 10 seen
    world.urgent = true;
    flushSync();
    expect(machine.mode).toBe('urgent');
    step(3_600_000);
    world.urgent = false;
    flushSync();
    expect(visible()).toBe('b');
    expect(player.position.index).toBe(1);
    step(10_000);
    expect(visible()).toBe('c'); // the whole scene again, then on
    step(10_000);
    expect(visible()).toBe('a');
    stop();
  });

  it('goes to night at closing time and comes back in the morning', () => {
    const { machine, player, world, stop, visible } = setUp();
    world.open = false;
    flushSync();
    expect(machine.mode).toBe('night');
    expect(player.state).toBe('stopped');
    expect(machine.touch()).toBe(false); // the night screen is not woken into visitor mode
    world.open = true;
    flushSync();
    expect(machine.mode).toBe('attract');
    expect(visible()).toBe('a'); // closed the moment it came on: shown again in the morning
    stop();
  });
  it('large-text mode is for the visitor who asked: it gives them half as long again, and ends when they leave', () => {
    const { machine, step, stop } = setUp();
    machine.setLargeText(true);
    expect(machine.largeText).toBe(false); // nobody there to ask for it
    machine.touch();
    flushSync();
    machine.setLargeText(true);
    expect(machine.largeText).toBe(true);
    step(74_000);
    expect(machine.mode).toBe('interactive'); // (30 s + 20 s countdown) × 1.5 = 75 s
    step(1_000);
    expect(machine.mode).toBe('attract');
    expect(machine.largeText).toBe(false);
    machine.touch();
    flushSync();
    step(50_000);
    expect(machine.mode).toBe('attract'); // the next visitor gets the usual pace
    stop();
  });

  it('a takeover also ends large-text mode', () => {
    const { machine, world, stop } = setUp();
    machine.touch();
    flushSync();
    machine.setLargeText(true);
    world.urgent = true;
    flushSync();
    expect(machine.largeText).toBe(false);
    stop();
  });

  it('after the idle timeout counts down, a second at a time, then returns to the loop', () => {
    const { machine, step, stop } = setUp();
    machine.touch();
    flushSync();
    step(29_999);
    expect(machine.countdown).toBeNull();
    step(1);
    expect(machine.countdown).toBe(20);
    step(7_000);
    expect(machine.countdown).toBe(13);
    step(12_999);
    expect(machine.countdown).toBe(1);
    expect(machine.mode).toBe('interactive');
    step(1);
    expect(machine.countdown).toBeNull();
    expect(machine.mode).toBe('attract');
    stop();
  });

  it('a touch during the countdown hides it and restarts the whole wait', () => {
    const { machine, step, stop } = setUp();
    machine.touch();
    step(40_000);
    expect(machine.countdown).toBe(10);
    expect(machine.touch()).toBe(false);
    expect(machine.countdown).toBeNull();
    step(49_999);
    expect(machine.mode).toBe('interactive');
    expect(machine.countdown).toBe(1);
    step(1);
    expect(machine.mode).toBe('attract');
    stop();
  });

  it('uses the timing site.json sets, from the next touch', () => {
    const { machine, step, stop } = setUp();
    machine.timing = { idleSeconds: 90, countdownSeconds: 45 };
    machine.touch();
    step(89_999);
    expect(machine.countdown).toBeNull();
    step(1);
    expect(machine.countdown).toBe(45);
    step(45_000);
    expect(machine.mode).toBe('attract');
    stop();
  });

  it('a takeover ends the session and its countdown', () => {
    const { machine, world, step, stop } = setUp();
    machine.touch();
    step(35_000);
    expect(machine.countdown).toBe(15);
    world.urgent = true;
    flushSync();
    expect(machine.countdown).toBeNull();
    world.urgent = false;
    step(60_000);
    expect(machine.mode).toBe('attract');
    stop();
  });
});
