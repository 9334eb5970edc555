/**
 * Free allocation: the industrial rules of the CN expansion (cement, steel, aluminium) and the power benchmarks.
 * Each formula is written once over `Arith` and runs exactly (see arith.ts).
 */
import { exact, type Arith } from './arith';
import { benchmarkAt } from './benchmarks';
import { requireObligated } from './coverage';
import { notAvailable, valueError } from './errors';
import { given, nonNegative, positive, year as yearOf } from './inputs';
import { isIndustrial, isPowerCategory, POWER_CATEGORIES, sectorAndCase, type IndustrialSector, type SpecialCase } from './names';
import { resolveYear } from './phase';
import { findRule, fixedValue, spanText, type IndustrialMethod } from './rules';
import { say } from './messages';
import { roundsDown, whole } from './rounding';

const SCHEME = 'CN';

interface AlphaParameters {
  readonly slope: number;
  readonly band: number;
  readonly cap: number;
}

function alphaParameter(key: string, year: number): number {
  const record = findRule<number>(key, year);
  if (record === undefined) {
    throw notAvailable(say('alpha.span', { span: spanText(key), year }), 'year');
  }
  return record.value;
}

const alphaParameters = (year: number): AlphaParameters => ({
  slope: alphaParameter('alpha:slope', year), band: alphaParameter('alpha:band', year), cap: alphaParameter('alpha:cap', year),
});

/** α for an intensity against the sector balance value: slope × X inside the band, ±cap outside it. */
function alphaOf<T>(A: Arith<T>, intensity: T, reference: T, p: AlphaParameters): T {
  const x = A.div(A.sub(reference, intensity), reference);
  const zero = A.of(0);
  if (A.cmp(x, A.of(p.band)) >= 0) return A.of(p.cap);
  if (A.cmp(x, A.sub(zero, A.of(p.band))) <= 0) return A.sub(zero, A.of(p.cap));
  return A.mul(A.of(p.slope), x);
}

/**
 * The balance-value adjustment α = clamp(slope × (reference − intensity) / reference, −cap, +cap), with the
 * slope and cap from the rulebook (ETS.SOURCE("alpha")).
 * @example alpha(0.8, 0.85) // 0.008823529411764706;  alpha(1.1, 0.85) // -0.03
 */
export function alpha(intensity: unknown, reference: unknown, year?: unknown): number {
  const i = nonNegative('intensity', given('intensity', intensity, say('need.entity-intensity')), say('unit.intensity'));
  const r = positive('reference', given('reference', reference, say('need.balance-value')), say('unit.intensity'));
  const p = alphaParameters(yearOf(year));
  return exact((A) => A.toNumber(alphaOf(A, A.of(i), A.of(r), p)));
}

/** The industrial rules of one year, read from the rulebook once: a column of 100,000 rows reads them once, not per row. */
interface IndustrialYear {
  readonly method: IndustrialMethod | undefined;
  readonly alpha: AlphaParameters | undefined;
  /** The threshold below which the year's plan gives an entity its verified emissions (2026 draft); undefined if none. */
  readonly asEmittedBelow: number | undefined;
  /** Whether the year's plan issues whole tonnes, rounded down (2025–2026). */
  readonly roundsDown: boolean;
}

const INDUSTRIAL_YEARS = new Map<number, IndustrialYear>();

function industrialYear(year: number): IndustrialYear {
  let rules = INDUSTRIAL_YEARS.get(year);
  if (rules === undefined) {
    const method = findRule<IndustrialMethod>('allocation:industrial', year)?.value;
    rules = {
      method,
      alpha: method === 'balance-value-adjusted' ? alphaParameters(year) : undefined,
      asEmittedBelow: findRule('special:below-threshold', year) === undefined ? undefined : fixedValue<number>('threshold'),
      roundsDown: roundsDown('industry', year),
    };
    INDUSTRIAL_YEARS.set(year, rules);
  }
  return rules;
}

/** What an industrial allocation is computed from; each input is read only where the year's method uses it. */
interface IndustrialInputs {
  readonly sector: IndustrialSector;
  readonly special: SpecialCase | undefined;
  readonly output: unknown;
  readonly intensity: unknown;
  /** The verified emissions E the allocation multiplies; cement and aluminium default to output × intensity. */
  readonly emissions: unknown;
  readonly balanceValue: number | undefined;
  readonly benchmark: number | undefined;
  readonly year: number;
}

const outputOf = (value: unknown): number => nonNegative('output', given('output', value, say('need.output')), say('unit.output'));
const intensityOf = (value: unknown): number =>
  nonNegative('intensity', given('intensity', value, say('unit.intensity')), say('unit.intensity'));

/**
 * E: the emissions given, or output × intensity. Steel's intensity is its ironmaking + sintering intensity, which
 * cannot give the whole enterprise's emissions (draft table 2-2 item ⑥), so steel must give them.
 */
function emissionsOf(inputs: IndustrialInputs): number {
  if (inputs.emissions !== undefined) return nonNegative('emissions', inputs.emissions, say('unit.tco2e'));
  if (inputs.sector === 'steel') throw notAvailable(say('allocation.steel-emissions'), 'emissions');
  const out = outputOf(inputs.output);
  const i = intensityOf(inputs.intensity);
  return exact((A) => A.toNumber(A.mul(A.of(out), A.of(i))));
}

/** Industrial allocation in a year, by the method the rulebook gives for it, in whole tonnes where the plan says so. */
function industrialAllocation(inputs: IndustrialInputs): number {
  const { year, special } = inputs;
  const { method, alpha: p, asEmittedBelow, roundsDown } = industrialYear(year);
  if (method === undefined) throw notAvailable(say('allocation.no-rule', { year }), 'year');
  if (method === 'benchmark') {
    // A balance value is never taken for a benchmark: a row copied from 2026 to 2027 must ask, not reuse it.
    if (inputs.benchmark === undefined) throw notAvailable(say('allocation.phase-two', { year }), 'benchmark');
    const out = outputOf(inputs.output);
    const bm = inputs.benchmark;
    return exact((A) => A.toNumber(A.mul(A.of(out), A.of(bm))));
  }
  if (inputs.output !== undefined) outputOf(inputs.output);
  const e = emissionsOf(inputs);
  // A special case the plan of the year lists, or an entity below the threshold, gets its verified emissions (A = E).
  const listed = special !== undefined && findRule(`special:${special}`, year) !== undefined;
  const asEmitted = method === 'equal-to-emissions' || listed || (asEmittedBelow !== undefined && e < asEmittedBelow)
    || inputs.balanceValue === undefined || p === undefined;
  const intensity = asEmitted ? undefined : intensityOf(inputs.intensity);
  const bv = inputs.balanceValue;
  return exact((A) => {
    const emissions = A.of(e);
    const allowances = intensity === undefined || bv === undefined || p === undefined ? emissions
      : A.mul(emissions, A.add(A.of(1), alphaOf(A, A.of(intensity), A.of(bv), p)));
    return A.toNumber(whole(A, allowances, roundsDown));
  });
}

/**
 * Free allowances in tCO2e. Cement, steel, aluminium: 2024 A = E; 2025–2026 A = E × (1 + α) against the sector
 * balance value, rounded down to whole tonnes; Phase II A = output × benchmark. E is the verified emissions given
 * (steel: the whole enterprise's, always given), else output × intensity. Power unit categories: A = output ×
 * benchmark (published, or the one passed), intensity unused; the gas top-up and the entity floor are in power.ts.
 * @example allocation('cement', 1250000, 0.8, 1, 0.85) // ⌊1,008,823.53⌋ = 1,008,823
 */
export function allocation(sector: unknown, output: unknown, intensity: unknown, phase?: unknown,
  balanceValue?: unknown, year?: unknown, benchmarkValue?: unknown, emissions?: unknown): number {
  const { id, special } = sectorAndCase(given('sector', sector, say('need.sector')));
  if (id === 'power') {
    throw valueError('sector', sector, say('allocation.needs-category'), POWER_CATEGORIES.join(say('list.sep')));
  }
  const y = resolveYear(phase, year, SCHEME);
  const bv = balanceValue === undefined ? undefined : positive('balance_value', balanceValue, say('unit.intensity'));
  const bm = benchmarkValue === undefined ? undefined : positive('benchmark', benchmarkValue, say('unit.intensity'));
  requireObligated(id, SCHEME, y, say('what.allocation'));
  if (isIndustrial(id)) {
    return industrialAllocation({ sector: id, special, output, intensity, emissions, balanceValue: bv, benchmark: bm, year: y });
  }
  if (!isPowerCategory(id)) throw notAvailable(say('allocation.no-rule', { year: y }), 'sector');
  if (bv !== undefined) {
    throw valueError('balance_value', bv, say('allocation.power-balance'), say('allocation.power-balance-accepted'));
  }
  if (emissions !== undefined) throw valueError('emissions', emissions, say('allocation.power-emissions'), say('allocation.power-emissions-accepted'));
  const out = outputOf(output);
  const unitBenchmark = bm ?? benchmarkAt(id, y);
  const round = roundsDown('power', y);
  return exact((A) => A.toNumber(whole(A, A.mul(A.of(out), A.of(unitBenchmark)), round)));
}
