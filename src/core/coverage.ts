/**
 * Who is obligated: is an entity of a sector, with these annual direct emissions, a key emitting entity?
 */
import { notAvailable } from './errors';
import { amount } from './format';
import { nonNegative, year as yearOf } from './inputs';
import { coverageSector, schemeArg, sectorId, type SchemeId, type SectorId } from './names';
import { findRule, fixedValue, recordsOf, type SectorRule } from './rules';
import { definite, membership, otherSchemeCheck, schemeInfo } from './schemes';

export type CoverageReason = 'covered' | 'below-threshold' | 'not-in-force' | 'reporting-only' | 'not-listed' | 'depends';

export interface Coverage {
  readonly covered: boolean;
  readonly reason: CoverageReason;
  /** The reason as a sentence, e.g. "Covered: cement, 31,200 tCO2e direct ≥ <threshold> threshold (CN ETS, 2025)". */
  readonly text: string;
  /** The rule applied, without the verdict: "cement, 31,200 tCO2e direct ≥ <threshold> threshold (CN ETS, 2025)". */
  readonly rule: string;
  readonly sector: SectorId;
  readonly year: number;
}

const CN_NAME = 'CN ETS';
type Cn = 'CN';

interface SectorStanding {
  readonly sector: SectorId;
  readonly rule: SectorRule;
  /** Covered sectors only: is the sector in force in the year? */
  readonly inForce: boolean;
  readonly firstYear?: number;
}

/** How a sector stands in a scheme and year, before any emissions are looked at. */
export function sectorStanding(sectorName: unknown, scheme: Cn, year: number): SectorStanding {
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
  const schemeId = schemeArg(scheme);
  const y = yearOf(year);
  if (schemeId !== 'CN') return otherCoverage(schemeId, sector, directEmissions, y);
  const standing = sectorStanding(sector, schemeId, y);
  const emissions = nonNegative('direct_emissions', directEmissions, 'tCO2e per year');
  const where = `(${CN_NAME}, ${y})`;
  const { rule } = standing;
  const result = (reason: CoverageReason, ruleText: string): Coverage =>
    verdict(reason, `${ruleText} ${where}`, standing.sector, y);

  if (rule.role === 'reporting-only') {
    return result('reporting-only', `${rule.label} reports emissions but has no allowance obligation yet`);
  }
  if (rule.role === 'not-listed') return result('not-listed', `${rule.label} is not on the ${CN_NAME} key-emitter list`);
  if (!standing.inForce) {
    return result('not-in-force', `${rule.label} enters the ${CN_NAME} in compliance year ${standing.firstYear}`);
  }
  const limit = fixedValue<number>('threshold', schemeId);
  const reached = emissions >= limit;
  return result(reached ? 'covered' : 'below-threshold',
    `${rule.label}, ${amount(emissions)} tCO2e direct ${reached ? '≥' : '<'} ${amount(limit)} threshold`);
}

const VERDICT_WORD: Readonly<Record<CoverageReason, string>> = {
  covered: 'Covered', 'below-threshold': 'Not covered', 'not-in-force': 'Not covered', 'not-listed': 'Not covered',
  'reporting-only': 'Reporting only', depends: 'Depends',
};

const verdict = (reason: CoverageReason, rule: string, sector: SectorId, year: number): Coverage =>
  ({ covered: reason === 'covered', reason, text: `${VERDICT_WORD[reason]}: ${rule}`, rule, sector, year });

/** Another scheme's verdict from its comparison-table row; "depends" reads "Depends: <rule>". */
function otherCoverage(scheme: Exclude<SchemeId, 'CN'>, sector: unknown, direct: unknown, year: number): Coverage {
  const check = otherSchemeCheck(scheme, sector, direct, undefined, year);
  return verdict(check.reason, `${check.rule} (${scheme}, ${year})`, coverageSector(sectorId(sector)), year);
}

/**
 * TRUE/FALSE coverage; where a scheme's rule is capacity-based or our sources leave it open, #N/A stating the rule.
 * @example isCovered('aluminium', 31200) // true: at or above the threshold
 */
export function isCovered(sector: unknown, directEmissions: unknown, scheme?: unknown, year?: unknown): boolean {
  const schemeId = schemeArg(scheme);
  if (schemeId === 'CN') return coverage(sector, directEmissions, scheme, year).covered;
  return definite(otherSchemeCheck(schemeId, sector, directEmissions, undefined, yearOf(year)));
}

/** A sector that has an allowance obligation in this year, or #N/A saying why not. */
export function requireObligated(sector: unknown, scheme: Cn, year: number, what: string): SectorStanding {
  const standing = sectorStanding(sector, scheme, year);
  const { rule } = standing;
  if (rule.role !== 'covered') {
    const why = rule.role === 'reporting-only' ? 'reports emissions but has no allowance obligation' : 'is not on the key-emitter list';
    throw notAvailable(`sector: ${rule.label} ${why} in the ${CN_NAME}, so it has no ${what}.`, 'sector');
  }
  if (!standing.inForce) {
    throw notAvailable(`sector: ${rule.label} enters the ${CN_NAME} in compliance year ${standing.firstYear}, so it has no ${what} in ${year}.`, 'sector');
  }
  return standing;
}

/**
 * The inclusion threshold in tCO2e of direct emissions a year.
 * @example threshold() // the CN threshold, as ETS.SOURCE("threshold") cites it
 */
export function threshold(scheme?: unknown, sector?: unknown, year?: unknown): number {
  const schemeId = schemeArg(scheme);
  const y = yearOf(year);
  if (schemeId === 'CN') {
    if (sector !== undefined) requireObligated(sector, schemeId, y, 'inclusion threshold');
    return fixedValue<number>('threshold', schemeId);
  }
  const info = schemeInfo(schemeId);
  if (sector !== undefined && membership(info, sectorId(sector)) === 'not-listed') {
    throw notAvailable(`sector: ${info.name} covers ${info.sectors}; ${coverageSector(sectorId(sector))} is not among them.`, 'sector');
  }
  if (!info.emissionsThreshold) {
    throw notAvailable(`scheme: ${info.capacityRule ?? `${info.name} has no emissions threshold in our sources`}.`, 'scheme');
  }
  return info.emissionsThreshold.value;
}

/**
 * The gases counted for a sector.
 * @example gases('aluminium') // ['CO2', 'CF4', 'C2F6']
 */
export function gases(sector: unknown, scheme?: unknown, year?: unknown): readonly string[] {
  const schemeId = schemeArg(scheme);
  if (schemeId === 'CN') {
    const standing = requireObligated(sector, schemeId, yearOf(year), 'gases counted');
    return fixedValue<readonly string[]>(`gases:${standing.sector}`, schemeId);
  }
  const info = schemeInfo(schemeId);
  const id = coverageSector(sectorId(sector));
  if (membership(info, id) === 'not-listed') {
    throw notAvailable(`sector: ${info.name} covers ${info.sectors}; ${id} is not among them.`, 'sector');
  }
  return [info.gasesBySector?.[id] ?? info.gasesBySector?.['*'] ?? info.gases];
}

/** Indirect (Scope 2) emissions counted towards coverage? CN: no, in no sector; others as their table row says. */
export function scope2Counted(scheme?: unknown): boolean {
  const schemeId = schemeArg(scheme);
  if (schemeId === 'CN') return fixedValue<boolean>('scope2', schemeId);
  const t = schemeInfo(schemeId).emissionsThreshold;
  return t?.countsIndirect ?? false;
}
