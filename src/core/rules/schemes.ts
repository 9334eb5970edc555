/**
 * The comparison table of emissions trading systems (rules.md section 7, secondary throughout; "—" there is open here:
 * the field is left out and functions say the rule is not in our sources). One record per scheme.
 */
import type { RuleTable } from './types';

/** How one of our sectors stands in a scheme's scope: listed, not listed, or not confirmed by our sources. */
export type Membership = 'listed' | 'not-listed' | 'unclear';

/** A span of years a scheme ran in, and whether entities had allowance obligations then. */
export interface SchemePeriod {
  readonly from: number;
  readonly to?: number;
  readonly obligations: boolean;
  /** The phase in words, e.g. "pilot without obligations". */
  readonly label: string;
}

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
  /** The years the scheme ran, by phase; omitted = in force throughout the rulebook's years as far as our sources say. */
  readonly periods?: readonly SchemePeriod[];
  /** Gases counted, by sector where they differ. */
  readonly gasesBySector?: Readonly<Record<string, string>>;
}

/** Each scheme's own sources: the text that sets its threshold, and the factsheet behind the rest of its row. */
const SOURCES: Readonly<Record<string, string>> = {
  CN: 'MEE notice on 2026 work (27 Jan 2026) §一(一) (listing: 26,000 tCO2e direct); ICAP China national ETS factsheet (share covered)',
  EU: 'Directive 2003/87/EC annex I (activities and capacity thresholds); ICAP EU ETS factsheet',
  UK: 'Greenhouse Gas Emissions Trading Scheme Order 2020 (SI 2020/1265) schedule 2 (installations); gov.uk "UK ETS: Hospital and Small Emitter status" and "Guidance for ultra small emitters"; ICAP UK factsheet (about a quarter of UK emissions)',
  'UK-CBAM': 'Finance Act 2026 (c. 11) part 5, ss. 143 (goods) and 149 (rate); HMRC policy paper "Carbon Border Adjustment Mechanism" (26 Nov 2025): start 1 Jan 2027, £50,000 registration threshold, indirect emissions not before 2029',
  KR: 'Act on the Allocation and Trading of Greenhouse-Gas Emission Permits (2012) as summarised by the Korea Ministry of Environment (125,000 t per entity, 25,000 t per facility); ICAP Korea factsheet (9 Aug 2021): ~73.5% covered, indirect emissions from electricity counted',
  'US-CA': '17 CCR §95812(c)(1) (25,000 tCO2e per facility); ICAP California factsheet',
  'US-WA': 'RCW 70A.65.080 as summarised in the WA Senate bill analysis of SB 6058 (2024): over 25,000 tCO2e, from 1 Jan 2023; ICAP Washington factsheet',
  JP: 'GX Promotion Act as amended (enacted 28 May 2025): mandatory from FY2026 for ≥ 100,000 tCO2 (3-year average), as reported by Jiji (28 May 2025) and RIETI; price band per METI proposal (Shulman Advisory, 30 Dec 2025)',
  'CA-OBPS': 'Output-Based Pricing System Regulations (SOR/2019-266) s. 8 as summarised on canada.ca "Output-Based Pricing System" (≥ 50 kt CO2e in backstop jurisdictions)',
  MX: 'Bases preliminares del programa de prueba (DOF 1 Oct 2019) art. 6 as reported by ICAP news (2019): pilot 2020–2021 and transition 2022 without monetary sanctions, ≥ 100,000 tCO2; Expansión ESG (18 Dec 2025): the operational phase has not started',
  ID: 'Permen ESDM 16/2022 as reported by Reuters (27 Jan 2023) and the Jakarta Post (25 Jul 2024): coal power on the PLN grid ≥ 100 MW in 2023, ≥ 25 MW from 2024',
  RGGI: 'RGGI Model Rule as adopted by the states, e.g. 9VAC5-140-6040 (fossil units serving generators ≥ 25 MWe); CRS R41836',
};

const INDUSTRY = ['cement', 'cement-non-portland', 'steel', 'steel-eaf', 'steel-rolling', 'aluminium', 'chemicals', 'petrochemicals',
  'flat-glass', 'copper-smelting', 'paper'];
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
    id: 'UK', name: 'UK ETS', sectors: 'power, industry, aviation (maritime from 1 Jul 2026)', gases: '—',
    threshold: 'activity-based (as the EU ETS): combustion > 20 MW thermal input …; small emitters < 25,000 tCO2e may opt out, ultra-small < 2,500 t are out',
    scope2: 'no', allocation: 'auction + free allocation', share: '~25%',
    capacityRule: 'UK ETS inclusion is activity-based, not emissions-based (combustion > 20 MW thermal input and listed activities); installations under 25,000 tCO2e may opt out as small emitters, and under 2,500 t are out',
    sectorMembership: { power: 'listed', ...every(INDUSTRY, 'listed'), 'civil-aviation': 'listed' }, otherSectors: 'unclear',
    periods: [{ from: 2021, obligations: true, label: 'UK ETS (UK installations were in the EU ETS before 2021)' }],
  },
  {
    id: 'UK-CBAM', name: 'UK CBAM', sectors: 'imports of aluminium, cement, fertilisers, hydrogen, iron and steel', gases: '—',
    threshold: 'importers of more than £50,000 of CBAM goods in 12 months', scope2: 'not before 2029',
    allocation: 'a charge on embodied emissions at the UK ETS auction price less the sector’s free-allocation share', share: '—',
    capacityRule: 'the UK CBAM charges importers of aluminium, cement, fertilisers, hydrogen, iron and steel above £50,000 of such goods in 12 months; a producer’s direct emissions decide nothing — its exports of these goods to the UK are in scope',
    sectorMembership: {
      cement: 'listed', 'cement-non-portland': 'listed', steel: 'listed', 'steel-eaf': 'listed', 'steel-rolling': 'listed', aluminium: 'listed',
      power: 'not-listed',
    }, otherSectors: 'not-listed',
    periods: [{ from: 2027, obligations: true, label: 'UK CBAM' }],
  },
  {
    id: 'KR', name: 'Korea K-ETS', sectors: 'power, industry, buildings, waste, domestic aviation', gases: 'six Kyoto gases',
    threshold: '125,000 tCO2e per entity or 25,000 per facility', scope2: 'yes', allocation: 'mostly free, growing auction share',
    share: '~73.5%',
    emissionsThreshold: { value: 125000, unit: 'tCO2e per entity', countsIndirect: true, facilityValue: 25000, note: 'or 25,000 tCO2e per facility' },
    sectorMembership: { power: 'listed', ...every(INDUSTRY, 'listed'), 'civil-aviation': 'listed' }, otherSectors: 'unclear',
    gasesBySector: { '*': KYOTO },
    periods: [{ from: 2015, obligations: true, label: 'K-ETS' }],
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
    periods: [{ from: 2023, obligations: true, label: 'cap-and-invest' }],
  },
  {
    id: 'JP', name: 'Japan GX-ETS', sectors: 'multi-sector', gases: 'CO2',
    threshold: '100,000 tCO2 (3-year average), mandatory from FY2026', scope2: 'no',
    allocation: 'free, benchmark or grandfathering −1.7%/yr; price floor JPY 1,700, ceiling 4,300 (FY2026)', share: '~60%',
    emissionsThreshold: { value: 100000, unit: 'tCO2 (3-year average)', countsIndirect: false, note: '3-year average, mandatory from FY2026' },
    sectorMembership: {}, otherSectors: 'listed',
    periods: [
      { from: 2023, to: 2025, obligations: false, label: 'voluntary GX League phase' },
      { from: 2026, obligations: true, label: 'mandatory GX-ETS' },
    ],
  },
  {
    id: 'CA-OBPS', name: 'Canada federal OBPS', sectors: 'large industry in backstop provinces', gases: 'multi-gas',
    threshold: '50 kt CO2e', scope2: '—', allocation: 'output-based standards', share: '—',
    emissionsThreshold: { value: 50000, unit: 'tCO2e', countsIndirect: false, note: 'in backstop provinces' },
    sectorMembership: every(INDUSTRY, 'listed'), otherSectors: 'unclear',
    periods: [{ from: 2019, obligations: true, label: 'federal OBPS' }],
  },
  {
    id: 'MX', name: 'Mexico pilot ETS', sectors: 'energy, industry', gases: 'direct CO2', threshold: '100,000 tCO2', scope2: 'no',
    allocation: 'free (pilot 2020–2022, no obligations)', share: '~45%',
    periods: [
      { from: 2020, to: 2022, obligations: false, label: 'pilot programme (pilot 2020–2021, transition 2022) without obligations or sanctions' },
      { from: 2023, obligations: false, label: 'operational phase due by law but not started (its rules are unpublished)' },
    ],
    emissionsThreshold: { value: 100000, unit: 'tCO2', countsIndirect: false },
    sectorMembership: { power: 'listed', ...every(INDUSTRY, 'listed'), 'civil-aviation': 'not-listed' }, otherSectors: 'unclear',
    gasesBySector: { '*': 'CO2' },
  },
  {
    id: 'ID', name: 'Indonesia ETS', sectors: 'coal power on the PLN grid', gases: 'CO2',
    threshold: 'capacity: at least 100 MW (2023), at least 25 MW (2024 on)', scope2: '—', allocation: 'intensity-based', share: '—',
    capacityRule: 'Indonesia covers coal power plants on the PLN grid by capacity: at least 100 MW in 2023, at least 25 MW from 2024',
    periods: [{ from: 2023, obligations: true, label: 'PTBAE-PU for power' }],
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
  SCHEMES.map((s) => [`scheme:${s.id}`, [{ value: s, unit: 'scheme', status: 'secondary', source: SOURCES[s.id]! } as const]]),
);

export const SCHEME_ORDER: readonly string[] = SCHEMES.map((s) => s.id);
