import { describe, expect, it } from 'vitest';
import { gapAt, isNoMove, moveToGap } from '../../src/editor/reorder.ts';
import { monthGrid, shiftMonth, toggleDate } from '../../src/editor/calendar.ts';
import { dayText } from '../../src/scenes/events/recurrence.ts';

describe('drag reorder', () => {
  const mids = [10, 30, 50]; // three items 20 px tall
  it.each([
    [0, 0], [10, 0], [11, 1], [29, 1], [31, 2], [50, 2], [51, 3], [999, 3],
  ])('a pointer at y=%i is over gap %i', (y, gap) => expect(gapAt(y, mids)).toBe(gap));

  it.each([
    { name: 'first to the end', from: 0, gap: 3, expected: ['b', 'c', 'a'] },
    { name: 'last to the top', from: 2, gap: 0, expected: ['c', 'a', 'b'] },
    { name: 'first below the second', from: 0, gap: 2, expected: ['b', 'a', 'c'] },
    { name: 'second above the first', from: 1, gap: 0, expected: ['b', 'a', 'c'] },
    { name: 'dropped just above itself: no move', from: 1, gap: 1, expected: ['a', 'b', 'c'] },
    { name: 'dropped just below itself: no move', from: 1, gap: 2, expected: ['a', 'b', 'c'] },
    { name: 'a gap out of range: no move', from: 0, gap: 7, expected: ['a', 'b', 'c'] },
  ])('moves $name', ({ from, gap, expected }) => {
    const list = ['a', 'b', 'c'];
    expect(moveToGap(list, from, gap)).toEqual(expected);
    expect(list).toEqual(['a', 'b', 'c']); // never in place
  });

  it('says which drops change nothing (no marker drawn there)', () => {
    expect([0, 1, 2, 3].map((gap) => isNoMove(1, gap))).toEqual([false, true, true, false]);
  });
});

describe('calendar month', () => {
  it('lays December 2026 out Monday first, with the days around it', () => {
    const grid = monthGrid(2026, 12);
    expect(grid.weeks).toHaveLength(5);
    expect(dayText(grid.weeks[0]![0]!)).toBe('2026-11-30');
    expect(dayText(grid.weeks[0]![1]!)).toBe('2026-12-01');
    expect(dayText(grid.weeks[4]![6]!)).toBe('2027-01-03');
  });
  it('steps months across years', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
  });
  it('toggles a date in a sorted list', () => {
    expect(toggleDate(['2026-12-24'], '2026-12-01')).toEqual(['2026-12-01', '2026-12-24']);
    expect(toggleDate(['2026-12-01', '2026-12-24'], '2026-12-01')).toEqual(['2026-12-24']);
  });
});
