/** EU CBAM (rules.md section 5) and EU ETS product benchmarks (section 6). */
import type { RuleRecord, RuleTable, Status } from './types';

const S = {
  factor: 'ETS Directive art. 10a(1a) as amended by Dir. 2023/959 (agreeing secondary sources: Argus (2026 value); epdportal; DEHSt)',
  markup: 'SteelRadar; IR 2025/2621 as corrected by IR 2026/1740',
  deMinimis: 'Reg. (EU) 2025/2083 (50 t net mass per importer per year: steel, aluminium, cement, fertilisers together)',
  scope: 'Reg. (EU) 2023/956 annexes I and II',
  steelBenchmarks: 'IR 2025/2620 as reported by SteelOrbis, 11 Dec 2025',
  aluminiumBenchmarks: 'Fastmarkets via carbonfundamentalservices (draft values)',
  cscf: 'IR 2025/2620 recital 3 (free-allocation adjustment = benchmark × CBAM factor × CSCF); CSCF 2021–2025: 100%',
  certificatePrice: 'IR 2025/2548 (quarterly average of EU ETS auction prices in 2026); Q1 2026 value from Fendler Salva',
  clinker: 'Cembureau (EU ETS benchmark 2013–2020)',
  ironSteel: 'Eurometal/Kallanish (EU ETS benchmarks 2021–2025; 2026–2030 draft, committee-approved Jun 2026)',
};

const year = (y: number, value: number, status: Status, source: string, unit: string): RuleRecord<number> =>
  ({ value, unit, status, source, years: { from: y, to: y } });

const FACTORS: ReadonlyArray<[number, number]> = [
  [2026, 0.975], [2027, 0.95], [2028, 0.9], [2029, 0.775], [2030, 0.515], [2031, 0.39], [2032, 0.265], [2033, 0.14],
];
const FACTOR_UNIT = 'share of EU free allocation still given';

const bm = (value: number, status: Status, source: string): RuleRecord<number>[] =>
  [{ value, unit: 'tCO2e per t of good', status, source }];

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
    year(2026, 0.1, 'secondary', S.markup, 'default-value mark-up'),
    year(2027, 0.2, 'secondary', S.markup, 'default-value mark-up'),
    { value: 0.3, unit: 'default-value mark-up', status: 'secondary', source: S.markup, years: { from: 2028 } },
  ],
  'cbam:de-minimis': [{ value: 50, unit: 't net mass per importer per year', status: 'final', source: S.deMinimis }],
  'cbam:scope:cement': [{ value: 'direct + indirect emissions', unit: 'emissions counted', status: 'final', source: S.scope }],
  'cbam:scope:iron-steel': [{ value: 'direct emissions (sintered ore CN 2601 12 00: direct + indirect)', unit: 'emissions counted', status: 'final', source: S.scope }],
  'cbam:scope:aluminium': [{ value: 'direct emissions; gases CO2 + PFCs', unit: 'emissions counted', status: 'final', source: S.scope }],
  'cbam:cscf-default': [{ value: 1, unit: 'cross-sectoral correction factor', status: 'secondary', source: S.cscf, note: 'later CSCF values are open: pass cscf' }],
  'cbam:certificate-price-example': [{ value: 75.36, unit: 'EUR per certificate, Q1 2026 (example only, never a default)', status: 'secondary', source: S.certificatePrice }],

  'cbam:hot-rolled-flats-bf-bof': bm(1.37, 'secondary', S.steelBenchmarks),
  'cbam:hot-rolled-flats-dri-eaf': bm(0.481, 'secondary', S.steelBenchmarks),
  'cbam:hot-rolled-flats-scrap-eaf': bm(0.072, 'secondary', S.steelBenchmarks),
  'cbam:cold-rolled-flats-bf-bof': bm(1.458, 'secondary', S.steelBenchmarks),
  'cbam:cold-rolled-flats-dri-eaf': bm(0.533, 'secondary', S.steelBenchmarks),
  'cbam:cold-rolled-flats-scrap-eaf': bm(0.108, 'secondary', S.steelBenchmarks),
  'cbam:coated-flats-bf-bof': bm(1.491, 'secondary', S.steelBenchmarks),
  'cbam:coated-flats-dri-eaf': bm(0.567, 'secondary', S.steelBenchmarks),
  'cbam:coated-flats-scrap-eaf': bm(0.141, 'secondary', S.steelBenchmarks),
  'cbam:bars-rods-bf-bof': bm(1.364, 'secondary', S.steelBenchmarks),
  'cbam:bars-rods-dri-eaf': bm(0.475, 'secondary', S.steelBenchmarks),
  'cbam:bars-rods-scrap-eaf': bm(0.066, 'secondary', S.steelBenchmarks),
  'cbam:aluminium-primary': bm(1.464, 'draft', S.aluminiumBenchmarks),
  'cbam:aluminium-secondary': bm(0.139, 'draft', S.aluminiumBenchmarks),
};

/** EU ETS product benchmarks by allocation period; periods whose value is open have no record. */
export const EU_RULES: RuleTable = {
  'grey-clinker': periods([[2013, 2020, 0.766, 'secondary', S.clinker]]),
  'white-clinker': periods([[2013, 2020, 0.987, 'secondary', S.clinker]]),
  'hot-metal': periods([[2021, 2025, 1.288, 'secondary', S.ironSteel], [2026, 2030, 1.248, 'draft', S.ironSteel]]),
  'eaf-carbon-steel': periods([[2021, 2025, 0.215, 'secondary', S.ironSteel], [2026, 2030, 0.142, 'draft', S.ironSteel]]),
  'eaf-high-alloy-steel': periods([[2021, 2025, 0.268, 'secondary', S.ironSteel], [2026, 2030, 0.176, 'draft', S.ironSteel]]),
  coke: periods([[2021, 2025, 0.217, 'secondary', S.ironSteel], [2026, 2030, 0.143, 'draft', S.ironSteel]]),
  'sintered-ore': periods([[2021, 2025, 0.157, 'secondary', S.ironSteel], [2026, 2030, 0.086, 'draft', S.ironSteel]]),
  'cscf': [{ value: 1, unit: 'cross-sectoral correction factor', status: 'secondary', source: 'rules.md section 6: CSCF 2021–2025 100%', years: { from: 2021, to: 2025 } }],
};

export const EU_BENCHMARK_NAMES = ['grey-clinker', 'white-clinker', 'hot-metal', 'eaf-carbon-steel', 'eaf-high-alloy-steel', 'coke', 'sintered-ore'] as const;
export const CBAM_BENCHMARK_NAMES = Object.keys(CBAM_RULES).filter((k) => /^cbam:(hot|cold|coated|bars|aluminium)/.test(k));
