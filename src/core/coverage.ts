/**
 * Who is obligated: is an entity of a sector, with these annual direct emissions, a key emitting entity?
 */
import { notAvailable } from './errors';
import { amount } from './format';
import { nonNegative, year as yearOf } from './inputs';
import { coverageSector, ruleScheme, sectorId, type SectorId } from './names';
import { findRule, fixedValue, recordsOf, type SchemeWithRules, type SectorRule } from './rules';

export type CoverageReason = 'covered' | 'below-threshold' | 'not-in-force' | 'reporting-only' | 'not-listed';

export interface Coverage {
  readonly covered: boolean;
  readonly reason: CoverageReason;
  /** The reason as a sentence, e.g. "Covered: cement, 31,200 tCO2e direct ≥ <threshold> threshold (CN ETS, 2025)". */
  readonly text: string;
  readonly sector: SectorId;
  readonly year: number;
}

const SCHEME_NAME: Readonly<Record<SchemeWithRules, string>> = { CN: 'CN ETS' };

interface SectorStanding {
  readonly sector: SectorId;
  readonly rule: SectorRule;
  /** Covered sectors only: is the sector in force in the year? */
  readonly inForce: boolean;
  readonly firstYear?: number;
}

/** How a sector stands in a scheme and year, before any emissions are looked at. */
export function sectorStanding(sectorName: unknown, scheme: SchemeWithRules, year: number): SectorStanding {
  const sector = coverageSector(sectorId(sectorName));
  const key = `sector:${sector}`;
  const inYear = findRule<SectorRule>(key, year, scheme);
  const record = inYear ?? recordsOf(key, scheme)[0];
  if (record === undefined) throw new Error(`rulebook defect: no coverage record for ${sector}`);
  return { sector, rule: record.value as SectorRule, inForce: inYear !== undefined, firstYear: record.years?.from };
}

/**
 * Coverage of one entity, with the reason as text.
 * @example coverage('cement', 31200).text // "Covered: cement, 31,200 tCO2e direct ≥ <threshold> threshold (CN ETS, 2025)"
 */
export function coverage(sector: unknown, directEmissions: unknown, scheme?: unknown, year?: unknown): Coverage {
  const schemeId = ruleScheme(scheme);
  const y = yearOf(year);
  const standing = sectorStanding(sector, schemeId, y);
  const emissions = nonNegative('direct_emissions', directEmissions, 'tCO2e per year');
  const where = `(${SCHEME_NAME[schemeId]}, ${y})`;
  const { rule } = standing;
  const result = (covered: boolean, reason: CoverageReason, text: string): Coverage =>
    ({ covered, reason, text, sector: standing.sector, year: y });

  if (rule.role === 'reporting-only') {
    return result(false, 'reporting-only', `Reporting only: ${rule.label} reports emissions but has no allowance obligation yet ${where}`);
  }
  if (rule.role === 'not-listed') {
    return result(false, 'not-listed', `Not covered: ${rule.label} is not on the ${SCHEME_NAME[schemeId]} key-emitter list ${where}`);
  }
  if (!standing.inForce) {
    return result(false, 'not-in-force', `Not covered: ${rule.label} enters the ${SCHEME_NAME[schemeId]} in compliance year ${standing.firstYear} ${where}`);
  }
  const limit = fixedValue<number>('threshold', schemeId);
  const covered = emissions >= limit;
  return covered
    ? result(true, 'covered', `Covered: ${rule.label}, ${amount(emissions)} tCO2e direct ≥ ${amount(limit)} threshold ${where}`)
    : result(false, 'below-threshold', `Not covered: ${rule.label}, ${amount(emissions)} tCO2e direct < ${amount(limit)} threshold ${where}`);
}

/** @example isCovered('aluminium', 31200) // true: at or above the threshold */
export const isCovered = (sector: unknown, directEmissions: unknown, scheme?: unknown, year?: unknown): boolean =>
  coverage(sector, directEmissions, scheme, year).covered;

/** A sector that has an allowance obligation in this year, or #N/A saying why not. */
export function requireObligated(sector: unknown, scheme: SchemeWithRules, year: number, what: string): SectorStanding {
  const standing = sectorStanding(sector, scheme, year);
  const { rule } = standing;
  if (rule.role !== 'covered') {
    const why = rule.role === 'reporting-only' ? 'reports emissions but has no allowance obligation' : 'is not on the key-emitter list';
    throw notAvailable(`sector: ${rule.label} ${why} in the ${SCHEME_NAME[scheme]}, so it has no ${what}.`, 'sector');
  }
  if (!standing.inForce) {
    throw notAvailable(`sector: ${rule.label} enters the ${SCHEME_NAME[scheme]} in compliance year ${standing.firstYear}, so it has no ${what} in ${year}.`, 'sector');
  }
  return standing;
}

/**
 * The inclusion threshold in tCO2e of direct emissions a year.
 * @example threshold() // the CN threshold, as ETS.SOURCE("threshold") cites it
 */
export function threshold(scheme?: unknown, sector?: unknown, year?: unknown): number {
  const schemeId = ruleScheme(scheme);
  const y = yearOf(year);
  if (sector !== undefined) requireObligated(sector, schemeId, y, 'inclusion threshold');
  return fixedValue<number>('threshold', schemeId);
}

/**
 * The gases counted for a sector.
 * @example gases('aluminium') // ['CO2', 'CF4', 'C2F6']
 */
export function gases(sector: unknown, scheme?: unknown, year?: unknown): readonly string[] {
  const schemeId = ruleScheme(scheme);
  const standing = requireObligated(sector, schemeId, yearOf(year), 'gases counted');
  return fixedValue<readonly string[]>(`gases:${standing.sector}`, schemeId);
}

/** Indirect (Scope 2) emissions counted? CN: no, in no sector. */
export const scope2Counted = (scheme?: unknown): boolean => fixedValue<boolean>('scope2', ruleScheme(scheme));
