/**
 * An aluminium smelter's electrolysis emissions, the part it surrenders: CO2 from the carbon anodes consumed, and the
 * PFCs (CF4, C2F6) of anode effects by the slope method. Defaults are secondary (rules.md §11): pass the guideline's
 * or the plant's own values where they differ.
 */
import { dec, toNumber } from '../decimal';
import { co2eNamed } from '../emissions';
import { boundError } from '../errors';
import { nonNegative, share } from '../inputs';
import { say } from '../messages';
import { CO2_PER_C, mustRecord } from './guideline';

const KG_PER_T = 1000;

/**
 * CO2 from net anode consumption: net anode t × (1 − sulphur − ash) × 44/12.
 * @example anodeCo2(1000) // 1000 × (1 − 0.02 − 0.004) × 44/12 = 3578.67 (to 2 decimals)
 */
export function anodeCo2(netAnode: unknown, sulphur?: unknown, ash?: unknown): number {
  const mass = nonNegative('net_anode_t', netAnode, say('unit.t'));
  const s = sulphur === undefined ? mustRecord<number>('mrv:aluminium:anode:sulphur').value : share('sulphur', sulphur);
  const a = ash === undefined ? mustRecord<number>('mrv:aluminium:anode:ash').value : share('ash', ash);
  const carbon = dec(1).minus(s).minus(a);
  if (carbon.isNegative()) throw boundError('ash', a, say('mrv.anode-share'));
  return toNumber(dec(mass).times(carbon).times(CO2_PER_C));
}

/**
 * Anode-effect PFCs by the slope method, tCO2e: CF4 = slope × anode-effect minutes per cell-day × aluminium t / 1000,
 * C2F6 = ratio × CF4, each at its GWP (default set: the rulebook's).
 * @example pfcCo2e(100000, 0.1) // CF4 1.43 t and C2F6 0.143 t, each at its GWP in the default set
 */
export function pfcCo2e(aluminium: unknown, minutes: unknown, slope?: unknown, ratio?: unknown, gwpSet?: unknown): number {
  const al = nonNegative('aluminium_t', aluminium, say('unit.t'));
  const aem = nonNegative('anode_effect_minutes', minutes, say('unit.aem'));
  const k = slope === undefined ? mustRecord<number>('mrv:aluminium:pfc:slope').value : nonNegative('slope', slope);
  const r = ratio === undefined ? mustRecord<number>('mrv:aluminium:pfc:c2f6-ratio').value : nonNegative('c2f6_ratio', ratio);
  const cf4 = dec(k).times(aem).times(al).dividedBy(KG_PER_T);
  const c2f6 = cf4.times(r);
  return toNumber(dec(co2eNamed('CF4', toNumber(cf4), gwpSet, 'aluminium_t')).plus(co2eNamed('C2F6', toNumber(c2f6), gwpSet, 'aluminium_t')));
}
