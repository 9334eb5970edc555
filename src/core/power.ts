/**
 * Power-sector allocation (2023–2024 plan and the draft 2025–2026 plan): a unit's allowances from its generation and
 * heat, the gas top-up, units treated apart, the below-threshold rule and the 80% floor, in whole tonnes where the
 * year's plan rounds them down.
 */
import { exact, max, type Arith } from './arith';
import { benchmarkAt } from './benchmarks';
import { dec } from './decimal';
import { requireObligated } from './coverage';
import { notAvailable, valueError } from './errors';
import { given, nonNegative, year as yearOf } from './inputs';
import { loadFactorOf, loadRate, roundedLoadFactor, takesLoadCorrection } from './load-factor';
import { roundsDown, whole } from './rounding';
import { powerCategoryId, powerSpecialId, type PowerCategory, type PowerSpecialCase } from './names';
import { findRule, fixedValue, spanText, type PowerSpecialCase as SpecialRule } from './rules';
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
  /** The load correction Ff (1 or more), or the unit's load rate (a share below 1) to work it out from. */
  readonly loadCorrection?: unknown;
  readonly verifiedEmissions?: unknown;
  /** A case the plan treats apart (biomass, emergency-standby …): its allowances are its verified emissions. */
  readonly special?: unknown;
  /** Added to every argument name in messages, e.g. " (row 2)" for the second unit of a range. */
  readonly where?: string;
}

/** A unit under the benchmarks. */
interface BenchmarkUnit {
  readonly kind: 'benchmark';
  readonly id: PowerCategory;
  readonly generation: number;
  readonly heat: number;
  readonly ff: number;
  readonly verified: number | undefined;
  readonly benchmark: number;
  readonly heatBenchmark: number;
}

/** A unit whose allowances are its verified emissions, or one outside allocation that year. */
interface SpecialUnit {
  readonly kind: 'as-emitted' | 'excluded';
  readonly verified: number;
}

type PowerUnit = BenchmarkUnit | SpecialUnit;


/** Ff from what was typed: blank 1; below 1 a load rate, worked out for the year; else the factor itself. */
function loadCorrectionOf(id: PowerCategory, value: unknown, year: number, arg: (name: string) => string): number {
  if (value === undefined) return 1;
  const n = nonNegative(arg('load_correction'), value);
  if (!takesLoadCorrection(id) && n !== 1) {
    throw valueError(arg('load_correction'), n, say('power.conventional-coal-only'), say('power.conventional-coal-only-accepted', { category: id }));
  }
  if (n < 1) return loadFactorOf(loadRate(arg('load_correction'), n), year);
  return roundedLoadFactor(dec(n), year);
}

function specialUnit(input: PowerUnitInput, year: number, arg: (name: string) => string): SpecialUnit {
  const id: PowerSpecialCase = powerSpecialId(input.special, arg('special'));
  const rule = findRule<SpecialRule>(`special:power:${id}`, year);
  if (rule === undefined) {
    throw notAvailable(say('power.special-span', { where: arg('special'), special: id, year, span: spanText(`special:power:${id}`) }), arg('special'));
  }
  const verified = nonNegative(arg('verified_emissions'), given(arg('verified_emissions'), input.verifiedEmissions, say('unit.tco2e')), say('unit.tco2e'));
  return { kind: rule.value.treatment, verified };
}

/** A unit's inputs checked, with the year's benchmarks; `where` (e.g. " (row 2)") is added to every argument name. */
function readUnit(input: PowerUnitInput, year: number, where = '', verifiedRequired = false): PowerUnit {
  const arg = (name: string): string => `${name}${where}`;
  if (input.special !== undefined) return specialUnit(input, year, arg);
  const id = powerCategoryId(given(arg('category'), input.category, say('need.power-category')), arg('category'));
  const generation = nonNegative(arg('generation_mwh'), given(arg('generation_mwh'), input.generationMwh, say('unit.mwh-generated')), say('unit.mwh'));
  const heat = input.heatGj === undefined ? 0 : nonNegative(arg('heat_gj'), input.heatGj, say('unit.gj-heat'));
  requireObligated(id, SCHEME, year, say('what.allocation'));
  const ff = loadCorrectionOf(id, input.loadCorrection, year, arg);
  const verifiedValue = verifiedRequired ? given(arg('verified_emissions'), input.verifiedEmissions, say('unit.tco2e')) : input.verifiedEmissions;
  const verified = verifiedValue === undefined ? undefined : nonNegative(arg('verified_emissions'), verifiedValue, say('unit.tco2e'));
  const benchmark = benchmarkAt(id, year);
  const heatBenchmark = heat === 0 ? 0 : benchmarkAt(`heat:${fuelOf(id)}`, year);
  return { kind: 'benchmark', id, generation, heat, ff, verified, benchmark, heatBenchmark };
}

/** A unit's allowances before any relief: MWh × benchmark × Ff + GJ × heat benchmark, each part whole where the plan rounds. */
const unitAllowances = <T>(A: Arith<T>, u: BenchmarkUnit, round: boolean): T => A.add(
  whole(A, A.mul(A.mul(A.of(u.generation), A.of(u.benchmark)), A.of(u.ff)), round),
  whole(A, A.mul(A.of(u.heat), A.of(u.heatBenchmark)), round));

/** A unit's approved allowances: a gas unit topped up to its verified emissions; a special unit its verified emissions. */
function approved<T>(A: Arith<T>, u: PowerUnit, gasTopUp: number, round: boolean): T {
  if (u.kind !== 'benchmark') return u.kind === 'excluded' ? A.of(0) : whole(A, A.of(u.verified), round);
  const allocated = unitAllowances(A, u, round);
  return fuelOf(u.id) === 'gas' && u.verified !== undefined
    ? whole(A, max(A, allocated, A.mul(A.of(u.verified), A.of(gasTopUp))), round) : allocated;
}

/**
 * The allowances of one entity (重点排放单位) from its units: each gas unit topped up to its verified emissions, each
 * special unit at its verified emissions, the sum then raised to the entity floor (80% of the entity's verified
 * emissions) when below it. Coal units get no relief of their own. Units outside allocation in the year (special
 * cases of 2023–2024) count for neither allowances nor emissions.
 * @example powerEntity([{ category: 'coal-large', generationMwh: 1e6, verifiedEmissions: 9e5 }, …], 2024)
 */
export function powerEntity(units: readonly PowerUnitInput[], year?: unknown): number {
  const y = yearOf(year);
  if (units.length === 0) throw valueError('generation_mwh', undefined, say('power.no-units'), say('power.one-row-per-unit'));
  const read = units.map((u) => readUnit(u, y, u.where ?? '', true)).filter((u) => u.kind !== 'excluded');
  const gasTopUp = shareRule('floor:gas', say('power.gas-top-up'), y);
  const floor = shareRule('floor:entity', say('power.entity-floor'), y);
  const round = roundsDown('power', y);
  const belowThreshold = findRule('special:below-threshold:power', y) !== undefined;
  return exact((A) => {
    const initial = read.reduce((sum, u) => A.add(sum, approved(A, u, gasTopUp, round)), A.of(0));
    const verified = read.reduce((sum, u) => A.add(sum, A.of(u.verified!)), A.of(0));
    // An entity verified below the threshold gets its verified emissions in years whose plan says so (2025–2026 draft).
    if (belowThreshold && A.cmp(verified, A.of(fixedValue<number>('threshold'))) < 0) return A.toNumber(whole(A, verified, round));
    const least = A.mul(verified, A.of(floor));
    if (A.cmp(initial, least) >= 0) return A.toNumber(initial);
    // The top-up is rounded down on its own (table 2-5 note 3), the initial allowances being whole already.
    return A.toNumber(A.add(initial, whole(A, A.sub(least, initial), round)));
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
    const y = yearOf(year);
    const unit = readUnit(input, y) as BenchmarkUnit;
    return exact((A) => A.toNumber(unitAllowances(A, unit, roundsDown('power', y))));
  }
  return powerEntity([input], year);
}

