// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import NavBar from '../../src/ui/NavBar.svelte';

describe('NavBar', () => {
  it('shows one bilingual button per kind and marks the current one', () => {
    render(NavBar, { kinds: ['achievements', 'gallery', 'events'], current: 'gallery', onselect: () => {} });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['成就 Achievements', '劳模 Model workers', '活动 Events']);
    expect(buttons[1]!.getAttribute('aria-current')).toBe('page');
    expect(buttons[0]!.getAttribute('aria-current')).toBeNull();
  });

  it('answers on pointerdown, without waiting for the click', async () => {
    const onselect = vi.fn();
    render(NavBar, { kinds: ['achievements', 'events'], current: null, onselect });
    await fireEvent.pointerDown(screen.getByText('活动').closest('button')!);
    expect(onselect).toHaveBeenCalledWith('events');
    expect(onselect).toHaveBeenCalledTimes(1);
  });

  it('works from the keyboard too (a click with no pointer)', async () => {
    const onselect = vi.fn();
    render(NavBar, { kinds: ['achievements'], current: null, onselect });
    await fireEvent.click(screen.getByRole('button'), { detail: 0 });
    expect(onselect).toHaveBeenCalledWith('achievements');
  });

  it('shows only the kinds the playlist has', () => {
    render(NavBar, { kinds: ['events'], current: null, onselect: () => {} });
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });
});
