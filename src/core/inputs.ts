/** Checks on the numbers the core is given. Types are settled at the edge; ranges are settled here. */
import { boundError, numberError, valueError } from './errors';
import { fixedValue, type YearSpan } from './rules';
import { say } from './messages';

/** A required argument: blank is #VALUE! naming what is needed. */
export function given<T>(argument: string, value: T | undefined, accepted: string): T {
  if (value === undefined) throw valueError(argument, value, say('arg.required'), accepted);
  return value;
}

/** A finite number, or #VALUE! (wrong type) / #NUM! (NaN, ±Infinity). */
export function finite(argument: string, value: unknown): number {
  if (typeof value !== 'number') throw valueError(argument, value, say('arg.not-number'), say('arg.a-number'));
  if (!Number.isFinite(value)) throw numberError(argument, value, say('arg.finite'));
  return value;
}

/** A unit for a message, or how to write it: a report row asks per row, and only a refusal needs the words. */
type UnitText = string | (() => string);
const unitText = (unit: UnitText): string => (typeof unit === 'function' ? unit() : unit);

export function nonNegative(argument: string, value: unknown, unit: UnitText = ''): number {
  const n = finite(argument, value);
  if (n < 0) throw numberError(argument, n, say('arg.at-least-zero', { unit: unitText(unit) }));
  return n;
}

export function positive(argument: string, value: unknown, unit: UnitText = ''): number {
  const n = finite(argument, value);
  if (n <= 0) throw numberError(argument, n, say('arg.above-zero', { unit: unitText(unit) }));
  return n;
}

/** A share between 0 and 1. */
export function share(argument: string, value: unknown): number {
  const n = finite(argument, value);
  if (n < 0 || n > 1) throw boundError(argument, n, say('arg.share'));
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
    throw numberError(argument, n, say('arg.year', { from, to }));
  }
  return n;
}

export const rulebookYears = (): Required<YearSpan> => RULEBOOK_YEARS;
