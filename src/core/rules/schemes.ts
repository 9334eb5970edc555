/**
 * The comparison table of emissions trading systems (rules.md section 7, secondary throughout; "—" there is open here:
 * the field is left out and functions say the rule is not in our sources). One record per scheme.
 */
import type { RuleTable } from './types';

/** How one of our sectors stands in a scheme's scope: listed, not listed, or not confirmed by our sources. */
export type Membership = 'listed' | 'not-listed' | 'unclear';

export interface SchemeInfo {
  readonly id: string;
  readonly name: string;
  /** The table's columns, as the sources word them. */
  readonly sectors: string;
  readonly gases: string;
  readonly threshold: string;
  readonly scope2: string;
  readonly allocation: string;
  readonly share: string;
  /** An emissions-based inclusion threshold, where the scheme has one. */
  readonly emissionsThreshold?: {
    readonly value: number;
    readonly unit: string;
    /** Indirect (Scope 2) emissions count towards it. */
    readonly countsIndirect: boolean;
    /** A lower, facility-level threshold beside the entity one (K-ETS). */
    readonly facilityValue?: number;
    readonly note?: string;
  };
  /** The rule where inclusion is by capacity or activity, not emissions. */
  readonly capacityRule?: string;
  /** Our sector ids (after power categories roll up to power) and how each stands; others take `otherSectors`. */
  readonly sectorMembership: Readonly<Record<string, Membership>>;
  readonly otherSectors: Membership;
  /** Gases counted, by sector where they differ. */
  readonly gasesBySector?: Readonly<Record<string, string>>;
}

const SOURCE = 'ICAP factsheets and status reports; Korea Ministry of Environment; RIETI (Japan); Government of Canada ' +
  'OBPS pages; Climate Policy Database (Mexico); ICAP news (Indonesia); CRS R41836 (RGGI)';

const INDUSTRY = ['cement', 'steel', 'steel-eaf', 'aluminium', 'chemicals', 'petrochemicals', 'flat-glass', 'copper-smelting', 'paper'];
const every = (ids: readonly string[], m: Membership): Record<string, Membership> => Object.fromEntries(ids.map((id) => [id, m]));
const KYOTO = 'CO2, CH4, N2O, HFCs, PFCs, SF6';

const SCHEMES: readonly SchemeInfo[] = [
  {
    id: 'CN', name: 'China national ETS', sectors: 'power, steel, cement, aluminium', gases: 'CO2; + CF4, C2F6 for aluminium',
    threshold: '26,000 tCO2e direct', scope2: 'no', allocation: 'free, intensity/output-based, no absolute cap', share: '~60%',
    sectorMembership: {}, otherSectors: 'not-listed',
  },
  {
    id: 'EU', name: 'EU ETS', sectors: 'power, industry, aviation (maritime since 2024)',
    gases: 'CO2; N2O (some chemicals); PFCs (primary aluminium)',
    threshold: 'activity-based: combustion > 20 MW thermal input; clinker kilns > 500 t/day; pig iron/steel > 2.5 t/h; primary aluminium: all',
    scope2: 'no', allocation: 'auction + benchmark-based free allocation, phased out for CBAM goods 2026–2034', share: '—',
    capacityRule: 'EU ETS inclusion is activity-based, not emissions-based: combustion > 20 MW thermal input; clinker kilns > 500 t/day; pig iron/steel > 2.5 t/h; primary aluminium: all',
    sectorMembership: { power: 'listed', ...every(INDUSTRY, 'listed'), 'civil-aviation': 'listed' }, otherSectors: 'unclear',
    gasesBySector: { aluminium: 'CO2, PFCs', chemicals: 'CO2, N2O (some chemicals)' },
  },
  {
    id: 'KR', name: 'Korea K-ETS', sectors: 'power, industry, buildings, waste, domestic aviation', gases: 'six Kyoto gases',
    threshold: '125,000 tCO2e per entity or 25,000 per facility', scope2: 'yes', allocation: 'mostly free, growing auction share',
    share: '~73.5%',
    emissionsThreshold: { value: 125000, unit: 'tCO2e per entity', countsIndirect: true, facilityValue: 25000, note: 'or 25,000 tCO2e per facility' },
    sectorMembership: { power: 'listed', ...every(INDUSTRY, 'listed'), 'civil-aviation': 'listed' }, otherSectors: 'unclear',
    gasesBySector: { '*': KYOTO },
  },
  {
    id: 'US-CA', name: 'California cap-and-trade', sectors: 'power (incl. imports), industry, fuel suppliers', gases: 'multi-gas',
    threshold: '25,000 tCO2e', scope2: 'imported electricity at first deliverer', allocation: 'auction + free allocation', share: '~75%',
    emissionsThreshold: { value: 25000, unit: 'tCO2e', countsIndirect: false },
    sectorMembership: { power: 'listed', ...every(INDUSTRY, 'listed'), 'civil-aviation': 'not-listed' }, otherSectors: 'unclear',
  },
  {
    id: 'US-WA', name: 'Washington cap-and-invest', sectors: 'industry, fuels, power incl. imports', gases: 'six GHGs',
    threshold: '25,000 tCO2e', scope2: 'imported electricity', allocation: 'auction + no-cost to EITEs/utilities', share: '~75%',
    emissionsThreshold: { value: 25000, unit: 'tCO2e', countsIndirect: false },
    sectorMembership: { power: 'listed', ...every(INDUSTRY, 'listed'), 'civil-aviation': 'not-listed' }, otherSectors: 'unclear',
    gasesBySector: { '*': KYOTO },
  },
  {
    id: 'JP', name: 'Japan GX-ETS', sectors: 'multi-sector', gases: 'CO2',
    threshold: '100,000 tCO2 (3-year average), mandatory from FY2026', scope2: 'no',
    allocation: 'free, benchmark or grandfathering −1.7%/yr; price floor JPY 1,700, ceiling 4,300 (FY2026)', share: '~60%',
    emissionsThreshold: { value: 100000, unit: 'tCO2 (3-year average)', countsIndirect: false, note: '3-year average, mandatory from FY2026' },
    sectorMembership: {}, otherSectors: 'listed',
  },
  {
    id: 'CA-OBPS', name: 'Canada federal OBPS', sectors: 'large industry in backstop provinces', gases: 'multi-gas',
    threshold: '50 kt CO2e', scope2: '—', allocation: 'output-based standards', share: '—',
    emissionsThreshold: { value: 50000, unit: 'tCO2e', countsIndirect: false, note: 'in backstop provinces' },
    sectorMembership: every(INDUSTRY, 'listed'), otherSectors: 'unclear',
  },
  {
    id: 'MX', name: 'Mexico pilot ETS', sectors: 'energy, industry', gases: 'direct CO2', threshold: '100,000 tCO2', scope2: 'no',
    allocation: 'free (pilot 2020–2022)', share: '~45%',
    emissionsThreshold: { value: 100000, unit: 'tCO2', countsIndirect: false },
    sectorMembership: { power: 'listed', ...every(INDUSTRY, 'listed'), 'civil-aviation': 'not-listed' }, otherSectors: 'unclear',
    gasesBySector: { '*': 'CO2' },
  },
  {
    id: 'ID', name: 'Indonesia ETS', sectors: 'coal power > 100 MW on the PLN grid', gases: 'CO2', threshold: '100 MW capacity',
    scope2: '—', allocation: 'intensity-based', share: '—',
    capacityRule: 'Indonesia covers coal power plants above 100 MW capacity on the PLN grid (capacity-based)',
    sectorMembership: { power: 'listed' }, otherSectors: 'not-listed',
  },
  {
    id: 'RGGI', name: 'Regional Greenhouse Gas Initiative (US)', sectors: 'power ≥ 25 MW', gases: 'CO2', threshold: '25 MW capacity',
    scope2: 'no', allocation: 'auction', share: '—',
    capacityRule: 'RGGI covers fossil power units of 25 MW capacity or more (capacity-based)',
    sectorMembership: { power: 'listed' }, otherSectors: 'not-listed',
  },
];

export const SCHEME_TABLE_RULES: RuleTable = Object.fromEntries(
  SCHEMES.map((s) => [`scheme:${s.id}`, [{ value: s, unit: 'scheme', status: 'secondary', source: SOURCE } as const]]),
);

export const SCHEME_ORDER: readonly string[] = SCHEMES.map((s) => s.id);
