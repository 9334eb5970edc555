/** EU CBAM (rules.md section 5) and EU ETS product benchmarks (section 6). */
import type { RuleRecord, RuleTable, Status } from './types';

const S = {
  factor: 'ETS Directive art. 10a(1a) as amended by Dir. 2023/959 (agreeing secondary sources: Argus (2026 value); epdportal; DEHSt)',
  markup: 'IR (EU) 2026/1740 (OJ L 31.7.2026) Annex I, introductory text (cement, iron and steel, aluminium, hydrogen)',
  markupFertilisers: 'IR (EU) 2026/1740 (OJ L 31.7.2026) Annex I, introductory text (fertilisers)',
  defaultValues: 'IR (EU) 2025/2621 Annex I as replaced by IR (EU) 2026/1740 art. 1 and Annex I (OJ L 31.7.2026; applies from 1 Jan 2026)',
  defaultFallback: 'IR (EU) 2026/1740 Annex I, introductory text: a country not listed, or listed with "–" for a good, takes the "Other countries and territories" value',
  benchmarkYears: 'IR (EU) 2025/2620 Annex point 5.3, indicators (1) production years 2026–27 and (2) 2028–30',
  benchmarkSelection: 'IR (EU) 2025/2620 Annex points 3.1 (Column A for actual emissions), 4 (Column B for default values) and 5.1 (the route of the default value\'s country; the highest value where several steel grades apply)',
  precursors: 'IR (EU) 2025/2620 Annex points 3.1 (process-level free allocation from Column A) and 3.3 (SEFA of a complex good: its own process plus the SEFA of its precursors)',
  exemptOrigins: 'Reg. (EU) 2023/956 art. 2(4) and annex III point 1 (Iceland, Liechtenstein, Norway, Switzerland); goods of EU origin are not imports',
  deMinimis: 'Reg. (EU) 2025/2083 of 8 Oct 2025 (OJ 17 Oct 2025), art. 2a of Reg. 2023/956 as amended: 50 t net mass per importer per year of steel, aluminium, cement and fertilisers together; electricity and hydrogen excluded',
  scope: 'Reg. (EU) 2023/956 annexes I and II',
  steelBenchmarks: 'IR (EU) 2025/2620 Annex point 5.3, Column B (e.g. CN 7208 39 00, routes C/D/E), as transcribed from the OJ text in src/core/rules/cbam-data/benchmarks.csv; also reported by SteelOrbis, 11 Dec 2025',
  cbamBenchmarks: 'IR (EU) 2025/2620 Annex point 5.3 (OJ L, 22.12.2025), Columns A and B, as transcribed from the OJ text in src/core/rules/cbam-data/benchmarks.csv',
  cscf: 'Commission Implementing Decision (EU) 2021/927 of 31 May 2021, art. 1 (CSCF 100% for each year 2021–2025), as quoted by emissions-euets.com and the Commission news of 31 May 2021; IR 2025/2620 recital 3 (CBAM free-allocation adjustment = benchmark × CBAM factor × CSCF)',
  certificatePrice: 'IR 2025/2548 (certificate price in 2026: the quarterly average of EU ETS auction clearing prices); the Q1 2026 value as published by the Commission on 7 Apr 2026 and reported by Fendler Salva',
  clinker: 'Cembureau (EU ETS benchmark 2013–2020), table of phase 3 benchmarks',
  clinker2125: 'IR (EU) 2021/447 annex point 1 (benchmarks 2021–2025); the annex was not read here: values as given in the project reference (rules.md section 6)',
  ironSteel2125: 'IR (EU) 2021/447 annex (benchmarks 2021–2025), as reported by Eurometal/Kallanish, "European Commission publishes delayed, lower ferrous ETS benchmarks" (May 2026)',
  ironSteel2630: 'IR (EU) 2026/1412 annex (benchmarks 2026–2030; adopted 26 Jun 2026, OJ 29 Jun 2026); the annex was not read here: values of the Commission draft as reported by Eurometal/Kallanish (May 2026) and Sandbag (9 Jun 2026)',
  aluminium2125: 'IR (EU) 2021/447 annex (primary aluminium 2021–2025), as reported by Fastmarkets and Argus (the CBAM draft built on it kept 1.464)',
  carbonPricePaid: 'Reg. (EU) 2023/956 art. 9(1) (a reduction in the number of CBAM certificates for the carbon price effectively paid for the declared embedded emissions; any rebate or other compensation that would have reduced it is taken into account) and art. 9(4) (implementing acts convert the yearly average carbon price effectively paid into that reduction); read in the official German text of art. 9 (gesetze.legal, Artikel 9 VO (EU) 2023/956)',
  carbonPricePaidDraft: 'Commission draft implementing regulation on carbon prices paid in third countries (published 13 May 2026, feedback until 10 Jun 2026), as reported by ClearBlue Markets ("EU CBAM draft rules clarify carbon price deductions") and co2-iq ("Carbon price reductions for CBAM certificates", 19 May 2026); the draft\'s own text was not read here',
};

const year = (y: number, value: number, status: Status, source: string, unit: string): RuleRecord<number> =>
  ({ value, unit, status, source, years: { from: y, to: y } });

const FACTORS: ReadonlyArray<[number, number]> = [
  [2026, 0.975], [2027, 0.95], [2028, 0.9], [2029, 0.775], [2030, 0.515], [2031, 0.39], [2032, 0.265], [2033, 0.14],
];
const FACTOR_UNIT = 'share of EU free allocation still given';
const MARKUP_UNIT = 'mark-up on the "total emissions" default value';

/** The goods a CBAM benchmark belongs to (CBAM Regulation annex I): a benchmark of one is refused for another. */
export const CBAM_GOODS = ['cement', 'iron-steel', 'aluminium'] as const;
export type CbamGood = (typeof CBAM_GOODS)[number];

const COLUMN_B_ONLY = 'Column B, which pairs with default values; for actual emissions the Column A benchmark of the CN code applies (for downstream steel far lower, e.g. 0.044 for CN 7208 39 00) and is not bundled yet';
const SAME_IN_A_AND_B = 'the same in Column A (actual emissions) and Column B (default values)';

/** CBAM benchmarks by name: the good, the value (tCO2e per t of good), and what it stands for. */
const CBAM_BENCHMARKS: ReadonlyArray<[name: string, good: CbamGood, value: number, source: string, note: string]> = [
  ['grey-clinker', 'cement', 0.666, S.cbamBenchmarks, `cement clinkers CN 2523 10 00, route A (grey); ${SAME_IN_A_AND_B}`],
  ['white-clinker', 'cement', 0.859, S.cbamBenchmarks, `cement clinkers CN 2523 10 00, route B (white); ${SAME_IN_A_AND_B}`],
  ['hot-rolled-flats-bf-bof', 'iron-steel', 1.37, S.steelBenchmarks, COLUMN_B_ONLY],
  ['hot-rolled-flats-dri-eaf', 'iron-steel', 0.481, S.steelBenchmarks, COLUMN_B_ONLY],
  ['hot-rolled-flats-scrap-eaf', 'iron-steel', 0.072, S.steelBenchmarks, COLUMN_B_ONLY],
  ['cold-rolled-flats-bf-bof', 'iron-steel', 1.458, S.steelBenchmarks, COLUMN_B_ONLY],
  ['cold-rolled-flats-dri-eaf', 'iron-steel', 0.533, S.steelBenchmarks, COLUMN_B_ONLY],
  ['cold-rolled-flats-scrap-eaf', 'iron-steel', 0.108, S.steelBenchmarks, COLUMN_B_ONLY],
  ['coated-flats-bf-bof', 'iron-steel', 1.491, S.steelBenchmarks, COLUMN_B_ONLY],
  ['coated-flats-dri-eaf', 'iron-steel', 0.567, S.steelBenchmarks, COLUMN_B_ONLY],
  ['coated-flats-scrap-eaf', 'iron-steel', 0.141, S.steelBenchmarks, COLUMN_B_ONLY],
  ['bars-rods-bf-bof', 'iron-steel', 1.364, S.steelBenchmarks, COLUMN_B_ONLY],
  ['bars-rods-dri-eaf', 'iron-steel', 0.475, S.steelBenchmarks, COLUMN_B_ONLY],
  ['bars-rods-scrap-eaf', 'iron-steel', 0.066, S.steelBenchmarks, COLUMN_B_ONLY],
  // Adopted values (the draft had 1.464 and 0.139).
  ['aluminium-primary', 'aluminium', 1.423, S.cbamBenchmarks, `unwrought aluminium CN 7601, route K (primary); ${SAME_IN_A_AND_B}`],
  ['aluminium-secondary', 'aluminium', 0.091, S.cbamBenchmarks, `unwrought aluminium CN 7601, route L (secondary); ${SAME_IN_A_AND_B}`],
];

const cbamKey = (name: string): string => `cbam:${name}`;

/** A period benchmark series: one record per period with a published value. */
const periods = (values: ReadonlyArray<[from: number, to: number, value: number, status: Status, source: string]>): RuleRecord<number>[] =>
  values.map(([from, to, value, status, source]) => ({ value, unit: 'tCO2e per t of product', status, source, years: { from, to } }));

export const CBAM_RULES: RuleTable = {
  // From 2034 on no free allocation is left, so the factor stays 0.
  'cbam:factor': [
    ...FACTORS.map(([y, f]) => year(y, f, 'secondary', S.factor, FACTOR_UNIT)),
    { value: 0, unit: FACTOR_UNIT, status: 'secondary', source: S.factor, years: { from: 2034 } },
  ],
  'cbam:markup': [
    year(2026, 0.1, 'final', S.markup, MARKUP_UNIT),
    year(2027, 0.2, 'final', S.markup, MARKUP_UNIT),
    { value: 0.3, unit: MARKUP_UNIT, status: 'final', source: S.markup, years: { from: 2028 } },
  ],
  'cbam:markup:fertilisers': [{ value: 0.01, unit: MARKUP_UNIT, status: 'final', source: S.markupFertilisers, years: { from: 2026 } }],
  // The production years IR 2025/2620's table speaks for, by indicator: (1) and (2); later years wait for the next benchmarks.
  'cbam:benchmark-periods': [{ value: [{ from: 2026, to: 2027 }, { from: 2028, to: 2030 }], unit: 'production years', status: 'final', source: S.benchmarkYears }],
  'cbam:benchmarks': [{ value: 'IR 2025/2620 annex point 5.3', unit: 'table', status: 'final', source: S.cbamBenchmarks }],
  'cbam:default-values': [{ value: 'IR 2026/1740 annex I', unit: 'table', status: 'final', source: S.defaultValues }],
  'cbam:sectors': [{ value: 'cement, fertilisers, iron and steel, aluminium, hydrogen (and electricity)', unit: 'CBAM goods', status: 'final', source: S.scope }],
  'cbam:benchmark-selection': [{ value: 'A for actual emissions, B for default values', unit: 'column', status: 'final', source: S.benchmarkSelection }],
  // Column A is the process's own benchmark: a complex good adds its precursors' embedded free allocation.
  'cbam:precursors': [{ value: 'process benchmark (Column A) + precursors\' embedded free allocation', unit: 'rule', status: 'final', source: S.precursors }],
  'cbam:default-fallback': [{ value: 'XX', unit: 'table', status: 'final', source: S.defaultFallback }],
  // Goods from these origins owe no CBAM: EU member states, and the EEA/Swiss countries of annex III.
  'cbam:exempt-origins': [{
    value: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH'],
    unit: 'ISO 3166 alpha-2 codes', status: 'secondary', source: S.exemptOrigins,
  }],
  'cbam:de-minimis': [{ value: 50, unit: 't net mass per importer per year', status: 'final', source: S.deMinimis }],
  'cbam:scope:cement': [{ value: 'direct + indirect emissions', unit: 'emissions counted', status: 'final', source: S.scope }],
  'cbam:scope:iron-steel': [{ value: 'direct emissions (sintered ore CN 2601 12 00: direct + indirect)', unit: 'emissions counted', status: 'final', source: S.scope }],
  'cbam:scope:aluminium': [{ value: 'direct emissions; gases CO2 + PFCs', unit: 'emissions counted', status: 'final', source: S.scope }],
  // Which goods count indirect emissions too (annex II lists the goods counted on direct emissions only).
  'cbam:indirect-counted': [{ value: { sectors: ['cement'], codes: ['26011200'] }, unit: 'goods whose SEE is direct + indirect', status: 'final', source: S.scope }],
  // EU ETS cross-sectoral correction factor by allocation period; none is published from 2026, so functions ask for it.
  cscf: [{ value: 1, unit: 'cross-sectoral correction factor', status: 'secondary', source: S.cscf, years: { from: 2021, to: 2025 }, note: 'no CSCF for 2026 on is confirmed in our sources (a 2026 decision is cited by some but not verified): pass cscf' }],
  // Art. 9: the reduction is the carbon price effectively paid, net of rebates (China's free allocation), for the goods
  // declared; per tonne of good it cannot exceed what was paid, whatever embedded emissions the declaration uses.
  'cbam:carbon-price-paid': [{
    value: 'certificates off = tonnes of good × carbon price effectively paid per t of good ÷ certificate price, never more than the certificates due',
    unit: 'rule', status: 'final', source: S.carbonPricePaid,
    note: 'with China\'s ETS the price effectively paid per t of good is price × max(0, E − A) ÷ output (the free allocation is the rebate); per tCO2e it is that price only on the installation\'s own emissions, never on a default value with its mark-up',
  }],
  // How the draft implementing act pairs the reduction with default values: the Commission's default carbon price.
  'cbam:carbon-price-paid:default-values': [{
    value: 'with default values, the default carbon price the Commission publishes in the CBAM registry; with actual values, the certified price effectively paid or that default',
    unit: 'rule', status: 'draft', source: S.carbonPricePaidDraft,
    note: 'no default carbon price is published yet: price_paid_per_t with a country is your estimate of what was paid per t of good, and the reduction never exceeds it',
  }],
  'cbam:certificate-price-example': [{ value: 75.36, unit: 'EUR per certificate, Q1 2026 (example only, never a default)', status: 'secondary', source: S.certificatePrice }],

  ...Object.fromEntries(CBAM_BENCHMARKS.map(([name, , value, source, note]): [string, RuleRecord<number>[]] =>
    [cbamKey(name), [{ value, unit: 'tCO2e per t of good', status: 'final', source, note }]])),
};

/** EU ETS product benchmarks by allocation period; periods whose value is open have no record. */
export const EU_RULES: RuleTable = {
  // 2026–2030 values are in the adopted IR 2026/1412, whose annex we could not read: secondary until it is.
  'grey-clinker': periods([[2013, 2020, 0.766, 'secondary', S.clinker], [2021, 2025, 0.693, 'secondary', S.clinker2125]]),
  'white-clinker': periods([[2013, 2020, 0.987, 'secondary', S.clinker], [2021, 2025, 0.957, 'secondary', S.clinker2125]]),
  'primary-aluminium': periods([[2021, 2025, 1.464, 'secondary', S.aluminium2125]]),
  'hot-metal': periods([[2021, 2025, 1.288, 'secondary', S.ironSteel2125], [2026, 2030, 1.248, 'secondary', S.ironSteel2630]]),
  'eaf-carbon-steel': periods([[2021, 2025, 0.215, 'secondary', S.ironSteel2125], [2026, 2030, 0.142, 'secondary', S.ironSteel2630]]),
  'eaf-high-alloy-steel': periods([[2021, 2025, 0.268, 'secondary', S.ironSteel2125], [2026, 2030, 0.176, 'secondary', S.ironSteel2630]]),
  coke: periods([[2021, 2025, 0.217, 'secondary', S.ironSteel2125], [2026, 2030, 0.143, 'secondary', S.ironSteel2630]]),
  'sintered-ore': periods([[2021, 2025, 0.157, 'secondary', S.ironSteel2125], [2026, 2030, 0.086, 'secondary', S.ironSteel2630]]),
};

export const EU_BENCHMARK_NAMES = ['grey-clinker', 'white-clinker', 'primary-aluminium', 'hot-metal', 'eaf-carbon-steel', 'eaf-high-alloy-steel', 'coke', 'sintered-ore'] as const;
export const CBAM_BENCHMARK_NAMES = CBAM_BENCHMARKS.map(([name]) => cbamKey(name));

/** The good a CBAM benchmark (cbam:…) belongs to; undefined for any other key. */
export const cbamBenchmarkGood = (key: string): CbamGood | undefined =>
  CBAM_BENCHMARKS.find(([name]) => cbamKey(name) === key)?.[1];

/**
 * CBAM sectors by CN code prefix (Reg. (EU) 2023/956 annex I): a default value's sector picks its mark-up, and the
 * data test checks that every bundled code belongs to one.
 */
export const CBAM_SECTOR_PREFIXES: ReadonlyArray<[prefix: string, sector: CbamSector]> = [
  ['2507', 'cement'], ['2523', 'cement'], ['2601', 'iron-steel'], ['72', 'iron-steel'], ['73', 'iron-steel'], ['76', 'aluminium'],
  ['2804', 'hydrogen'], ['2808', 'fertilisers'], ['2814', 'fertilisers'], ['2834', 'fertilisers'], ['3102', 'fertilisers'], ['3105', 'fertilisers'],
];
export type CbamSector = 'cement' | 'iron-steel' | 'aluminium' | 'hydrogen' | 'fertilisers';

/** Production routes of IR 2025/2620 annex point 5.3 (and Annex I of the default values), with words a user may type. */
export const CBAM_ROUTES: Readonly<Record<string, { label: string; words: readonly string[] }>> = {
  A: { label: 'grey clinker / cement', words: ['grey'] },
  B: { label: 'white clinker / cement', words: ['white'] },
  C: { label: 'carbon steel, BF/BOF', words: ['bf-bof', 'bf/bof'] },
  D: { label: 'carbon steel, DRI/EAF', words: ['dri-eaf', 'dri/eaf'] },
  E: { label: 'carbon steel, scrap/EAF', words: ['scrap-eaf', 'scrap/eaf'] },
  F: { label: 'low-alloy steel, BF/BOF', words: [] },
  G: { label: 'low-alloy steel, DRI/EAF', words: [] },
  H: { label: 'low-alloy steel, scrap/EAF', words: [] },
  J: { label: 'high-alloy steel (EAF)', words: ['high-alloy'] },
  K: { label: 'primary aluminium', words: ['primary'] },
  L: { label: 'secondary aluminium', words: ['secondary'] },
};
