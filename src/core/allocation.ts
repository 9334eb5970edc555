/**
 * Free allocation: the industrial rules of the CN expansion (cement, steel, aluminium) and the power benchmarks.
 */
import { benchmarkAt } from './benchmarks';
import { requireObligated } from './coverage';
import { Dec, dec, toNumber } from './decimal';
import { notAvailable, valueError } from './errors';
import { given, nonNegative, positive, year as yearOf } from './inputs';
import { isPowerCategory, POWER_CATEGORIES, sectorId, type PowerCategory } from './names';
import { resolveYear } from './phase';
import { findRule, spanText, type IndustrialMethod } from './rules';

const SCHEME = 'CN';

function alphaParameter(key: string, year: number): Dec {
  const record = findRule<number>(key, year);
  if (record === undefined) {
    throw notAvailable(`year: the balance-value adjustment α applies in ${spanText(key)}, not in ${year}.`, 'year');
  }
  return dec(record.value);
}

/** α for an intensity against the sector balance value: slope × X inside the band, ±cap outside it. */
function alphaDecimal(intensity: Dec, reference: Dec, year: number): Dec {
  const slope = alphaParameter('alpha:slope', year);
  const band = alphaParameter('alpha:band', year);
  const cap = alphaParameter('alpha:cap', year);
  const x = reference.minus(intensity).dividedBy(reference);
  if (x.greaterThanOrEqualTo(band)) return cap;
  if (x.lessThanOrEqualTo(band.negated())) return cap.negated();
  return slope.times(x);
}

/**
 * The balance-value adjustment α = clamp(slope × (reference − intensity) / reference, −cap, +cap), with the
 * slope and cap from the rulebook (ETS.SOURCE("alpha")).
 * @example alpha(0.8, 0.85) // 0.008823529411764706;  alpha(1.1, 0.85) // -0.03
 */
export function alpha(intensity: unknown, reference: unknown, year?: unknown): number {
  const i = nonNegative('intensity', given('intensity', intensity, 'the entity’s carbon intensity'), 'tCO2e per unit of output');
  const r = positive('reference', given('reference', reference, 'the sector balance value'), 'tCO2e per unit of output');
  return toNumber(alphaDecimal(dec(i), dec(r), yearOf(year)));
}

const fuelOf = (category: PowerCategory): 'gas' | 'coal' => (category === 'power:gas' ? 'gas' : 'coal');

/** The coal floor or the gas top-up: allocation is raised to that share of verified emissions. */
function withFloor(allocation: Dec, verified: Dec, category: PowerCategory, year: number): Dec {
  const key = `floor:${fuelOf(category)}`;
  const record = findRule<number>(key, year);
  if (record === undefined) {
    throw notAvailable(`year: the ${fuelOf(category)} allocation floor is in the rulebook for ${spanText(key)}, not ${year}.`, 'year');
  }
  return Dec.max(allocation, verified.times(record.value));
}

const powerCategory = (sector: unknown): PowerCategory => {
  const id = sectorId(sector);
  if (!isPowerCategory(id)) {
    throw valueError('category', sector, 'is not a power unit category', POWER_CATEGORIES.join(', '));
  }
  return id;
};

/** Industrial allocation in a year, by the method the rulebook gives for it. */
function industrialAllocation(output: Dec, intensity: Dec, reference: Dec | undefined, year: number): Dec {
  const method = findRule<IndustrialMethod>('allocation:industrial', year)?.value;
  const emissions = output.times(intensity);
  switch (method) {
    case 'equal-to-emissions':
      return emissions;
    case 'balance-value-adjusted':
      return reference === undefined ? emissions : emissions.times(alphaDecimal(intensity, reference, year).plus(1));
    case 'benchmark':
      if (reference === undefined) {
        throw notAvailable('reference: Phase II benchmarks are not published; pass the benchmark as reference.', 'reference');
      }
      return output.times(reference);
    default:
      throw notAvailable(`year: the rulebook has no industrial allocation rule for ${year}.`, 'year');
  }
}

/**
 * Free allowances in tCO2e. Cement, steel, aluminium: 2024 A = E; 2025–2026 A = E × (1 + α); Phase II
 * A = output × reference. Power categories: A = output × benchmark, raised to the coal floor or the gas top-up.
 * @example allocation('cement', 1250000, 0.8, 1, 0.85) // 1008823.5294117647
 */
export function allocation(sector: unknown, output: unknown, intensity: unknown, phase?: unknown,
  reference?: unknown, year?: unknown): number {
  const id = sectorId(given('sector', sector, 'a sector name'));
  if (id === 'power') {
    throw valueError('sector', sector, 'needs the unit category for allocation', POWER_CATEGORIES.join(', '));
  }
  const y = resolveYear(phase, year, SCHEME);
  const out = dec(nonNegative('output', given('output', output, 'annual output'), 't of product; power: MWh'));
  const i = dec(nonNegative('intensity', given('intensity', intensity, 'tCO2e per unit of output'), 'tCO2e per unit of output'));
  const ref = reference === undefined ? undefined : dec(positive('reference', reference, 'tCO2e per unit of output'));
  requireObligated(id, SCHEME, y, 'free allocation');
  if (!isPowerCategory(id)) return toNumber(industrialAllocation(out, i, ref, y));
  const allocated = out.times(ref ?? benchmarkAt(id, y));
  return toNumber(withFloor(allocated, out.times(i), id, y));
}

/**
 * Power-sector allocation with heat and the load correction: A = MWh × benchmark × Ff + GJ × heat benchmark,
 * raised to the floor when verified emissions are given.
 * @example power('power:coal-large', 1000000) // 1,000,000 MWh × the default year's coal-large benchmark
 */
export function power(category: unknown, generationMwh: unknown, heatGj?: unknown, year?: unknown,
  loadCorrection?: unknown, verifiedEmissions?: unknown): number {
  const id = powerCategory(given('category', category, POWER_CATEGORIES.join(', ')));
  const y = yearOf(year);
  const generation = dec(nonNegative('generation_mwh', given('generation_mwh', generationMwh, 'MWh generated'), 'MWh'));
  const heat = dec(heatGj === undefined ? 0 : nonNegative('heat_gj', heatGj, 'GJ of heat supplied'));
  const ff = loadCorrection === undefined ? 1 : positive('load_correction', loadCorrection);
  if (fuelOf(id) === 'gas' && ff !== 1) {
    throw valueError('load_correction', ff, 'applies to coal units only', '1 or blank for power:gas');
  }
  const verified = verifiedEmissions === undefined ? undefined : dec(nonNegative('verified_emissions', verifiedEmissions, 'tCO2e'));
  requireObligated(id, SCHEME, y, 'free allocation');
  const electricity = generation.times(benchmarkAt(id, y)).times(ff);
  const heatPart = heat.isZero() ? heat : heat.times(benchmarkAt(`heat:${fuelOf(id)}`, y));
  const allocated = electricity.plus(heatPart);
  return toNumber(verified === undefined ? allocated : withFloor(allocated, verified, id, y));
}
