/**
 * Decimal arithmetic for every product and sum in the core; doubles only at the edge.
 * A private clone so the add-in never changes decimal.js settings another script may rely on.
 */
import Decimal from 'decimal.js';
import { EtsError } from './errors';
import { say } from './messages';

export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = InstanceType<typeof Dec>;

/** A number as the decimal it was written as (0.1 → 0.1, not 0.1000000000000000055…). */
export const dec = (n: number): Dec => new Dec(n);

/** The nearest double, refusing results a spreadsheet cannot hold. */
export function toNumber(d: Dec): number {
  const n = d.toNumber();
  if (!Number.isFinite(n)) {
    throw new EtsError('number', say('result.too-large'));
  }
  return Object.is(n, -0) ? 0 : n;
}
