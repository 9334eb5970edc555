/**
 * Emissions accounting (MRV) rulebook: the defaults of the MEE accounting guidelines and the national electricity
 * factors (rules.md §11). Keys are `mrv:<guideline>:…` for a guideline's values and `grid:…` for electricity
 * factors. Where a guideline gives no default, or its text was not read, there is no record and the functions ask
 * for the measured value (#N/A).
 */
import { SOURCES as S } from './sources';
import type { RuleRecord, RuleTable, Status } from './types';

/** Steel guideline table A.1: NCV (GJ/t; gases GJ/10⁴ Nm³) and carbon content per unit heat (tC/GJ), by fuel id. */
const STEEL_FUELS: Readonly<Record<string, readonly [ncv: number, cc: number]>> = {
  anthracite: [25.024, 0.02749],
  bituminous: [23.736, 0.02618],
  lignite: [15.25, 0.02797],
  'washed-coking-coal': [26.344, 0.02541],
  'other-washed-coal': [12.545, 0.02541],
  gangue: [8.374, 0.02541],
  'coal-slurry': [12.545, 0.02541],
  coke: [28.435, 0.02942],
  'petroleum-coke': [32.5, 0.0275],
  'other-coal-products': [17.46, 0.03356],
  'crude-oil': [41.816, 0.02008],
  'fuel-oil': [41.816, 0.0211],
  gasoline: [43.07, 0.0189],
  diesel: [42.652, 0.0202],
  kerosene: [43.07, 0.0196],
  'other-petroleum-products': [41.031, 0.02],
  lng: [51.498, 0.0172],
  lpg: [50.179, 0.0172],
  'coal-tar': [33.453, 0.022],
  'refinery-dry-gas': [45.998, 0.0182],
  'natural-gas': [389.31, 0.01532],
  'blast-furnace-gas': [33, 0.0708],
  'converter-gas': [84, 0.0496],
  'coke-oven-gas': [173.854, 0.0121],
  'other-gas': [52.27, 0.0122],
};

/** Steel guideline table A.2: tCO2 per t of carbonate, electrode, carbon-bearing input or product, by material id. */
const STEEL_MATERIALS: Readonly<Record<string, number>> = {
  limestone: 0.44,
  dolomite: 0.476,
  electrode: 3.663,
  'ferro-nickel': 0.037,
  'ferro-molybdenum': 0.018,
  'ferro-silicon': 0.007,
  'silico-manganese': 0.092,
  'low-carbon-silico-manganese': 0.011,
  'bf-ferro-manganese': 0.275,
  'eaf-high-carbon-ferro-manganese': 0.275,
  'micro-carbon-ferro-manganese': 0.004,
  'high-carbon-ferro-chrome': 0.348,
  'pig-iron': 0.172,
  dri: 0.073,
  scrap: 0.037,
  'crude-steel': 0.037,
  tar: 2.699,
  'crude-benzol': 3.382,
};

/** Gaseous fuels, measured in 10⁴ Nm³ (table A.1); every other fuel in t. */
export const GASEOUS_FUELS: readonly string[] = ['natural-gas', 'blast-furnace-gas', 'converter-gas', 'coke-oven-gas', 'other-gas'];
/** Table A.1's liquid group (LNG, LPG and refinery dry gas are in it, in t); the rest before them are solids. */
export const LIQUID_FUELS: readonly string[] = [
  'crude-oil', 'fuel-oil', 'gasoline', 'diesel', 'kerosene', 'other-petroleum-products', 'lng', 'lpg', 'coal-tar', 'refinery-dry-gas',
];
export const STEEL_FUEL_IDS = Object.keys(STEEL_FUELS);
export const STEEL_MATERIAL_IDS = Object.keys(STEEL_MATERIALS);

const fuelUnit = (id: string): string => (GASEOUS_FUELS.includes(id) ? 'GJ per 10⁴ Nm³' : 'GJ per t');

/**
 * Cement: clinker process factors and the non-carbonate substitutes' deduction coefficients by group (a: desulphurisation
 * powder, slaked lime … h: municipal sludge, pulverised fuel ash, red mud; accounting/names.ts lists each group's
 * materials), secondary (rules.md §11).
 */
const CLINKER_FACTORS: Readonly<Record<string, number>> = {
  portland: 0.535,
  'white-portland': 0.55,
  sulphoaluminate: 0.413,
  aluminate: 0.292,
};
const SUBSTITUTE_GROUPS: Readonly<Record<string, number>> = {
  'group-a': 0.6, 'group-b': 0.48, 'group-c': 0.375, 'group-d': 0.305, 'group-e': 0.245,
  'group-f': 0.215, 'group-g': 0.135, 'group-h': 0.055,
};
export const CLINKER_IDS = Object.keys(CLINKER_FACTORS);
export const SUBSTITUTE_GROUP_IDS = Object.keys(SUBSTITUTE_GROUPS);

const STEEL = (what: string): Pick<RuleRecord, 'status' | 'source'> => ({ status: 'final', source: `${S.steelGuideline} ${what}` });
const CEMENT_NOTE = 'the cement guideline CETS—AG—02.01—V01—2024 was not read here: the value is as third-party accounting tools carry it; check it against the guideline before an audit';
const ALUMINIUM_NOTE = 'the aluminium guideline CETS—AG—04.01—V01—2024 was not read here: the value is as third-party accounting tools carry it; check it against the guideline before an audit';

/** One record per year of a factor, each year with its own status and source. */
const byYear = (entries: ReadonlyArray<readonly [year: number, value: number, status: Status, source: string]>): RuleRecord<number>[] =>
  entries.map(([year, value, status, source]) => ({ value, unit: 'tCO2 per MWh (kgCO2/kWh)', status, source, years: { from: year, to: year } }));

/** MEE/NBS regional averages 2022 (secondary) and 2023 (final, table 2), by region id. */
const REGIONS: Readonly<Record<string, readonly [y2022: number, y2023: number]>> = {
  north: [0.6776, 0.6361],
  northeast: [0.5564, 0.5122],
  east: [0.5617, 0.55],
  central: [0.5395, 0.5271],
  northwest: [0.5857, 0.5543],
  south: [0.3869, 0.4042],
  southwest: [0.2268, 0.2472],
};
export const GRID_REGION_IDS = Object.keys(REGIONS);

/** MEE/NBS provincial averages 2023 (final, table 3; Tibet has no value published). */
const PROVINCES_2023: Readonly<Record<string, number>> = {
  beijing: 0.5554, tianjin: 0.6796, hebei: 0.6516, shanxi: 0.6634, 'inner-mongolia': 0.6479, liaoning: 0.4878, jilin: 0.4671,
  heilongjiang: 0.5229, shanghai: 0.5737, jiangsu: 0.5827, zhejiang: 0.4974, anhui: 0.6553, fujian: 0.4211, jiangxi: 0.5836,
  shandong: 0.6191, henan: 0.5897, hubei: 0.4044, hunan: 0.4976, guangdong: 0.4419, guangxi: 0.4476, hainan: 0.3648,
  chongqing: 0.5581, sichuan: 0.1564, guizhou: 0.5683, yunnan: 0.1333, shaanxi: 0.6335, gansu: 0.4471, qinghai: 0.1796,
  ningxia: 0.6187, xinjiang: 0.6021,
};
export const GRID_PROVINCE_IDS = Object.keys(PROVINCES_2023);

export const ACCOUNTING_RULES: RuleTable = {
  ...Object.fromEntries(STEEL_FUEL_IDS.flatMap((id) => {
    const [ncv, cc] = STEEL_FUELS[id]!;
    return [
      [`mrv:steel:fuel:${id}:ncv`, [{ value: ncv, unit: fuelUnit(id), ...STEEL('table A.1') }]],
      [`mrv:steel:fuel:${id}:carbon-content`, [{ value: cc, unit: 'tC per GJ', ...STEEL('table A.1') }]],
    ];
  })),
  // Only formula (3), a captive unit co-firing the works' own gases or coke, applies an oxidation factor.
  'mrv:steel:oxidation:solid': [{ value: 0.99, unit: 'share of carbon oxidised', ...STEEL('table A.1 and §7.2.2.4'), note: 'formula (3) only: generating units co-firing the works’ own secondary energy; the enterprise balance (formula 1) and the process formula (2) have no oxidation factor' }],
  'mrv:steel:oxidation:liquid': [{ value: 0.98, unit: 'share of carbon oxidised', ...STEEL('table A.1 and §7.2.2.4'), note: 'formula (3) only: generating units co-firing the works’ own secondary energy; the enterprise balance (formula 1) and the process formula (2) have no oxidation factor' }],
  'mrv:steel:oxidation:gas': [{ value: 0.99, unit: 'share of carbon oxidised', ...STEEL('table A.1 and §7.2.2.4'), note: 'formula (3) only: generating units co-firing the works’ own secondary energy; the enterprise balance (formula 1) and the process formula (2) have no oxidation factor' }],
  ...Object.fromEntries(STEEL_MATERIAL_IDS.map((id) => [`mrv:steel:material:${id}`, [{ value: STEEL_MATERIALS[id]!, unit: 'tCO2 per t', ...STEEL('table A.2 and formula (1)') }]])),
  'mrv:steel:rounding': [{
    value: { quantity: 2, ncv: 3, carbonContent: 5, emissions: 2, intensity: 4, total: 0 }, unit: 'decimal places (rounded half up)',
    ...STEEL('notes to tables C.3–C.6'), note: 'quantities 2 decimals, NCV 3, carbon content 5, emissions 2, intensities 4, the enterprise total a whole number (table C.5)',
  }],

  // Power (发电设施): coal's carbon content when not measured, and coal's oxidation factor up to 2025 data.
  'mrv:power:coal-carbon-content': [{ value: 0.03085, unit: 'tC per GJ', status: 'secondary', source: S.powerCoalCarbon, note: 'the default when the coal’s element carbon is not measured; the rulebook holds no default for coal’s net calorific value: enter the measured value' }],
  'mrv:power:oxidation:coal': [{
    value: 0.99, unit: 'share of carbon oxidised', status: 'final', source: S.powerOxidation2022, years: { from: 2022, to: 2025 },
    note: 'from 2026 data the oxidation factors of coal, oil and gas come from the national GHG emission factor database (by boiler type and altitude), which the add-in does not hold: pass the value',
  }],

  // Heat in GJ from steam and hot water (steel guideline appendix E; power verification guideline table 15).
  'mrv:heat:steam-base-enthalpy': [{ value: 83.74, unit: 'kJ per kg (water at 20 °C)', status: 'final', source: S.heatFormulas }],
  'mrv:heat:water-base-temperature': [{ value: 20, unit: '°C', status: 'final', source: S.heatFormulas }],
  'mrv:heat:water-specific-heat': [{ value: 4.1868, unit: 'kJ per kg per °C', status: 'final', source: S.heatFormulas }],

  ...Object.fromEntries(CLINKER_IDS.map((id) => [`mrv:cement:clinker:${id}`, [{ value: CLINKER_FACTORS[id]!, unit: 'tCO2 per t of clinker', status: 'secondary', source: S.cementFactors, note: CEMENT_NOTE }]])),
  ...Object.fromEntries(SUBSTITUTE_GROUP_IDS.map((id) => [`mrv:cement:substitute:${id}`, [{ value: SUBSTITUTE_GROUPS[id]!, unit: 'tCO2 per t of substitute', status: 'secondary', source: S.cementFactors, note: CEMENT_NOTE }]])),

  'mrv:aluminium:anode:sulphur': [{ value: 0.02, unit: 'share of anode mass', status: 'secondary', source: S.aluminiumFactors, note: ALUMINIUM_NOTE }],
  'mrv:aluminium:anode:ash': [{ value: 0.004, unit: 'share of anode mass', status: 'secondary', source: S.aluminiumFactors, note: ALUMINIUM_NOTE }],
  'mrv:aluminium:pfc:slope': [{ value: 0.143, unit: 'kg CF4 per t of aluminium per anode-effect minute per cell-day', status: 'secondary', source: S.aluminiumFactors, note: `${ALUMINIUM_NOTE}; IPCC 2006 Tier 2 gives 0.143 for CWPB cells` }],
  'mrv:aluminium:pfc:c2f6-ratio': [{ value: 0.1, unit: 't C2F6 per t CF4', status: 'secondary', source: S.aluminiumFactors, note: `${ALUMINIUM_NOTE}; IPCC 2006 Tier 2 gives 0.121 for CWPB cells` }],

  // Electricity factors (not surrendered: Scope 2, CBAM indirect emissions, the communication template).
  'grid:national:average': byYear([[2021, 0.5568, 'secondary', S.grid2021], [2022, 0.5366, 'secondary', S.grid2022], [2023, 0.5306, 'final', S.grid2023('table 1')]]),
  'grid:national:excl-market': byYear([[2022, 0.5856, 'secondary', S.grid2022], [2023, 0.6096, 'final', S.grid2023('table 4')]]),
  'grid:national:fossil': byYear([[2022, 0.8325, 'secondary', S.grid2022], [2023, 0.8273, 'final', S.grid2023('table 5')]]),
  ...Object.fromEntries(GRID_REGION_IDS.map((id) => {
    const [y2022, y2023] = REGIONS[id]!;
    return [`grid:region:${id}`, byYear([[2022, y2022, 'secondary', S.grid2022], [2023, y2023, 'final', S.grid2023('table 2')]])];
  })),
  ...Object.fromEntries(GRID_PROVINCE_IDS.map((id) => [`grid:province:${id}`, byYear([[2023, PROVINCES_2023[id]!, 'final', S.grid2023('table 3')]])])),
};
