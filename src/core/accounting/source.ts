/**
 * ETS.SOURCE's names for accounting values: fuel:<fuel>:<ncv|carbon_content|oxidation>, material:<material>,
 * grid:<place>[:<kind>], heat:<steam|hot-water>, anode:<sulphur|ash>, pfc:<slope|c2f6-ratio>, with the guideline
 * named by a sector in SOURCE's third argument (steel when blank).
 */
import { GASEOUS_FUELS, LIQUID_FUELS } from '../rules/accounting';
import { gridKey } from './grid';
import type { Guideline } from './guideline';
import { CLINKER_NAMES, FUEL_NAMES, STEEL_MATERIAL_NAMES, SUBSTITUTE_NAMES, SUBSTITUTES } from './names';

const COALS = ['anthracite', 'bituminous', 'lignite', 'washed-coking-coal', 'other-washed-coal', 'gangue', 'coal-slurry'];
const FUEL_PARAMETER: Readonly<Record<string, string>> = { ncv: 'ncv', 'carbon-content': 'carbon-content', 'carbon_content': 'carbon-content', cc: 'carbon-content', oxidation: 'oxidation' };

function fuelKey(name: string, parameter: string, g: Guideline): string | undefined {
  const fuel = FUEL_NAMES.lookup(name);
  const p = FUEL_PARAMETER[parameter.toLowerCase()];
  if (fuel === undefined || p === undefined) return undefined;
  const coal = COALS.includes(fuel);
  if (p === 'oxidation') {
    if (g === 'steel') return `mrv:steel:oxidation:${GASEOUS_FUELS.includes(fuel) ? 'gas' : LIQUID_FUELS.includes(fuel) ? 'liquid' : 'solid'}`;
    return g === 'power' && coal ? 'mrv:power:oxidation:coal' : undefined;
  }
  if (g === 'power' && coal && p === 'carbon-content') return 'mrv:power:coal-carbon-content';
  return `mrv:${g}:fuel:${fuel}:${p}`;
}

function materialKey(name: string): string | undefined {
  const steel = STEEL_MATERIAL_NAMES.lookup(name);
  if (steel) return `mrv:steel:material:${steel.startsWith('pig-iron') ? 'pig-iron' : steel}`;
  const clinker = CLINKER_NAMES.lookup(name);
  if (clinker) return `mrv:cement:clinker:${clinker}`;
  const substitute = SUBSTITUTE_NAMES.lookup(name);
  return substitute ? `mrv:cement:substitute:${SUBSTITUTES[substitute]}` : undefined;
}

const FIXED: Readonly<Record<string, string>> = {
  'heat:steam': 'mrv:heat:steam-base-enthalpy', 'heat:hot-water': 'mrv:heat:water-specific-heat', 'heat:water': 'mrv:heat:water-specific-heat',
  'anode:sulphur': 'mrv:aluminium:anode:sulphur', 'anode:sulfur': 'mrv:aluminium:anode:sulphur', 'anode:ash': 'mrv:aluminium:anode:ash',
  'pfc:slope': 'mrv:aluminium:pfc:slope', 'pfc:c2f6-ratio': 'mrv:aluminium:pfc:c2f6-ratio', 'pfc:ratio': 'mrv:aluminium:pfc:c2f6-ratio',
  'report-rounding': 'mrv:steel:rounding',
};

/** The rulebook key of an accounting parameter as SOURCE is given it, or undefined when it names none. */
export function accountingKey(text: string, g: Guideline): string | undefined {
  const parts = text.split(':').map((p) => p.trim());
  const head = parts[0]!.toLowerCase();
  if (head === 'grid') return gridKey(parts.slice(1).join(':') || 'national');
  if (head === 'fuel' && parts.length === 3) return fuelKey(parts[1]!, parts[2]!, g);
  if (head === 'material' && parts.length === 2) return materialKey(parts[1]!);
  return Object.prototype.hasOwnProperty.call(FIXED, parts.join(':').toLowerCase()) ? FIXED[parts.join(':').toLowerCase()] : undefined;
}
