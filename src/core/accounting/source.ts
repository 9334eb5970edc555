/**
 * ETS.SOURCE's names for accounting values: fuel:<fuel>:<ncv|carbon_content|oxidation>, material:<material>,
 * grid:<place>[:<kind>], heat:<steam|hot-water>, anode:<sulphur|ash>, pfc:<slope|c2f6-ratio>, with the guideline
 * named by a sector in SOURCE's third argument (steel when blank).
 */
import { fuelRuleKey } from './fuel';
import { gridKey } from './grid';
import type { Guideline } from './guideline';
import { materialOf, processRuleKey } from './materials';
import { FUEL_NAMES } from './names';

const FUEL_PARAMETER: Readonly<Record<string, 'ncv' | 'carbon-content' | 'oxidation'>> = {
  ncv: 'ncv', 'carbon-content': 'carbon-content', carbon_content: 'carbon-content', cc: 'carbon-content', oxidation: 'oxidation',
};

function fuelKey(name: string, parameter: string, g: Guideline): string | undefined {
  const fuel = FUEL_NAMES.lookup(name);
  const p = Object.prototype.hasOwnProperty.call(FUEL_PARAMETER, parameter.toLowerCase()) ? FUEL_PARAMETER[parameter.toLowerCase()] : undefined;
  return fuel === undefined || p === undefined ? undefined : fuelRuleKey(g, fuel, p);
}

/** A material of any guideline's tables, by the same lookup PROCESS.CO2 uses; undefined when it names none. */
function materialKey(name: string): string | undefined {
  try {
    return processRuleKey(materialOf(name, undefined).item);
  } catch {
    return undefined;
  }
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
