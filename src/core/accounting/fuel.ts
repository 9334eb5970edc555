/**
 * CO2 from burning a fuel, and the guideline defaults it uses: quantity × NCV × carbon content × oxidation × 44/12.
 * Steel's enterprise balance (formula 1) has no oxidation factor: 1 unless given (formula 3, a captive unit co-firing
 * the works' own gases, takes table A.1's 99% / 98% / 99%).
 */
import { dec, toNumber } from '../decimal';
import { valueError } from '../errors';
import { nonNegative, positive, share, year as yearOf } from '../inputs';
import { say } from '../messages';
import { GASEOUS_FUELS, LIQUID_FUELS } from '../rules/accounting';
import { exact } from '../arith';
import { roundHalfUp } from '../rounding';
import { CO2_PER_C, emissionPlaces, guidelineOf, guidelineValue, type Guideline } from './guideline';
import { FUEL_NAMES, fuelLabel, type Fuel } from './names';

/** Coals whose carbon content the power guideline defaults when it is not measured. */
const COALS: readonly Fuel[] = ['anthracite', 'bituminous', 'lignite', 'washed-coking-coal', 'other-washed-coal', 'gangue', 'coal-slurry'];

const stateOf = (fuel: Fuel): 'solid' | 'liquid' | 'gas' =>
  (GASEOUS_FUELS.includes(fuel) ? 'gas' : LIQUID_FUELS.includes(fuel) ? 'liquid' : 'solid');

export const fuelId = (value: unknown, argument = 'fuel'): Fuel => FUEL_NAMES.resolve(argument, value);
export const isGaseous = (fuel: Fuel): boolean => GASEOUS_FUELS.includes(fuel);

export const FUEL_PARAMETERS = ['ncv', 'carbon_content', 'oxidation', 'ef'] as const;
type FuelParameter = (typeof FUEL_PARAMETERS)[number];

/** What a parameter is called in messages. */
const what = (p: Exclude<FuelParameter, 'ef'>, fuel: Fuel) => (): string => say(`mrv.what.${p}`, { fuel: fuelLabel(fuel) });

/**
 * The rulebook key of a fuel's default under a guideline (ETS.SOURCE names the same keys): power's coals share one
 * carbon content and one oxidation factor; steel's oxidation is its table A.1 group's (formula 3).
 */
export function fuelRuleKey(g: Guideline, fuel: Fuel, parameter: 'ncv' | 'carbon-content' | 'oxidation'): string {
  const coal = g === 'power' && COALS.includes(fuel);
  if (parameter === 'carbon-content' && coal) return 'mrv:power:coal-carbon-content';
  if (parameter !== 'oxidation') return `mrv:${g}:fuel:${fuel}:${parameter}`;
  if (g === 'steel') return `mrv:steel:oxidation:${stateOf(fuel)}`;
  return coal ? 'mrv:power:oxidation:coal' : `mrv:${g}:oxidation:${fuel}`;
}

const ncvOf = (g: Guideline, fuel: Fuel, year: number, argument: string): number =>
  guidelineValue(fuelRuleKey(g, fuel, 'ncv'), year, what('ncv', fuel), argument, g);

const carbonOf = (g: Guideline, fuel: Fuel, year: number, argument: string): number =>
  guidelineValue(fuelRuleKey(g, fuel, 'carbon-content'), year, what('carbon_content', fuel), argument, g);

/**
 * The oxidation factor a guideline's main formula applies when none is given: steel's enterprise balance none (1);
 * power's coal 99% up to 2025 data, then the national factor database's (asked for); other fuels and guidelines asked for.
 */
function oxidationOf(g: Guideline, fuel: Fuel, year: number, argument: string, captive = false): number {
  if (g === 'steel' && !captive) return 1;
  return guidelineValue(fuelRuleKey(g, fuel, 'oxidation'), year, what('oxidation', fuel), argument, g);
}

/**
 * tCO2 from burning `quantity` of a fuel (t; gases 10⁴ Nm³), by the sector's guideline. Blank parameters take the
 * guideline's defaults; a default the guideline does not give (or the rulebook could not confirm) is #N/A asking
 * for the measured value. Steel rounds to 2 decimals (四舍五入), as its report tables do.
 * @example fuelCo2('bituminous', 10000, 'steel') // 22784.98 (10,000 × 23.736 × 0.02618 × 44/12)
 */
export function fuelCo2(fuel: unknown, quantity: unknown, sector?: unknown, ncv?: unknown, carbonContent?: unknown,
  oxidation?: unknown, year?: unknown): number {
  const id = fuelId(fuel);
  const g = guidelineOf(sector);
  const y = yearOf(year);
  const q = nonNegative('quantity', quantity, () => say(isGaseous(id) ? 'unit.10k-nm3' : 'unit.t'));
  // Nothing burnt is nothing emitted: a fuel listed for months it was not used needs no NCV (and no default).
  if (q === 0) {
    if (ncv !== undefined) positive('ncv', ncv, say('unit.ncv'));
    return 0;
  }
  const n = ncv === undefined ? ncvOf(g, id, y, 'ncv') : positive('ncv', ncv, say('unit.ncv'));
  const c = carbonContent === undefined ? carbonOf(g, id, y, 'carbon_content') : carbonShare('carbon_content', carbonContent);
  const o = oxidation === undefined ? oxidationOf(g, id, y, 'oxidation') : share('oxidation', oxidation);
  const places = emissionPlaces(g);
  // Exact on small rationals (decimal.js only when they outgrow 2^53), rounded half up as the report tables are.
  return exact((A) => A.toNumber(roundHalfUp(A, A.div(A.mul(A.mul(A.mul(A.of(q), A.of(n)), A.mul(A.of(c), A.of(o))), A.of(44)), A.of(12)), places)));
}

/** A carbon content per unit heat, tC/GJ: a kgC/GJ or tC/TJ figure (26.18) typed by mistake is refused. */
function carbonShare(argument: string, value: unknown): number {
  const c = positive(argument, value, say('unit.tc-gj'));
  // Fuels hold at most about 0.1 tC/GJ (blast-furnace gas 0.0708); 26.18 is tC/TJ.
  if (c >= 1) throw valueError(argument, c, say('mrv.carbon-unit'));
  return c;
}

/**
 * A guideline default for a fuel: `ncv`, `carbon_content`, `oxidation` (for steel, formula 3's, for a captive unit
 * co-firing the works' own gases) or `ef`, tCO2 per t (gases per 10⁴ Nm³) as the guideline's main formula computes it.
 * @example fuelFactor('bituminous', 'ncv', 'steel') // 23.736
 */
export function fuelFactor(fuel: unknown, parameter: unknown, sector?: unknown, year?: unknown): number {
  const id = fuelId(fuel);
  const g = guidelineOf(sector);
  const y = yearOf(year);
  const p = typeof parameter === 'string' ? FUEL_PARAMETERS.find((x) => x === parameter.trim().toLowerCase().replace(/[\s-]+/g, '_')) : undefined;
  if (p === undefined) throw valueError('parameter', parameter, say('mrv.parameter'), FUEL_PARAMETERS.join(say('list.sep')));
  if (p === 'ncv') return ncvOf(g, id, y, 'fuel');
  if (p === 'carbon_content') return carbonOf(g, id, y, 'fuel');
  if (p === 'oxidation') return oxidationOf(g, id, y, 'fuel', true);
  const ef = dec(ncvOf(g, id, y, 'fuel')).times(carbonOf(g, id, y, 'fuel')).times(oxidationOf(g, id, y, 'fuel')).times(CO2_PER_C);
  return toNumber(ef);
}
