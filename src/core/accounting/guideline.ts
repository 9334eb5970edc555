/**
 * Which MEE accounting guideline a calculation follows, from the sector a user names, and the guideline's defaults
 * looked up by key. Steel's guideline (CETS—AG—03.01—V01—2024) is the one read in full; the others hold what the
 * rulebook could confirm, and where a default is missing the functions ask for the measured value.
 */
import { DECIMAL } from '../arith';
import { roundHalfUp } from '../rounding';
import { Dec, toNumber } from '../decimal';
import { notAvailable, valueError } from '../errors';
import { say } from '../messages';
import { findSectorId, type SectorId } from '../names';
import { findRule, fixedRule, type RuleRecord } from '../rules';

export const GUIDELINES = ['steel', 'cement', 'aluminium', 'power'] as const;
export type Guideline = (typeof GUIDELINES)[number];

/** The guideline a sector reports under: EAF steelmaking and rolling are in the steel guideline's boundary (§5.1). */
const GUIDELINE_OF: Partial<Record<SectorId, Guideline>> = {
  steel: 'steel', 'steel-eaf': 'steel', 'steel-rolling': 'steel',
  cement: 'cement', 'cement-non-portland': 'cement',
  aluminium: 'aluminium',
  power: 'power', 'power:coal-large': 'power', 'power:coal-small': 'power', 'power:coal-unconventional': 'power', 'power:gas': 'power',
};

/** The guideline a sector name reports under, or undefined when it names none. */
export const findGuideline = (text: string): Guideline | undefined => {
  const sector = findSectorId(text);
  return sector === undefined ? undefined : GUIDELINE_OF[sector];
};

/** The guideline for a sector argument; blank is steel's, the guideline whose defaults the rulebook holds in full. */
export function guidelineOf(value: unknown, argument = 'sector'): Guideline {
  if (value === undefined) return 'steel';
  const sector = typeof value === 'string' ? findSectorId(value) : undefined;
  const guideline = sector === undefined ? undefined : GUIDELINE_OF[sector];
  if (guideline === undefined) throw valueError(argument, value, say('mrv.no-guideline'), GUIDELINES.join(say('list.sep')));
  return guideline;
}

/**
 * A guideline's default, or #N/A asking for the measured value (`what` names it, worded only when needed; `argument`
 * is where to give it).
 */
export function guidelineValue(key: string, year: number, what: () => string, argument: string, guideline: Guideline): number {
  const record = findRule<number>(key, year);
  if (record === undefined) {
    const text = say('mrv.no-default', { what: what(), guideline: say(`mrv.guideline.${guideline}`) });
    throw notAvailable(say('frame.argument', { argument, text }), argument);
  }
  return record.value;
}

/** A record the rulebook must hold. */
export function mustRecord<T>(key: string): RuleRecord<T> {
  const record = fixedRule<T>(key);
  if (record === undefined) throw new Error(`rulebook defect: no record for ${key}`);
  return record;
}

/** 44/12: tonnes of CO2 per tonne of carbon. */
export const CO2_PER_C = new Dec(44).dividedBy(12);

/** A decimal rounded half up to a guideline's decimal places (its tables say 四舍五入), or as it is, as a number. */
export const rounded = (x: Dec, places: number | undefined): number => toNumber(roundHalfUp(DECIMAL, x, places));

/** Steel's reporting precision (notes to tables C.3–C.6). */
export interface SteelRounding { readonly quantity: number; readonly ncv: number; readonly carbonContent: number; readonly emissions: number; readonly intensity: number; readonly total: number }
export const steelRounding = (): SteelRounding => mustRecord<SteelRounding>('mrv:steel:rounding').value;

/** Decimal places of a guideline's emissions lines: steel's; the others' rounding rules were not read. */
export const emissionPlaces = (g: Guideline): number | undefined => (g === 'steel' ? steelRounding().emissions : undefined);

