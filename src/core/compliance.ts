/** The compliance position: surplus or shortfall, and what it costs to close. */
import { dec, toNumber, Dec } from './decimal';
import { boundError } from './errors';
import { finite, given, nonNegative, share } from './inputs';
import { fixedValue } from './rules';
import { say } from './messages';

const allowances = (argument: string, value: unknown): Dec =>
  dec(nonNegative(argument, given(argument, value, say('unit.tco2e')), say('unit.tco2e')));

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
  const p = dec(nonNegative('price', given('price', price, say('unit.price')), say('unit.price')));
  const op = offsetPrice === undefined ? undefined : dec(nonNegative('offset_price', offsetPrice, say('unit.price')));
  const limit = dec(offsetShare === undefined ? fixedValue<number>('offset-limit') : share('offset_share', offsetShare));
  const shortfall = e.minus(a);
  if (shortfall.lessThanOrEqualTo(0)) return toNumber(shortfall.times(p));
  const offsets = op !== undefined && op.lessThan(p) ? Dec.min(shortfall, e.times(limit)) : new Dec(0);
  return toNumber(offsets.times(op ?? 0).plus(shortfall.minus(offsets).times(p)));
}

/**
 * The most 2019–2024 allowances an entity may convert into 2025 allowances: ⌊base + multiple × max(0, net sales)⌋,
 * at most its end-2025 holding (a whole number of allowances either way). Net buyers (negative net sales) get the base.
 * @example carryover(20000) // ⌊10,000 + 1.5 × 20,000⌋ = 40,000;  carryover(20000, 25000) // 25,000
 */
export function carryover(netSales: unknown, holding?: unknown): number {
  const sales = dec(finite('net_sales_t', given('net_sales_t', netSales, say('need.net-sales'))));
  const held = holding === undefined ? undefined : dec(nonNegative('holding_t', holding, say('need.holding')));
  const base = dec(fixedValue<number>('carryover:base'));
  const multiple = dec(fixedValue<number>('carryover:multiple'));
  const limit = base.plus(multiple.times(Dec.max(sales, 0)));
  return toNumber((held === undefined ? limit : Dec.min(limit, held)).floor());
}

/**
 * The fine for allowances not surrendered: unsurrendered × the average price of the month before the deadline ×
 * multiple, the multiple within the legal range (default its minimum).
 * @example penalty(1000, 60) // 1,000 × 60 × 5 = 300,000
 */
export function penalty(unsurrendered: unknown, averagePrice: unknown, multiple?: unknown): number {
  const q = dec(nonNegative('unsurrendered_t', given('unsurrendered_t', unsurrendered, say('need.unsurrendered')), say('unit.tco2e')));
  const p = dec(nonNegative('average_price', given('average_price', averagePrice, say('need.average-price')), say('unit.price')));
  const low = fixedValue<number>('penalty:min-multiple');
  const high = fixedValue<number>('penalty:max-multiple');
  const m = multiple === undefined ? low : finite('multiple', multiple);
  if (m < low || m > high) throw boundError('multiple', m, say('penalty.multiple', { low, high }));
  return toNumber(q.times(p).times(m));
}
