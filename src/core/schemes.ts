/**
 * How one facility is treated across emissions trading systems: the comparison table (rules.md section 7) applied to a
 * sector and its emissions. CN is answered by the CN rules themselves; the others by their table row, which says
 * where their inclusion rule is capacity-based or where our sources do not settle the question ("depends").
 */
import { notAvailable } from './errors';
import { amount } from './format';
import { DEFAULT_YEAR, nonNegative } from './inputs';
import { coverageSector, sectorId, type SchemeId, type SectorId } from './names';
import { fixedValue, SCHEME_ORDER, type Membership, type SchemeInfo } from './rules';

export type Verdict = boolean | 'depends';

export interface SchemeCheck {
  readonly scheme: string;
  readonly covered: Verdict;
  /** Why, as a coverage reason: covered, below its threshold, outside its scope, or undecided. */
  readonly reason: 'covered' | 'below-threshold' | 'not-in-force' | 'not-listed' | 'depends';
  /** The rule applied, in words. */
  readonly rule: string;
  /** Emissions the scheme counts for this facility, tCO2e (0 where the sector is outside it). */
  readonly counted: number;
}

export const schemeInfo = (id: string): SchemeInfo => fixedValue<SchemeInfo>(`scheme:${id}`);

/** Every scheme of the comparison table, in table order. */
export const allSchemes = (): SchemeInfo[] => SCHEME_ORDER.map(schemeInfo);

export function membership(info: SchemeInfo, sector: SectorId): Membership {
  return info.sectorMembership[coverageSector(sector)] ?? info.otherSectors;
}

/**
 * A non-CN scheme's verdict for one facility. Indirect emissions count only where the scheme counts them; when they
 * would count but are not given, a facility below the threshold on direct emissions alone is "depends".
 */
export function otherSchemeCheck(id: Exclude<SchemeId, 'CN'>, sectorName: unknown, direct: unknown, indirect?: unknown,
  year: number = DEFAULT_YEAR): SchemeCheck {
  const info = schemeInfo(id);
  const sector = sectorId(sectorName);
  const d = nonNegative('direct_emissions', direct, 'tCO2e per year');
  const i = indirect === undefined ? undefined : nonNegative('indirect_emissions', indirect, 'tCO2e per year');
  const label = coverageSector(sector);
  const m = membership(info, sector);
  const result = (reason: SchemeCheck['reason'], rule: string, counted: number): SchemeCheck =>
    ({ scheme: id, covered: reason === 'depends' ? 'depends' : reason === 'covered', reason, rule, counted });
  const inForce = periodText(info, year);
  if (inForce !== undefined) return result('not-in-force', inForce, 0);
  if (m === 'not-listed') return result('not-listed', `${info.name} covers ${info.sectors}; ${label} is not among them`, 0);
  if (m === 'unclear') return result('depends', `our sources do not say whether ${info.name} (${info.sectors}) covers ${label}`, d);
  const t = info.emissionsThreshold;
  if (!t) return result('depends', info.capacityRule ?? `${info.name}: the inclusion rule is not in our sources`, d);

  const counted = t.countsIndirect ? d + (i ?? 0) : d;
  const basis = t.countsIndirect ? (i === undefined ? 'direct (indirect not given)' : 'direct + indirect') : 'direct';
  const note = t.note ? ` (${t.note})` : '';
  const versus = (n: number, limit: number, unit: string) => `${amount(n)} tCO2e ${basis} ${n >= limit ? '≥' : '<'} ${amount(limit)} ${unit}`;
  if (counted >= t.value) return result('covered', `${info.name}: ${versus(counted, t.value, t.unit)}${note}`, counted);
  if (t.countsIndirect && i === undefined) {
    return result('depends', `${info.name} counts indirect emissions too: ${versus(counted, t.value, t.unit)}; give indirect emissions`, counted);
  }
  if (t.facilityValue !== undefined && counted >= t.facilityValue) {
    return result('depends', `${info.name}: ${versus(counted, t.value, t.unit)} but ≥ ${amount(t.facilityValue)} per facility: covered if one facility reaches it`, counted);
  }
  return result('below-threshold', `${info.name}: ${versus(counted, t.facilityValue ?? t.value, t.facilityValue ? 'tCO2e per facility' : t.unit)}${note}`, counted);
}

/** Why a scheme puts no obligation on anyone in a year (not running, or a phase without obligations); undefined when it does. */
function periodText(info: SchemeInfo, year: number): string | undefined {
  if (info.periods === undefined) return undefined;
  const period = info.periods.find((p) => year >= p.from && (p.to === undefined || year <= p.to));
  if (period?.obligations) return undefined;
  if (period) return `${info.name} in ${year}: ${period.label}, so no allowance obligation`;
  const spans = info.periods.map((p) => `${p.from}${p.to === undefined ? ' on' : p.to === p.from ? '' : `–${p.to}`}: ${p.label}`).join('; ');
  return `${info.name} is not in force in ${year} (${spans})`;
}

/** #N/A with the rule when a verdict is not a plain yes or no. */
export function definite(check: SchemeCheck): boolean {
  if (check.covered === 'depends') throw notAvailable(`scheme: ${check.rule}.`, 'scheme');
  return check.covered;
}
