/** Greenhouse-gas masses to CO2 equivalents. */
import { dec, toNumber } from './decimal';
import { notAvailable } from './errors';
import { given, nonNegative } from './inputs';
import { gasId, gwpSetId } from './names';
import { fixedRule, fixedValue, gwpKey, type Gas, type GwpSet } from './rules';
import { say } from './messages';

/** The rulebook's default GWP set (AR5; ETS.SOURCE("gwp-default") gives the reason). */
export const DEFAULT_GWP_SET = fixedValue<GwpSet>('gwp-default');

interface ResolvedGwp {
  readonly gas: Gas;
  readonly set: GwpSet;
  readonly value: number;
}

function resolveGwp(gas: unknown, gwpSet: unknown): ResolvedGwp {
  const g = gasId(given('gas', gas, say('need.gas')));
  const set = gwpSet === undefined ? DEFAULT_GWP_SET : gwpSetId(gwpSet);
  const record = fixedRule<number>(gwpKey(set, g));
  if (record === undefined) {
    throw notAvailable(say('gwp.none', { set, gas: g }), 'gas');
  }
  return { gas: g, set, value: record.value };
}

/**
 * 100-year global warming potential.
 * @example gwp('N2O') // 265 under AR5, the default set;  gwp('PFC-14', 'AR4') // the AR4 value for CF4
 */
export const gwp = (gas: unknown, gwpSet?: unknown): number => resolveGwp(gas, gwpSet).value;

/**
 * Mass of a gas in tonnes, as tCO2e.
 * @example co2e('CO2', 2.5) // 2.5;  co2e('C2F6', 2) // twice the default set's C2F6 GWP
 */
export function co2e(gas: unknown, massTonnes: unknown, gwpSet?: unknown): number {
  return co2eNamed(gas, massTonnes, gwpSet, 'mass_t');
}

/** co2e with the mass argument named as the caller shows it ("CF4 mass" in a table of several gases). */
export function co2eNamed(gas: unknown, massTonnes: unknown, gwpSet: unknown, massArgument: string): number {
  const { value } = resolveGwp(gas, gwpSet);
  const mass = nonNegative(massArgument, massTonnes, say('unit.t-gas'));
  return toNumber(dec(mass).times(value));
}
