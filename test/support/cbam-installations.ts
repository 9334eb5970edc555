/**
 * Two Chinese installations as an exporter would describe them to the fill path, for the fixtures
 * (scripts/cbam-fixtures.ts) and the tests (test/taskpane/cbam-fill.test.ts). Defaults the MEE guidelines give come from
 * the rulebook (clinker's process factor, the anode's composition, the slope and C2F6 ratio, the grid factor, the CEA
 * close used for examples); the rest are the plant's own measured values, typical of such works.
 */
import { anodeCo2, gridFactor, processCo2, rules } from '../../src/core';
import type { InstallationData } from '../../src/taskpane/cbam-template/fill';

const YEAR = 2024;
const PERIOD = { start: `${YEAR}-01-01`, end: `${YEAR}-12-31` };
/** The CEA year-end close the rulebook keeps for examples (never a default), CNY per t. */
const CEA_PRICE = rules.findRule<number>('price:cea-close', YEAR)!.value;
/** The national grid factor, latest year published, tCO2/MWh. */
const GRID = gridFactor();

/** A 1 Mt/yr clinker line in Anhui: kiln coal and the calcination of the raw meal (clinker output method). */
export const CLINKER: InstallationData = {
  installation: {
    name: 'Wuhu Example Clinker Works, Line 2', localName: '芜湖示例水泥熟料二线', street: '1 Jiangbei Industrial Road',
    economicActivity: 'Manufacture of cement clinker', postCode: '241000', city: 'Wuhu', country: 'China', unlocode: 'CNWHI',
    latitude: 31.33, longitude: 118.43, representative: 'Li Ming', email: 'cbam@example.cn', telephone: '+86 553 000 0000',
  },
  period: PERIOD,
  good: { category: 'Cement clinker', cn: '2523 10 00', productName: 'Grey Portland cement clinker', processName: 'Clinker kiln 2' },
  production: 1_000_000,
  sourceStreams: [
    // Clinker output × the guideline's default factor (CaO and MgO of clinker), tCO2 per t clinker.
    { name: 'Raw meal calcination (clinker output)', method: 'process', activity: 1_000_000, emissionFactor: processCo2('portland', 1, 'cement') },
    // Kiln coal, measured NCV (GJ/t), emission factor (tCO2/TJ) and oxidation.
    { name: 'Bituminous coal (kiln and calciner)', method: 'combustion', activity: 142_000, ncv: 23.5, emissionFactor: 96, oxidation: 0.98 },
  ],
  electricity: { mwh: 60_000, factor: GRID, source: 'D.4.1' },
  carbonPrice: { pricePerTonne: CEA_PRICE, currency: 'CNY', freeAllocationPerTonne: 0.82 },
};

/** A 300 kt/yr prebake smelter in Inner Mongolia: anodes, casting-house gas, anode-effect PFCs, grid power. */
export const ALUMINIUM: InstallationData = {
  installation: {
    name: 'Baotou Example Aluminium Smelter', localName: '包头示例电解铝厂', street: '8 Xiwai Road', economicActivity: 'Primary aluminium production',
    postCode: '014000', city: 'Baotou', country: 'China', unlocode: 'CNBAT', latitude: 40.65, longitude: 109.84,
    representative: 'Wang Fang', email: 'cbam-al@example.cn', telephone: '+86 472 000 0000',
  },
  period: PERIOD,
  good: { category: 'Unwrought aluminium', cn: '7601 10 10', productName: 'Primary aluminium slabs, not alloyed', processName: 'Potline 1–3 electrolysis' },
  production: 300_000,
  sourceStreams: [
    // Net anode consumption 0.41 t/t aluminium; tCO2 per t anode from the guideline's default sulphur and ash.
    { name: 'Prebaked anodes (net consumption)', method: 'process', activity: 123_000, emissionFactor: anodeCo2(1) },
    // Casting-house natural gas in 1000 Nm3, measured NCV (GJ/1000 Nm3), EF (tCO2/TJ), oxidation.
    { name: 'Natural gas (casting house)', method: 'combustion', unit: '1000Nm3', activity: 9_000, ncv: 38.931, emissionFactor: 56.1, oxidation: 0.99 },
  ],
  pfc: {
    technology: 'Centre Worked Pre-Bake (CWPB)', aluminium: 300_000, frequency: 0.05, duration: 1.2,
    slope: rules.fixedValue<number>('mrv:aluminium:pfc:slope'), c2f6Fraction: rules.fixedValue<number>('mrv:aluminium:pfc:c2f6-ratio'),
  },
  // 13,500 kWh per t of aluminium.
  electricity: { mwh: 4_050_000, factor: GRID, source: 'D.4.1' },
  carbonPrice: { pricePerTonne: CEA_PRICE, currency: 'CNY', freeAllocationPerTonne: 1.45 },
};
