/**
 * CO2 of process inputs and carbon-bearing products. Steel (formula 1, table A.2): carbonates, electrodes and
 * carbon-bearing inputs add their factor × quantity; carbon-bearing products leaving the works (crude steel, sold pig
 * iron, tar, crude benzol) take theirs off, so their result is negative. Cement: clinker × its process factor, and a
 * non-carbonate substitute in the raw meal takes its deduction coefficient off (negative).
 */
import { dec, type Dec } from '../decimal';
import { valueError } from '../errors';
import { nonNegative } from '../inputs';
import { say } from '../messages';
import { emissionPlaces, guidelineOf, mustRecord, rounded, type Guideline } from './guideline';
import { CLINKER_NAMES, STEEL_MATERIAL_NAMES, STEEL_PRODUCTS, SUBSTITUTE_NAMES, SUBSTITUTES, type Item, type SteelMaterial } from './names';

/** The table A.2 row of a steel material (purchased and sold pig iron are one row). */
const steelRow = (id: SteelMaterial): string => (id === 'pig-iron-purchased' || id === 'pig-iron-sold' ? 'pig-iron' : id);
const isProduct = (id: SteelMaterial): boolean => (STEEL_PRODUCTS as readonly string[]).includes(id);

/** A process material as one guideline's tables name it; blank sector finds the guideline from the name. */
export function materialOf(value: unknown, sector: unknown, argument = 'material'): { guideline: Guideline; item: Item } {
  const g = sector === undefined ? undefined : guidelineOf(sector);
  const text = typeof value === 'string' ? value : undefined;
  if (text !== undefined) {
    if (g === undefined || g === 'steel') {
      const steel = STEEL_MATERIAL_NAMES.lookup(text);
      if (steel) return { guideline: 'steel', item: { kind: 'steel-material', id: steel } };
    }
    if (g === undefined || g === 'cement') {
      const clinker = CLINKER_NAMES.lookup(text);
      if (clinker) return { guideline: 'cement', item: { kind: 'clinker', id: clinker } };
      const substitute = SUBSTITUTE_NAMES.lookup(text);
      if (substitute) return { guideline: 'cement', item: { kind: 'substitute', id: substitute } };
    }
  }
  if (g === 'aluminium' || g === 'power') throw valueError('sector', sector, say('mrv.no-process', { guideline: say(`mrv.guideline.${g}`) }));
  // The guideline's own table says why the name is not in it (ambiguous, or the closest names).
  throw (g === 'cement' ? SUBSTITUTE_NAMES : STEEL_MATERIAL_NAMES).unknown(argument, value);
}

/** The rulebook key of a process item's factor (ETS.SOURCE names the same keys). */
export function processRuleKey(item: Item): string {
  if (item.kind === 'steel-material') return `mrv:steel:material:${steelRow(item.id)}`;
  if (item.kind === 'clinker') return `mrv:cement:clinker:${item.id}`;
  if (item.kind === 'substitute') return `mrv:cement:substitute:${SUBSTITUTES[item.id]}`;
  throw new Error(`not a process item: ${item.kind}`);
}

/** The factor (tCO2 per t) and sign of a process item: +1 for what adds emissions, −1 for what takes them off. */
function processFactor(item: Item): { factor: number; sign: 1 | -1 } {
  const sign = (item.kind === 'steel-material' && isProduct(item.id)) || item.kind === 'substitute' ? -1 : 1;
  return { factor: mustRecord<number>(processRuleKey(item)).value, sign };
}

/**
 * Signed tCO2 of `quantity` t of a process item, unrounded: the table's factor or the one given (checked as
 * `argument`), with the item's sign. PROCESS.CO2 and the report's lines both compute through it.
 */
export function signedCo2(item: Item, quantity: number, factor: unknown, argument: string): Dec {
  const table = processFactor(item);
  const f = factor === undefined ? table.factor : nonNegative(argument, factor, say('unit.tco2-t'));
  return dec(quantity).times(f).times(table.sign);
}

/**
 * tCO2 of `quantity` t of a process material: positive for what adds emissions, negative for a product or substitute
 * that takes them off. `factor` (tCO2/t, ≥ 0) replaces the table's; the sign stays the material's.
 * @example processCo2('limestone', 1000, 'steel') // 440;  processCo2('crude steel', 1000000, 'steel') // -37000
 */
export function processCo2(material: unknown, quantity: unknown, sector?: unknown, factor?: unknown): number {
  const { guideline, item } = materialOf(material, sector);
  const q = nonNegative('quantity', quantity, say('unit.t'));
  return rounded(signedCo2(item, q, factor, 'factor'), emissionPlaces(guideline));
}
