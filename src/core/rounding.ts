/**
 * How the plans round what they issue: allowances in whole tonnes, rounded down, in the years whose plan says so
 * (rulebook keys rounding:power and rounding:industry); other years are left as computed. And how the accounting
 * guidelines round what they report: half up (四舍五入) to a number of decimals.
 */
import type { Arith } from './arith';
import { findRule } from './rules';

export type AllocationGroup = 'power' | 'industry';

/** Whether the year's plan for the group issues whole tonnes, rounded down. */
export const roundsDown = (group: AllocationGroup, year: number): boolean => findRule(`rounding:${group}`, year) !== undefined;

/** x rounded down to a whole tonne when `round`, exactly (a hair below a whole number stays below it). */
export const whole = <T>(A: Arith<T>, x: T, round: boolean): T => (round ? A.floor(x) : x);

/**
 * x rounded half up to `places` decimals (away from zero for negatives, as decimal.js's ROUND_HALF_UP), on either
 * arithmetic backend; `places` undefined leaves it as it is.
 */
export function roundHalfUp<T>(A: Arith<T>, x: T, places: number | undefined): T {
  if (places === undefined) return x;
  const scale = A.of(10 ** places);
  const half = A.div(A.of(1), A.of(2));
  const zero = A.of(0);
  const up = (y: T): T => A.div(A.floor(A.add(A.mul(y, scale), half)), scale);
  return A.cmp(x, zero) >= 0 ? up(x) : A.sub(zero, up(A.sub(zero, x)));
}
