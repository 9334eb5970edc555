/**
 * Power-sector allocation (2023–2024 plan and the draft 2025–2026 plan): a unit's allowances from its generation and
 * heat, the gas top-up, and the 80% floor.
 */
import { exact, max, type Arith } from './arith';
import { belowThreshold } from './allocation';
import { benchmarkAt } from './benchmarks';
import { requireObligated } from './coverage';
import { notAvailable, valueError } from './errors';
import { given, nonNegative, positive, year as yearOf } from './inputs';
import { powerCategoryId, type PowerCategory } from './names';
import { findRule, spanText } from './rules';
import { say } from './messages';

const SCHEME = 'CN';

const fuelOf = (category: PowerCategory): 'gas' | 'coal' => (category === 'power:gas' ? 'gas' : 'coal');

/** A rule share that must be in the rulebook for the year: the gas top-up or the entity floor. */
function shareRule(key: string, what: string, year: number): number {
  const record = findRule<number>(key, year);
  if (record === undefined) throw notAvailable(say('power.share-span', { what, span: spanText(key), year }), 'year');
  return record.value;
}

/** One generating unit as given: the argument names carry the unit's row when it is one of several. */
export interface PowerUnitInput {
  readonly category: unknown;
  readonly generationMwh: unknown;
  readonly heatGj?: unknown;
  readonly loadCorrection?: unknown;
  readonly verifiedEmissions?: unknown;
  /** Added to every argument name in messages, e.g. " (row 2)" for the second unit of a range. */
  readonly where?: string;
}

interface PowerUnit {
  readonly id: PowerCategory;
  readonly generation: number;
  readonly heat: number;
  readonly ff: number;
  readonly verified: number | undefined;
  readonly benchmark: number;
  readonly heatBenchmark: number;
}

/** A unit's inputs checked, with the year's benchmarks; `where` (e.g. " (row 2)") is added to every argument name. */
function readUnit(input: PowerUnitInput, year: number, where = '', verifiedRequired = false): PowerUnit {
  const arg = (name: string): string => `${name}${where}`;
  const id = powerCategoryId(given(arg('category'), input.category, say('need.power-category')), arg('category'));
  const generation = nonNegative(arg('generation_mwh'), given(arg('generation_mwh'), input.generationMwh, say('unit.mwh-generated')), say('unit.mwh'));
  const heat = input.heatGj === undefined ? 0 : nonNegative(arg('heat_gj'), input.heatGj, say('unit.gj-heat'));
  const ff = input.loadCorrection === undefined ? 1 : positive(arg('load_correction'), input.loadCorrection);
  if (fuelOf(id) === 'gas' && ff !== 1) {
    throw valueError(arg('load_correction'), ff, say('power.coal-only'), say('power.coal-only-accepted'));
  }
  const verifiedValue = verifiedRequired ? given(arg('verified_emissions'), input.verifiedEmissions, say('unit.tco2e')) : input.verifiedEmissions;
  const verified = verifiedValue === undefined ? undefined : nonNegative(arg('verified_emissions'), verifiedValue, say('unit.tco2e'));
  requireObligated(id, SCHEME, year, say('what.allocation'));
  const benchmark = benchmarkAt(id, year);
  const heatBenchmark = heat === 0 ? 0 : benchmarkAt(`heat:${fuelOf(id)}`, year);
  return { id, generation, heat, ff, verified, benchmark, heatBenchmark };
}

/** A unit's allowances before any relief: MWh × benchmark × Ff + GJ × heat benchmark. */
const unitAllowances = <T>(A: Arith<T>, u: PowerUnit): T =>
  A.add(A.mul(A.mul(A.of(u.generation), A.of(u.benchmark)), A.of(u.ff)), A.mul(A.of(u.heat), A.of(u.heatBenchmark)));

/** A unit's allowances with the unit-level rule: a gas unit is topped up to its verified emissions. */
const afterTopUp = <T>(A: Arith<T>, u: PowerUnit, gasTopUp: number): T => {
  const allocated = unitAllowances(A, u);
  return fuelOf(u.id) === 'gas' && u.verified !== undefined ? max(A, allocated, A.mul(A.of(u.verified), A.of(gasTopUp))) : allocated;
};

/**
 * The allowances of one entity (重点排放单位) from its units: each gas unit topped up to its verified emissions, the
 * sum then raised to the entity floor (80% of the entity's verified emissions) when below it. Coal units get no
 * relief of their own: a unit short by more than 20% is carried by the entity's other units first.
 * @example powerEntity([{ category: 'coal-large', generationMwh: 1e6, verifiedEmissions: 9e5 }, …], 2024)
 */
export function powerEntity(units: readonly PowerUnitInput[], year?: unknown): number {
  const y = yearOf(year);
  if (units.length === 0) throw valueError('generation_mwh', undefined, say('power.no-units'), say('power.one-row-per-unit'));
  const read = units.map((u) => readUnit(u, y, u.where ?? '', true));
  const gasTopUp = shareRule('floor:gas', say('power.gas-top-up'), y);
  const floor = shareRule('floor:entity', say('power.entity-floor'), y);
  return exact((A) => {
    const allocated = read.reduce((sum, u) => A.add(sum, afterTopUp(A, u, gasTopUp)), A.of(0));
    const verified = read.reduce((sum, u) => A.add(sum, A.of(u.verified!)), A.of(0));
    // An entity verified below the threshold gets its verified emissions in years whose plan says so (2026 draft).
    if (belowThreshold(() => A.toNumber(verified), y)) return A.toNumber(verified);
    return A.toNumber(max(A, allocated, A.mul(verified, A.of(floor))));
  });
}

/**
 * One unit's allowances: MWh × benchmark × Ff + GJ × heat benchmark. With verified emissions a gas unit is topped
 * up to them, and the unit is treated as a whole entity for the floor (right only when it is the entity's one unit).
 * @example power('power:coal-large', 1000000) // 1,000,000 MWh × the default year's coal-large benchmark
 */
export function power(category: unknown, generationMwh: unknown, heatGj?: unknown, year?: unknown,
  loadCorrection?: unknown, verifiedEmissions?: unknown): number {
  const input = { category, generationMwh, heatGj, loadCorrection, verifiedEmissions };
  if (verifiedEmissions === undefined) {
    const unit = readUnit(input, yearOf(year));
    return exact((A) => A.toNumber(unitAllowances(A, unit)));
  }
  return powerEntity([input], year);
}
