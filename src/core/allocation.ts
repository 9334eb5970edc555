/**
 * Free allocation: the industrial rules of the CN expansion (cement, steel, aluminium) and the power benchmarks.
 * Each formula is written once over `Arith` and runs exactly (see arith.ts).
 */
import { exact, type Arith } from './arith';
import { benchmarkAt } from './benchmarks';
import { requireObligated } from './coverage';
import { notAvailable, valueError } from './errors';
import { given, nonNegative, positive, year as yearOf } from './inputs';
import { isPowerCategory, POWER_CATEGORIES, sectorAndCase, type SpecialCase } from './names';
import { resolveYear } from './phase';
import { findRule, fixedValue, spanText, type IndustrialMethod } from './rules';
import { say } from './messages';

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
    };
    INDUSTRIAL_YEARS.set(year, rules);
  }
  return rules;
}

/**
 * Whether the year's plan gives an entity below the inclusion threshold its verified emissions (the 2026 draft does);
 * the emissions are worked out only in such a year.
 */
export function belowThreshold(emissions: () => number, year: number): boolean {
  const limit = industrialYear(year).asEmittedBelow;
  return limit !== undefined && emissions() < limit;
}

/** Industrial allocation in a year, by the method the rulebook gives for it. */
function industrialAllocation(output: number, intensity: number, balanceValue: number | undefined,
  benchmarkValue: number | undefined, year: number, special: SpecialCase | undefined): number {
  const { method, alpha: p } = industrialYear(year);
  // A special case the plan of the year lists gets its verified emissions (A = E) instead of the α adjustment.
  const listed = special !== undefined && findRule(`special:${special}`, year) !== undefined;
  const asEmitted = method === 'balance-value-adjusted' && (listed || belowThreshold(() => exact((A) => A.toNumber(A.mul(A.of(output), A.of(intensity)))), year));
  switch (asEmitted ? 'equal-to-emissions' : method) {
    case 'equal-to-emissions':
      return exact((A) => A.toNumber(A.mul(A.of(output), A.of(intensity))));
    case 'balance-value-adjusted': {
      if (balanceValue === undefined || p === undefined) return exact((A) => A.toNumber(A.mul(A.of(output), A.of(intensity))));
      return exact((A) => {
        const i = A.of(intensity);
        const emissions = A.mul(A.of(output), i);
        return A.toNumber(A.mul(emissions, A.add(A.of(1), alphaOf(A, i, A.of(balanceValue), p))));
      });
    }
    case 'benchmark':
      // A balance value is never taken for a benchmark: a row copied from 2026 to 2027 must ask, not reuse it.
      if (benchmarkValue === undefined) {
        throw notAvailable(say('allocation.phase-two', { year }), 'benchmark');
      }
      return exact((A) => A.toNumber(A.mul(A.of(output), A.of(benchmarkValue))));
    default:
      throw notAvailable(say('allocation.no-rule', { year }), 'year');
  }
}

/**
 * Free allowances in tCO2e. Cement, steel, aluminium: 2024 A = E; 2025–2026 A = E × (1 + α) against the sector
 * balance value; Phase II A = output × benchmark. Power unit categories: A = output × benchmark (published, or the
 * one passed); the gas top-up and the entity floor are in power.ts.
 * @example allocation('cement', 1250000, 0.8, 1, 0.85) // 1008823.5294117647
 */
export function allocation(sector: unknown, output: unknown, intensity: unknown, phase?: unknown,
  balanceValue?: unknown, year?: unknown, benchmarkValue?: unknown): number {
  const { id, special } = sectorAndCase(given('sector', sector, say('need.sector')));
  if (id === 'power') {
    throw valueError('sector', sector, say('allocation.needs-category'), POWER_CATEGORIES.join(say('list.sep')));
  }
  const y = resolveYear(phase, year, SCHEME);
  const out = nonNegative('output', given('output', output, say('need.output')), say('unit.output'));
  const i = nonNegative('intensity', given('intensity', intensity, say('unit.intensity')), say('unit.intensity'));
  const bv = balanceValue === undefined ? undefined : positive('balance_value', balanceValue, say('unit.intensity'));
  const bm = benchmarkValue === undefined ? undefined : positive('benchmark', benchmarkValue, say('unit.intensity'));
  requireObligated(id, SCHEME, y, say('what.allocation'));
  if (!isPowerCategory(id)) return industrialAllocation(out, i, bv, bm, y, special);
  if (bv !== undefined) {
    throw valueError('balance_value', bv, say('allocation.power-balance'), say('allocation.power-balance-accepted'));
  }
  const unitBenchmark = bm ?? benchmarkAt(id, y);
  return exact((A) => A.toNumber(A.mul(A.of(out), A.of(unitBenchmark))));
}
