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
import { bracketed, dataText, say } from './messages';

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
  const d = nonNegative('direct_emissions', direct, say('unit.tco2e-year'));
  const i = indirect === undefined ? undefined : nonNegative('indirect_emissions', indirect, say('unit.tco2e-year'));
  const label = coverageSector(sector);
  const name = dataText(info.name);
  const sectors = dataText(info.sectors);
  const m = membership(info, sector);
  const result = (reason: SchemeCheck['reason'], rule: string, counted: number): SchemeCheck =>
    ({ scheme: id, covered: reason === 'depends' ? 'depends' : reason === 'covered', reason, rule, counted });
  const inForce = periodText(info, year);
  if (inForce !== undefined) return result('not-in-force', inForce, 0);
  if (m === 'not-listed') return result('not-listed', say('scheme.not-among', { scheme: name, sectors, sector: label }), 0);
  if (m === 'unclear') return result('depends', say('scheme.unclear', { scheme: name, sectors, sector: label }), d);
  const t = info.emissionsThreshold;
  if (!t) return result('depends', info.capacityRule ? dataText(info.capacityRule) : say('scheme.no-rule', { scheme: name }), d);

  const counted = t.countsIndirect ? d + (i ?? 0) : d;
  const basis = say(t.countsIndirect ? (i === undefined ? 'scheme.basis.no-indirect' : 'scheme.basis.both') : 'scheme.basis.direct');
  const note = t.note ? bracketed(dataText(t.note)) : '';
  const versus = (n: number, limit: number, unit: string): string =>
    say('scheme.versus', { emissions: amount(n), basis, reached: n >= limit, limit: amount(limit), unit });
  const rule = (text: string): string => say('scheme.rule', { scheme: name, text });
  if (counted >= t.value) return result('covered', rule(`${versus(counted, t.value, dataText(t.unit))}${note}`), counted);
  if (t.countsIndirect && i === undefined) {
    return result('depends', say('scheme.needs-indirect', { scheme: name, versus: versus(counted, t.value, dataText(t.unit)) }), counted);
  }
  if (t.facilityValue !== undefined && counted >= t.facilityValue) {
    return result('depends', say('scheme.facility-level', { scheme: name, versus: versus(counted, t.value, dataText(t.unit)), facility: amount(t.facilityValue) }), counted);
  }
  const unit = t.facilityValue ? say('scheme.unit.facility') : dataText(t.unit);
  return result('below-threshold', rule(`${versus(counted, t.facilityValue ?? t.value, unit)}${note}`), counted);
}

/** Why a scheme puts no obligation on anyone in a year (not running, or a phase without obligations); undefined when it does. */
function periodText(info: SchemeInfo, year: number): string | undefined {
  if (info.periods === undefined) return undefined;
  const period = info.periods.find((p) => year >= p.from && (p.to === undefined || year <= p.to));
  if (period?.obligations) return undefined;
  const name = dataText(info.name);
  if (period) return say('scheme.period', { scheme: name, year, label: dataText(period.label) });
  const spans = info.periods.map((p) => say('scheme.span', { from: p.from, ...(p.to === undefined ? {} : { to: p.to }), open: p.to === undefined, label: dataText(p.label) }))
    .join(say('list.semicolon'));
  return say('scheme.not-in-force', { scheme: name, year, spans });
}

/** #N/A with the rule when a verdict is not a plain yes or no. */
export function definite(check: SchemeCheck): boolean {
  if (check.covered === 'depends') throw notAvailable(say('scheme.depends', { rule: check.rule }), 'scheme');
  return check.covered;
}
