// The count-up's easing: steady, then slowing only over the last stretch, so the digits settle
// instead of crawling for most of the animation (as a plain ease-out does).
import { easeCubicOut } from 'd3';

/** Fraction of the time spent at constant speed. */
const LINEAR_UNTIL = 0.45;
// Where the linear part ends, chosen so the speed is continuous where the cubic ease-out takes over
// (a cubic ease-out starts at three times its average speed).
const LINEAR_REACHES = (3 * LINEAR_UNTIL) / (1 + 2 * LINEAR_UNTIL);

export function easeCountUp(t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  if (t < LINEAR_UNTIL) return (LINEAR_REACHES / LINEAR_UNTIL) * t;
  return LINEAR_REACHES + (1 - LINEAR_REACHES) * easeCubicOut((t - LINEAR_UNTIL) / (1 - LINEAR_UNTIL));
}

/** The CSS/WAAPI curve closest to easeCountUp, for bars and steps that grow beside the digits. */
export const GROW_EASING = 'cubic-bezier(0.3, 0.75, 0.35, 1)';
/** A calm entrance for text: fast start, long settle. */
export const ENTER_EASING = 'cubic-bezier(0.2, 0.8, 0.2, 1)';
