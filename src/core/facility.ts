/**
 * Coverage of one facility from what a client's table usually holds (direct emissions, or masses of the gases that
 * count), and the roll-up a consultant reports: entities and emissions covered per sector, and their share.
 */
import { dec, toNumber, type Dec } from './decimal';
import { coverage, gases, type CoverageReason } from './coverage';
import { co2eNamed } from './emissions';
import { EtsError, numberError } from './errors';
import { findRule } from './rules';
import { andList, dataText, say, statusWord } from './messages';

export interface FacilityInput {
  readonly sector: unknown;
  /** Annual direct emissions, tCO2e; when given it is used as is. */
  readonly direct?: unknown;
  /** Masses of gases in tonnes (CO2, CF4, C2F6 …), used when direct emissions are blank. */
  readonly masses?: Readonly<Record<string, unknown>>;
  readonly gwpSet?: unknown;
  readonly scheme?: unknown;
  readonly year?: unknown;
}

export interface FacilityResult {
  readonly covered: boolean;
  readonly reason: CoverageReason;
  readonly text: string;
  /** The canonical sector id (power categories roll up to power). */
  readonly sector: string;
  /** Direct emissions that count, tCO2e. */
  readonly co2e: number;
  /** Gases whose masses were given but do not count for the sector (CF4 for cement): left out, and said so. */
  readonly ignored: readonly string[];
}

/** The argument name of a gas's mass in a facility's inputs, e.g. "CF4 mass". */
export const massArgument = (gas: string): string => say('facility.mass', { gas });

/** Gases that count for a sector, or every gas given when the sector has no obligation (so CO2e still shows). */
function countedGases(sector: unknown, scheme: unknown, year: unknown): ReadonlySet<string> | undefined {
  try {
    return new Set(gases(sector, scheme, year));
  } catch (e) {
    if (e instanceof EtsError && e.category === 'not-available') return undefined;
    throw e;
  }
}

/** CO2e of the masses of the gases that count, and the gases given that do not; blanks are skipped. */
function co2eOfMasses(input: FacilityInput): { co2e: number; ignored: string[] } {
  const counted = countedGases(input.sector, input.scheme, input.year);
  let total: Dec = dec(0);
  let any = false;
  const ignored: string[] = [];
  for (const [gas, mass] of Object.entries(input.masses ?? {})) {
    if (mass === undefined) continue;
    if (counted && !counted.has(gas)) {
      if (mass !== 0) ignored.push(gas);
      continue;
    }
    total = total.plus(co2eNamed(gas, mass, input.gwpSet, massArgument(gas)));
    any = true;
  }
  if (!any) {
    const why = ignored.length > 0 ? say('facility.ignored-why', { gases: ignored.join(say('list.sep')), one: ignored.length === 1 }) : '';
    throw new EtsError('value', say('facility.no-emissions', { why }), 'direct_emissions');
  }
  return { co2e: toNumber(total), ignored };
}

/**
 * The gases left out, as a sentence ("" when none), e.g. "CF4 is not counted for cement: its mass was ignored."
 * @example ignoredNote(checkFacility({ sector: 'cement', masses: { CO2: 30000, CF4: 1 } })) // "CF4 is not counted for cement: …"
 */
export function ignoredNote(result: Pick<FacilityResult, 'ignored' | 'sector'>): string {
  const { ignored, sector } = result;
  if (ignored.length === 0) return '';
  const one = ignored.length === 1;
  return say('facility.ignored', { gases: andList(ignored), one, sector });
}

/** A thousand gigatonnes: some twenty times the world's emissions in a year, far beyond any one facility's. */
const MAX_FACILITY_TONNES = 1e12;

/**
 * Coverage of one facility.
 * @example checkFacility({ sector: 'aluminium', masses: { CO2: 20000, CF4: 1 } }) // CO2e 26,630 under AR5 → covered
 */
export function checkFacility(input: FacilityInput): FacilityResult {
  const fromMasses = input.direct === undefined ? co2eOfMasses(input) : undefined;
  const emissions = fromMasses?.co2e ?? input.direct;
  // A figure no facility can emit in a year is a typing or unit error of its row: the row says so, and a list's totals
  // can never overflow (two rows of 1e308 t once stopped the whole check).
  if (typeof emissions === 'number' && emissions > MAX_FACILITY_TONNES) {
    throw numberError(input.direct === undefined ? 'CO2e' : 'direct_emissions', emissions, say('facility.too-large', { max: MAX_FACILITY_TONNES.toLocaleString('en-US') }));
  }
  const c = coverage(input.sector, emissions, input.scheme, input.year);
  return { covered: c.covered, reason: c.reason, text: c.text, sector: c.sector, co2e: emissions as number, ignored: fromMasses?.ignored ?? [] };
}

export interface SectorSummary {
  readonly sector: string;
  readonly entities: number;
  readonly coveredEntities: number;
  readonly emissions: number;
  readonly coveredEmissions: number;
  /** Covered emissions as a share of all emissions in the table (0–1). */
  readonly shareOfTotal: number;
  /** Entities whose verdict is "depends": the scheme's rule cannot be settled from the figures (EU capacity rules …). */
  readonly dependsEntities: number;
  readonly dependsEmissions: number;
  /** Emissions that depend, as a share of all emissions in the table (0–1). */
  readonly shareDepends: number;
}

export interface PortfolioSummary {
  readonly sectors: readonly SectorSummary[];
  readonly total: SectorSummary;
  /** Rows that could not be checked. */
  readonly errors: number;
}

interface Tally { entities: number; covered: number; depends: number; emissions: Dec; coveredEmissions: Dec; dependsEmissions: Dec }

const emptyTally = (): Tally =>
  ({ entities: 0, covered: 0, depends: 0, emissions: dec(0), coveredEmissions: dec(0), dependsEmissions: dec(0) });

const addTallies = (t: Tally, a: Tally): Tally => ({
  entities: t.entities + a.entities, covered: t.covered + a.covered, depends: t.depends + a.depends,
  emissions: t.emissions.plus(a.emissions), coveredEmissions: t.coveredEmissions.plus(a.coveredEmissions),
  dependsEmissions: t.dependsEmissions.plus(a.dependsEmissions),
});

/**
 * Entities and emissions covered per sector, and their share of the table's total emissions. Facilities whose verdict
 * is "depends" are counted apart: they are neither covered nor known to be outside.
 * @example summarise([checkFacility({ sector: 'cement', direct: 30000 })]).total.shareOfTotal // 1
 */
export function summarise(results: ReadonlyArray<FacilityResult | EtsError>): PortfolioSummary {
  const acc = new Map<string, Tally>();
  let errors = 0;
  for (const r of results) {
    if (r instanceof EtsError) {
      errors += 1;
      continue;
    }
    const a = acc.get(r.sector) ?? emptyTally();
    a.entities += 1;
    a.emissions = a.emissions.plus(r.co2e);
    if (r.covered) {
      a.covered += 1;
      a.coveredEmissions = a.coveredEmissions.plus(r.co2e);
    } else if (r.reason === 'depends') {
      a.depends += 1;
      a.dependsEmissions = a.dependsEmissions.plus(r.co2e);
    }
    acc.set(r.sector, a);
  }
  const all = [...acc.values()].reduce((t, a) => t.plus(a.emissions), dec(0));
  const share = (x: Dec): number => (all.isZero() ? 0 : toNumber(x.dividedBy(all)));
  const row = (sector: string, a: Tally): SectorSummary => ({
    sector, entities: a.entities, coveredEntities: a.covered, emissions: toNumber(a.emissions),
    coveredEmissions: toNumber(a.coveredEmissions), shareOfTotal: share(a.coveredEmissions),
    dependsEntities: a.depends, dependsEmissions: toNumber(a.dependsEmissions), shareDepends: share(a.dependsEmissions),
  });
  const sectors = [...acc.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([s, a]) => row(s, a));
  const total = row('total', [...acc.values()].reduce(addTallies, emptyTally()));
  return { sectors, total, errors };
}

/** A dated price snapshot for examples only: never a default. */
export const examplePrice = (key: string, year: number): { value: number; label: string } | undefined => {
  const r = findRule<number>(key, year);
  return r && { value: r.value, label: say('facility.price-label', { unit: dataText(r.unit), status: statusWord(r.status), source: dataText(r.source) }) };
};
