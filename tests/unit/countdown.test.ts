// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Countdown from '../../src/ui/Countdown.svelte';
import { IdleTimer } from '../../src/kiosk/idle.svelte.ts';
import { fakeClock } from './support/fake-clock.ts';

describe('Countdown', () => {
  it('is absent until the last seconds', () => {
    const { container } = render(Countdown, { remaining: null });
    expect(container.querySelector('[data-countdown]')).toBeNull();
  });

  it('shows the seconds left, in Chinese and English, as a polite status', () => {
    render(Countdown, { remaining: 7 });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('7 秒后返回轮播');
    expect(status.textContent).toContain('Returning to the show');
    expect(status.getAttribute('data-countdown')).toBe('7');
  });
});

describe('IdleTimer', () => {
  it('counts down the last 10 seconds of the timeout, then returns to the loop', () => {
    const { clock, advance } = fakeClock();
    let idled = 0;
    const idle = new IdleTimer(clock, 60, () => idled++);
    idle.poke();
    advance(49_999);
    expect(idle.remaining).toBeNull();
    advance(1);
    expect(idle.remaining).toBe(10);
    advance(3_000);
    expect(idle.remaining).toBe(7);
    advance(6_999);
    expect(idled).toBe(0);
    advance(1);
    expect(idled).toBe(1);
    expect(idle.remaining).toBeNull();
  });

  it('starts over on every touch', () => {
    const { clock, advance } = fakeClock({ speed: 10 });
    let idled = 0;
    const idle = new IdleTimer(clock, 20, () => idled++);
    idle.poke();
    advance(1_500); // 15 s of kiosk time: counting down
    expect(idle.remaining).not.toBeNull();
    idle.poke();
    expect(idle.remaining).toBeNull();
    advance(1_900);
    expect(idled).toBe(0);
    advance(100);
    expect(idled).toBe(1);
  });
});
