/** The compliance position: surplus or shortfall, and what it costs to close. */
import { dec, toNumber, Dec } from './decimal';
import { given, nonNegative, share } from './inputs';
import { fixedValue } from './rules';

const allowances = (argument: string, value: unknown): Dec =>
  dec(nonNegative(argument, given(argument, value, 'tCO2e'), 'tCO2e'));

/**
 * Allocation minus verified emissions: positive is a surplus, negative a shortfall.
 * @example balance(1008823.53, 1000000) // 8823.53
 */
export const balance = (allocation: unknown, verifiedEmissions: unknown): number =>
  toNumber(allowances('allocation', allocation).minus(allowances('verified_emissions', verifiedEmissions)));

/**
 * Net cost of the position. A shortfall is bought at `price`, except that offsets at `offsetPrice` may cover up to
 * `offsetShare` of verified emissions (default: the scheme's offset limit) when they are cheaper. A surplus is
 * valued at `price` and returned as a negative cost.
 * @example cost(900000, 1000000, 80) // 100,000 short × 80 = 8,000,000
 */
export function cost(allocation: unknown, verifiedEmissions: unknown, price: unknown, offsetPrice?: unknown,
  offsetShare?: unknown): number {
  const a = allowances('allocation', allocation);
  const e = allowances('verified_emissions', verifiedEmissions);
  const p = dec(nonNegative('price', given('price', price, 'price per tCO2e'), 'price per tCO2e'));
  const op = offsetPrice === undefined ? undefined : dec(nonNegative('offset_price', offsetPrice, 'price per tCO2e'));
  const limit = dec(offsetShare === undefined ? fixedValue<number>('offset-limit') : share('offset_share', offsetShare));
  const shortfall = e.minus(a);
  if (shortfall.lessThanOrEqualTo(0)) return toNumber(shortfall.times(p));
  const offsets = op !== undefined && op.lessThan(p) ? Dec.min(shortfall, e.times(limit)) : new Dec(0);
  return toNumber(offsets.times(op ?? 0).plus(shortfall.minus(offsets).times(p)));
}
