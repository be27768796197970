// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Countdown from '../../src/ui/Countdown.svelte';

describe('Countdown', () => {
  it('is absent until the last seconds', () => {
    const { container } = render(Countdown, { remaining: null, total: 20 });
    expect(container.querySelector('[data-countdown]')).toBeNull();
  });

  it('asks for a touch to continue and shows the seconds left, in Chinese and English, as a polite status', () => {
    render(Countdown, { remaining: 7, total: 20 });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('轻触继续');
    expect(status.textContent).toContain('Touch to continue');
    expect(status.textContent).toContain('7 秒后返回轮播');
    expect(status.textContent).toContain('Returning to the show in 7 s');
    expect(status.getAttribute('data-countdown')).toBe('7');
  });
});
