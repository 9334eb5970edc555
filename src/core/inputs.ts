/** Checks on the numbers the core is given. Types are settled at the edge; ranges are settled here. */
import { numberError, valueError } from './errors';
import { fixedValue, type YearSpan } from './rules';

/** A required argument: blank is #VALUE! naming what is needed. */
export function given<T>(argument: string, value: T | undefined, accepted: string): T {
  if (value === undefined) throw valueError(argument, value, '— a value is required here', accepted);
  return value;
}

/** A finite number, or #VALUE! (wrong type) / #NUM! (NaN, ±Infinity). */
export function finite(argument: string, value: unknown): number {
  if (typeof value !== 'number') throw valueError(argument, value, 'is not a number', 'a number');
  if (!Number.isFinite(value)) throw numberError(argument, value, 'a finite number');
  return value;
}

export function nonNegative(argument: string, value: unknown, unit = ''): number {
  const n = finite(argument, value);
  if (n < 0) throw numberError(argument, n, `a number ≥ 0${unit ? ` (${unit})` : ''}`);
  return n;
}

export function positive(argument: string, value: unknown, unit = ''): number {
  const n = finite(argument, value);
  if (n <= 0) throw numberError(argument, n, `a number > 0${unit ? ` (${unit})` : ''}`);
  return n;
}

/** A share between 0 and 1. */
export function share(argument: string, value: unknown): number {
  const n = finite(argument, value);
  if (n < 0 || n > 1) throw numberError(argument, n, 'a share from 0 to 1 (a percentage typed as 12% is read as a share)');
  return n;
}

const RULEBOOK_YEARS = fixedValue<Required<YearSpan>>('rulebook-years');
export const DEFAULT_YEAR = fixedValue<number>('default-year');

/** A whole compliance year the rulebook speaks for; omitted → the rulebook's default year. */
export function year(value: unknown, argument = 'year'): number {
  if (value === undefined) return DEFAULT_YEAR;
  const n = finite(argument, value);
  const { from, to } = RULEBOOK_YEARS;
  if (!Number.isInteger(n) || n < from || n > to) {
    throw numberError(argument, n, `a whole compliance year from ${from} to ${to}, the years this rulebook covers`);
  }
  return n;
}

export const rulebookYears = (): Required<YearSpan> => RULEBOOK_YEARS;
