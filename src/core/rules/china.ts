/**
 * China national ETS rulebook: coverage, phases, allocation and offsets (rules.md sections 1–4).
 * Every number here carries its unit, status and source; code elsewhere looks values up by key and year.
 */
import { SOURCES as S } from './sources';
import type { IndustrialMethod, LoadCurve, PowerSpecialCase, RuleRecord, RuleTable, SectorRule, Status } from './types';

const covered = (label: string): SectorRule => ({ role: 'covered', label });
const reporting = (label: string): SectorRule => ({ role: 'reporting-only', label });

/** One record per year of a yearly series, e.g. a benchmark table row. */
function yearly(unit: string, values: Readonly<Record<number, number>>, statusOf: (y: number) => Status,
  sourceOf: (y: number) => string): RuleRecord<number>[] {
  return Object.entries(values).map(([year, value]) => {
    const y = Number(year);
    return { value, unit, status: statusOf(y), source: sourceOf(y), years: { from: y, to: y } };
  });
}

const POWER_FINAL_UNTIL = 2024;
const powerStatus = (y: number): Status => (y <= POWER_FINAL_UNTIL ? 'final' : 'draft');
const powerSource = (y: number): string => (y <= POWER_FINAL_UNTIL ? S.powerPlan2324 : S.powerDraft2526);
const powerBenchmark = (values: Readonly<Record<number, number>>, unit = 'tCO2/MWh') =>
  yearly(unit, values, powerStatus, powerSource);

/** α parameters: the 2025 method is known through the 2026 draft, which keeps it unchanged. */
const alphaParameter = (value: number, unit: string): RuleRecord<number>[] => [
  { value, unit, status: 'secondary', source: S.alphaMethod2025, years: { from: 2025, to: 2025 } },
  { value, unit, status: 'draft', source: S.alphaMethod2026, years: { from: 2026, to: 2026 } },
];

const floor = (value: number, unit: string, sources: readonly [final: string, draft: string], note: string): RuleRecord<number>[] => [
  { value, unit, status: 'final', source: sources[0], years: { from: 2023, to: 2024 }, note },
  { value, unit, status: 'draft', source: sources[1], years: { from: 2025, to: 2026 }, note },
];

/** A special case listed in 2025 (secondary: the final plan as reposted) and kept in the 2026 draft. */
const specialCase = (what: string): RuleRecord<string>[] => [
  { value: what, unit: 'special case: A = E', status: 'secondary', source: S.specialCases2025, years: { from: 2025, to: 2025 } },
  { value: what, unit: 'special case: A = E', status: 'draft', source: S.specialCases2026, years: { from: 2026, to: 2026 } },
];

/** A power unit the plans treat apart: A = E from 2025 (draft), not under allocation in 2023–2024 where listed then. */
const powerSpecial = (asEmitted: string, excluded?: string, source2526: string = S.powerSpecial2526): RuleRecord<PowerSpecialCase>[] => [
  ...(excluded === undefined ? [] : [{ value: { label: excluded, treatment: 'excluded' } satisfies PowerSpecialCase, unit: 'special case: not under allocation', status: 'final' as const, source: S.powerSpecial2324, years: { from: 2023, to: 2024 } }]),
  { value: { label: asEmitted, treatment: 'as-emitted' } satisfies PowerSpecialCase, unit: 'special case: A = E', status: 'draft', source: source2526, years: { from: 2025, to: 2026 } },
];

/**
 * The gases a sector's allowances count. The draft 2025–2026 plan is the one text read here that lists them for every
 * sector; the final 2024–2025 plan for steel, cement and aluminium was not read.
 */
const sectorGases = (gases: readonly string[]): RuleRecord<readonly string[]>[] => [
  { value: gases, unit: 'gases counted', status: 'draft', source: S.gases, note: 'the draft states them for power in 2025–2026 and for steel, cement and aluminium in 2026; the final 2024–2025 plan for steel, cement and aluminium was not read here' },
];
/** Power: CO2, as the final 2023–2024 plan says of its allowances; before it ICAP, after it the draft. */
const powerGases: RuleRecord<readonly string[]>[] = [
  { value: ['CO2'], unit: 'gases counted', status: 'secondary', source: S.gasesFirstCycles, years: { from: 2019, to: 2022 } },
  { value: ['CO2'], unit: 'gases counted', status: 'final', source: S.gasesPower2324, years: { from: 2023, to: 2024 } },
  { value: ['CO2'], unit: 'gases counted', status: 'draft', source: S.gases, years: { from: 2025 } },
];
/** Power's listing rule as the 2027 list annex §一 words it: captive plants are on the power list, with one exception. */
const POWER_NOTE = 'unit of coverage: generating units; the list holds power producers of industry codes 4411 and 4412, captive power plants included, except that a captive plant of an enterprise not on the power list whose fossil-fuel generating units co-fire (or burn only) the enterprise’s own secondary energy is listed under steel, cement or aluminium';
/** Who must report and have the report verified, with no allowance obligation, once direct emissions reach the threshold. */
const reportingAtThreshold = (label: string): SectorRule => ({ role: 'reporting-only', label, reportsAtThreshold: true });

export const CHINA_RULES: RuleTable = {
  threshold: [{ value: 26000, unit: 'tCO2e direct emissions per year', status: 'final', source: S.threshold }],
  scope2: [{ value: false, unit: 'indirect (Scope 2) emissions counted', status: 'final', source: S.scope2 }],

  // Coverage by sector. A covered sector's record holds the years it is in force.
  // 2019–2022 rest on ICAP; from 2023 the final plan and the notices that set each year's list.
  'sector:power': [
    { value: covered('power generation'), unit: 'sector', status: 'secondary', source: S.powerFirstCycle, years: { from: 2019, to: 2022 }, note: 'unit of coverage: generating units' },
    { value: covered('power generation'), unit: 'sector', status: 'final', source: S.powerListed, years: { from: 2023 }, note: POWER_NOTE },
  ],
  // Captive plants (自备电厂) are power-sector entities; the one exception is listed under the plant's own sector.
  'captive-power': [{ value: 'power', unit: 'sector of a captive power plant', status: 'final', source: S.captivePower, note: 'the power list holds power producers of industry codes 4411 and 4412, captive power plants included; a captive plant not on that list whose fossil-fuel units co-fire (or burn only) the enterprise’s own secondary energy is listed under steel, cement or aluminium' }],
  'sector:cement': [{ value: covered('cement'), unit: 'sector', status: 'final', source: `${S.expansion}; ${S.list2027}`, years: { from: 2024 }, note: 'unit of coverage: clinker production lines' }],
  'sector:steel': [{ value: covered('iron and steel'), unit: 'sector', status: 'final', source: `${S.expansion}; ${S.list2027}`, years: { from: 2024 }, note: 'blast-furnace/converter (long-process) producers' }],
  'sector:aluminium': [{ value: covered('electrolytic aluminium'), unit: 'sector', status: 'final', source: `${S.expansion}; ${S.list2027}`, years: { from: 2024 }, note: 'unit of coverage: the electrolysis process; output = aluminium liquid' }],
  // Not on the steel or cement lists, but reporting and verified at the threshold (no years: the notices ask it each year).
  'sector:steel-eaf': [{ value: reportingAtThreshold('stand-alone electric-arc-furnace steel'), unit: 'sector', status: 'final', source: S.reportingSteel }],
  'sector:steel-rolling': [{ value: reportingAtThreshold('stand-alone steel rolling and processing'), unit: 'sector', status: 'final', source: S.reportingSteel }],
  // Non-Portland clinker reports for 2024–2026 and is on the cement list from the 2027 list on.
  'sector:cement-non-portland': [
    { value: reportingAtThreshold('non-Portland cement clinker'), unit: 'sector', status: 'final', source: S.reportingClinker, years: { from: 2024, to: 2026 } },
    { value: covered('non-Portland cement clinker'), unit: 'sector', status: 'final', source: S.clinkerListed, years: { from: 2027 }, note: 'on the cement list; unit of coverage: clinker production lines' },
  ],
  'sector:petrochemicals': [{ value: reporting('petrochemicals'), unit: 'sector', status: 'final', source: S.reportingOnly }],
  'sector:chemicals': [{ value: reporting('chemicals'), unit: 'sector', status: 'final', source: S.reportingOnly }],
  'sector:flat-glass': [{ value: reporting('flat glass'), unit: 'sector', status: 'final', source: S.reportingOnly }],
  'sector:copper-smelting': [{ value: reporting('copper smelting'), unit: 'sector', status: 'final', source: S.reportingOnly }],
  'sector:paper': [{ value: reporting('paper'), unit: 'sector', status: 'final', source: S.reportingOnly }],
  'sector:civil-aviation': [{ value: reporting('civil aviation'), unit: 'sector', status: 'final', source: S.reportingOnly }],

  'gases:power': powerGases,
  'gases:cement': sectorGases(['CO2']),
  'gases:steel': sectorGases(['CO2']),
  'gases:aluminium': sectorGases(['CO2', 'CF4', 'C2F6']),
  // Reporting-only producers: the gases their reports count (ETS.GASES gives these; they surrender nothing).
  'gases:steel-eaf': [{ value: ['CO2'], unit: 'gases reported', status: 'final', source: S.gasesSteelReport }],
  'gases:steel-rolling': [{ value: ['CO2'], unit: 'gases reported', status: 'final', source: S.gasesSteelReport }],
  'gases:cement-non-portland': [{ value: ['CO2'], unit: 'gases reported (counted from the 2027 list on)', status: 'draft', source: S.gasesClinkerReport }],

  phase: [
    { value: 'I', unit: 'phase', status: 'secondary', source: S.phases, years: { from: 2024, to: 2026 }, note: 'allocation from output and intensity, no absolute cap' },
    { value: 'II', unit: 'phase', status: 'secondary', source: S.phases, years: { from: 2027 }, note: 'stricter benchmark-based allocation (a principle; absolute caps are announced for some sectors)' },
  ],

  'allocation:industrial': [
    { value: 'equal-to-emissions' satisfies IndustrialMethod, unit: 'method', status: 'secondary', source: S.equalAllocation2024, years: { from: 2024, to: 2024 }, note: 'A = E' },
    { value: 'balance-value-adjusted' satisfies IndustrialMethod, unit: 'method', status: 'secondary', source: S.alphaMethod2025, years: { from: 2025, to: 2025 }, note: 'A = E × (1 + α)' },
    { value: 'balance-value-adjusted' satisfies IndustrialMethod, unit: 'method', status: 'draft', source: S.alphaMethod2026, years: { from: 2026, to: 2026 }, note: 'A = E × (1 + α)' },
    { value: 'benchmark' satisfies IndustrialMethod, unit: 'method', status: 'secondary', source: S.phaseTwoBenchmarks, years: { from: 2027 }, note: 'A = output × benchmark (a principle, not an adopted method); benchmark values open: pass them' },
  ],
  // α = slope × X inside the band (−band < X < band), ±cap outside it.
  'alpha:slope': alphaParameter(0.15, 'α per unit of X'),
  'alpha:band': alphaParameter(0.2, 'X, share of the balance value'),
  'alpha:cap': alphaParameter(0.03, 'α, share of verified emissions'),

  // Power benchmarks (tCO2/MWh) and heat benchmarks (tCO2/GJ); 2025 and 2026 are draft.
  'power:coal-large': powerBenchmark({ 2023: 0.795, 2024: 0.791, 2025: 0.7902, 2026: 0.7894 }),
  'power:coal-small': powerBenchmark({ 2023: 0.809, 2024: 0.8049, 2025: 0.8017, 2026: 0.7985 }),
  'power:coal-unconventional': powerBenchmark({ 2023: 0.8285, 2024: 0.8244, 2025: 0.8162, 2026: 0.808 }),
  'power:gas': powerBenchmark({ 2023: 0.3305, 2024: 0.3288, 2025: 0.3288, 2026: 0.3288 }),
  'heat:coal': powerBenchmark({ 2023: 0.1038, 2024: 0.1033, 2025: 0.1027, 2026: 0.1021 }, 'tCO2/GJ'),
  'heat:gas': powerBenchmark({ 2023: 0.0536, 2024: 0.0533, 2025: 0.0533, 2026: 0.0533 }, 'tCO2/GJ'),
  // The 20% gap cap is an entity rule (all its units); the gas top-up is a unit rule, applied first.
  'floor:entity': floor(0.8, "share of the entity's verified emissions", [S.floor2324, S.floor2526],
    "an entity's allowances (all its units, gas units after their top-up) are raised to this share of its verified emissions; coal units get no relief of their own"),
  // Coal categories: the plan's "300 MW class" names split at 400 MW of rated power.
  'power:category-split': [{ value: 400, unit: 'MW rated power: coal-large at or above, coal-small below', status: 'final', source: S.categories2324, years: { from: 2023 }, note: 'the 2025–2026 draft keeps the category names (table 1)' }],
  // Ff for conventional coal units at load rate F; other categories 1.
  'power:load-factor': [
    { value: { curve: 'power', below: 0.65, base: 1.015, offset: 16, slope: 20 } satisfies LoadCurve, unit: 'Ff = 1.015^(16 − 20F) for F < 65%, else 1 (F a share)', status: 'final', source: S.loadFactor2324, years: { from: 2023, to: 2024 } },
    { value: { curve: 'exponential', below: 50, c0: 7.254, c1: 0.633, t1: 29.822, c2: 5.643, t2: 6.871 } satisfies LoadCurve, unit: 'Ff = 7.254 − 0.633 × (1 − e^(−F/29.822)) − 5.643 × (1 − e^(−F/6.871)) for F < 50%, else 1 (F in %)', status: 'draft', source: S.loadFactor2526, years: { from: 2025, to: 2026 }, note: 'the curve gives about 1.1 just below 50% and the table 1 from 50%: the step is the draft’s' },
  ],
  'floor:gas': floor(1, "share of the gas unit's verified emissions", [S.gasTopUp2324, S.gasTopUp2526], 'a gas unit short of its verified emissions is topped up to them, unit by unit'),

  // Allowances are issued in whole tonnes, rounded down, where a plan says so; other years are left unrounded.
  'rounding:power': [{ value: 0, unit: 'decimal places of power allowances (rounded down)', status: 'draft', source: S.rounding2526Power, years: { from: 2025, to: 2026 } }],
  'rounding:industry': [
    { value: 0, unit: 'decimal places of industrial allowances (rounded down)', status: 'secondary', source: S.rounding2025Industry, years: { from: 2025, to: 2025 } },
    { value: 0, unit: 'decimal places of industrial allowances (rounded down)', status: 'draft', source: S.rounding2026Industry, years: { from: 2026, to: 2026 } },
  ],
  'rounding:load-factor': [{ value: 6, unit: 'decimal places of the load factor (rounded half up)', status: 'draft', source: S.rounding2526Power, years: { from: 2025, to: 2026 } }],

  // Prices move: these dated closes are for examples only and are never a default (rules.md section 4).
  'price:cea-close': yearly('CNY per t, CEA year-end close', { 2021: 54.22, 2022: 55, 2024: 97.49, 2025: 74.63 },
    () => 'secondary', () => S.ceaClose),

  // Pre-allocation: a share of the previous year's verified emissions, issued before the final allocation.
  'preallocation:share': [
    { value: 0.7, unit: 'share of the previous year’s verified emissions (power units)', status: 'final', source: S.preallocation2324, years: { from: 2023, to: 2024 }, note: 'cement, steel and aluminium had no pre-allocation for 2024' },
    { value: 0.5, unit: 'share of the previous year’s verified emissions, at most', status: 'draft', source: S.preallocation2526, years: { from: 2025, to: 2026 }, note: 'power units; rounded down to whole tonnes' },
  ],
  'preallocation:share:industry': [
    { value: 0, unit: 'share of the previous year’s verified emissions (steel, cement, aluminium)', status: 'final', source: S.preallocationIndustry2024, years: { from: 2024, to: 2024 }, note: 'no pre-allocation for 2024' },
    { value: 0.7, unit: 'share of the previous year’s verified emissions (steel, cement, aluminium)', status: 'secondary', source: S.preallocationIndustry2025, years: { from: 2025, to: 2025 }, note: 'carry-over arrangements of the 2024–2025 plan for these sectors are open' },
    { value: 0.5, unit: 'share of the previous year’s verified emissions, at most', status: 'draft', source: S.preallocation2526, years: { from: 2026, to: 2026 }, note: 'steel enterprises, clinker lines, electrolysis processes; rounded down to whole tonnes' },
  ],
  // CCER offsets: at most the offset limit, and only credits registered after this date (draft).
  'ccer:registered-after': [{ value: '2024-01-22', unit: 'CCER registration date (after)', status: 'draft', source: S.ccer2526, years: { from: 2025, to: 2026 }, note: 'the share cap is the 2021 Measures’ (ETS.SOURCE("offset-limit"))' }],
  // Banking after the conversion: 2025 and 2026 allowances carry forward; older ones only settle arrears.
  'carryover:later': [{ value: true, unit: 'banking allowed', status: 'draft', source: S.banking2526, years: { from: 2025, to: 2026 }, note: '2025 and 2026 allowances may be used for 2025, 2026 and later years; 2019–2024 allowances only for 2019–2024 arrears; no conversion formula' }],

  // Lines treated apart: A = E in the Phase I years listed (ETS.ALLOCATION sector "cement:white-clinker" …).
  'special:cement:white-clinker': specialCase('lines producing white cement clinker only'),
  'special:cement:carbide-slag': [
    { value: 'clinker lines whose raw material is more than 15% carbide slag', unit: 'special case: A = E', status: 'secondary', source: S.specialCases2025, years: { from: 2025, to: 2025 } },
    { value: 'clinker lines whose raw material is more than 30% carbide slag', unit: 'special case: A = E', status: 'draft', source: S.specialCases2026, years: { from: 2026, to: 2026 } },
  ],
  'special:cement:gypsum-acid': specialCase('clinker made as a by-product of sulphuric acid from gypsum'),
  // The draft gives A = E to entities verified below the threshold: power in 2025 and 2026, the new sectors in 2026.
  'special:below-threshold': [{ value: 'entities whose verified emissions are below the inclusion threshold', unit: 'special case: A = E', status: 'draft', source: S.belowThreshold2526, years: { from: 2026, to: 2026 }, note: 'steel, cement and aluminium' }],
  'special:below-threshold:power': [{ value: 'entities whose verified emissions are below the inclusion threshold', unit: 'special case: A = E', status: 'draft', source: S.belowThreshold2526, years: { from: 2025, to: 2026 }, note: 'power' }],
  // The steel allocation multiplies the whole enterprise's verified emissions; α comes from its ironmaking and sintering.
  'allocation:steel-basis': [{ value: 'E = the enterprise’s verified emissions; intensity = (ironmaking + sintering emissions) / hot-metal output', unit: 'steel allocation basis', status: 'draft', source: S.steelBasis, years: { from: 2025, to: 2026 }, note: 'one intensity cannot give both: pass the enterprise’s emissions as well (ETS.ALLOCATION’s 8th argument)' }],

  // Power units treated apart (ETS.POWER.ENTITY's special column): A = E per unit, counted before the entity floor.
  'special:power:biomass': powerSpecial('units co-firing biomass (waste, sludge included) above 20% of heat input', 'fossil units co-firing biomass (waste, sludge included) above 10% and up to 50% of heat input'),
  'special:power:own-secondary-energy': powerSpecial('fossil units co-firing their own secondary energy above 10% of heat input (100% included)', 'fossil units co-firing their own secondary energy above 10% of heat input'),
  'special:power:biomass-and-secondary': powerSpecial('units whose biomass and own secondary energy together exceed 20% of heat input'),
  'special:power:special-fuel': powerSpecial('units burning only special fossil fuels (coal-bed methane, semi-coke tail gas, carbon-black tail gas, coke-oven, blast-furnace or converter gas, associated gas, oil shale, oil sands, gas hydrate)', 'units burning only special fossil fuels (coal-bed methane, semi-coke tail gas, carbon-black tail gas, coke-oven, blast-furnace or converter gas, associated gas, oil shale, oil sands, gas hydrate)'),
  'special:power:own-waste-gas': powerSpecial('units burning only their own waste gas, tail gas or coal gas', 'units burning only their own waste gas, tail gas or coal gas'),
  'special:power:converted-coal-boiler': powerSpecial('gas units converted from coal boilers (not conversions to a gas turbine)', 'gas units converted from coal boilers (not conversions to a gas turbine)'),
  'special:power:oil-igcc-ice': powerSpecial('oil-fired, IGCC and internal-combustion units', 'oil-fired, IGCC and internal-combustion units'),
  'special:power:emergency-standby': powerSpecial('units held for emergency standby'),
  'special:power:green-hydrogen-ammonia': powerSpecial('units co-firing green hydrogen or ammonia above 20% of heat input'),
  'special:power:closed': powerSpecial('units closed before the allowances are approved', 'units closed before the allowances are approved', S.powerNewClosed2526),
  'special:power:new': powerSpecial('units commissioned during the year', 'units commissioned during the year', S.powerNewClosed2526),
  'special:steel:hydrogen-rich-bf': [
    { value: 'hydrogen-rich carbon-cycle oxygen blast furnaces', unit: 'special case: A = E', status: 'draft', source: S.specialCases2026, years: { from: 2026, to: 2026 }, note: 'added by the 2026 draft' },
  ],

  // Carry-over of 2019–2024 allowances into 2025: ⌊base + multiple × max(0, net sales 1 Jan 2024 – 31 Dec 2025)⌋ ≤ holding.
  'carryover:base': [{ value: 10000, unit: 'tCO2e', status: 'final', source: S.carryover, note: '2019–2024 allowances convertible into 2025 allowances; the rest lapse; no borrowing from later years' }],
  'carryover:multiple': [{ value: 1.5, unit: 'tCO2e per tCO2e of net sales (1 Jan 2024 – 31 Dec 2025, never below 0)', status: 'final', source: S.carryover }],

  // The fine for allowances not surrendered, as a multiple of the average price of the month before the deadline.
  'penalty:min-multiple': [{ value: 5, unit: 'times the average trading price', status: 'final', source: S.penalty, note: 'refusing to correct: next year’s allocation is cut by the quantity not surrendered; the draft 2025–2026 plan (table 1-5 note 4) says no new cuts are decided after the Ecological Environment Code takes effect on 15 Aug 2026' }],
  'penalty:max-multiple': [{ value: 10, unit: 'times the average trading price', status: 'final', source: S.penalty }],

  'offset-limit': [{ value: 0.05, unit: 'share of verified emissions', status: 'final', source: S.offsetLimit }],
};
