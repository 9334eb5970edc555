/**
 * Who is obligated: is an entity of a sector, with these annual direct emissions, a key emitting entity?
 */
import { notAvailable } from './errors';
import { bracketed, dataText, say, type MessageKey } from './messages';
import { amount } from './format';
import { nonNegative, year as yearOf } from './inputs';
import { coverageSector, schemeArg, sectorId, type SchemeId, type SectorId } from './names';
import { findRule, fixedValue, recordsOf, type SchemeInfo, type SectorRule } from './rules';
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

type Cn = 'CN';

interface SectorStanding {
  readonly sector: SectorId;
  readonly rule: SectorRule;
  /** Covered sectors only: is the sector in force in the year? */
  readonly inForce: boolean;
  readonly firstYear?: number;
}

/**
 * A sector's name for people, in the message language: its label in the rulebook (cement → 水泥 in Chinese, flat-glass →
 * flat glass); an id without a record is returned as it is.
 * @example sectorName('aluminium') // "electrolytic aluminium"
 */
export function sectorName(sector: string): string {
  const label = (recordsOf(`sector:${sector}`, 'CN')[0]?.value as SectorRule | undefined)?.label;
  return label === undefined ? sector : dataText(label);
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
  const emissions = nonNegative('direct_emissions', directEmissions, say('unit.tco2e-year'));
  const cn = say('cn.name');
  const where = bracketed(say('coverage.where', { scheme: cn, year: y }));
  const label = dataText(standing.rule.label);
  const { rule } = standing;
  const result = (reason: CoverageReason, ruleText: string): Coverage =>
    verdict(reason, `${ruleText}${where}`, standing.sector, y);

  const limit = fixedValue<number>('threshold', schemeId);
  const reached = emissions >= limit;
  const versus = { label, emissions: amount(emissions), reached, limit: amount(limit) };
  if (rule.role === 'reporting-only') {
    // Stand-alone EAF steel, rolling, non-Portland clinker: report and verification from the threshold on.
    if (rule.reportsAtThreshold) return result(reached ? 'reporting-only' : 'below-threshold', say('coverage.reporting-duty', versus));
    return result('reporting-only', say('coverage.reporting-only', { label }));
  }
  if (rule.role === 'not-listed') return result('not-listed', say('coverage.not-listed', { label, scheme: cn }));
  if (!standing.inForce) return result('not-in-force', say('coverage.enters', { label, scheme: cn, year: standing.firstYear ?? y }));
  return result(reached ? 'covered' : 'below-threshold', say('coverage.versus', versus));
}

const VERDICT_KEY = {
  covered: 'verdict.covered', 'below-threshold': 'verdict.not-covered', 'not-in-force': 'verdict.not-covered', 'not-listed': 'verdict.not-covered',
  'reporting-only': 'verdict.reporting-only', depends: 'verdict.depends',
} as const satisfies Readonly<Record<CoverageReason, MessageKey>>;

const verdict = (reason: CoverageReason, rule: string, sector: SectorId, year: number): Coverage =>
  ({ covered: reason === 'covered', reason, text: say('verdict.text', { verdict: say(VERDICT_KEY[reason]), rule }), rule, sector, year });

/** Another scheme's verdict from its comparison-table row; "depends" reads "Depends: <rule>". */
function otherCoverage(scheme: Exclude<SchemeId, 'CN'>, sector: unknown, direct: unknown, year: number): Coverage {
  const check = otherSchemeCheck(scheme, sector, direct, undefined, year);
  return verdict(check.reason, `${check.rule}${bracketed(say('coverage.where', { scheme, year }))}`, coverageSector(sectorId(sector)), year);
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
  const label = dataText(rule.label);
  const cn = say('cn.name');
  if (rule.role !== 'covered') {
    throw notAvailable(say(rule.role === 'reporting-only' ? 'obligation.reporting-only' : 'obligation.not-listed', { label, scheme: cn, what }), 'sector');
  }
  if (!standing.inForce) {
    throw notAvailable(say('obligation.not-yet', { label, scheme: cn, first: standing.firstYear ?? year, what, year }), 'sector');
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
    if (sector !== undefined) requireObligated(sector, schemeId, y, say('what.threshold'));
    return fixedValue<number>('threshold', schemeId);
  }
  const info = schemeInfo(schemeId);
  if (sector !== undefined && membership(info, sectorId(sector)) === 'not-listed') {
    throw notAvailable(notAmong(info, coverageSector(sectorId(sector))), 'sector');
  }
  if (!info.emissionsThreshold) {
    const rule = info.capacityRule ? dataText(info.capacityRule) : say('scheme.no-threshold', { scheme: dataText(info.name) });
    throw notAvailable(say('scheme.depends', { rule }), 'scheme');
  }
  return info.emissionsThreshold.value;
}

/**
 * The gases counted for a sector; for a sector that reports from the threshold without an allowance obligation
 * (stand-alone EAF steel …), the gases its report counts.
 * @example gases('aluminium') // ['CO2', 'CF4', 'C2F6']
 */
export function gases(sector: unknown, scheme?: unknown, year?: unknown): readonly string[] {
  const schemeId = schemeArg(scheme);
  if (schemeId === 'CN') {
    const y = yearOf(year);
    const standing = sectorStanding(sector, schemeId, y);
    if (!standing.rule.reportsAtThreshold) requireObligated(sector, schemeId, y, say('what.gases'));
    const key = `gases:${standing.sector}`;
    const record = findRule<readonly string[]>(key, y, schemeId);
    if (record === undefined) throw new Error(`rulebook defect: no record for ${key} in ${y}`);
    return record.value;
  }
  const info = schemeInfo(schemeId);
  const id = coverageSector(sectorId(sector));
  if (membership(info, id) === 'not-listed') {
    throw notAvailable(notAmong(info, id), 'sector');
  }
  return [dataText(info.gasesBySector?.[id] ?? info.gasesBySector?.['*'] ?? info.gases)];
}

/** Indirect (Scope 2) emissions counted towards coverage? CN: no, in no sector; others as their table row says. */
export function scope2Counted(scheme?: unknown): boolean {
  const schemeId = schemeArg(scheme);
  if (schemeId === 'CN') return fixedValue<boolean>('scope2', schemeId);
  const t = schemeInfo(schemeId).emissionsThreshold;
  return t?.countsIndirect ?? false;
}

/** #N/A text: a scheme's sectors do not include this one. */
const notAmong = (info: SchemeInfo, sector: string): string =>
  say('frame.argument', { argument: 'sector', text: `${say('scheme.not-among', { scheme: dataText(info.name), sectors: dataText(info.sectors), sector })}${say('sentence.end')}` });
