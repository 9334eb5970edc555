/**
 * How the plans round what they issue: allowances in whole tonnes, rounded down, in the years whose plan says so
 * (rulebook keys rounding:power and rounding:industry); other years are left as computed.
 */
import type { Arith } from './arith';
import { findRule } from './rules';

export type AllocationGroup = 'power' | 'industry';

/** Whether the year's plan for the group issues whole tonnes, rounded down. */
export const roundsDown = (group: AllocationGroup, year: number): boolean => findRule(`rounding:${group}`, year) !== undefined;

/** x rounded down to a whole tonne when `round`, exactly (a hair below a whole number stays below it). */
export const whole = <T>(A: Arith<T>, x: T, round: boolean): T => (round ? A.floor(x) : x);
