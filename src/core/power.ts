/**
 * Power-sector allocation (2023–2024 plan and the draft 2025–2026 plan): a unit's allowances from its generation and
 * heat, the gas top-up, and the 80% floor.
 */
import { exact, max } from './arith';
import { benchmarkAt } from './benchmarks';
import { requireObligated } from './coverage';
import { notAvailable, valueError } from './errors';
import { given, nonNegative, positive, year as yearOf } from './inputs';
import { powerCategoryId, type PowerCategory } from './names';
import { findRule, spanText } from './rules';

const SCHEME = 'CN';

const fuelOf = (category: PowerCategory): 'gas' | 'coal' => (category === 'power:gas' ? 'gas' : 'coal');

/** The share of verified emissions that allocation is raised to: the coal floor or the gas top-up. */
function floorShare(category: PowerCategory, year: number): number {
  const key = `floor:${fuelOf(category)}`;
  const record = findRule<number>(key, year);
  if (record === undefined) {
    throw notAvailable(`year: the ${fuelOf(category)} allocation floor is in the rulebook for ${spanText(key)}, not ${year}.`, 'year');
  }
  return record.value;
}

/**
 * Power-sector allocation with heat and the load correction: A = MWh × benchmark × Ff + GJ × heat benchmark,
 * raised to the floor when verified emissions are given.
 * @example power('power:coal-large', 1000000) // 1,000,000 MWh × the default year's coal-large benchmark
 */
export function power(category: unknown, generationMwh: unknown, heatGj?: unknown, year?: unknown,
  loadCorrection?: unknown, verifiedEmissions?: unknown): number {
  const id = powerCategoryId(category);
  const y = yearOf(year);
  const generation = nonNegative('generation_mwh', given('generation_mwh', generationMwh, 'MWh generated'), 'MWh');
  const heat = heatGj === undefined ? 0 : nonNegative('heat_gj', heatGj, 'GJ of heat supplied');
  const ff = loadCorrection === undefined ? 1 : positive('load_correction', loadCorrection);
  if (fuelOf(id) === 'gas' && ff !== 1) {
    throw valueError('load_correction', ff, 'applies to coal units only', '1 or blank for power:gas');
  }
  const verified = verifiedEmissions === undefined ? undefined : nonNegative('verified_emissions', verifiedEmissions, 'tCO2e');
  requireObligated(id, SCHEME, y, 'free allocation');
  const bm = benchmarkAt(id, y);
  const heatBm = heat === 0 ? 0 : benchmarkAt(`heat:${fuelOf(id)}`, y);
  const share = verified === undefined ? undefined : floorShare(id, y);
  return exact((A) => {
    const allocated = A.add(A.mul(A.mul(A.of(generation), A.of(bm)), A.of(ff)), A.mul(A.of(heat), A.of(heatBm)));
    return A.toNumber(share === undefined ? allocated : max(A, allocated, A.mul(A.of(verified!), A.of(share))));
  });
}
