/**
 * Heat in GJ from steam or hot water, as the steel guideline's appendix E and the power verification guideline
 * compute it: steam t × (enthalpy kJ/kg − 83.74) × 10⁻³; hot water t × (T °C − 20) × 4.1868 × 10⁻³.
 */
import { dec, toNumber } from '../decimal';
import { boundError } from '../errors';
import { finite, nonNegative } from '../inputs';
import { say } from '../messages';
import { NameTable } from '../names';
import { mustRecord } from './guideline';

const MEDIA = new NameTable({
  kind: () => say('kind.medium'),
  aliases: { steam: ['蒸汽', '热蒸汽'], 'hot-water': ['hot water', 'water', '热水'] },
  accepted: () => say('heat.media'),
});

const GJ_PER_T_KJ_PER_KG = dec(10).pow(-3);

/**
 * Heat carried by `mass` t of steam (at an enthalpy, kJ/kg) or hot water (at a temperature, °C), GJ.
 * @example heatGj('steam', 1000, 3000) // 2916.26;  heatGj('hot water', 1000, 95) // 314.01
 */
export function heatGj(medium: unknown, mass: unknown, enthalpyOrTemperature: unknown): number {
  const m = MEDIA.resolve('medium', medium);
  const t = nonNegative('mass_t', mass, say('unit.t'));
  if (m === 'steam') {
    const base = mustRecord<number>('mrv:heat:steam-base-enthalpy').value;
    const h = finite('enthalpy_or_temperature', enthalpyOrTemperature);
    if (h < base) throw boundError('enthalpy_or_temperature', h, say('heat.enthalpy', { base }));
    return toNumber(dec(t).times(dec(h).minus(base)).times(GJ_PER_T_KJ_PER_KG));
  }
  const base = mustRecord<number>('mrv:heat:water-base-temperature').value;
  const c = mustRecord<number>('mrv:heat:water-specific-heat').value;
  const temperature = finite('enthalpy_or_temperature', enthalpyOrTemperature);
  if (temperature < base) throw boundError('enthalpy_or_temperature', temperature, say('heat.temperature', { base }));
  return toNumber(dec(t).times(dec(temperature).minus(base)).times(c).times(GJ_PER_T_KJ_PER_KG));
}
