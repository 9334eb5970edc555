/**
 * Free allocation: the industrial rules of the CN expansion (cement, steel, aluminium) and the power benchmarks.
 * Each formula is written once over `Arith` and runs exactly (see arith.ts).
 */
import { adjusted, adjustedProduct, adjustTerms, exact, product, type Arith } from './arith';
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

/** α's constants on one backend — the balance value and the rulebook's slope, band and cap as exact values. */
interface AlphaTerms<T> {
  readonly reference: T;
  readonly slope: T;
  readonly band: T;
  readonly minusBand: T;
  readonly cap: T;
  readonly minusCap: T;
}

function alphaTerms<T>(A: Arith<T>, reference: number, p: AlphaParameters): AlphaTerms<T> {
  const zero = A.of(0);
  const band = A.of(p.band);
  const cap = A.of(p.cap);
  return { reference: A.of(reference), slope: A.of(p.slope), band, minusBand: A.sub(zero, band), cap, minusCap: A.sub(zero, cap) };
}

/**
 * alphaTerms made once per backend, on first use, for every row of a call with one balance value (a constant that
 * leaves the rational backend is not kept: each row then tries it again and falls back, as without the cache).
 */
function alphaTermsOnce(reference: number, p: AlphaParameters): <T>(A: Arith<T>) => AlphaTerms<T> {
  const made = new Map<Arith<never>, AlphaTerms<unknown>>();
  return <T>(A: Arith<T>): AlphaTerms<T> => {
    let terms = made.get(A as Arith<never>) as AlphaTerms<T> | undefined;
    if (terms === undefined) {
      terms = alphaTerms(A, reference, p);
      made.set(A as Arith<never>, terms);
    }
    return terms;
  };
}

/** α for an intensity against the sector balance value: slope × X inside the band, ±cap outside it. */
function alphaOf<T>(A: Arith<T>, intensity: T, t: AlphaTerms<T>): T {
  const x = A.div(A.sub(t.reference, intensity), t.reference);
  if (A.cmp(x, t.band) >= 0) return t.cap;
  if (A.cmp(x, t.minusBand) <= 0) return t.minusCap;
  return A.mul(t.slope, x);
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
  return exact((A) => A.toNumber(alphaOf(A, A.of(i), alphaTerms(A, r, p))));
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

/**
 * An output or intensity as the core takes it: a number ≥ 0, else the argument's error. A valid number returns at once
 * (a column of 100,000 rows words no message it does not raise); anything else goes through the full checks.
 */
const isAmount = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value < Infinity;
const outputOf = (value: unknown): number => (isAmount(value) ? value
  : nonNegative('output', given('output', value, say('need.output')), say('unit.output')));
const intensityOf = (value: unknown): number => (isAmount(value) ? value
  : nonNegative('intensity', given('intensity', value, say('unit.intensity')), say('unit.intensity')));

/** The allowances of one row, once the arguments every row shares are read and checked (allocationRule). */
export type AllocationRow = (output: unknown, intensity: unknown, emissions?: unknown) => number;

/**
 * E: the emissions given, or output × intensity. Steel's intensity is its ironmaking + sintering intensity, which
 * cannot give the whole enterprise's emissions (draft table 2-2 item ⑥), so steel must give them.
 */
function emissionsOf(sector: IndustrialSector, output: unknown, intensity: unknown, emissions: unknown): number {
  if (emissions !== undefined) return nonNegative('emissions', emissions, say('unit.tco2e'));
  if (sector === 'steel') throw notAvailable(say('allocation.steel-emissions'), 'emissions');
  const out = outputOf(output);
  const i = intensityOf(intensity);
  return product(out, i);
}

/**
 * Industrial allocation in a year, by the method the rulebook gives for it, in whole tonnes where the plan says so:
 * the year's rules (and their errors) once, then each row.
 */
function industrialRule(sector: IndustrialSector, special: SpecialCase | undefined, balanceValue: number | undefined,
  benchmark: number | undefined, year: number): AllocationRow {
  const { method, alpha: p, asEmittedBelow, roundsDown } = industrialYear(year);
  if (method === undefined) throw notAvailable(say('allocation.no-rule', { year }), 'year');
  if (method === 'benchmark') {
    // A balance value is never taken for a benchmark: a row copied from 2026 to 2027 must ask, not reuse it.
    if (benchmark === undefined) throw notAvailable(say('allocation.phase-two', { year }), 'benchmark');
    return (output) => {
      const out = outputOf(output);
      return product(out, benchmark);
    };
  }
  // A special case the plan of the year lists gets its verified emissions (A = E), as does every entity without α.
  const listed = special !== undefined && findRule(`special:${special}`, year) !== undefined;
  const terms = method === 'equal-to-emissions' || listed || balanceValue === undefined || p === undefined ? undefined
    : alphaTermsOnce(balanceValue, p);
  // The same formula on integers without an object per step, for rows whose numbers allow it (arith.ts, adjusted).
  const integers = terms === undefined || balanceValue === undefined || p === undefined ? undefined
    : adjustTerms(balanceValue, p.slope, p.band, p.cap);
  return (output, intensity, emissions) => {
    // The common row — E = output × intensity, both valid numbers — in one pass on integers when they fit.
    if (integers !== undefined && emissions === undefined && sector !== 'steel' && isAmount(output) && isAmount(intensity)) {
      const a = adjustedProduct(output, intensity, integers, roundsDown, asEmittedBelow);
      if (!Number.isNaN(a)) return a;
    }
    if (output !== undefined) outputOf(output);
    const e = emissionsOf(sector, output, intensity, emissions);
    // An entity below the threshold also gets its verified emissions.
    const asEmitted = terms === undefined || (asEmittedBelow !== undefined && e < asEmittedBelow);
    const i = asEmitted ? undefined : intensityOf(intensity);
    if (i !== undefined && integers !== undefined) {
      const a = adjusted(e, i, integers, roundsDown);
      if (!Number.isNaN(a)) return a;
    }
    return general(e, i);
  };
  // Apart from the row function, so that its closure is made only for the rows that need it.
  function general(e: number, i: number | undefined): number {
    return exact((A) => {
      const allowances = i === undefined || terms === undefined ? A.of(e)
        : A.mul(A.of(e), A.add(A.of(1), alphaOf(A, A.of(i), terms(A))));
      return A.toNumber(whole(A, allowances, roundsDown));
    });
  }
}

/**
 * The allocation of a sector in a year, for rows that differ only in output, intensity and emissions: the
 * arguments every row shares are read and checked once, in the order `allocation` checks them, and any error they
 * raise is raised here (so it is every row's). A column of 100,000 rows with one sector, phase and balance value
 * reads the rulebook once. `allocation(s, o, i, ph, bv, y, bm, e)` is `allocationRule(s, ph, bv, y, bm)(o, i, e)`.
 */
export function allocationRule(sector: unknown, phase?: unknown, balanceValue?: unknown, year?: unknown,
  benchmarkValue?: unknown): AllocationRow {
  const { id, special } = sectorAndCase(given('sector', sector, say('need.sector')));
  if (id === 'power') {
    throw valueError('sector', sector, say('allocation.needs-category'), POWER_CATEGORIES.join(say('list.sep')));
  }
  const y = resolveYear(phase, year, SCHEME);
  const bv = balanceValue === undefined ? undefined : positive('balance_value', balanceValue, say('unit.intensity'));
  const bm = benchmarkValue === undefined ? undefined : positive('benchmark', benchmarkValue, say('unit.intensity'));
  requireObligated(id, SCHEME, y, say('what.allocation'));
  if (isIndustrial(id)) return industrialRule(id, special, bv, bm, y);
  if (!isPowerCategory(id)) throw notAvailable(say('allocation.no-rule', { year: y }), 'sector');
  if (bv !== undefined) {
    throw valueError('balance_value', bv, say('allocation.power-balance'), say('allocation.power-balance-accepted'));
  }
  const round = roundsDown('power', y);
  return (output, _intensity, emissions) => {
    if (emissions !== undefined) throw valueError('emissions', emissions, say('allocation.power-emissions'), say('allocation.power-emissions-accepted'));
    const out = outputOf(output);
    const unitBenchmark = bm ?? benchmarkAt(id, y);
    return exact((A) => A.toNumber(whole(A, A.mul(A.of(out), A.of(unitBenchmark)), round)));
  };
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
  return allocationRule(sector, phase, balanceValue, year, benchmarkValue)(output, intensity, emissions);
}
